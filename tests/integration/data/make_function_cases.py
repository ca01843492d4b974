"""Writes function_cases.fods: a workbook of cases, each formula with the value
the contract gives for it beside it, in the style of Calc's own add-in tests.

The expected values are worked out by hand from the contract (the arithmetic is
in the comments) and are never computed by the extension. Run it with an office
profile that has the extension installed:

    python3 make_function_cases.py PROFILE_DIR OUTPUT.fods
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from office import Office, file_url, props  # noqa: E402

# Partner P1, a scorecard block in Inputs.A3:B18: every warning fires.
#   S: c = 6/10 halved (no sign-off) = 0.3, goals 0.5 -> 40
#   X: a = 400/1000 = 0.4, r = 600, p = 900/1800 = 0.5 -> 100(0.24 + 0.2) = 44
#   C: 0.4*0.7 + 0.2*1 + 0.2*0 + 0.2*0 = 0.48 -> 48
#   R: 100 (2.5 - 1) / 4 = 37.5
#   G: 0.4*0 + 0.4*(200-150)/100 + 0.2*0 = 0.2 -> 20
#   health = 0.25*40 + 0.3*44 + 0.2*48 + 0.15*37.5 + 0.1*20 = 40.425
P1 = [("map_elements", 6), ("exec_signoff", "no"), ("goal_alignment", 0.5),
      ("revenue_target", 1000), ("revenue_actual", 400), ("pipeline", 900),
      ("resources_committed", 10), ("resources_actual", 7), ("exec_sponsor", "yes"),
      ("sales_sponsor", "no"), ("manager_changes", 2), ("trust", 2.5), ("jbp", "no"),
      ("days_since_qbr", 150), ("exit_plan", "no"), ("account_conflicts", 3)]

# Portfolio rows in Inputs.D2:U9, labels spelled the ways people write them.
LABELS = ["Partner", "Map elements", "EXEC-SIGNOFF", "Goal alignment", "Revenue target",
          "revenue_actual", "Pipeline", "Resources committed", "Resources.actual",
          "Exec sponsor", "Sales sponsor", "Manager changes", "Trust", "JBP",
          "Days since QBR", "Exit plan", "Account_Conflicts", "Notes"]
# P2 healthy:
#   S: (1.0 + 0.9)/2 -> 95;  X: a = 0.9, r = 50, p = min(200/150, 1) = 1 -> 94
#   C: 100;  R: 100 * 3.6/4 = 90;  G: 100
#   health = 23.75 + 28.2 + 20 + 13.5 + 10 = 95.45
# P3 partial: only trust 3, jbp no, days 100
#   R = 50;  G = (0.4*0 + 0.4*1) / 0.8 = 0.5 -> 50;  S, X, C not available
#   health = (0.15*50 + 0.1*50) / 0.25 = 50
ROWS = [
    ["P2 Northwind", 10, True, 0.9, 500, 450, 200, 4, 4, "Y", "yes", 0, 4.6, 1, 30, "true",
     0, "extra column, ignored"],
    ["P3 Partial", "", "", "", "", "", "", "", "", "", "", "", 3, "no", 100, "", "", ""],
    ["P4 Bad target", 8, "", "", 0, 10, "", "", "", "", "", "", "", "", "", "", "", ""],
    ["P5 Maybe", "", "maybe", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["P6 Nothing", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "n/a"],
    ["P7 Error cell", "=1/0", "", "", "", "", "", "", "", "", "", "", 3, "", "", "", "", ""],
]

ROW = "$Inputs.E{r}:T{r}; $Inputs.E$2:T$2"
P1_BLOCK = "$Inputs.A3:B18"

# (function, case, formula, expected). Expected: a number, a text, or an error
# written as Calc shows it ("Err:502", "#N/A", "Err:504").
CASES = [
    ("ALLIANCE_HEALTH", "block shape, every dimension", f"=ALLIANCE_HEALTH({P1_BLOCK})", 40.425),
    ("ALLIANCE_HEALTH", "row shape, labels in mixed spellings", f"=ALLIANCE_HEALTH({ROW.format(r=3)})", 95.45),
    ("ALLIANCE_HEALTH", "missing dimensions renormalise", f"=ALLIANCE_HEALTH({ROW.format(r=4)})", 50),
    ("ALLIANCE_HEALTH", "weights: strategy only -> S", f"=ALLIANCE_HEALTH({P1_BLOCK}; ; {{1;0;0;0;0}})", 40),
    ("ALLIANCE_HEALTH", "weights: trust and governance -> (37.5+20)/2", f"=ALLIANCE_HEALTH({P1_BLOCK}; ; {{0;0;0;1;1}})", 28.75),
    ("ALLIANCE_HEALTH", "weights all zero", f"=ALLIANCE_HEALTH({P1_BLOCK}; ; {{0;0;0;0;0}})", "Err:502"),
    ("ALLIANCE_HEALTH", "weights only on unavailable dimensions", f"=ALLIANCE_HEALTH({ROW.format(r=4)}; {{1;1;1;0;0}})", "Err:502"),
    ("ALLIANCE_HEALTH", "four weights", f"=ALLIANCE_HEALTH({P1_BLOCK}; ; {{1;1;1;1}})", "Err:502"),
    ("ALLIANCE_HEALTH", "revenue_target 0", f"=ALLIANCE_HEALTH({ROW.format(r=5)})", "Err:502"),
    ("ALLIANCE_HEALTH", "yes/no written maybe", f"=ALLIANCE_HEALTH({ROW.format(r=6)})", "Err:502"),
    ("ALLIANCE_HEALTH", "no metric known", f"=ALLIANCE_HEALTH({ROW.format(r=7)})", "Err:502"),
    ("ALLIANCE_HEALTH", "duplicate metric, different values", "=ALLIANCE_HEALTH($Inputs.A21:B23)", "Err:502"),
    ("ALLIANCE_HEALTH", "error value inside the range", f"=ALLIANCE_HEALTH({ROW.format(r=8)})", "Err:502"),
    ("ALLIANCE_HEALTH", "values without labels, one column", "=ALLIANCE_HEALTH($Inputs.B3:B18)", "Err:502"),
    ("ALLIANCE_HEALTH", "labels of another size", "=ALLIANCE_HEALTH($Inputs.E3:T3; $Inputs.E2:S2)", "Err:502"),
    ("ALLIANCE_DIMENSION", "strategy", f'=ALLIANCE_DIMENSION({P1_BLOCK}; "strategy")', 40),
    ("ALLIANCE_DIMENSION", "execution", f'=ALLIANCE_DIMENSION({P1_BLOCK}; "Execution")', 44),
    ("ALLIANCE_DIMENSION", "commitment", f'=ALLIANCE_DIMENSION({P1_BLOCK}; "COMMITMENT")', 48),
    ("ALLIANCE_DIMENSION", "trust", f'=ALLIANCE_DIMENSION({P1_BLOCK}; "trust")', 37.5),
    ("ALLIANCE_DIMENSION", "governance", f'=ALLIANCE_DIMENSION({P1_BLOCK}; "governance")', 20),
    ("ALLIANCE_DIMENSION", "row shape", f'=ALLIANCE_DIMENSION($Inputs.E3:T3; "execution"; $Inputs.E$2:T$2)', 94),
    ("ALLIANCE_DIMENSION", "not available", f'=ALLIANCE_DIMENSION($Inputs.E4:T4; "strategy"; $Inputs.E$2:T$2)', "#N/A"),
    ("ALLIANCE_DIMENSION", "unknown dimension", f'=ALLIANCE_DIMENSION({P1_BLOCK}; "morale")', "Err:502"),
    ("ALLIANCE_STATUS", "70 is Green", "=ALLIANCE_STATUS(70)", "Green"),
    ("ALLIANCE_STATUS", "69.99 is Amber", "=ALLIANCE_STATUS(69.99)", "Amber"),
    ("ALLIANCE_STATUS", "50 is Amber", "=ALLIANCE_STATUS(50)", "Amber"),
    ("ALLIANCE_STATUS", "49.99 is Red", "=ALLIANCE_STATUS(49.99)", "Red"),
    ("ALLIANCE_STATUS", "own bands 80/60", "=ALLIANCE_STATUS(75; 80; 60)", "Amber"),
    ("ALLIANCE_STATUS", "of a health formula", f"=ALLIANCE_STATUS(ALLIANCE_HEALTH({P1_BLOCK}))", "Red"),
    ("ALLIANCE_STATUS", "health above 100", "=ALLIANCE_STATUS(101)", "Err:502"),
    ("ALLIANCE_STATUS", "amber_at above green_at", "=ALLIANCE_STATUS(65; 60; 70)", "Err:502"),
    ("ALLIANCE_STATUS", "text health", '=ALLIANCE_STATUS("high")', "#VALUE!"),
    ("ALLIANCE_WARNINGS", "all ten, in code order", f"=ALLIANCE_WARNINGS({P1_BLOCK})",
     "Strategic map incomplete; No executive sign-off; Goals misaligned; Account conflicts; "
     "No sales executive sponsor; Resources withdrawn; Alliance manager churn; Governance lapsed; "
     "Revenue behind plan; No exit plan"),
    ("ALLIANCE_WARNINGS", "none fires", f"=ALLIANCE_WARNINGS({ROW.format(r=3)})", ""),
    ("ALLIANCE_WARNINGS", "own separator", f'=ALLIANCE_WARNINGS({ROW.format(r=4)}; " | ")', "Governance lapsed"),
    ("ALLIANCE_WARNINGS", "own separator, several", '=ALLIANCE_WARNINGS($Inputs.A3:B5; ; " | ")',
     "Strategic map incomplete | No executive sign-off | Goals misaligned"),
    ("ALLIANCE_WARNING_COUNT", "all ten", f"=ALLIANCE_WARNING_COUNT({P1_BLOCK})", 10),
    ("ALLIANCE_WARNING_COUNT", "none", f"=ALLIANCE_WARNING_COUNT({ROW.format(r=3)})", 0),
    ("ALLIANCE_WARNING_COUNT", "days 100 is not lapsed, jbp no is", f"=ALLIANCE_WARNING_COUNT({ROW.format(r=4)})", 1),
    # ours 5,4,3,(empty)  theirs 4,4,1,5: |d| = 1,0,2 -> mean 1 -> 1 - 1/4
    ("ALLIANCE_ALIGNMENT", "empty pair skipped", "=ALLIANCE_ALIGNMENT($Inputs.W2:W5; $Inputs.X2:X5)", 0.75),
    # Ratings and answers are cell ranges: Calc refuses an inline array before the call
    # (Err:504). The same cases on cells follow.
    ("ALLIANCE_ALIGNMENT", "scale 0 to 10", "=ALLIANCE_ALIGNMENT({10;0}; {5;5}; 0; 10)", "Err:504"),
    ("ALLIANCE_ALIGNMENT", "identical", "=ALLIANCE_ALIGNMENT({1;2;3}; {1;2;3})", "Err:504"),
    ("ALLIANCE_ALIGNMENT", "different shapes", "=ALLIANCE_ALIGNMENT($Inputs.W2:W5; $Inputs.X2:X4)", "Err:502"),
    ("ALLIANCE_ALIGNMENT", "rating outside the scale", "=ALLIANCE_ALIGNMENT({6;2}; {1;2})", "Err:504"),
    # 10 vs 5 and 0 vs 5 on 0..10: mean 5 -> 1 - 5/10
    ("ALLIANCE_ALIGNMENT", "scale 0 to 10 (cells)", "=ALLIANCE_ALIGNMENT($Inputs.AB2:AB3; $Inputs.AC2:AC3; 0; 10)", 0.5),
    ("ALLIANCE_ALIGNMENT", "identical (cells)", "=ALLIANCE_ALIGNMENT($Inputs.AB5:AB7; $Inputs.AC5:AC7)", 1),
    ("ALLIANCE_ALIGNMENT", "rating outside the scale (cells)", "=ALLIANCE_ALIGNMENT($Inputs.AB9:AB10; $Inputs.AC9:AC10)", "Err:502"),
    ("ALLIANCE_ALIGNMENT", "no pair", "=ALLIANCE_ALIGNMENT($Inputs.W5:W6; $Inputs.X6:X7)", "Err:502"),
    # yes 1, partial 0.5, no 0, 1, 0.5, empty 0, Y 1, n 0, 0.25, TRUE 1 -> 5.25
    ("ALLIANCE_MATURITY", "ten answers of every kind", "=ALLIANCE_MATURITY($Inputs.Z2:Z11)", 5.25),
    ("ALLIANCE_MATURITY", "eleven cells", "=ALLIANCE_MATURITY($Inputs.Z2:Z12)", "Err:502"),
    ("ALLIANCE_MATURITY", "unreadable answer", '=ALLIANCE_MATURITY({"yes";"perhaps"})', "Err:504"),
    ("ALLIANCE_MATURITY", "unreadable answer (cells)", "=ALLIANCE_MATURITY($Inputs.AE2:AE3)", "Err:502"),
    ("ALLIANCE_MATURITY", "a number is no cell range", "=ALLIANCE_MATURITY(0.5)", "Err:504"),
    ("ALLIANCE_MATURITY_LEVEL", "2.99", "=ALLIANCE_MATURITY_LEVEL(2.99)", "Ad hoc"),
    ("ALLIANCE_MATURITY_LEVEL", "3", "=ALLIANCE_MATURITY_LEVEL(3)", "Developing"),
    ("ALLIANCE_MATURITY_LEVEL", "5", "=ALLIANCE_MATURITY_LEVEL(5)", "Defined"),
    ("ALLIANCE_MATURITY_LEVEL", "7", "=ALLIANCE_MATURITY_LEVEL(7)", "Managed"),
    ("ALLIANCE_MATURITY_LEVEL", "9", "=ALLIANCE_MATURITY_LEVEL(9)", "Optimised"),
    ("ALLIANCE_MATURITY_LEVEL", "of the checklist", "=ALLIANCE_MATURITY_LEVEL(ALLIANCE_MATURITY($Inputs.Z2:Z11))", "Defined"),
    ("ALLIANCE_MATURITY_LEVEL", "above 10", "=ALLIANCE_MATURITY_LEVEL(10.5)", "Err:502"),
    ("ALLIANCE_ACTION", "70 grows", "=ALLIANCE_ACTION(70)", "Grow"),
    ("ALLIANCE_ACTION", "amber and fell 6", "=ALLIANCE_ACTION(69; 75)", "Fix"),
    ("ALLIANCE_ACTION", "amber and fell 4", "=ALLIANCE_ACTION(69; 73)", "Sustain"),
    ("ALLIANCE_ACTION", "50 without history", "=ALLIANCE_ACTION(50)", "Sustain"),
    ("ALLIANCE_ACTION", "red for 2 quarters", "=ALLIANCE_ACTION(49.9; ; 2)", "Exit review"),
    ("ALLIANCE_ACTION", "red for 1 quarter", "=ALLIANCE_ACTION(49.9; ; 1)", "Fix"),
    ("ALLIANCE_ACTION", "quarters_red 1.5", "=ALLIANCE_ACTION(40; ; 1.5)", "Err:502"),
    # P2: 95.45 -> 95, Green; 95 - 90 = up 5; 450/500 = 90 %; 200 / 50 = 4.0;
    # weakest: S 95, X 94, C 100, R 90, G 100 -> Trust at 90
    ("ALLIANCE_QBR_SUMMARY", "healthy partner against last quarter",
     f"=ALLIANCE_QBR_SUMMARY({ROW.format(r=3)}; 90)",
     "Alliance health is 95 (Green), up 5 points from 90 last quarter. Partner-sourced revenue "
     "is at 90% of target, and the pipeline covers 4.0 times the revenue still to close. The "
     "weakest dimension is Trust at 90. No warning sign fires."),
    # P3: 50 Amber; no revenue; R 50 and G 50 tie -> the first, Trust
    ("ALLIANCE_QBR_SUMMARY", "partial partner", f"=ALLIANCE_QBR_SUMMARY({ROW.format(r=4)})",
     "Alliance health is 50 (Amber). The weakest dimension is Trust at 50. Warning sign: "
     "Governance lapsed."),
    ("ALLIANCE_CHECK", "good block", f"=ALLIANCE_CHECK({P1_BLOCK})", "OK"),
    ("ALLIANCE_CHECK", "good row", f"=ALLIANCE_CHECK({ROW.format(r=3)})", "OK"),
    ("ALLIANCE_CHECK", "revenue_target 0", f"=ALLIANCE_CHECK({ROW.format(r=5)})",
     "revenue_target is 0 but must be a number greater than 0."),
    ("ALLIANCE_CHECK", "yes/no written maybe", f"=ALLIANCE_CHECK({ROW.format(r=6)})",
     'exec_signoff is the text "maybe" but must be yes or no (TRUE/FALSE, 1/0, yes/no or y/n).'),
    ("ALLIANCE_CHECK", "duplicate", "=ALLIANCE_CHECK($Inputs.A21:B23)",
     "trust is given twice with different values (3 and 4); give it once."),
    ("ALLIANCE_CHECK", "no metric known", f"=ALLIANCE_CHECK({ROW.format(r=7)})",
     "No dimension can be scored: none of the metrics was found with a value (check the metric "
     "names in the labels and that the values are filled in)."),
    ("ALLIANCE_CHECK", "one column without labels", "=ALLIANCE_CHECK($Inputs.B3:B18)",
     "Without labels, metrics must be a block of two columns (names, then values), but the range "
     "has 1 column."),
]


def set_cell(cell, value):
    if isinstance(value, bool):
        cell.setValue(1 if value else 0)
    elif isinstance(value, (int, float)):
        cell.setValue(value)
    elif isinstance(value, str) and value.startswith("="):
        cell.setFormula(value)
    else:
        cell.setString(value)


def fill_inputs(sheet):
    sheet.getCellByPosition(0, 0).setString(
        "Inputs for the cases: a scorecard block (A3:B18), portfolio rows (D2:U9), "
        "a duplicate (A21:B23), ratings (W:X, AB:AC) and checklist answers (Z, AE).")
    sheet.getCellByPosition(0, 1).setString("Metric")
    sheet.getCellByPosition(1, 1).setString("P1 value")
    for i, (name, value) in enumerate(P1):
        sheet.getCellByPosition(0, 2 + i).setString(name)
        set_cell(sheet.getCellByPosition(1, 2 + i), value)
    for i, label in enumerate(LABELS):
        sheet.getCellByPosition(3 + i, 1).setString(label)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            if value != "":
                set_cell(sheet.getCellByPosition(3 + c, 2 + r), value)
    for i, (name, value) in enumerate([("trust", 3), ("Trust", 4), ("jbp", "yes")]):
        sheet.getCellByPosition(0, 20 + i).setString(name)
        set_cell(sheet.getCellByPosition(1, 20 + i), value)
    sheet.getCellByPosition(22, 0).setString("ours")
    sheet.getCellByPosition(23, 0).setString("theirs")
    for i, (a, b) in enumerate([(5, 4), (4, 4), (3, 1), ("", 5), ("", ""), ("", "")]):
        if a != "":
            set_cell(sheet.getCellByPosition(22, 1 + i), a)
        if b != "":
            set_cell(sheet.getCellByPosition(23, 1 + i), b)
    sheet.getCellByPosition(27, 0).setString("ours")
    sheet.getCellByPosition(28, 0).setString("theirs")
    for row, (a, b) in [(1, (10, 5)), (2, (0, 5)), (4, (1, 1)), (5, (2, 2)), (6, (3, 3)),
                        (8, (6, 1)), (9, (2, 2))]:
        set_cell(sheet.getCellByPosition(27, row), a)
        set_cell(sheet.getCellByPosition(28, row), b)
    sheet.getCellByPosition(30, 0).setString("answers")
    for row, a in [(1, "yes"), (2, "perhaps")]:
        set_cell(sheet.getCellByPosition(30, row), a)
    sheet.getCellByPosition(25, 0).setString("checklist answers")
    for i, a in enumerate(["yes", "partial", "no", 1, 0.5, "", "Y", "n", 0.25, True, "yes"]):
        if a != "":
            set_cell(sheet.getCellByPosition(25, 1 + i), a)


def fill_cases(sheet):
    headers = ["Function", "Case", "Result", "Expected", "Pass"]
    for c, h in enumerate(headers):
        sheet.getCellByPosition(c, 0).setString(h)
    for r, (function, case, formula, expected) in enumerate(CASES, start=1):
        row = r + 1
        sheet.getCellByPosition(0, r).setString(function)
        sheet.getCellByPosition(1, r).setString(case)
        sheet.getCellByPosition(2, r).setFormula(formula)
        set_cell(sheet.getCellByPosition(3, r), expected)
        if isinstance(expected, str) and expected in ERROR_CODES:
            pass_formula = f"=IFERROR(ERRORTYPE(C{row})={ERROR_CODES[expected]};FALSE())"
        elif isinstance(expected, (int, float)):
            pass_formula = f"=IFERROR(ABS(C{row}-D{row})<1E-9;FALSE())"
        else:
            pass_formula = f"=IFERROR(EXACT(C{row};D{row});FALSE())"
        sheet.getCellByPosition(4, r).setFormula(pass_formula)


# Calc's error codes, as ERRORTYPE() gives them.
ERROR_CODES = {"Err:502": 502, "Err:504": 504, "#N/A": 32767, "#VALUE!": 519}


def main():
    profile, output = sys.argv[1], sys.argv[2]
    with Office(profile) as office:
        doc = office.new_calc()
        sheets = doc.Sheets
        sheets.getByIndex(0).setName("Cases")
        sheets.insertNewByName("Inputs", 1)
        fill_inputs(sheets.getByName("Inputs"))
        fill_cases(sheets.getByName("Cases"))
        doc.calculateAll()
        doc.storeToURL(file_url(output), props(FilterName="OpenDocument Spreadsheet Flat XML"))
        doc.close(True)


if __name__ == "__main__":
    main()
