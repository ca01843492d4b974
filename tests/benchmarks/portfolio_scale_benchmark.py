"""Scripted benchmark of the command-line tool on large portfolios: wall time and the
office's peak memory of `alliancecalc score`, `check`, one `qbr` and the portfolio
review (`report`, as PDF), on the sample
portfolio filled down to a growing number of partners.

The workbooks are the sample's (its formula columns, Settings, History and Plan sheets
included) with the Portfolio sheet filled down: the sample's 12 partner rows copied
with their formulas, every copy given a name of its own (the first 12 keep the sample's
names, so History and Plan still match them). Each is stored as .ods with its formulas
calculated, as a user's file would be.

Every measurement runs in a fresh child process (this script with --measure), which
reports the child's wall time and its RUSAGE_CHILDREN peak resident set: the largest
of the processes below it, i.e. the office (soffice.bin), since the tool itself is
small. The wrapper makes itself a child subreaper, so an office that outlives its
parent is still reaped, and counted, by it. The baseline "open" is the same office
started with python3-uno, the workbook opened hidden and closed again, nothing else;
"office" is that office with no workbook at all.

    /usr/bin/python3 portfolio_scale_benchmark.py --profile build/test-profile \
        --partners 1000 10000 100000
    /usr/bin/python3 portfolio_scale_benchmark.py --profile build/test-profile \
        --partners 400000 --commands score

The default sizes take 7 to 11 minutes on two busy cores; larger ones are best measured
a size and a few commands at a time (--commands), as making the workbook alone takes
minutes.
"""

import argparse
import ctypes
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLE = os.path.join(ROOT, "examples", "sample-portfolio.ods")
TOOL = os.path.join(ROOT, "build", "bin", "alliancecalc")
FIRST_ROW = 4  # row 5: the first partner
SAMPLE_ROWS = 12
QBR_PARTNER = "Northwind Systems"  # a sample partner: it has History and Plan rows
PR_SET_CHILD_SUBREAPER = 36
COMMANDS = ("open", "score", "check", "qbr", "report")
SKIPPED = {"wall": float("nan"), "peak_kib": 0, "rc": None, "timed_out": False, "stderr": "",
           "skipped": True}


def office_module():
    sys.path.insert(0, os.path.join(HERE, "..", "integration"))
    import office  # noqa: E402  (python3-uno; only where an office is started here)
    return office


def load_average():
    with open("/proc/loadavg", encoding="ascii") as f:
        return " ".join(f.read().split()[:3])


# --- making the workbooks ------------------------------------------------------------

def grow(doc, partners):
    """Fills the Portfolio sheet down to `partners` rows by copying the sample's rows
    (formulas follow), doubling the block each time, and names every copy."""
    sheet = doc.Sheets.getByName("Portfolio")
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_col = cursor.getRangeAddress().EndColumn
    filled = SAMPLE_ROWS
    while filled < partners:
        count = min(filled, partners - filled)
        source = sheet.getCellRangeByPosition(
            0, FIRST_ROW, last_col, FIRST_ROW + count - 1).getRangeAddress()
        sheet.copyRange(sheet.getCellByPosition(0, FIRST_ROW + filled).getCellAddress(), source)
        filled += count
    if partners > SAMPLE_ROWS:
        names = tuple((f"Partner {i + 1:07d}",) for i in range(SAMPLE_ROWS, partners))
        sheet.getCellRangeByPosition(
            0, FIRST_ROW + SAMPLE_ROWS, 0, FIRST_ROW + partners - 1).setDataArray(names)
    doc.calculateAll()


def make_workbooks(profile, sizes, folder):
    office = office_module()
    paths = {}
    with office.Office(profile, timeout=120) as running:
        for partners in sizes:
            start = time.perf_counter()
            path = os.path.join(folder, f"portfolio-{partners}.ods")
            shutil.copy(SAMPLE, path)
            doc = running.open(path)
            try:
                grow(doc, partners)
                doc.storeToURL(office.file_url(path), office.props(FilterName="calc8"))
            finally:
                doc.close(True)
            paths[partners] = path
            print(f"made {partners:,} partners in {time.perf_counter() - start:.1f} s, "
                  f"{os.path.getsize(path) / 1e6:.1f} MB", file=sys.stderr, flush=True)
    return paths


# --- the child processes -------------------------------------------------------------

def open_only(profile, path):
    """Starts an office, opens the workbook (if any) hidden, closes it, stops."""
    office = office_module()

    def stop(signum, frame):
        raise SystemExit(128 + signum)  # so the office is stopped on the way out

    signal.signal(signal.SIGTERM, stop)
    with office.Office(profile, timeout=120) as running:
        idle = resident_kib(running._process.pid)
        opened = idle
        if path:
            doc = running.open(path)
            # Something read from the sheet, so the load is surely complete.
            doc.Sheets.getByName("Portfolio").getCellByPosition(0, FIRST_ROW).getString()
            opened = resident_kib(running._process.pid)
            doc.close(True)
    print(json.dumps({"idle_kib": idle, "opened_kib": opened}))


def resident_kib(root):
    """The resident set (VmRSS) of the largest process below `root`: the office
    (soffice.bin, a child of oosplash)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    tree, grew = {root}, True
    while grew:
        below = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= below
        grew = bool(below)
    largest = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        largest = max(largest, int(line.split()[1]))
        except OSError:
            pass
    return largest


def measure(command, timeout, out_path):
    """Runs `command` (stdout to out_path), then prints one JSON line: wall time, the
    peak resident set of any process below us (KiB), exit code, last stderr line."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    timed_out = False
    with open(out_path, "wb") as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                 start_new_session=True)
        try:
            rc = child.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(child.pid, signal.SIGTERM)  # the tool stops its office itself
            try:
                rc = child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                rc = child.wait()
        wall = time.perf_counter() - start
        # Reap what the child left running (an office whose parent died), so that
        # its peak memory is counted too.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                time.sleep(0.1)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"wall": wall, "peak_kib": peak, "rc": rc, "timed_out": timed_out,
                      "stderr": lines[-1] if lines else ""}))


def run_measured(command, timeout, out_path):
    wrapper = [sys.executable, os.path.abspath(__file__), "--measure", "--timeout", str(timeout),
               "--out", out_path, "--"] + command
    result = subprocess.run(wrapper, capture_output=True, text=True, check=False)
    try:
        return json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"wall": float("nan"), "peak_kib": 0, "rc": result.returncode, "timed_out": False,
                "stderr": "the wrapper failed: " + result.stderr.strip()[-300:]}


# --- the benchmark -------------------------------------------------------------------

def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def count_json(path):
    found = read_json(path)
    return len(found) if isinstance(found, list) else None


def benchmark(args, work):
    profile = os.path.abspath(args.profile)
    tool = os.path.abspath(args.tool)
    paths = make_workbooks(profile, args.partners, work)
    me = [sys.executable, os.path.abspath(__file__), "--profile", profile]
    results = []
    out = os.path.join(work, "stdout")
    office_alone = run_measured(me + ["--open-only", ""], args.timeout, out)
    office_alone.update(read_json(out) or {})
    for partners in args.partners:
        path = paths[partners]
        row = {"partners": partners, "size": os.path.getsize(path), "load": load_average()}
        row.update({key: dict(SKIPPED) for key in COMMANDS})
        if "open" in args.commands:
            row["open"] = run_measured(me + ["--open-only", path], args.timeout, out)
            row["open"].update(read_json(out) or {})
        if "score" in args.commands:
            row["score"] = run_measured(
                [tool, "score", path, "--json", "--profile", profile], args.timeout, out)
            row["score"]["count"] = count_json(out)
        if "check" in args.commands:
            row["check"] = run_measured(
                [tool, "check", path, "--json", "--profile", profile], args.timeout, out)
            row["check"]["count"] = count_json(out)
        if "qbr" in args.commands:
            qbr_dir = os.path.join(work, f"qbr-{partners}")
            row["qbr"] = run_measured(
                [tool, "qbr", path, "--partner", args.qbr_partner, "--out", qbr_dir,
                 "--profile", profile], args.timeout, out)
            row["qbr"]["count"] = len(os.listdir(qbr_dir)) if os.path.isdir(qbr_dir) else 0
        if "report" in args.commands:
            review = os.path.join(work, f"review-{partners}.pdf")
            row["report"] = run_measured(
                [tool, "report", path, "--out", review, "--force", "--profile", profile],
                args.timeout, out)
            row["report"]["count"] = 1 if os.path.isfile(review) else 0
        results.append(row)
        print(f"measured {partners:,} partners (load {row['load']})", file=sys.stderr, flush=True)
    return office_alone, results


def finished(m):
    return not m["timed_out"] and m["rc"] in (0, 1)


def cell(m):
    if m.get("skipped"):
        return "-", "-"
    if m["timed_out"]:
        return "timeout", "-"
    mark = "" if finished(m) else f" (exit {m['rc']})"
    return f"{m['wall']:.1f}{mark}", f"{m['peak_kib'] / 1024:,.0f}"


def per_100k(points):
    """MiB per 100,000 partners from (partners, MiB) points: least squares."""
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx * 100_000 if sxx else None


def report(office_alone, results):
    print(f"office alone (no workbook): {office_alone['wall']:.1f} s, "
          f"{office_alone['peak_kib'] / 1024:,.0f} MiB peak (while starting), "
          f"{office_alone.get('idle_kib', 0) / 1024:,.0f} MiB resident once started")
    print()
    print("| Partners | .ods | Load avg | Open: s | Open: resident MiB | Open: peak MiB "
          "| score: s | score: peak MiB | check: s | check: peak MiB "
          "| qbr (one): s | qbr: peak MiB | report: s | report: peak MiB |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        o = r["open"]
        cols = [f"{r['partners']:,}", f"{r['size'] / 1e6:.1f} MB", r["load"]]
        wall, peak = cell(o)
        cols += [wall, f"{o.get('opened_kib', 0) / 1024:,.0f}" if finished(o) else "-", peak]
        for key in ("score", "check", "qbr", "report"):
            cols += cell(r[key])
        print("| " + " | ".join(cols) + " |")
    print()
    for r in results:
        said = {"score": "partners in its JSON", "check": "findings", "qbr": "file(s) made",
                "report": "file(s) made"}
        print(f"{r['partners']:,}: " + "; ".join(
            f"{key} exit {r[key]['rc']}, {r[key].get('count')} {what}"
            for key, what in said.items() if not r[key].get("skipped")))
        for key in COMMANDS:
            m = r[key]
            if not finished(m) and not m.get("skipped"):
                print(f"  {key} failed: {'timeout; ' if m['timed_out'] else ''}"
                      f"exit {m['rc']}: {m['stderr']}")
    print()
    opened = [(r["partners"], r["open"]["opened_kib"] / 1024) for r in results
              if finished(r["open"]) and "opened_kib" in r["open"]]
    per = per_100k(opened)
    if per is not None:
        print(f"workbook open: {per:,.0f} MiB resident per 100,000 partners (least squares)")
    for key in COMMANDS:
        done = [r for r in results if finished(r[key])]
        if len(done) >= 2:  # the two largest: below them the office's start-up peak hides the rows
            a, b = done[-2], done[-1]
            per = per_100k([(r["partners"], r[key]["peak_kib"] / 1024) for r in (a, b)])
            time_per = (b[key]["wall"] - a[key]["wall"]) / (b["partners"] - a["partners"]) * 1e4
            print(f"{key}: {per:,.0f} MiB more peak per 100,000 partners, {time_per:.2f} s "
                  f"more per 10,000 partners ({a['partners']:,} to {b['partners']:,})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", help="a profile with the extension installed (copied)")
    parser.add_argument("--tool", default=TOOL, help="the alliancecalc binary")
    parser.add_argument("--partners", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--qbr-partner", default=QBR_PARTNER)
    parser.add_argument("--commands", nargs="+", default=list(COMMANDS), choices=COMMANDS,
                        help="what to measure (default: all; fewer to try a larger size)")
    parser.add_argument("--timeout", type=float, default=600,
                        help="seconds a single command may take (default 600)")
    parser.add_argument("--keep", help="keep the workbooks and outputs in this folder")
    parser.add_argument("--json", help="also write the measurements to this file")
    parser.add_argument("--open-only", metavar="WORKBOOK", help=argparse.SUPPRESS)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:
        measure(args.command, args.timeout, args.out)
        return
    if not args.profile:
        parser.error("--profile is required")
    if args.open_only is not None:
        open_only(os.path.abspath(args.profile), args.open_only)
        return

    print(f"load average at start: {load_average()}; {os.cpu_count()} cores", flush=True)
    work = args.keep or tempfile.mkdtemp(prefix="alliancecalc-scale-bench-")
    os.makedirs(work, exist_ok=True)
    start = time.perf_counter()
    try:
        office_alone, results = benchmark(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report(office_alone, results)
    print()
    print(f"load average at end: {load_average()}; whole run {time.perf_counter() - start:.0f} s")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"office": office_alone, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
