#!/usr/bin/env bash
# Hostile-input benchmark: each hostile input of package hostiletest is
# ingested alone into a fresh SQLite database, with its wall time, peak RSS,
# exit status and first error line; then documents of 1, 2, 4 and 8 MB of
# four shapes (paragraph-dense HTML, a long article page, one-line text,
# long article text) show how extraction and annotation time grow with size
# (the ratio of each size's time to the previous one's); then a 20,000-term
# search.
#
# Usage: bench/hostile.sh [BINARY]   (default: builds ./cmd/dateline)
# Writes to /tmp/dateline-hostile. Each run is cut off after 300 s.
set -euo pipefail
cd "$(dirname "$0")/.."
out=/tmp/dateline-hostile
rm -rf "$out"
mkdir -p "$out"
bin=${1:-}
if [ -z "$bin" ]; then
	go build -o "$out/dateline" ./cmd/dateline
	bin=$out/dateline
fi
go run ./bench/hostilegen "$out/in"

# one prints: NAME  wall s  peak RSS MB  exit  first error line
one() {
	local name=$1
	shift
	rm -f "$out"/h.db*
	local t0 t1 code=0
	t0=$(date +%s.%N)
	/usr/bin/time -f "%M" -o "$out/rss" timeout 300 "$bin" --db "$out/h.db" "$@" >"$out/stdout" 2>"$out/stderr" || code=$?
	t1=$(date +%s.%N)
	local err
	err=$(grep -m1 -a "error" "$out/stderr" | cut -c1-110 || true)
	awk -v n="$name" -v t0="$t0" -v t1="$t1" -v rss="$(tail -1 "$out/rss")" -v c="$code" -v e="$err" \
		'BEGIN { printf "%-22s %7.2f s %6d MB  exit %d  %s\n", n, t1-t0, rss/1024, c, e }'
	echo "$t1 - $t0" | bc >"$out/last"
}

echo "== hostile inputs, each alone ($(date -u +%F), $(nproc) CPUs)"
for f in "$out"/in/cases/*; do
	one "$(printf "%s" "$(basename "$f")" | head -c 22 | tr -c '[:print:]' '?')" ingest --no-progress "$f"
done
echo "== all hostile inputs in one batch"
one "batch" ingest --no-progress "$out/in/cases"
tail -1 "$out/stdout"

echo "== growth with document size (time ratio to the previous size)"
for shape in dense-%sMB.html article-%sMB.html oneline-%sMB.txt article-%sMB.txt; do
	prev=
	for mb in 1 2 4 8; do
		f=$(printf "$shape" "$mb")
		one "$f" ingest --no-progress "$out/in/sizes/$f"
		t=$(cat "$out/last")
		if [ -n "$prev" ]; then
			echo "    ratio to $((mb / 2)) MB: $(echo "scale=2; $t / $prev" | bc)"
		fi
		prev=$t
	done
done

echo "== a 20,000-term query"
rm -f "$out"/h.db*
"$bin" --db "$out/h.db" ingest -q "$out/in/cases/good-1.txt"
t0=$(date +%s.%N)
code=0
timeout 300 "$bin" --db "$out/h.db" search "$(cat "$out/in/query.txt")" >/dev/null 2>"$out/stderr" || code=$?
t1=$(date +%s.%N)
awk -v t0="$t0" -v t1="$t1" -v c="$code" -v e="$(head -c 110 "$out/stderr")" 'BEGIN { printf "%-22s %7.2f s  exit %d  %s\n", "query-20000", t1-t0, c, e }'
