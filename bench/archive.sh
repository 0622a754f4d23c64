#!/usr/bin/env bash
# Archive-scale ingest benchmark: 100,000 documents made of real
# paragraphs (bench/archivegen over ../shared's PolNeAR and Timeline17
# articles, each document a new combination, lightly rewritten), ingested
# into one fresh SQLite database in ten runs of 10,000 (ten .jsonl files
# each), with the default full pipeline. Prints, per run, the time per
# document and the peak RSS; then the ratio of the last run's cost per
# document to the first's; then a re-run over the whole archive, which
# finds nothing new.
#
# Usage: bench/archive.sh [N [DB]]   (N documents, default 100000, a multiple of 10,000)
# Writes to /tmp/dateline-archive (the generated archive is kept between
# runs); the database is DB (made afresh; default
# /tmp/dateline-archive/archive.db), the binary and per-run files go beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
shared=../shared/eval
[ -d "$shared/quotes/polnear/train/text" ] || { echo "archive.sh: $shared missing (../shared beside the repository)" >&2; exit 2; }
out=/tmp/dateline-archive
db=${2:-$out/archive.db}
work=$(dirname "$db")
mkdir -p "$out" "$work"
go build -o "$work/dateline" ./cmd/dateline
if [ ! -f "$out/corpus-$n/done" ]; then
	rm -rf "$out/corpus-$n"
	go run ./bench/archivegen -out "$out/corpus-$n" -n "$n" "$shared/quotes/polnear/train/text" "$shared/quotes/polnear/dev/text" "$shared/tls/t17"
	touch "$out/corpus-$n/done"
fi
rm -f "$db" "$db-wal" "$db-shm"
files=("$out/corpus-$n"/*.jsonl)
runs=$((${#files[@]} / 10))
first=""
for r in $(seq 0 $((runs - 1))); do
	part=("${files[@]:$((r * 10)):10}")
	t0=$(date +%s.%N)
	/usr/bin/time -f "%M" -o "$work/rss" "$work/dateline" --db "$db" ingest --no-progress "${part[@]}" >"$work/summary" 2>"$work/errors" || [ $? -eq 1 ]
	t1=$(date +%s.%N)
	ms=$(awk -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.2f", (t1-t0)*1000/10000 }')
	[ -z "$first" ] && first=$ms
	echo "run $((r + 1)): documents $((r * 10000 + 1))-$(((r + 1) * 10000)): ${ms} ms/doc, peak RSS $(($(tail -1 "$work/rss") / 1024)) MB; $(cat "$work/summary")"
done
awk -v a="$first" -v b="$ms" 'BEGIN { printf "last run / first run, cost per document: %.2f\n", b/a }'
t0=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" "$work/dateline" --db "$db" ingest --no-progress "${files[@]}" >"$work/summary" 2>"$work/errors" || [ $? -eq 1 ]
t1=$(date +%s.%N)
awk -v t0="$t0" -v t1="$t1" -v rss="$(tail -1 "$work/rss")" 'BEGIN { printf "re-run over the whole archive: %.1f s, peak RSS %d MB\n", t1-t0, rss/1024 }'
cat "$work/summary"
ls -l "$db" | awk '{ printf "database: %.0f MB\n", $5/1e6 }'
