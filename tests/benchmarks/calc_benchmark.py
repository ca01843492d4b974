"""Scripted Calc benchmark: a 10,000-partner portfolio recalculated with
calculateAll, in one office run, four ways:

  floor     FLOOR_HEALTH(B:Q; labels): a test-only add-in with ALLIANCE_HEALTH's
            signature that does nothing (what Calc costs per add-in call)
  health    ALLIANCE_HEALTH(B:Q; labels)
  builtin   the same health number as a hand-written built-in formula
  addin3    ALLIANCE_HEALTH + ALLIANCE_WARNINGS + ALLIANCE_STATUS per row
  builtin3  the same three results as hand-written built-in formulas

Each variant lives in its own document so calculateAll times only it. The
add-in's results are checked against the built-in formulas on every row.

    python3 calc_benchmark.py --oxt AllianceCalc.oxt --floor-oxt MarshallingFloor.oxt
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

LABELS = ["map_elements", "exec_signoff", "goal_alignment", "revenue_target", "revenue_actual",
          "pipeline", "resources_committed", "resources_actual", "exec_sponsor",
          "sales_sponsor", "manager_changes", "trust", "jbp", "days_since_qbr", "exit_plan",
          "account_conflicts"]

# Columns B..Q in LABELS order; yes/no as 1/0 so the built-in formula stays plain.
BUILTIN_HEALTH = (
    "0.25*100*((B{r}/10*IF(C{r}=0;0.5;1))+D{r})/2"
    "+0.3*100*(0.6*MIN(F{r}/E{r};1)+0.4*IF(E{r}-F{r}<=0;1;MIN(G{r}/(3*(E{r}-F{r}));1)))"
    "+0.2*100*(0.4*MIN(I{r}/H{r};1)+0.2*J{r}+0.2*K{r}+0.2*IF(L{r}=0;1;IF(L{r}=1;0.6;0)))"
    "+0.15*100*(M{r}-1)/4"
    "+0.1*100*(0.4*N{r}+0.4*MAX(0;MIN(1;(200-O{r})/100))+0.2*P{r})")
BUILTIN_WARNINGS = (
    'TEXTJOIN("; ";1;IF(B{r}<8;"Strategic map incomplete";"");'
    'IF(C{r}=0;"No executive sign-off";"");IF(D{r}<0.6;"Goals misaligned";"");'
    'IF(Q{r}>0;"Account conflicts";"");IF(K{r}=0;"No sales executive sponsor";"");'
    'IF(I{r}<0.8*H{r};"Resources withdrawn";"");IF(L{r}>=2;"Alliance manager churn";"");'
    'IF(OR(N{r}=0;O{r}>100);"Governance lapsed";"");IF(F{r}/E{r}<0.7;"Revenue behind plan";"");'
    'IF(P{r}=0;"No exit plan";""))')
BUILTIN_STATUS = 'IF({h}>=70;"Green";IF({h}>=50;"Amber";"Red"))'


def random_partner(rng):
    target = rng.choice([250, 500, 1000, 2000]) * 1000
    committed = rng.randint(2, 20)
    return [rng.randint(0, 10), rng.randint(0, 1), round(rng.random(), 2), target,
            round(target * rng.random() * 1.2), round(target * rng.random() * 3),
            committed, rng.randint(0, committed), rng.randint(0, 1), rng.randint(0, 1),
            rng.randint(0, 3), round(1 + 4 * rng.random(), 1), rng.randint(0, 1),
            rng.randint(0, 250), rng.randint(0, 1), rng.randint(0, 4)]


def formulas_for(variant, r):
    row = f"B{r}:Q{r}; B$1:Q$1"
    if variant == "floor":
        return [f"=FLOOR_HEALTH({row})"]
    if variant == "health":
        return [f"=ALLIANCE_HEALTH({row})"]
    if variant == "builtin":
        return ["=" + BUILTIN_HEALTH.format(r=r)]
    if variant == "addin3":
        return [f"=ALLIANCE_HEALTH({row})", f"=ALLIANCE_WARNINGS({row})",
                f"=ALLIANCE_STATUS(R{r})"]
    if variant == "builtin3":
        return ["=" + BUILTIN_HEALTH.format(r=r), "=" + BUILTIN_WARNINGS.format(r=r),
                "=" + BUILTIN_STATUS.format(h=f"R{r}")]
    raise ValueError(variant)


def build_document(office, variant, partners):
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    rows = len(partners)
    sheet.getCellRangeByName("B1:Q1").setDataArray((tuple(LABELS),))
    sheet.getCellRangeByName(f"B2:Q{rows + 1}").setDataArray(tuple(tuple(p) for p in partners))
    width = len(formulas_for(variant, 2))
    last_col = chr(ord("R") + width - 1)
    sheet.getCellRangeByName(f"R2:{last_col}{rows + 1}").setFormulaArray(
        tuple(tuple(formulas_for(variant, r)) for r in range(2, rows + 2)))
    return doc


def time_recalc(doc, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - start)
    return times


def check_same_results(addin_doc, builtin_doc, rows):
    a = addin_doc.Sheets.getByIndex(0).getCellRangeByName(f"R2:T{rows + 1}").getDataArray()
    b = builtin_doc.Sheets.getByIndex(0).getCellRangeByName(f"R2:T{rows + 1}").getDataArray()
    for r, (ra, rb) in enumerate(zip(a, b), start=2):
        if abs(ra[0] - rb[0]) > 1e-9 or ra[1] != rb[1] or ra[2] != rb[2]:
            raise AssertionError(f"row {r}: add-in {ra} but built-in formulas {rb}")


def install(profile, oxts):
    script = os.path.join(HERE, "..", "..", "scripts", "install-extension.sh")
    for i, oxt in enumerate(oxts):
        args = ["bash", script, "--profile", profile] + (["--fresh"] if i == 0 else []) + [oxt]
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--floor-oxt", required=True)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(20261124)
    partners = [random_partner(rng) for _ in range(args.rows)]
    variants = ["floor", "health", "builtin", "addin3", "builtin3"]
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        install(profile, [args.oxt, args.floor_oxt])
        with Office(profile) as office:
            docs = {v: build_document(office, v, partners) for v in variants}
            check_same_results(docs["addin3"], docs["builtin3"], args.rows)
            samples = {v: [] for v in variants}
            for _ in range(args.repeat):  # interleaved so drift hits every variant alike
                for v in variants:
                    samples[v] += time_recalc(docs[v], 1)
            for doc in docs.values():
                doc.close(True)

    median = {v: statistics.median(s) for v, s in samples.items()}
    per_row = {v: median[v] / args.rows * 1e6 for v in variants}
    print(f"Calc recalculation, {args.rows} rows, median of {args.repeat} calculateAll runs")
    print()
    print("| variant | median (ms) | per row (us) |")
    print("|---|---:|---:|")
    for v in variants:
        print(f"| {v} | {median[v] * 1e3:.1f} | {per_row[v]:.2f} |")
    print()
    print(f"ALLIANCE_HEALTH / floor            = {median['health'] / median['floor']:.2f}")
    print(f"ALLIANCE_HEALTH / built-in formula = {median['health'] / median['builtin']:.2f}")
    print(f"three add-in formulas / built-in   = {median['addin3'] / median['builtin3']:.2f}")
    print("add-in results equal the built-in formulas on every row: yes")


if __name__ == "__main__":
    main()
