#!/usr/bin/env bash
# Ingest benchmark: documents per second for text scrapes, on a corpus
# generated from the bundled examples (bench/gencorpus), in three
# configurations. Usage: bench/ingest.sh [N] (default 20000 documents).
# Writes to /tmp/dateline-bench; prints one line per configuration.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
out=/tmp/dateline-bench
mkdir -p "$out"
go build -o "$out/dateline" ./cmd/dateline
rm -rf "$out/corpus"
go run ./bench/gencorpus -in examples -out "$out/corpus" -n "$n"
run() {
	rm -f "$out/bench.db" "$out/bench.db-wal" "$out/bench.db-shm"
	local t0 t1
	t0=$(date +%s.%N)
	/usr/bin/time -f "%M" -o "$out/rss" "$out/dateline" --db "$out/bench.db" ingest --no-progress "$@" "$out/corpus" >"$out/summary"
	t1=$(date +%s.%N)
	awk -v n="$n" -v t0="$t0" -v t1="$t1" -v rss="$(cat "$out/rss")" -v cfg="$*" \
		'BEGIN { printf "%-28s %6d docs in %6.1f s = %6.0f docs/s, peak RSS %d MB\n", (cfg == "" ? "full (default)" : cfg), n, t1-t0, n/(t1-t0), rss/1024 }'
	cat "$out/summary"
}
run --no-annotate --no-dedup
run --no-annotate
run
