#!/usr/bin/env python3
"""Scores caravan-cli's chain detection on the held-out cases of make_extracts.py (issue 15, item 9).

For each version of a generated world (clean, units, quantities, countries, all, extract, extract-clean; and
extract-names when asked for with --versions) it runs
    caravan-cli new CASE
    caravan-cli import CASE entities.csv --json
    caravan-cli import CASE shipments.csv --json                 (Caravan CSV versions)
    caravan-cli import CASE extract.csv --format csv --json      (customs-style extracts: no --mapping)
    caravan-cli import CASE extract.csv --format csv --mapping extract-clean/mapping.json --json
                                                                 (extract-mapped: the control, a hand-written
                                                                  mapping; the reader reads the extract right)
    caravan-cli chains CASE --json
and scores the chains against the generator's answer key.

Scoring, precisely. A chain is the set of its shipment ids (order ignored).
  - A planted chain P is found when some detected chain D contains every shipment of P (inbound, middle hop if
    any, every onward shipment): P <= D.
  - A detected chain D is correct when every shipment of D belongs to one planted chain P: D <= P. (A chain made
    of a decoy's shipments, or mixing shipments of two episodes, is a false positive.)
  - recall = planted chains found / planted chains; precision = correct detected chains / detected chains
    (0 when nothing is detected).
"Gives the same chains" / "does not change which chains are found": the set of detected chains (each a set of
shipment ids) of a version equals that of the clean version.

Checks (--check):
  scores    every version: precision >= 0.95 and recall >= 0.95; the extracts import every row (none rejected)
            and give the same chains as the clean version.  Seed: the held-out seed, whose generated files must
            hash to HELD_OUT_FINGERPRINT (the held-out set does not drift with edits to the generator).
  property  for each seed given: units, quantities, countries and all give the same chains as clean.
Exit 0 when every check holds, 1 when one fails (each failure on its own line), 2 on bad usage.
"""

import argparse
import csv
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_extracts  # noqa: E402

THRESHOLD = 0.95
CSV_VERSIONS = ["clean", "units", "quantities", "countries", "all"]
EXTRACT_VERSIONS = ["extract", "extract-clean", "extract-names", "extract-mapped"]
DEFAULT_VERSIONS = CSV_VERSIONS + ["extract", "extract-clean", "extract-mapped"]
REWRITTEN = ["units", "quantities", "countries", "all"]


class Cli:
    def __init__(self, path):
        self.path = path

    def run(self, *args):
        p = subprocess.run([self.path, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def last_line(text):
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def run_version(cli, folder, version):
    """Builds the case of one version; returns a dict with rows, import problems and detected chains."""
    d = os.path.join(folder, version)
    case = os.path.join(folder, version + ".caravan")
    if os.path.exists(case):
        os.remove(case)
    result = {"version": version, "rows": 0, "imported": 0, "rejected": 0, "error": None, "chains": [],
              "excluded": None}
    rc, _, err = cli.run("new", case)
    if rc != 0:
        result["error"] = "new: exit %d: %s" % (rc, last_line(err))
        return result
    if version == "extract-mapped":
        d = os.path.join(folder, "extract-clean")
        steps = [("entities.csv", []), ("extract.csv", ["--format", "csv", "--mapping", os.path.join(d, "mapping.json")])]
    elif version in EXTRACT_VERSIONS:
        steps = [("entities.csv", []), ("extract.csv", ["--format", "csv"])]
    else:
        steps = [("entities.csv", []), ("shipments.csv", [])]
    for name, extra in steps:
        rc, out, err = cli.run("import", case, os.path.join(d, name), *extra, "--json")
        if rc != 0:
            result["error"] = "import %s: exit %d: %s" % (name, rc, last_line(err))
            return result
        if name != "entities.csv":
            try:
                src = json.loads(out)["sources"][0]
            except (ValueError, KeyError, IndexError):
                result["error"] = "import %s: no JSON summary: %s" % (name, out[:200])
                return result
            result["rows"] = src.get("rows_read", 0)
            result["imported"] = src.get("imported", 0)
            result["rejected"] = src.get("rejected", 0)
            if result["rejected"]:
                result["reject_notes"] = rejection_reasons(case)
    rc, out, err = cli.run("chains", case, "--json")
    if rc != 0:
        result["error"] = "chains: exit %d: %s" % (rc, last_line(err))
        return result
    doc = json.loads(out)
    result["chains"] = [frozenset(c["shipments"]) for c in doc.get("chains", [])]
    result["excluded"] = doc.get("excluded")
    return result


def rejection_reasons(case):
    """The commonest reasons the case recorded for rejected rows (a diagnostic: read with Python's sqlite3)."""
    try:
        con = sqlite3.connect("file:%s?mode=ro" % case, uri=True)
        try:
            rows = con.execute("SELECT reason, count(*) FROM rejected_rows GROUP BY reason ORDER BY 2 DESC LIMIT 3")
            return ["%d x %s" % (n, reason) for reason, n in rows]
        finally:
            con.close()
    except sqlite3.Error as e:
        return ["(reasons unreadable: %s)" % e]


def score(result, key):
    planted = [(c["id"], c["kind"], frozenset(c["shipments"])) for c in key["chains"]]
    decoy_of = {}
    for dcy in key["decoys"]:
        for s in dcy["shipments"]:
            decoy_of[s] = dcy["kind"]
    detected = result["chains"]
    found = [(pid, kind) for pid, kind, p in planted if any(p <= d for d in detected)]
    correct = [d for d in detected if any(d <= p for _, _, p in planted)]
    result["found"] = len(found)
    result["planted"] = len(planted)
    result["correct"] = len(correct)
    result["recall"] = len(found) / len(planted) if planted else 1.0
    result["precision"] = len(correct) / len(detected) if detected else 0.0
    found_ids = {pid for pid, _ in found}
    misses = {}
    for pid, kind, _ in planted:
        if pid not in found_ids:
            misses[kind] = misses.get(kind, 0) + 1
    result["misses"] = misses
    false_kinds = {}
    for d in detected:
        if any(d <= p for _, _, p in planted):
            continue
        kinds = {decoy_of.get(s, "background") for s in d}
        kind = "+".join(sorted(kinds))
        false_kinds[kind] = false_kinds.get(kind, 0) + 1
    result["false"] = false_kinds
    return result


def print_details(folder, key, results, limit=5):
    """--verbose: the first missed planted chains and false positives of each version, shipment by shipment, as
    that version writes them (the extracts as the `all` or `clean` shipments they were written from)."""

    base = {"extract": "all", "extract-names": "all", "extract-clean": "clean", "extract-mapped": "clean"}
    for r in results:
        if r["error"]:
            continue
        path = os.path.join(folder, base.get(r["version"], r["version"]), "shipments.csv")
        with open(path, encoding="utf-8") as f:
            rows = {row["id"]: row for row in csv.DictReader(f)}

        def show(ids):
            for s in sorted(ids, key=lambda i: rows[i]["date"]):
                row = rows[s]
                print("      %-24s %s %s -> %s hs %s qty %s %s weight %s" % (
                    s, row["date"], row["exporter"], row["importer"], row["hs_code"], row["quantity"] or "-",
                    row["unit"], row["weight_kg"]))
        missed = [c for c in key["chains"] if not any(frozenset(c["shipments"]) <= d for d in r["chains"])]
        false = [d for d in r["chains"] if not any(d <= frozenset(c["shipments"]) for c in key["chains"])]
        for c in missed[:limit]:
            partial = [len(d) for d in r["chains"] if d & frozenset(c["shipments"])]
            print("  %s: missed %s (%s)%s" % (r["version"], c["id"], c["kind"],
                                              ", detected in part: %s" % partial if partial else ""))
            show(c["shipments"])
        for d in false[:limit]:
            print("  %s: false positive" % r["version"])
            show(d)


def same_chains(a, b):
    sa, sb = set(a["chains"]), set(b["chains"])
    return sa == sb, len(sa - sb), len(sb - sa)


def describe(counts):
    return ", ".join("%s %d" % kv for kv in sorted(counts.items())) or "-"


def print_table(seed, key, results, clean):
    print("seed %d%s: %d shipments, %d planted chains (%s), %d decoys" % (
        seed, " (held out)" if key.get("held_out") else "", key["shipments"], len(key["chains"]),
        describe(count_kinds(key["chains"])), len(key["decoys"])))
    print("%-14s %6s %6s %6s %7s %9s %9s %9s  %-26s %s" % (
        "version", "rows", "impd", "rejd", "chains", "found", "precision", "recall", "vs clean (-missing/+extra)",
        "misses / false positives by kind"))
    for r in results:
        if r["error"]:
            print("%-14s %s" % (r["version"], "ERROR " + r["error"]))
            continue
        if r is clean:
            versus = "(reference)"
        else:
            same, missing, extra = same_chains(clean, r)
            versus = "same" if same else "differs -%d/+%d" % (missing, extra)
        print("%-14s %6d %6d %6d %7d %5d/%-3d %9.3f %9.3f  %-26s misses: %s; false: %s" % (
            r["version"], r["rows"], r["imported"], r["rejected"], len(r["chains"]), r["found"], r["planted"],
            r["precision"], r["recall"], versus, describe(r["misses"]), describe(r["false"])))
        if r.get("excluded") is not None:
            print("%-14s chains --json excluded: %s" % ("", json.dumps(r["excluded"], ensure_ascii=False,
                                                                        sort_keys=True)))
        if r.get("reject_notes"):
            for note in r["reject_notes"]:
                print("%-14s rejected: %s" % ("", note))
    sys.stdout.flush()


def count_kinds(chains):
    out = {}
    for c in chains:
        out[c["kind"]] = out.get(c["kind"], 0) + 1
    return out


# SHA-256 over every file the generator writes for the held-out seed (paths and bytes, in path order). The held-out
# set changes only on purpose: a change to make_extracts.py that changes it must update this value and say why.
HELD_OUT_FINGERPRINT = "35cea7e2f43d8eec189b93794e4455766a7cfe95c62ebf4977616578e02782a2"


def fingerprint(folder):
    h = hashlib.sha256()
    for root, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.endswith(".caravan"):
                continue
            h.update(os.path.relpath(path, folder).encode("utf-8") + b"\0")
            with open(path, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


def build_world(work, seed):
    folder = os.path.join(work, "seed-%d" % seed)
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    world = make_extracts.World(seed)
    world.build()
    key = make_extracts.write_all(world, folder, seed)
    key["fingerprint"] = fingerprint(folder)
    return folder, key


def evaluate(cli, work, seed, versions, verbose=False):
    folder, key = build_world(work, seed)
    results = [score(run_version(cli, folder, v), key) for v in versions]
    clean = next(r for r in results if r["version"] == "clean")
    print_table(seed, key, results, clean)
    if verbose:
        print_details(folder, key, results)
    return results, clean, key


def check_scores(cli, work, seed, versions, verbose):
    failures = []
    results, clean, key = evaluate(cli, work, seed, versions, verbose)
    if seed == make_extracts.HELD_OUT_SEED and key["fingerprint"] != HELD_OUT_FINGERPRINT:
        failures.append("the held-out set changed: its files hash to %s, recorded %s (a change to make_extracts.py "
                        "that changes the held-out cases must be deliberate: update HELD_OUT_FINGERPRINT and say why)"
                        % (key["fingerprint"], HELD_OUT_FINGERPRINT))
    for r in results:
        v = r["version"]
        if r["error"]:
            failures.append("%s: %s" % (v, r["error"]))
            continue
        if r["precision"] < THRESHOLD:
            failures.append("%s: precision %.3f < %.2f (%d of %d detected chains are planted ones; false: %s)" % (
                v, r["precision"], THRESHOLD, r["correct"], len(r["chains"]), describe(r["false"])))
        if r["recall"] < THRESHOLD:
            failures.append("%s: recall %.3f < %.2f (%d of %d planted chains found; missed: %s)" % (
                v, r["recall"], THRESHOLD, r["found"], r["planted"], describe(r["misses"])))
        if v in EXTRACT_VERSIONS:
            if r["rejected"] or r["imported"] != key["shipments"]:
                failures.append("%s: imported %d of the extract's %d rows (%d read, %d rejected)" % (
                    v, r["imported"], key["shipments"], r["rows"], r["rejected"]))
            if not clean["error"]:
                same, missing, extra = same_chains(clean, r)
                if not same:
                    failures.append("%s: not the clean version's chains (%d of clean's missing, %d extra)" % (
                        v, missing, extra))
    return failures


def check_property(cli, work, seeds, versions, verbose):
    failures = []
    for seed in seeds:
        results, clean, _ = evaluate(cli, work, seed, [v for v in versions if v in CSV_VERSIONS], verbose)
        if clean["error"]:
            failures.append("seed %d clean: %s" % (seed, clean["error"]))
            continue
        for r in results:
            if r is clean:
                continue
            if r["error"]:
                failures.append("seed %d %s: %s" % (seed, r["version"], r["error"]))
                continue
            same, missing, extra = same_chains(clean, r)
            if not same:
                failures.append("seed %d %s: rewriting changed the chains found: %d of clean's %d chains lost, "
                                "%d new" % (seed, r["version"], missing, len(clean["chains"]), extra))
    return failures


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True, help="path of caravan-cli")
    parser.add_argument("--work", required=True, help="scratch folder for the generated files and cases")
    parser.add_argument("--check", choices=["scores", "property", "all"], default="all")
    parser.add_argument("--seed", type=int, default=make_extracts.HELD_OUT_SEED,
                        help="seed of the scored world (default: the held-out seed)")
    parser.add_argument("--property-seeds", default="%d,11" % make_extracts.HELD_OUT_SEED,
                        help="comma-separated seeds of the property check")
    parser.add_argument("--versions", default=",".join(DEFAULT_VERSIONS),
                        help="comma-separated versions to build and check (clean is always built: the reference)")
    parser.add_argument("--verbose", action="store_true",
                        help="list the first missed chains and false positives of each version, shipment by shipment "
                        "(for debugging, use a development seed: --seed %d)" % make_extracts.DEV_SEED)
    args = parser.parse_args(argv)
    if not os.access(args.cli, os.X_OK):
        print("run_heldout: %s is not an executable caravan-cli" % args.cli, file=sys.stderr)
        return 2
    os.makedirs(args.work, exist_ok=True)
    cli = Cli(args.cli)
    versions = ["clean"] + [v.strip() for v in args.versions.split(",") if v.strip() and v.strip() != "clean"]
    unknown = [v for v in versions if v not in CSV_VERSIONS + EXTRACT_VERSIONS]
    if unknown:
        print("run_heldout: unknown versions %s (known: %s)" % (", ".join(unknown),
                                                                 ", ".join(CSV_VERSIONS + EXTRACT_VERSIONS)),
              file=sys.stderr)
        return 2
    started = time.time()
    failures = []
    if args.check in ("scores", "all"):
        failures += check_scores(cli, args.work, args.seed, versions, args.verbose)
    if args.check in ("property", "all"):
        seeds = [int(s) for s in args.property_seeds.split(",") if s.strip()]
        failures += check_property(cli, args.work, seeds, versions, args.verbose)
    print("%.1f s" % (time.time() - started))
    if failures:
        print("FAILED (%d):" % len(failures))
        for f in failures:
            print("  " + f)
        return 1
    print("PASSED: precision and recall >= %.2f; same chains across rewrites" % THRESHOLD)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
