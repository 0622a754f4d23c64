#!/usr/bin/env bash
# Load benchmark of dateline serve (issue 15): on the archive of
# bench/archive.sh (100,000 documents), 2 client workers for 30 s (after
# 5 s of warm-up, not counted) against the search, quotes, entity and
# story pages and their API twins, with words, speakers and IDs sampled
# from the archive through the API (bench/serveload). Prints requests,
# errors and p50/p95/p99 latency per route; exits 1 when a request failed
# or a route's p95 is 50 ms or more. Loopback only; the rate limit is off.
# The server only reads the database, but like every command it first
# brings the schema up to date (new migrations), so DB is named
# explicitly: build one with `bench/archive.sh 100000 DB`.
#
# Usage: bench/serve.sh DB [serveload flags…]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/serve.sh DB [serveload flags…]" >&2; exit 2; }
db=$1
shift
[ -f "$db" ] || { echo "serve.sh: $db missing: build it with bench/archive.sh 100000 $db" >&2; exit 2; }
out=$(mktemp -d /tmp/dateline-serve-bench.XXXXXX)
go build -o "$out/dateline" ./cmd/dateline
go build -o "$out/serveload" ./bench/serveload
"$out/dateline" --db "$db" serve --addr 127.0.0.1:0 --rate-limit 0 2>"$out/serve.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$out"' EXIT
# serve prints "serving on http://ADDR/ …" once it listens
base=""
for _ in $(seq 600); do
	base=$(sed -n 's|^serving on \(http://[^/]*\)/.*|\1|p' "$out/serve.log")
	[ -n "$base" ] && break
	kill -0 $pid 2>/dev/null || { cat "$out/serve.log" >&2; exit 1; }
	sleep 0.1
done
[ -n "$base" ] || { echo "serve.sh: the server did not start in 60 s" >&2; cat "$out/serve.log" >&2; exit 1; }
echo "dateline serve --db $db on $base ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ))"
"$out/serveload" -base "$base" -workers 2 -duration 30s -warmup 5s "$@"
