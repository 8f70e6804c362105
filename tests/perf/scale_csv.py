#!/usr/bin/env python3
"""Load-test data for a server case at scale: entities.csv and shipments.csv in Caravan CSV, written as a stream (the
script's memory stays flat however many rows). Synthetic on purpose: no chains, no realistic trade patterns, only the
volume and the shape of a customs extract (tests/perf/scale_bench.sh measures an import of it).
usage: tests/perf/scale_csv.py OUT_DIR SHIPMENTS [ENTITIES]"""
import random
import sys

out, rows = sys.argv[1], int(sys.argv[2])
entities = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
countries = ["DE", "KZ", "KG", "AM", "GE", "AE", "TR", "RU", "CN", "UZ"]
with open(f"{out}/entities.csv", "w", encoding="utf-8") as f:
    f.write("id,type,name,aliases,country,identifiers,incorporation_date,address\n")
    for i in range(entities):
        f.write(f'e{i},Company,"Trading House {i}, LLP",,{countries[i % 10]},kz-bin:{100000000000 + i},,\n')
hs = ["854231", "854232", "854239", "851762", "847150", "880730", "901380", "853223"]
units = ["796", "шт", "кг", "pcs", "kg"]
rng = random.Random(10_000_000)
with open(f"{out}/shipments.csv", "w", encoding="utf-8") as f:
    f.write("id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
            "destination_country,transit_countries\n")
    batch = []
    for i in range(rows):
        r = rng.getrandbits(48)
        batch.append(f"S{i},{2019 + r % 6}-{1 + (r >> 3) % 12:02d}-{1 + (r >> 7) % 28:02d},e{(r >> 12) % entities},"
                     f"e{(r >> 29) % entities},{hs[(r >> 9) % 8]},goods {r % 977},{1 + (r >> 5) % 5000},"
                     f"{units[(r >> 17) % 5]},{(r >> 20) % 100000 / 10},{(r >> 22) % 10000000 / 100},USD,"
                     f"{countries[(r >> 40) % 10]},{countries[(r >> 44) % 10]},\n")
        if len(batch) == 100000:
            f.write("".join(batch))
            batch = []
    f.write("".join(batch))
