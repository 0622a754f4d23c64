#!/usr/bin/env bash
# Timeline and briefing latency on the archive of bench/archive.sh (run it
# first: it leaves /tmp/dateline-archive/archive.db): 20 queries, ten
# timelines and ten briefings, by query words and by entity, each timed
# alone; prints each latency and the 95th percentile (the 19th of 20).
#
# Usage: bench/summary.sh [BINARY] [DB]
set -euo pipefail
cd "$(dirname "$0")/.."
out=/tmp/dateline-summary
mkdir -p "$out"
bin=${1:-}
db=${2:-/tmp/dateline-archive/archive.db}
[ -f "$db" ] || { echo "summary.sh: $db missing (run bench/archive.sh first)" >&2; exit 2; }
if [ -z "$bin" ]; then
	go build -o "$out/dateline" ./cmd/dateline
	bin=$out/dateline
fi
# The five most mentioned people of the archive, by ID.
mapfile -t people < <("$bin" --db "$db" entities --type PER --top 5 --format json | sed 's/.*"id":"\([^"]*\)".*/\1/')
queries=(
	"timeline|oil spill"
	"timeline|swine flu"
	"timeline|Mubarak protesters"
	"timeline|bank bailout"
	"timeline|Iraq"
	"brief|oil spill"
	"brief|swine flu"
	"brief|Mubarak protesters"
	"brief|bank bailout"
	"brief|Iraq"
)
for p in "${people[@]}"; do
	queries+=("timeline|--entity=$p" "brief|--entity=$p")
done
: >"$out/times"
for q in "${queries[@]}"; do
	cmd=${q%%|*}
	arg=${q#*|}
	t0=$(date +%s.%N)
	"$bin" --db "$db" "$cmd" "$arg" >"$out/last" 2>&1 || { echo "failed: $cmd $arg"; cat "$out/last"; exit 1; }
	t1=$(date +%s.%N)
	t=$(echo "$t1 - $t0" | bc)
	printf "%-9s %-40s %6.2f s  %d lines\n" "$cmd" "$arg" "$t" "$(wc -l <"$out/last")"
	echo "$t" >>"$out/times"
done
sort -n "$out/times" | awk '{ a[NR] = $1 } END { printf "%d queries: median %.2f s, p95 %.2f s, max %.2f s\n", NR, a[int((NR+1)/2)], a[int(NR*0.95)], a[NR] }'
