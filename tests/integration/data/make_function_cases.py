"""Writes function_cases.fods: a workbook of cases, each formula with the value
the contract gives for it beside it, in the style of Calc's own add-in tests.

The expected values are worked out by hand from the contract (the arithmetic is
in the comments) and are never computed by the extension. The cases of contract version 2
follow those of version 1, which stay as they were (function_cases_v1.fods keeps the
workbook as it was before version 2, with the results version 1 gave). Run it with an office
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


# --- Contract version 2 (section 7) ------------------------------------------------------
# Appended after the version-1 cases, which stay as they are: data/function_cases_v1.fods
# holds them as committed before version 2 (test_version_1_results.py).

# Portfolio rows in Inputs.AH2:AM9 with the template's version-2 headings.
V2_LABELS = ["Partner", "Trust", "JBP", "Trust gap", "Open changes", "Quarters declining"]
# trust 3 -> R 50, jbp yes -> G 100: health (0.15 x 50 + 0.1 x 100) / 0.25 = 70, whatever
# the version-2 metrics are (they feed no dimension).
V2_ROWS = [
    ["V1 just below", 3, "yes", 0.99, 0, 1],
    ["V2 at the thresholds", 3, "yes", 1, 1, 2],
    ["V3 not known", 3, "yes", "", "", ""],
    ["V4 trust gap 4.5", 3, "yes", 4.5, "", ""],
    ["V5 open changes 1.5", 3, "yes", "", 1.5, ""],
    ["V6 quarters declining -1", 3, "yes", "", "", -1],
    ["V7 version 2 only", "", "", 2, 3, 4],
]
V2_ROW = "$Inputs.AI{r}:AM{r}; $Inputs.AI$2:AM$2"
# P1 again (every version-1 sign fires) with the three version-2 metrics over their
# thresholds, a block in Inputs.AO3:AP21.
P1_V2 = P1 + [("trust_gap", 1.5), ("open_changes", 2), ("quarters_declining", 3)]
P1_V2_BLOCK = "$Inputs.AO3:AP21"
V2_TITLES = "Trust perception gap; Unanswered relationship change; Health declining"
ALL_TEN = ("Strategic map incomplete; No executive sign-off; Goals misaligned; Account conflicts; "
           "No sales executive sponsor; Resources withdrawn; Alliance manager churn; "
           "Governance lapsed; Revenue behind plan; No exit plan")
# Health histories for ALLIANCE_TREND, oldest first (x = 0, 1, 2, ...):
#   AR2:AR7  60, 64, (empty), 71, 75, (empty): the last four 60, 64, 71, 75, mean 67.5,
#            dx -1.5 -0.5 0.5 1.5, dy -7.5 -3.5 3.5 7.5: (11.25 + 1.75 + 1.75 + 11.25) / 5 = 5.2
#   AT2:AX2  80, 72, 70, 61, 55 (a row): the last four 72, 70, 61, 55, mean 64.5,
#            dy 7.5 5.5 -3.5 -9.5: (-11.25 - 2.75 - 1.75 - 14.25) / 5 = -6
#   AZ2:AZ5  1, 3, 2, 6: (-1.5 x -2 + -0.5 x 0 + 0.5 x -1 + 1.5 x 3) / 5 = 1.4
#   BA2:BA4  72.1, 72.2, 72.3: 0.1 (0.09999999999999432 before rounding to nine decimals)
#   BB1:BB3  50, 54, 58, alone in column BB: 4
#   BC2:BC4  60, "n/a", 70    BD2:BD4  60, 120, 70    BE2:BE4  (empty), 70, (empty)
#   BF2:BF4  empty            BG2:BG3  60, =1/0
HISTORIES = {"AR": [60, 64, "", 71, 75, ""], "AZ": [1, 3, 2, 6], "BA": [72.1, 72.2, 72.3],
             "BC": [60, "n/a", 70], "BD": [60, 120, 70], "BE": ["", 70, ""],
             "BG": [60, "=1/0"]}
HISTORY_ROW = ("AT", [80, 72, 70, 61, 55])

V2_CASES = [
    ("ALLIANCE_WARNINGS", "v2: W11-W13 just below (gap 0.99, 0 open, 1 quarter)",
     f"=ALLIANCE_WARNINGS({V2_ROW.format(r=3)})", ""),
    ("ALLIANCE_WARNINGS", "v2: W11-W13 at their thresholds (gap 1, 1 open, 2 quarters)",
     f"=ALLIANCE_WARNINGS({V2_ROW.format(r=4)})", V2_TITLES),
    ("ALLIANCE_WARNINGS", "v2: not known, no sign", f"=ALLIANCE_WARNINGS({V2_ROW.format(r=5)})", ""),
    ("ALLIANCE_WARNINGS", "v2: without any dimension", f"=ALLIANCE_WARNINGS({V2_ROW.format(r=9)})",
     V2_TITLES),
    ("ALLIANCE_WARNINGS", "v2: all thirteen, in code order", f"=ALLIANCE_WARNINGS({P1_V2_BLOCK})",
     ALL_TEN + "; " + V2_TITLES),
    ("ALLIANCE_WARNINGS", "v2: own separator", f'=ALLIANCE_WARNINGS({V2_ROW.format(r=4)}; " | ")',
     V2_TITLES.replace("; ", " | ")),
    ("ALLIANCE_WARNING_COUNT", "v2: just below", f"=ALLIANCE_WARNING_COUNT({V2_ROW.format(r=3)})", 0),
    ("ALLIANCE_WARNING_COUNT", "v2: at the thresholds", f"=ALLIANCE_WARNING_COUNT({V2_ROW.format(r=4)})", 3),
    ("ALLIANCE_WARNING_COUNT", "v2: not known", f"=ALLIANCE_WARNING_COUNT({V2_ROW.format(r=5)})", 0),
    ("ALLIANCE_WARNING_COUNT", "v2: all thirteen", f"=ALLIANCE_WARNING_COUNT({P1_V2_BLOCK})", 13),
    ("ALLIANCE_HEALTH", "v2: just below, health unchanged", f"=ALLIANCE_HEALTH({V2_ROW.format(r=3)})", 70),
    ("ALLIANCE_HEALTH", "v2: at the thresholds, health unchanged", f"=ALLIANCE_HEALTH({V2_ROW.format(r=4)})", 70),
    ("ALLIANCE_HEALTH", "v2: not known, health unchanged", f"=ALLIANCE_HEALTH({V2_ROW.format(r=5)})", 70),
    ("ALLIANCE_HEALTH", "v2: P1 with all thirteen signs, health unchanged", f"=ALLIANCE_HEALTH({P1_V2_BLOCK})", 40.425),
    ("ALLIANCE_HEALTH", "v2: trust_gap 4.5", f"=ALLIANCE_HEALTH({V2_ROW.format(r=6)})", "Err:502"),
    ("ALLIANCE_HEALTH", "v2: open_changes 1.5", f"=ALLIANCE_HEALTH({V2_ROW.format(r=7)})", "Err:502"),
    ("ALLIANCE_HEALTH", "v2: quarters_declining -1", f"=ALLIANCE_HEALTH({V2_ROW.format(r=8)})", "Err:502"),
    ("ALLIANCE_HEALTH", "v2: version-2 metrics alone score nothing", f"=ALLIANCE_HEALTH({V2_ROW.format(r=9)})", "Err:502"),
    ("ALLIANCE_DIMENSION", "v2: trust dimension unchanged", f'=ALLIANCE_DIMENSION($Inputs.AI4:AM4; "trust"; $Inputs.AI$2:AM$2)', 50),
    # 70 Green; no revenue; weakest Trust at 50 (G 100)
    ("ALLIANCE_QBR_SUMMARY", "v2: the three signs named", f"=ALLIANCE_QBR_SUMMARY({V2_ROW.format(r=4)})",
     "Alliance health is 70 (Green). The weakest dimension is Trust at 50. Warning signs: "
     + V2_TITLES + "."),
    # P1: 40.425 -> 40, Red; 400 / 1000 = 40 %; 900 / 600 = 1.5; weakest Governance at 20
    ("ALLIANCE_QBR_SUMMARY", "v2: all thirteen named", f"=ALLIANCE_QBR_SUMMARY({P1_V2_BLOCK})",
     "Alliance health is 40 (Red). Partner-sourced revenue is at 40% of target, and the pipeline "
     "covers 1.5 times the revenue still to close. The weakest dimension is Governance at 20. "
     "Warning signs: " + ALL_TEN + "; " + V2_TITLES + "."),
    ("ALLIANCE_CHECK", "v2: good row", f"=ALLIANCE_CHECK({V2_ROW.format(r=4)})", "OK"),
    ("ALLIANCE_CHECK", "v2: good block", f"=ALLIANCE_CHECK({P1_V2_BLOCK})", "OK"),
    ("ALLIANCE_CHECK", "v2: trust_gap 4.5", f"=ALLIANCE_CHECK({V2_ROW.format(r=6)})",
     "trust_gap is 4.5 but must be a number from 0 to 4."),
    ("ALLIANCE_CHECK", "v2: open_changes 1.5", f"=ALLIANCE_CHECK({V2_ROW.format(r=7)})",
     "open_changes is 1.5 but must be a whole number of 0 or more."),
    ("ALLIANCE_CHECK", "v2: quarters_declining -1", f"=ALLIANCE_CHECK({V2_ROW.format(r=8)})",
     "quarters_declining is -1 but must be a whole number of 0 or more."),
    ("ALLIANCE_CHECK", "v2: version-2 metrics alone", f"=ALLIANCE_CHECK({V2_ROW.format(r=9)})",
     "No dimension can be scored: none of the metrics was found with a value (check the metric "
     "names in the labels and that the values are filled in)."),
    ("ALLIANCE_TREND", "a column, empty cells skipped, last four", "=ALLIANCE_TREND($Inputs.AR2:AR7)", 5.2),
    ("ALLIANCE_TREND", "quarters 2: the last two", "=ALLIANCE_TREND($Inputs.AR2:AR7; 2)", 4),
    # 64, 71, 75: mean 70, dx -1 0 1, dy -6 1 5: 11 / 2
    ("ALLIANCE_TREND", "quarters 3", "=ALLIANCE_TREND($Inputs.AR2:AR7; 3)", 5.5),
    ("ALLIANCE_TREND", "a row, falling", "=ALLIANCE_TREND($Inputs.AT2:AX2)", -6),
    # all five: mean 67.6, dx -2..2, dy 12.4 4.4 2.4 -6.6 -12.6: -61 / 10
    ("ALLIANCE_TREND", "a row, quarters 5", "=ALLIANCE_TREND($Inputs.AT2:AX2; 5)", -6.1),
    ("ALLIANCE_TREND", "quarters beyond the history: all of it", "=ALLIANCE_TREND($Inputs.AT2:AX2; 40)", -6.1),
    ("ALLIANCE_TREND", "least squares through scatter", "=ALLIANCE_TREND($Inputs.AZ2:AZ5)", 1.4),
    ("ALLIANCE_TREND", "rounded to nine decimals", "=ALLIANCE_TREND($Inputs.BA2:BA4)", 0.1),
    ("ALLIANCE_TREND", "a whole column", "=ALLIANCE_TREND($Inputs.BB:BB)", 4),
    ("ALLIANCE_TREND", "one number", "=ALLIANCE_TREND($Inputs.BE2:BE4)", "#N/A"),
    ("ALLIANCE_TREND", "no number", "=ALLIANCE_TREND($Inputs.BF2:BF4)", "#N/A"),
    ("ALLIANCE_TREND", "text in the history", "=ALLIANCE_TREND($Inputs.BC2:BC4)", "Err:502"),
    ("ALLIANCE_TREND", "a score above 100", "=ALLIANCE_TREND($Inputs.BD2:BD4)", "Err:502"),
    ("ALLIANCE_TREND", "an error value in the history", "=ALLIANCE_TREND($Inputs.BG2:BG3)", "Err:502"),
    ("ALLIANCE_TREND", "two columns", "=ALLIANCE_TREND($Inputs.AR2:AS7)", "Err:502"),
    ("ALLIANCE_TREND", "quarters 1", "=ALLIANCE_TREND($Inputs.AR2:AR7; 1)", "Err:502"),
    ("ALLIANCE_TREND", "quarters 2.5", "=ALLIANCE_TREND($Inputs.AR2:AR7; 2.5)", "Err:502"),
    ("ALLIANCE_TREND", "an inline array is no cell range", "=ALLIANCE_TREND({60;70})", "Err:504"),
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
    fill_version_2_inputs(sheet)


def col(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def fill_version_2_inputs(sheet):
    """The inputs of the version-2 cases, right of the version-1 ones (which stay as they
    were): rows with the version-2 headings (AH2:AM9), P1 with them as a block (AO3:AP21)
    and health histories (AR:BG)."""
    sheet.getCellByPosition(col("AH"), 0).setString(
        "Version 2: rows with Trust gap, Open changes and Quarters declining (AH2:AM9), P1 "
        "with them (AO3:AP21), health histories for ALLIANCE_TREND (AR:BG).")
    for i, label in enumerate(V2_LABELS):
        sheet.getCellByPosition(col("AH") + i, 1).setString(label)
    for r, row in enumerate(V2_ROWS):
        for c, value in enumerate(row):
            if value != "":
                set_cell(sheet.getCellByPosition(col("AH") + c, 2 + r), value)
    sheet.getCellByPosition(col("AO"), 1).setString("Metric")
    sheet.getCellByPosition(col("AP"), 1).setString("P1 value")
    for i, (name, value) in enumerate(P1_V2):
        sheet.getCellByPosition(col("AO"), 2 + i).setString(name)
        set_cell(sheet.getCellByPosition(col("AP"), 2 + i), value)
    for letters, values in HISTORIES.items():
        for i, value in enumerate(values):
            if value != "":
                set_cell(sheet.getCellByPosition(col(letters), 1 + i), value)
    letters, values = HISTORY_ROW
    for i, value in enumerate(values):
        set_cell(sheet.getCellByPosition(col(letters) + i, 1), value)
    for i, value in enumerate([50, 54, 58]):  # alone in its column, from row 1
        set_cell(sheet.getCellByPosition(col("BB"), i), value)


def fill_cases(sheet):
    headers = ["Function", "Case", "Result", "Expected", "Pass"]
    for c, h in enumerate(headers):
        sheet.getCellByPosition(c, 0).setString(h)
    for r, (function, case, formula, expected) in enumerate(CASES + V2_CASES, start=1):
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
