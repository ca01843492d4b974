"""Scripted Calc benchmark of account overlap, in one office run:

  - ALLIANCE_OVERLAP over two 100,000-row columns of company names;
  - at 20,000 x 20,000, ALLIANCE_OVERLAP against the built-in approach people use
    today, =SUMPRODUCT((COUNTIF(theirs; ours) > 0) * 1), which grows with the
    product of the list sizes.

Each formula lives in its own document so calculateAll times only it.

    python3 calc_accounts_benchmark.py --oxt AllianceCalc.oxt
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from office import Office  # noqa: E402

WORDS = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay",
         "Cyberdyne", "Soylent", "Tyrell", "Wonka", "Gringotts", "Oscorp", "Nakatomi",
         "Massive", "Dynamic", "Pacific", "Northern", "Blue", "Silver", "Summit", "Harbor"]
FORMS = ["Inc", "Ltd", "GmbH", "LLC", "plc", "AG", "SA", "BV", "Corp", ""]


def company(rng, i):
    # Unique core name per i, written with a random legal form.
    return f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i} {rng.choice(FORMS)}".strip()


def lists(rows, shared_fraction, seed):
    rng = random.Random(seed)
    ours = [company(rng, i) for i in range(rows)]
    theirs = []
    for i in range(rows):
        if rng.random() < shared_fraction:
            theirs.append(ours[rng.randrange(rows)])  # the same account, same spelling
        else:
            theirs.append(company(rng, rows + i))
    rng.shuffle(theirs)
    return ours, theirs


def document(office, ours, theirs, formula):
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    n = len(ours)
    sheet.getCellRangeByName(f"A1:A{n}").setDataArray(tuple((x,) for x in ours))
    sheet.getCellRangeByName(f"B1:B{len(theirs)}").setDataArray(tuple((x,) for x in theirs))
    cell = sheet.getCellByPosition(3, 0)
    cell.setFormula(formula.format(n=n))
    return doc, cell


def timed(doc, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--large", type=int, default=100000)
    parser.add_argument("--small", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        subprocess.run(["bash", os.path.join(HERE, "..", "..", "scripts", "install-extension.sh"),
                        "--fresh", "--profile", profile, args.oxt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with Office(profile) as office:
            ours, theirs = lists(args.large, 0.3, 1)
            doc, cell = document(office, ours, theirs, "=ALLIANCE_OVERLAP(A1:A{n}; B1:B{n})")
            large = timed(doc, args.repeat)
            large_result = cell.getValue()
            doc.close(True)

            ours, theirs = lists(args.small, 0.3, 2)
            doc, addin_cell = document(office, ours, theirs, "=ALLIANCE_OVERLAP(A1:A{n}; B1:B{n})")
            addin = timed(doc, args.repeat)
            addin_result = addin_cell.getValue()
            doc.close(True)
            doc, builtin_cell = document(office, ours, theirs,
                                         "=SUMPRODUCT((COUNTIF(B1:B{n}; A1:A{n}) > 0) * 1)")
            builtin = timed(doc, 1)  # seconds per run: once is enough
            builtin_result = builtin_cell.getValue()
            doc.close(True)

    print(f"ALLIANCE_OVERLAP, {args.large:,} x {args.large:,} rows: {large * 1e3:.0f} ms "
          f"(median of {args.repeat}; {large_result:.0f} shared accounts)")
    print(f"{args.small:,} x {args.small:,} rows:")
    print(f"  ALLIANCE_OVERLAP                      {addin * 1e3:9.1f} ms "
          f"({addin_result:.0f} shared accounts)")
    print(f"  SUMPRODUCT((COUNTIF(theirs; ours)>0)*1) {builtin * 1e3:9.1f} ms "
          f"({builtin_result:.0f} entries of ours found verbatim)")
    print(f"  ratio: {builtin / addin:.0f} times faster")


if __name__ == "__main__":
    main()
