"""Would a second office make `alliancecalc score` faster? A scripted measurement on the
sample portfolio filled down to N partners (the scale benchmark's workbooks).

`score` and `check` read one workbook: an office starts, loads it, and hands its cells
over; the tool then scores them. Shared out over two offices, each would have to start
and load the whole workbook and hand over half of the Portfolio sheet's rows. This
script measures exactly that office side, in fresh processes like the scale benchmark's:

  - one office: start, load, read every row of the Portfolio sheet (getDataArray);
  - two offices side by side: each starts, loads and reads its half of the rows;
  - for reference, `alliancecalc score WORKBOOK --json` with its one office.

Each line gives the wall time (of the slower office, for two) and each office's peak
resident memory.

    /usr/bin/python3 score_offices_benchmark.py --profile build/test-profile \
        --partners 10000 100000
"""

import argparse
import json
import os
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import portfolio_scale_benchmark as scale  # noqa: E402

ROUNDS = 3  # each measurement's best of three: the machine's noise is one-sided


def read_part(profile, path, part, parts):
    """Child: one office reads band `part` of `parts` of the Portfolio sheet's rows."""
    office = scale.office_module()
    with office.Office(profile, timeout=300) as running:
        doc = running.open(path, ReadOnly=True)
        try:
            sheet = doc.Sheets.getByName("Portfolio")
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.getRangeAddress()
            rows = end.EndRow + 1
            first = rows * part // parts
            last = rows * (part + 1) // parts - 1
            data = sheet.getCellRangeByPosition(0, first, end.EndColumn, last).getDataArray()
            print(json.dumps({"rows": len(data)}))
        finally:
            doc.close(True)


def side_by_side(commands, timeout, work):
    """Runs the commands at once, each measured; their measurements in order."""
    results = [None] * len(commands)

    def one(k):
        results[k] = scale.run_measured(commands[k], timeout, os.path.join(work, f"out{k}"))

    threads = [threading.Thread(target=one, args=(k,)) for k in range(len(commands))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def best(runs):
    return min(runs, key=lambda rs: max(r["wall"] for r in rs))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile", required=True)
    parser.add_argument("--tool", default=scale.TOOL)
    parser.add_argument("--partners", type=int, nargs="+", default=[10000])
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--read", nargs=3, metavar=("WORKBOOK", "PART", "PARTS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    profile = os.path.abspath(args.profile)
    if args.read:
        read_part(profile, args.read[0], int(args.read[1]), int(args.read[2]))
        return
    print(f"load average at start: {scale.load_average()}; {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="score-offices-") as work:
        paths = scale.make_workbooks(profile, args.partners, work)
        me = [sys.executable, os.path.abspath(__file__), "--profile", profile, "--read"]
        print("\n| Partners | Offices | Wall (best of 3) | Each office: peak |")
        print("|---:|---|---:|---|")
        for partners in args.partners:
            path = paths[partners]
            lines = [
                ("`score` (one office)", [[args.tool, "score", path, "--json", "--profile",
                                           profile]]),
                ("one office reads every row", [me + [path, "0", "1"]]),
                ("two offices read half each", [me + [path, "0", "2"], me + [path, "1", "2"]]),
            ]
            for label, commands in lines:
                runs = [side_by_side(commands, args.timeout, work) for _ in range(ROUNDS)]
                failed = [r for rs in runs for r in rs if r["rc"] != 0]
                if failed:
                    print(f"| {partners:,} | {label} | failed: {failed[0]['stderr']} | |")
                    continue
                chosen = best(runs)
                wall = max(r["wall"] for r in chosen)
                peaks = ", ".join(f"{r['peak_kib'] / 1024:.0f} MiB" for r in chosen)
                print(f"| {partners:,} | {label} | {wall:.1f} s | {peaks} |", flush=True)
    print(f"\nload average at end: {scale.load_average()}")


if __name__ == "__main__":
    main()
