#!/bin/bash
# Server-case bulk load benchmark: 1,000,000 shipments moved into a server case by `caravan-cli copy` (COPY of every
# table of the case, then its keys, indexes and grants), and imported from the CSV into a server case that already
# holds the entities by `caravan-cli import` (the reader's checked rows stream straight into COPY), against `psql \copy`
# of the same shipments CSV into a bare table of the same shape, on the same throwaway PostgreSQL 15 cluster (packaging/pg-local.sh). Prints both
# times (best of two rounds) and the ratio (goal <= 1.5), and for context the bare table given the four indexes a
# case's shipments table has.
# usage: tests/perf/pg_copy_bench.sh [BUILD_DIR] [ROWS]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD=${1:-$ROOT/build}
ROWS=${2:-1000000}
CLI="$BUILD/app/caravan-cli"
PGBIN="${CARAVAN_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
for tool in "$CLI" "$PGBIN/psql" python3; do
    command -v "$tool" >/dev/null || { echo "pg_copy_bench: missing $tool (build caravan-cli; packaging/deps.sh)" >&2; exit 2; }
done
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
WORK=$(mktemp -d)
chmod 755 "$WORK" # the cluster's own user must reach its folder inside
cleanup() {
    bash "$ROOT/packaging/pg-local.sh" stop "$WORK/pg" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# The same synthetic data as tests/perf/import_bench.sh's generator, in Python so no perf build is needed.
python3 - "$WORK" "$ROWS" <<'PY'
import random, sys
work, rows = sys.argv[1], int(sys.argv[2])
entities = 20000
countries = ["DE", "KZ", "KG", "AM", "GE", "AE", "TR", "RU", "CN", "UZ"]
rng = random.Random(20240223)
with open(f"{work}/entities.csv", "w", encoding="utf-8") as f:
    f.write("id,type,name,aliases,country,identifiers,incorporation_date,address\n")
    for i in range(entities):
        f.write(f'e{i},Company,"Trading House {i}, LLP",ТОО Торговый дом {i},{countries[i % 10]},'
                f'kz-bin:{100000000000 + i},{2000 + i % 24}-{1 + i % 12:02d}-{1 + i % 28:02d},"{i} Abay Ave, Almaty"\n')
hs = ["854231", "8542.32", "8542390001", "851762", "847150", "880730", "901380", "853223"]
goods = ["Integrated circuits, processors", "Memory chips", 'Radio modules ""LoRa""', "Ball bearings; steel",
         "Machine tools"]
with open(f"{work}/shipments.csv", "w", encoding="utf-8") as f:
    f.write("id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
            "destination_country,transit_countries\n")
    out = []
    for i in range(rows):
        r = rng.getrandbits(32)
        out.append(f'D{i},{2019 + (r >> 3) % 6}-{1 + (r >> 5) % 12:02d}-{1 + (r >> 9) % 28:02d},e{r % entities},'
                   f'e{(r // 7) % entities},{hs[(r >> 12) % 8]},"{goods[(r >> 8) % 5]}",{1 + (r >> 4) % 5000},pcs,'
                   f'{((r >> 6) % 100000) / 10},{((r >> 2) % 10000000) / 100},USD,{countries[(r >> 14) % 10]},'
                   f'{countries[(r >> 17) % 10]},{"KZ;KG" if (r >> 20) % 3 == 0 else ""}\n')
        if len(out) >= 65536:
            f.write("".join(out)); out = []
    f.write("".join(out))
PY
echo "shipments.csv: $ROWS rows, $(du -m "$WORK/shipments.csv" | cut -f1) MB"

# The case file to copy (not timed).
"$CLI" new "$WORK/bench.caravan" >/dev/null
"$CLI" import "$WORK/bench.caravan" "$WORK/entities.csv" >/dev/null 2>&1
"$CLI" import "$WORK/bench.caravan" "$WORK/shipments.csv" >/dev/null 2>&1
echo "case file: $(sqlite3 "$WORK/bench.caravan" 'SELECT count(*) FROM shipments') shipments," \
    "$(du -m "$WORK/bench.caravan" | cut -f1) MB"

PGUSER=analyst bash "$ROOT/packaging/pg-local.sh" start "$WORK/pg" >/dev/null
PORT=$(cat "$WORK/pg/port")
SERVER="postgresql://analyst@127.0.0.1:$PORT/caravan"
PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$SERVER")

seconds() { # wall seconds of one command
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>>"$WORK/stderr.log" || { cat "$WORK/stderr.log" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}

# Two rounds, each loading into new tables, alternating which goes first; the best time of each counts. The first
# writes on a new cluster also pay for creating its WAL files, which would otherwise fall on whichever ran first.
"${PSQL[@]}" -c "CREATE SCHEMA raw"
bare_table() {
    "${PSQL[@]}" -c "CREATE TABLE raw.bare$1(id TEXT, date TEXT, exporter TEXT, importer TEXT, hs_code TEXT,
        description TEXT, quantity DOUBLE PRECISION, unit TEXT, weight_kg DOUBLE PRECISION, value DOUBLE PRECISION,
        currency TEXT, origin_country TEXT, destination_country TEXT, transit_countries TEXT)"
}
caravan_s=999999
psql_s=999999
import_s=999999
for round in 1 2; do
    bare_table "$round"
    # The import path: a new case holding the entities (not timed), then the shipments file.
    "$CLI" new "$SERVER?case=imp$round" >/dev/null
    "$CLI" import "$SERVER?case=imp$round" "$WORK/entities.csv" >/dev/null 2>&1
    if [ "$round" = 1 ]; then
        c=$(seconds "$CLI" copy "$WORK/bench.caravan" "$SERVER?case=bench$round")
        p=$(seconds "${PSQL[@]}" -c "\\copy raw.bare$round FROM '$WORK/shipments.csv' WITH (FORMAT csv, HEADER true)")
    else
        p=$(seconds "${PSQL[@]}" -c "\\copy raw.bare$round FROM '$WORK/shipments.csv' WITH (FORMAT csv, HEADER true)")
        c=$(seconds "$CLI" copy "$WORK/bench.caravan" "$SERVER?case=bench$round")
    fi
    i=$(seconds "$CLI" import "$SERVER?case=imp$round" "$WORK/shipments.csv")
    echo "round $round: caravan-cli copy $c s, psql \\copy $p s, caravan-cli import $i s"
    import_s=$(awk -v a="$import_s" -v b="$i" 'BEGIN {print (b < a ? b : a)}')
    caravan_s=$(awk -v a="$caravan_s" -v b="$c" 'BEGIN {print (b < a ? b : a)}')
    psql_s=$(awk -v a="$psql_s" -v b="$p" 'BEGIN {print (b < a ? b : a)}')
done
copied=$("${PSQL[@]}" -tAc "SELECT count(*) FROM bench2.shipments")
bare=$("${PSQL[@]}" -tAc "SELECT count(*) FROM raw.bare2")
imported=$("${PSQL[@]}" -tAc "SELECT count(*) FROM imp2.shipments")
index_s=$(seconds "${PSQL[@]}" -c "CREATE INDEX ON raw.bare2(exporter); CREATE INDEX ON raw.bare2(importer);
    CREATE INDEX ON raw.bare2(date); CREATE INDEX ON raw.bare2(id)")

ratio=$(awk -v a="$caravan_s" -v b="$psql_s" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
indexed=$(awk -v a="$caravan_s" -v b="$psql_s" -v c="$index_s" 'BEGIN {printf "%.2f", a / (b + c)}')
printf 'caravan-cli copy (file -> server case): %6.2f s  (%s shipments; every table, keys, indexes, grants)\n' \
    "$caravan_s" "$copied"
printf 'psql \\copy into a bare table:          %6.2f s  (%s rows)\n' "$psql_s" "$bare"
printf '  then the same 4 indexes:              %6.2f s\n' "$index_s"
import_ratio=$(awk -v a="$import_s" -v b="$psql_s" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
import_indexed=$(awk -v a="$import_s" -v b="$psql_s" -v c="$index_s" 'BEGIN {printf "%.2f", a / (b + c)}')
printf 'caravan-cli import (CSV -> server case):%6.2f s  (%s shipments; read, checked, streamed into COPY, indexes and keys built)\n' \
    "$import_s" "$imported"
echo "ratio caravan/psql: $ratio (goal <= 1.5); caravan/(psql + indexes): $indexed"
echo "ratio caravan import/psql: $import_ratio (goal <= 1.5); caravan import/(psql + indexes): $import_indexed"
awk -v r="$ratio" 'BEGIN {exit !(r <= 1.5)}' && echo "pg_copy_bench: goal met" || echo "pg_copy_bench: goal NOT met"
