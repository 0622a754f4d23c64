#!/usr/bin/env bash
# WARC ingest benchmark: MB/s and peak RSS for a full `dateline ingest` of a
# ≥ 1 GB CC-NEWS-style WARC.gz generated from the ScrapingHub dev pages
# (bench/warcgen). Usage: bench/warc-ingest.sh [WARC] (default
# /tmp/bench.warc.gz, generated when missing; needs ../shared).
set -euo pipefail
cd "$(dirname "$0")/.."
warc=${1:-/tmp/bench.warc.gz}
out=/tmp/dateline-bench
mkdir -p "$out"
go build -o "$out/dateline" ./cmd/dateline
if [ ! -f "$warc" ]; then
	go build -o "$out/warcgen" ./bench/warcgen
	"$out/warcgen" -out "$warc" -size 1GiB
fi
rm -f "$out/warc.db" "$out/warc.db-wal" "$out/warc.db-shm"
size=$(stat -c %s "$warc")
t0=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$out/warc.rss" "$out/dateline" --db "$out/warc.db" ingest --no-progress "$warc" >"$out/warc.summary" 2>"$out/warc.err" || true
t1=$(date +%s.%N)
cat "$out/warc.summary"
head -3 "$out/warc.err"
awk -v s="$size" -v t0="$t0" -v t1="$t1" -v rss="$(cat "$out/warc.rss")" \
	'BEGIN { printf "WARC %.0f MB in %.1f s = %.2f MB/s (compressed), peak RSS %d MB\n", s/1e6, t1-t0, s/1e6/(t1-t0), rss/1024 }'
