#!/usr/bin/env bash
# Distributed-ingest benchmarks (issue: workers on NATS JetStream writing
# to PostgreSQL), loopback only:
#
#  1. store: the default full pipeline over real articles into a fresh
#     SQLite database and into a fresh PostgreSQL schema, one after the
#     other, twice (A/B in one run): documents per second each.
#  2. workers: the same articles enqueued to a nats-server
#     (built from the module's pinned nats-server) and taken by 1, then 2
#     `dateline worker` processes with GOMAXPROCS=1 and --concurrency 1
#     (one core each), into a fresh PostgreSQL schema: documents per
#     second from the first job taken to the queue's last acknowledgement,
#     and the time the workers' runs waited for their turn and the writer
#     lock and then held it (summed over runs, from the workers' logs).
#
# Usage: bench/queue.sh [store|workers|all] [CORPUS_DIR...]
#   Default corpus: the 840 PolNeAR training articles and every Timeline17
#   input document (../shared beside the repository).
#   $BINS, if set, names dateline binaries (say an old and a new build) to
#   run in turn in each round of both benchmarks, for an A/B comparison
#   in the machine's same conditions; else ./cmd/dateline is built.
# PostgreSQL: $DATELINE_BENCH_POSTGRES (a DSN whose user may create
# schemas), else a throwaway server started here on 127.0.0.1:55434
# (Debian's postgresql package; as root it runs as the postgres user).
# Writes to /tmp/dateline-queue.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
shift || true
out=/tmp/dateline-queue
mkdir -p "$out"
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
	shared=../shared/eval
	[ -d "$shared/quotes/polnear/train/text" ] || { echo "queue.sh: $shared missing (../shared beside the repository)" >&2; exit 2; }
	inputs=("$shared/quotes/polnear/train/text" "$shared"/tls/t17/*/InputDocs)
fi
n=$(find "${inputs[@]}" -type f | wc -l)
go build -o "$out/dateline" ./cmd/dateline
go build -o "$out/nats-server" github.com/nats-io/nats-server/v2
bin=$out/dateline
read -r -a bins <<<"${BINS:-$bin}"

pg=${DATELINE_BENCH_POSTGRES:-}
if [ -z "$pg" ]; then
	pgbin=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
	data=$(mktemp -d /tmp/dateline-bench-pg.XXXXXX)
	as=(bash -c)
	if [ "$(id -u)" = 0 ]; then
		chown postgres "$data"
		as=(su postgres -c)
	fi
	"${as[@]}" "$pgbin/initdb -D $data -A trust -U postgres" >/dev/null
	"${as[@]}" "$pgbin/pg_ctl -D $data -l $data/log -w -o '-k /tmp -p 55434 -c listen_addresses=127.0.0.1' start" >/dev/null
	trap "${as[*]} '$pgbin/pg_ctl -D $data -m fast stop' >/dev/null 2>&1 || true; rm -rf $data" EXIT
	pg="postgres://postgres@127.0.0.1:55434/postgres?sslmode=disable"
fi
schema() { # a fresh schema, migrated (outside the timings): its name
	local s="bench_$1_$(date +%s%N)"
	psql "$pg" -q -c "CREATE SCHEMA $s" >/dev/null
	"$bin" --db "$pg&search_path=$s" stories >/dev/null 2>&1 || true
	echo "$s"
}
rate() { awk -v n="$1" -v t="$2" -v what="$3" 'BEGIN { printf "%s: %d documents in %.1f s = %.1f docs/s\n", what, n, t, n/t }'; }

if [ "$what" = store ] || [ "$what" = all ]; then
	for r in 1 2; do for b in "${bins[@]}"; do
		rm -f "$out/s.db" "$out/s.db-wal" "$out/s.db-shm"
		t0=$(date +%s.%N)
		"$b" --db "$out/s.db" ingest -q --no-progress "${inputs[@]}" 2>"$out/errors" || [ $? -eq 1 ]
		t1=$(date +%s.%N)
		rate "$n" "$(echo "$t1 - $t0" | bc)" "round $r $b sqlite"
		dsn="$pg&search_path=$(schema store)"
		t0=$(date +%s.%N)
		"$b" --db "$dsn" ingest -q --no-progress "${inputs[@]}" 2>"$out/errors" || [ $? -eq 1 ]
		t1=$(date +%s.%N)
		rate "$n" "$(echo "$t1 - $t0" | bc)" "round $r $b postgres"
	done; done
fi

if [ "$what" = workers ] || [ "$what" = all ]; then
	port=$((20000 + RANDOM % 20000))
	nats="nats://127.0.0.1:$port"
	for round in 1 2; do for b in "${bins[@]}"; do for workers in 1 2; do
		rm -rf "$out/js"
		"$out/nats-server" -a 127.0.0.1 -p "$port" -js -sd "$out/js" >"$out/nats.log" 2>&1 &
		npid=$!
		sleep 1
		"$bin" enqueue -q --nats "$nats" "${inputs[@]}" 2>/dev/null || true
		s=$(schema "w$workers")
		dsn="$pg&search_path=$s"
		pids=()
		t0=$(date +%s.%N)
		for w in $(seq "$workers"); do
			GOMAXPROCS=1 "$b" --db "$dsn" worker --nats "$nats" --concurrency 1 >"$out/worker$w.log" 2>&1 &
			pids+=($!)
		done
		# done when nothing is pending or running (checked every 0.5 s)
		while :; do
			c=$("$bin" queue --nats "$nats" --format json)
			case $c in *'"pending":0,"running":0'*) break ;; esac
			sleep 0.5
		done
		t1=$(date +%s.%N)
		kill "${pids[@]}" 2>/dev/null || true
		wait "${pids[@]}" 2>/dev/null || true
		docs=$(psql "$pg" -Atc "SELECT count(*) FROM $s.documents")
		rate "$docs" "$(echo "$t1 - $t0" | bc)" "$b: $workers worker(s), GOMAXPROCS=1 ($c)"
		# each run's line: "N jobs (F failed) in Es (waited Ws for turn and lock, held it Hs): ..."
		cat "$out"/worker*.log | sed -nE 's/.* in ([0-9.]+)s \(waited ([0-9.]+)s .* held it ([0-9.]+)s\).*/\1 \2 \3/p' |
			awk '{ e += $1; w += $2; h += $3; n++ } END { printf "  %d runs: %.1f s in runs, %.1f s waiting for turn and lock, %.1f s holding the lock\n", n, e, w, h }'
		rm -f "$out"/worker*.log
		kill "$npid"
		wait "$npid" 2>/dev/null || true
	done; done; done
fi
