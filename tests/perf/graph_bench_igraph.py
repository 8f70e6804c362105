#!/usr/bin/python3
"""Runs python3-igraph on the edge lists perf_graph_layout wrote and compares with Caravan's figures.

Usage: graph_bench_igraph.py DIR   (DIR holds caravan.tsv and edges_<n>_<m>.txt)
Times are CPU seconds of this process (time.process_time), as Caravan's are CPU time of its thread.
Quality: mean edge length / mean distance of 100,000 random pairs (lower is better), as layoutQuality().
"""
import math
import random
import sys
import time

import igraph


def quality(coords, edges, samples=100000, seed=7):
    el = [math.dist(coords[a], coords[b]) for a, b in edges if a != b]
    rnd = random.Random(seed)
    n = len(coords)
    total = 0.0
    for _ in range(samples):
        a = rnd.randrange(n)
        b = rnd.randrange(n)
        while b == a:
            b = rnd.randrange(n)
        total += math.dist(coords[a], coords[b])
    return (sum(el) / len(el)) / (total / samples)


def main(folder):
    caravan = {}
    with open(f"{folder}/caravan.tsv") as f:
        for line in f:
            kind, name, ms, value = line.rstrip("\n").split("\t")
            caravan[(kind, name)] = (float(ms), float(value))
    misses = 0
    for (kind, name), (ms, value) in caravan.items():
        if kind != "layout":
            continue
        n = int(name.split("_")[0])
        g = igraph.Graph.Read_Edgelist(f"{folder}/edges_{name}.txt", directed=False)
        if g.vcount() < n:
            g.add_vertices(n - g.vcount())
        start = time.process_time()
        layout = g.layout_fruchterman_reingold(grid=True)
        igraph_ms = (time.process_time() - start) * 1000
        q = quality(layout.coords, g.get_edgelist())
        ok = ms <= igraph_ms and value <= q * 1.1
        misses += 0 if ok else 1
        print(f"  force layout {name.replace('_', ' nodes / ')} edges: caravan {ms:9.1f} ms quality {value:.3f} | "
              f"igraph FR grid {igraph_ms:9.1f} ms quality {q:.3f} | time ratio {ms / igraph_ms:.2f} "
              f"{'(goal met)' if ok else '(goal MISSED)'}")
    if ("betweenness", "10000_30000") in caravan:
        ms, top = caravan[("betweenness", "10000_30000")]
        g = igraph.Graph.Read_Edgelist(f"{folder}/edges_10000_30000.txt", directed=False)
        start = time.process_time()
        scores = g.betweenness()
        igraph_ms = (time.process_time() - start) * 1000
        same = abs(max(scores) - top) <= 1e-6 * max(1.0, top)
        ok = ms <= igraph_ms and same
        misses += 0 if ok else 1
        print(f"  betweenness exact 10000 / 30000: caravan {ms:9.1f} ms (max {top:.1f}) | igraph {igraph_ms:9.1f} ms "
              f"(max {max(scores):.1f}) | time ratio {ms / igraph_ms:.2f} {'(goal met)' if ok else '(goal MISSED)'}")
        if ("betweenness_sampled", "10000_30000") in caravan:
            sms, _ = caravan[("betweenness_sampled", "10000_30000")]
            print(f"  betweenness sampled (500 sources, approximate): caravan {sms:9.1f} ms | "
                  f"time ratio to igraph exact {sms / igraph_ms:.2f}")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
