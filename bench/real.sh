#!/usr/bin/env bash
# Real-article ingest benchmark: the default full pipeline into a fresh
# SQLite database over real news articles, the 840 PolNeAR training
# articles (US political news) and every Timeline17 input document
# (news-wire collections): about 3,600 articles, 21 MB. Prints documents
# per second and peak RSS per run.
#
# Usage: bench/real.sh [BINARY...]
#   With no argument, builds ./cmd/dateline and runs it once. With several
#   binaries (say an old and a new build), runs each in turn, twice, so
#   that an A/B comparison shares the machine's conditions.
#
# Needs ../shared beside the repository. Writes to /tmp/dateline-real.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/eval
[ -d "$shared/quotes/polnear/train/text" ] || { echo "real.sh: $shared missing (../shared beside the repository)" >&2; exit 2; }
out=/tmp/dateline-real
mkdir -p "$out"
bins=("$@")
rounds=2
if [ ${#bins[@]} -eq 0 ]; then
	go build -o "$out/dateline" ./cmd/dateline
	bins=("$out/dateline")
	rounds=1
fi
inputs=("$shared/quotes/polnear/train/text" "$shared"/tls/t17/*/InputDocs)
n=$(find "${inputs[@]}" -type f | wc -l)
mb=$(cat $(find "${inputs[@]}" -type f) | wc -c | awk '{print $1/1e6}')
for r in $(seq "$rounds"); do
	for bin in "${bins[@]}"; do
		rm -f "$out/real.db" "$out/real.db-wal" "$out/real.db-shm"
		t0=$(date +%s.%N)
		# exit 1 is expected: a few Timeline17 files are empty
		/usr/bin/time -f "%M" -o "$out/rss" "$bin" --db "$out/real.db" ingest --no-progress "${inputs[@]}" >"$out/summary" 2>"$out/errors" || [ $? -eq 1 ]
		t1=$(date +%s.%N)
		awk -v n="$n" -v mb="$mb" -v t0="$t0" -v t1="$t1" -v rss="$(tail -1 "$out/rss")" -v bin="$bin" \
			'BEGIN { printf "%s: %d articles (%.1f MB) in %.1f s = %.0f docs/s, peak RSS %d MB\n", bin, n, mb, t1-t0, n/(t1-t0), rss/1024 }'
		cat "$out/summary"
		echo "($(wc -l <"$out/errors") input errors, in $out/errors)"
	done
done
