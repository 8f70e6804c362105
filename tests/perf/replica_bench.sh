#!/bin/bash
# Readers on a server case (models/storage/ServerReplica): chain detection and the OFAC 50% rule on a server case of
# 1,000,000 shipments against the same case as a file. A server case is read through a local replica: the first read
# (cold) copies the whole case from the server, later reads (warm) ask the server's change log what changed and find
# nothing. Prints the file's times, the cold and the warm server times separately, and the ratios (goal: warm within
# 2x). Also times a warm read after a colleague's mark (marks and the audit log read again).
# usage: tests/perf/replica_bench.sh [BUILD_DIR] [SHIPMENTS]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD=${1:-$ROOT/build}
ROWS=${2:-1000000}
CLI="$BUILD/app/caravan-cli"
for tool in "$CLI" python3; do
    command -v "$tool" >/dev/null || { echo "replica_bench: missing $tool (build caravan-cli)" >&2; exit 2; }
done
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
WORK=$(mktemp -d)
chmod 755 "$WORK" # the cluster's own user must reach its folder inside
export XDG_CACHE_HOME="$WORK/cache"
cleanup() {
    bash "$ROOT/packaging/pg-local.sh" stop "$WORK/pg" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# Re-export traffic: companies in the EU and China ship to intermediaries in Central Asia and the Caucasus, which
# ship on to Russia and Belarus within weeks (about a fifth of the shipments are such pairs); the rest is noise.
# Designated persons own Russian companies directly and through holding companies (the 50% rule's aggregation).
python3 - "$WORK" "$ROWS" <<'PY'
import random, sys
work, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(19)
sources = ["DE", "PL", "IT", "CN", "KR"]
middle = ["KZ", "KG", "AM", "GE", "AE", "TR", "UZ"]
final = ["RU", "BY"]
companies = {c: [f"{c.lower()}-{i}" for i in range(3000)] for c in sources + middle + final}
persons = [f"p-{i}" for i in range(3000)]
with open(f"{work}/entities.csv", "w", encoding="utf-8") as f:
    f.write("id,type,name,aliases,country,identifiers,incorporation_date,address\n")
    for country, ids in companies.items():
        for n, e in enumerate(ids):
            f.write(f"{e},Company,Company {e.upper()},,{country},,{2005 + n % 19}-{1 + n % 12:02d}-01,\n")
    for n, p in enumerate(persons):
        f.write(f"{p},Person,Person {n} Surname,Персона {n},RU,,,\n")
with open(f"{work}/links.csv", "w", encoding="utf-8") as f:
    f.write("id,type,source,target,share,start_date,end_date\n")
    n = 0
    for asset in companies["RU"] + companies["BY"] + companies["KZ"]:
        for _ in range(rng.randint(1, 3)):
            owner = rng.choice(persons) if rng.random() < 0.6 else rng.choice(companies["RU"])
            if owner != asset:
                f.write(f"l-{n},ownership,{owner},{asset},{rng.choice([10, 25, 30, 40, 50, 51, 60, 100])},,\n")
                n += 1
with open(f"{work}/sanctions.csv", "w", encoding="utf-8") as f:
    f.write("id,entity,list,program,listed_date\n")
    for i, p in enumerate(rng.sample(persons, 400)):
        f.write(f"s-{i},{p},OFAC SDN,RUSSIA-EO14024,2022-0{1 + i % 9}-15\n")
hs = ["854231", "854232", "851762", "847150", "848210", "880730", "901380", "853223"]
with open(f"{work}/shipments.csv", "w", encoding="utf-8") as f:
    f.write("id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
            "destination_country,transit_countries\n")
    out, i = [], 0
    while i < rows:
        day = rng.randrange(0, 5 * 365)
        y, d = 2019 + day // 365, day % 365
        date = f"{y}-{1 + d // 31 % 12:02d}-{1 + d % 28:02d}"
        code = rng.choice(hs)
        q = rng.randint(10, 5000)
        if rng.random() < 0.1 and i + 1 < rows:
            a = rng.choice(companies[rng.choice(sources)])
            m = rng.choice(companies[rng.choice(middle)])
            b = rng.choice(companies[rng.choice(final)])
            d2 = min(d + rng.randint(3, 60), 364)
            date2 = f"{y}-{1 + d2 // 31 % 12:02d}-{1 + d2 % 28:02d}"
            out.append(f"D{i},{date},{a},{m},{code},Goods,{q},pcs,,{q * 7},USD,{a[:2].upper()},{m[:2].upper()},\n")
            out.append(f"D{i + 1},{date2},{m},{b},{code},Goods,{q},pcs,,{q * 8},USD,{a[:2].upper()},{b[:2].upper()},\n")
            i += 2
        else:
            a = rng.choice(companies[rng.choice(sources + middle)])
            b = rng.choice(companies[rng.choice(sources + middle + final)])
            out.append(f"D{i},{date},{a},{b},{code},Goods,{q},pcs,,{q * 5},USD,{a[:2].upper()},{b[:2].upper()},\n")
            i += 1
        if len(out) >= 65536:
            f.write("".join(out)); out = []
    f.write("".join(out))
PY

"$CLI" new "$WORK/bench.caravan" >/dev/null
for kind in entities links sanctions shipments; do
    "$CLI" import "$WORK/bench.caravan" "$WORK/$kind.csv" --format caravan-csv --kind "$kind" >/dev/null 2>>"$WORK/import.log" \
        || { cat "$WORK/import.log" >&2; exit 1; }
done
"$CLI" stats "$WORK/bench.caravan" --json

PGUSER=analyst bash "$ROOT/packaging/pg-local.sh" start "$WORK/pg" >/dev/null
PORT=$(cat "$WORK/pg/port")
CASE="postgresql://analyst@127.0.0.1:$PORT/caravan?case=bench"
"$CLI" copy "$WORK/bench.caravan" "$CASE" >/dev/null 2>&1
echo "case: $(du -m "$WORK/bench.caravan" | cut -f1) MB as a file, copied to the server case 'bench'"

seconds() { # wall seconds of one command, its stdout into $WORK/out.json
    local start end
    start=$(date +%s.%N)
    "$@" >"$WORK/out.json" 2>>"$WORK/stderr.log" || { cat "$WORK/stderr.log" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}
best() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (a < b ? a : b)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

for command in chains ownership; do
    f1=$(seconds "$CLI" $command "$WORK/bench.caravan" --json)
    f2=$(seconds "$CLI" $command "$WORK/bench.caravan" --json)
    file=$(best "$f1" "$f2")
    rm -rf "$XDG_CACHE_HOME"
    cold=$(seconds "$CLI" $command "$CASE" --json)
    w1=$(seconds "$CLI" $command "$CASE" --json)
    w2=$(seconds "$CLI" $command "$CASE" --json)
    warm=$(best "$w1" "$w2")
    printf '%-9s file %6.2f s | server cold (full sync) %6.2f s = %5sx | server warm %6.2f s = %5sx\n' \
        "$command" "$file" "$cold" "$(ratio "$cold" "$file")" "$warm" "$(ratio "$warm" "$file")"
done

# A colleague's mark, then a read: the replica reads marks and the audit log again.
chain=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["chains"][0]["id"])' "$WORK/out.json" 2>/dev/null \
    || "$CLI" chains "$WORK/bench.caravan" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["chains"][0]["id"])')
"$CLI" mark "$CASE" --chain "$chain" --status suspected >/dev/null
after=$(seconds "$CLI" chains "$CASE" --json)
tables=$(python3 -c 'import json,sys; print(",".join(json.load(open(sys.argv[1]))["server_replica"]["tables"]))' "$WORK/out.json")
file=$(seconds "$CLI" chains "$WORK/bench.caravan" --json)
printf 'chains after a colleague'"'"'s mark: server %6.2f s (read again: %s), file %6.2f s\n' "$after" "$tables" "$file"
echo "replica: $(du -m "$XDG_CACHE_HOME"/caravan/replicas/*.caravan | cut -f1) MB"
