#!/usr/bin/env bash
# People on held-out collections: ingests one Timeline17 collection (its
# InputDocs) into a fresh SQLite database with each given binary and
# prints, from `dateline entities --type PER`, how many people there are,
# how many full names are split over two or more entities (names compared
# lower case without dots, hyphens and common titles), how many of those
# splits have two parts of 20 or more mentions, page furniture stored as
# people ("X Posted", "A. It", "Anonymous", a rank alone), and the twelve
# most mentioned people. A check that needs reading: two entities of one
# name may be two people (a father and a son).
#
# Usage: bench/people.sh COLLECTION BINARY...   (e.g. Finan_washingtonpost)
# Needs ../shared beside the repository. Writes to /tmp/dateline-people.
set -euo pipefail
cd "$(dirname "$0")/.."
col=$1
shift
dir=../shared/eval/tls/t17/$col/InputDocs
[ -d "$dir" ] || { echo "people.sh: $dir missing" >&2; exit 2; }
out=/tmp/dateline-people
mkdir -p "$out"
for bin in "$@"; do
	db=$out/$col-$(basename "$bin").db
	rm -f "$db" "$db-wal" "$db-shm"
	"$bin" --db "$db" ingest --no-progress "$dir" >/dev/null 2>&1 || [ $? -eq 1 ]
	"$bin" --db "$db" entities --type PER --format json >"$db.json"
	echo "== $bin on $col"
	python3 - "$db.json" <<'PY'
import collections, json, re, sys
ents = [json.loads(l) for l in open(sys.argv[1])]
def key(name):
    name = re.sub(r"[.\-,']", " ", name.lower())
    return " ".join(w for w in name.split() if len(w) > 1 and w not in ("mr", "mrs", "ms", "dr", "sen", "gov", "president"))
by = collections.defaultdict(list)
for e in ents:
    by[key(e["name"])].append(e["mentions"])
multi = {k: v for k, v in by.items() if len(v) > 1 and len(k.split()) >= 2}
big = sorted(k for k, v in multi.items() if sum(1 for x in v if x >= 20) >= 2)
junk = [e["name"] for e in ents if re.search(r"\bPosted\b|^A\. It$|^Anonymous$|^(Lance[- ])?Corporal$", e["name"])]
print(f"people {len(ents)}; full names in 2+ entities {len(multi)} ({sum(len(v) for v in multi.values())} entities), "
      f"with 2+ parts of >= 20 mentions {len(big)} {big}; furniture as people {len(junk)} {junk[:8]}")
print("top 12:", "; ".join(f"{e['name']} {e['mentions']}" for e in ents[:12]))
PY
done
