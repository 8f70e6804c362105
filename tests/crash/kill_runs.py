#!/usr/bin/env python3
"""Kill runs for tests/crash/kill_test.sh: starts caravan-cli write operations on scratch cases, SIGKILLs them
after a random delay (before, during and after the commit), then checks that each case opens, passes `check`
and holds exactly the work committed before the kill (the state before the operation or the state after it,
nothing in between). Usage: kill_runs.py CLI SHARED_DATA WORKDIR RUNS SEED"""
import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

CLI, DATA, WORK, RUNS, SEED = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
SDN = os.path.join(DATA, "sanctions/ofac-sdn-2024-05-03/sdn.csv")
SHIPMENT_ROWS = 60000
rng = random.Random(SEED)
# Plain cases ignore the passphrase; the encrypted scenarios need it.
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CARAVAN_PASSPHRASE="kill test passphrase")
problems = []
summary = {"runs": 0, "checked": 0, "killed": 0, "finished": 0, "state_before": 0, "state_after": 0}


def cli(*args, check=True):
    done = subprocess.run([CLI, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check and done.returncode != 0:
        sys.exit(f"caravan-cli {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done


def stats(case):
    done = cli("stats", case, "--json", check=False)
    return json.loads(done.stdout) if done.returncode == 0 else None


def query(case, sql):
    with sqlite3.connect(f"file:{case}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def write_shipments(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "exporter", "importer", "hs_code", "quantity", "unit", "value", "currency",
                    "origin_country", "destination_country"])
        for i in range(SHIPMENT_ROWS):
            w.writerow([f"kt-{i}", f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", f"Exporter {i % 900}",
                        f"Importer {i % 700}", f"8542{31 + i % 9:02d}", 10 + i % 50, "pcs", 100 + i % 5000, "USD",
                        "CN", "KG"])


def killed_run(case, args, expected_seconds):
    """Starts `caravan-cli args`, kills it after a random delay; returns True when it was killed."""
    proc = subprocess.Popen([CLI, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.0, expected_seconds * 1.15))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True
    return False


def opens_and_checks(case):
    summary["checked"] += 1
    if not os.path.exists(case):  # killed before the file was created: nothing was committed
        summary["state_before"] += 1
        return False
    opened = cli("stats", case, "--json", check=False)
    if opened.returncode != 0:
        problems.append(f"{case}: does not open: {opened.stderr.strip()}")
        return False
    done = cli("check", case, check=False)
    if done.returncode != 0:
        problems.append(f"{case}: check exit {done.returncode}: {done.stdout.strip()} {done.stderr.strip()}")
        return False
    return True


def judge(case, before, after, name):
    """The case must hold the state before the operation or the state after it."""
    now = stats(case)
    if now == before:
        summary["state_before"] += 1
    elif now == after:
        summary["state_after"] += 1
    else:
        problems.append(f"{name} {case}: half-written: {now} is neither {before} nor {after}")


def timed(args):
    start = time.monotonic()
    cli(*args)
    return time.monotonic() - start


def prepare():
    os.makedirs(WORK, exist_ok=True)
    ships = os.path.join(WORK, "kt-shipments.csv")
    write_shipments(ships)
    empty = os.path.join(WORK, "base-empty.caravan")
    cli("new", empty)
    demo = os.path.join(WORK, "base-demo.caravan")
    cli("demo", demo, "--seed", "7")
    pairs = json.loads(cli("resolve", demo, "--json").stdout)["pairs"]
    refs = [r[0] for r in query(demo, "SELECT ext_id FROM entities ORDER BY id LIMIT 400")]
    encrypted = os.path.join(WORK, "base-encrypted.caravan")
    shutil.copy(demo, encrypted)
    cli("encrypt", encrypted)
    return ships, empty, demo, pairs, refs, encrypted


def encrypted_scenario(ships, encrypted, refs):
    """Writes to an encrypted case: each commit re-encrypts the whole file and renames it into place."""
    def no_plaintext(case, run):
        for name in os.listdir(WORK):
            if name.startswith(os.path.basename(case)):
                with open(os.path.join(WORK, name), "rb") as f:
                    if f.read(16).startswith(b"SQLite format 3"):
                        problems.append(f"run {run}: plaintext SQLite file {name} beside an encrypted case")
    return [("encrypted-import", encrypted, lambda c: ["import", c, ships, "--format", "caravan-csv", "--kind",
                                                        "shipments"], no_plaintext),
            ("encrypted-mark", encrypted, lambda c: ["mark", c, "--entity", refs[0], "--status", "confirmed",
                                                      "--note", "kill test"], no_plaintext)]


def reference(base, args_of):
    ref = os.path.join(WORK, "ref.caravan")
    shutil.copy(base, ref)
    seconds = timed(args_of(ref))
    result = stats(ref)
    os.remove(ref)
    return seconds, result


def import_scenario(ships, empty):
    def check_import(file_name, table):
        def check(case, run):
            rows = query(case, f"SELECT id, rows_imported FROM sources WHERE file_name = '{file_name}'")
            if rows:
                (sid, imported), = rows
                n = query(case, f"SELECT count(*) FROM {table} WHERE source_id = {sid}")[0][0]
                if n != imported:
                    problems.append(f"run {run}: {file_name}: rows_imported {imported} but {n} {table}")
            elif query(case, f"SELECT count(*) FROM {table}")[0][0] != 0:
                problems.append(f"run {run}: {file_name}: {table} without a sources row")
        return check

    return [("import-shipments", empty, lambda c: ["import", c, ships, "--format", "caravan-csv", "--kind",
                                                    "shipments"], check_import("kt-shipments.csv", "shipments")),
            ("import-ofac-sdn", empty, lambda c: ["import", c, SDN, "--format", "ofac-sdn"],
             check_import("sdn.csv", "entities"))]


def one_shot(name, base, args_of, extra, seconds, after, run):
    case = os.path.join(WORK, f"run-{run}.caravan")
    shutil.copy(base, case)
    before = stats(case)
    if killed_run(case, args_of(case), seconds):
        summary["killed"] += 1
    else:
        summary["finished"] += 1
    if opens_and_checks(case):
        judge(case, before, after, f"run {run} {name}")
        extra(case, run)


def decide_run(demo, pairs, run):
    a, b = pairs[run % len(pairs)]["a"], pairs[run % len(pairs)]["b"]
    args_of = lambda c: ["decide", c, "--kind", "duplicate", "--a", a, "--b", b, "--accept"]
    seconds, after = reference(demo, args_of)

    def extra(case, r):
        decided = query(case, f"SELECT count(*) FROM match_decisions WHERE a_ref='{a}' AND b_ref='{b}'")[0][0]
        merged = query(case, f"SELECT count(*) FROM entities WHERE ext_id='{b}' AND merged_into IS NOT NULL")[0][0]
        if decided != merged:
            problems.append(f"run {r} decide: decision {decided} but merged {merged}")
    one_shot("decide", demo, args_of, extra, seconds, after, run)


def mark_run(demo, refs, run):
    case = os.path.join(WORK, f"run-{run}.caravan")
    shutil.copy(demo, case)
    deadline = time.monotonic() + rng.uniform(0.05, 2.5)
    exited = 0
    killed_during = False
    for ref in refs:
        proc = subprocess.Popen([CLI, "mark", case, "--entity", ref, "--status", "suspected", "--note",
                                 f"run {run}"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=max(0.0, deadline - time.monotonic()))
            if proc.returncode != 0:
                problems.append(f"run {run} mark {ref}: exit {proc.returncode}")
            exited += 1
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed_during = True
            break
    summary["killed" if killed_during else "finished"] += 1
    if not opens_and_checks(case):
        return
    marks = query(case, "SELECT count(*) FROM marks")[0][0]
    # The killed mark may have committed just before the kill; then its mark is there, whole.
    in_flight = refs[exited] if killed_during and exited < len(refs) else None
    present = in_flight and query(case, f"SELECT count(*) FROM marks WHERE target_ref='{in_flight}'")[0][0]
    if marks != exited + (1 if present else 0):
        problems.append(f"run {run} mark: {marks} marks after {exited} finished mark commands")
    summary["state_after" if present else "state_before"] += 1


def main():
    ships, empty, demo, pairs, refs, encrypted = prepare()
    imports = [(name, base, args_of, extra, *reference(base, args_of))
               for name, base, args_of, extra in import_scenario(ships, empty)]
    secret = [(name, base, args_of, extra, *reference(base, args_of))
              for name, base, args_of, extra in encrypted_scenario(ships, encrypted, refs)]
    demo_args = lambda c: ["demo", c, "--seed", "7"]
    demo_seconds = timed(demo_args(os.path.join(WORK, "demo-ref.caravan")))
    demo_after = stats(os.path.join(WORK, "demo-ref.caravan"))
    started = time.monotonic()
    for run in range(RUNS):
        summary["runs"] += 1
        pick = run % 7
        if pick < 2:
            name, base, args_of, extra, seconds, after = imports[pick]
            one_shot(name, base, args_of, extra, seconds, after, run)
        elif pick > 4:
            name, base, args_of, extra, seconds, after = secret[pick - 5]
            one_shot(name, base, args_of, extra, seconds, after, run)
        elif pick == 2:
            mark_run(demo, refs, run)
        elif pick == 3:
            decide_run(demo, pairs, run)
        else:
            case = os.path.join(WORK, f"run-{run}.caravan")
            summary["killed" if killed_run(case, demo_args(case), demo_seconds) else "finished"] += 1
            if opens_and_checks(case):
                now = stats(case)
                empty_now = now and now["entities"] == 0 and now["sources"] == 0
                if now != demo_after and not empty_now:
                    problems.append(f"run {run} demo: half-written: {now}")
                summary["state_after" if now == demo_after else "state_before"] += 1
        for leftover in os.listdir(WORK):
            if leftover.startswith(f"run-{run}.caravan"):
                os.remove(os.path.join(WORK, leftover))
    summary["seconds"] = round(time.monotonic() - started, 1)
    print("kill test: {runs} runs ({killed} killed, {finished} finished first), {checked} cases checked, "
          "{state_before} hold the state before, {state_after} the state after, in {seconds} s".format(**summary))
    print(f"lost or half-written: {len(problems)}")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
