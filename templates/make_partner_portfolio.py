"""Writes partner-portfolio.fods, the partner portfolio template: one row per
partner with the contract's sixteen metrics and live formulas for health,
status, warning signs and action; a Settings sheet (dimension weights, status
bands, the current quarter); a History sheet of quarterly snapshots; and a Plan
sheet of the joint business plans' milestones. examples/make_sample_portfolio.py
fills the same layout with sample partners. Run with an office profile that has
the extension installed:

    python3 make_partner_portfolio.py PROFILE_DIR partner-portfolio.fods
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

TITLE = "Alliance partner portfolio"

# Row 4 of the Portfolio sheet. Columns B..Q are the contract's metrics in its order.
METRICS = ["Map elements", "Exec signoff", "Goal alignment", "Revenue target", "Revenue actual",
           "Pipeline", "Resources committed", "Resources actual", "Exec sponsor",
           "Sales sponsor", "Manager changes", "Trust", "JBP", "Days since QBR", "Exit plan",
           "Account conflicts"]
HEADER = ["Partner"] + METRICS + ["Previous health", "Quarters red", "Health", "Status",
                                  "Warning signs", "Action"]
YES_NO_COLUMNS = ["C", "J", "K", "N", "P"]
HEADER_ROW = 4
FIRST_ROW = 5  # the first partner row
ROWS = 50  # partner rows prepared with formulas

# What each column holds, shown as a comment on its heading.
HEADER_NOTES = {
    "Partner": "The partner's name, one partner a row. Rows without metrics stay blank.",
    "Map elements": "How many of the 10 Shared Strategic Map elements both companies have "
                    "documented: 0 to 10.",
    "Exec signoff": "yes when the executives of both companies signed off the strategic map.",
    "Goal alignment": "How closely the two companies' goals agree, 0 to 1 (the scorecard "
                      "template computes it from goals both sides rated).",
    "Revenue target": "Partner-sourced revenue target for the period.",
    "Revenue actual": "Partner-sourced revenue so far in the period.",
    "Pipeline": "Open joint pipeline.",
    "Resources committed": "People (or budget) the two companies committed to the alliance.",
    "Resources actual": "People (or budget) in place now.",
    "Exec sponsor": "yes when a named executive sponsors the alliance.",
    "Sales sponsor": "yes when a named sales executive sponsors the joint initiatives.",
    "Manager changes": "Changes of alliance manager in the last 12 months.",
    "Trust": "Mean rating of the twelve trust principles by both companies, 1 to 5.",
    "JBP": "yes when a joint business plan is documented (milestones on the Plan sheet).",
    "Days since QBR": "Days since the last quarterly business review.",
    "Exit plan": "yes when the two companies agreed how to end the alliance cleanly.",
    "Account conflicts": "Accounts both companies claim as their own (the account mapping "
                         "template counts them).",
    "Previous health": "Last quarter's health (from the History sheet); a drop of 5 or more "
                       "turns Sustain into Fix.",
    "Quarters red": "Quarters in a row the partner has been Red, this one included; from 2 "
                    "on, a Red partner gets Exit review.",
    "Health": "0 to 100: the weighted mean of the five dimensions (weights on Settings).",
    "Status": "Green, Amber or Red by the bands on Settings.",
    "Warning signs": "The warning signs of a failing alliance that fire for this partner.",
    "Action": "The portfolio course correction: Grow, Sustain, Fix or Exit review.",
}

# Settings: label, value, meaning. The Portfolio's formulas read B4:B8, B9 and B10.
WEIGHTS = [
    ("Strategy", 0.25, "Shared strategic map, executive sign-off, goal alignment."),
    ("Execution", 0.30, "Revenue against target, and pipeline to cover the rest."),
    ("Commitment", 0.20, "Resources in place, executive and sales sponsors, a steady manager."),
    ("Trust", 0.15, "The twelve trust principles, rated by both companies."),
    ("Governance", 0.10, "Joint business plan, recent QBR, an agreed exit plan."),
]
WEIGHTS_RANGE = "$Settings.$B$4:$B$8"
GREEN_AT = "$Settings.$B$9"
AMBER_AT = "$Settings.$B$10"
CURRENT_QUARTER = "2026-Q4"

HISTORY_HEADER = ["Quarter", "Partner", "Health", "Status", "Strategy", "Execution", "Commitment",
                  "Trust", "Governance", "Revenue target", "Revenue actual", "Pipeline"]
PLAN_HEADER = ["Partner", "Milestone", "Owner", "Due date", "Status"]
PLAN_STATUSES = ["Not started", "On track", "At risk", "Late", "Done"]
HISTORY_ROWS = 400  # rows formatted for snapshots (a year of 100 partners)
PLAN_ROWS = 300


def row_formulas(row):
    """Health, Status, Warning signs and Action of one partner row; a row with
    no metric shows empty text, not an error."""
    metrics = f"B{row}:R{row}"
    labels = f"B${HEADER_ROW}:R${HEADER_ROW}"
    empty = f"COUNTA(B{row}:Q{row})=0"
    return [
        f'=IF({empty};"";ALLIANCE_HEALTH({metrics}; {labels}; {WEIGHTS_RANGE}))',
        f'=IF(T{row}="";"";ALLIANCE_STATUS(T{row}; {GREEN_AT}; {AMBER_AT}))',
        f'=IF({empty};"";ALLIANCE_WARNINGS({metrics}; {labels}))',
        f'=IF(T{row}="";"";ALLIANCE_ACTION(T{row}; R{row}; S{row}))',
    ]


def portfolio_sheet(doc, sheet, rows, heading):
    sheet.setName("Portfolio")
    t.title(sheet, "A1", heading)
    t.widths(sheet, [5600] + [2300] * 18 + [1900, 1900, 12000, 2500])
    t.guidance(sheet, "A2:K2",
               "One row per partner from row 5. Type the numbers into columns B to Q (yes or no "
               "where the column asks; leave a cell empty when you do not know). Health, Status, "
               "Warning signs and Action are computed: the weights and bands are on Settings, "
               "last quarters on History, the milestones of each joint business plan on Plan. "
               "Rest the pointer on a heading to see what it means.")
    t.headings(sheet, f"A{HEADER_ROW}", HEADER)
    for column, name in enumerate(HEADER):
        t.note(sheet, f"{chr(ord('A') + column)}{HEADER_ROW}", HEADER_NOTES[name])
    last = FIRST_ROW + rows - 1
    block = sheet.getCellRangeByName(f"T{FIRST_ROW}:W{last}")
    block.setFormulaArray(tuple(tuple(row_formulas(r)) for r in range(FIRST_ROW, last + 1)))
    t.inputs(sheet, f"A{FIRST_ROW}:S{last}")
    t.results(sheet, f"T{FIRST_ROW}:W{last}")
    for column in YES_NO_COLUMNS:
        t.choices(sheet, f"{column}{FIRST_ROW}:{column}{last}", ["yes", "no"])
    t.number_format(doc, sheet, f"T{FIRST_ROW}:T{last}", "0.0")
    t.number_format(doc, sheet, f"E{FIRST_ROW}:G{last}", "#,##0")
    t.status_colours(doc, sheet, f"U{FIRST_ROW}:U{last}")
    sheet.getCellRangeByName(f"B{HEADER_ROW}:W{HEADER_ROW}").setPropertyValue("IsTextWrapped",
                                                                            True)
    t.freeze(doc, sheet, 1, HEADER_ROW)


def settings_sheet(doc, sheet):
    t.title(sheet, "A1", "Settings")
    t.widths(sheet, [3800, 2500, 17000])
    t.guidance(sheet, "A2:C2",
               "The weights of the five dimensions in the health score (numbers of 0 or more, "
               "not all 0; they need not add up to 1), the status bands, and the quarter the "
               "Portfolio shows. The Portfolio's formulas read these cells: change a value and "
               "every partner is scored again.")
    t.headings(sheet, "A3", ["Setting", "Value", "Meaning"])
    for i, (name, weight, meaning) in enumerate(WEIGHTS):
        t.text(sheet, f"A{4 + i}", name)
        t.value(sheet, f"B{4 + i}", weight)
        t.text(sheet, f"C{4 + i}", "Weight of " + name.lower() + ": " + meaning)
    t.text(sheet, "A9", "Green at")
    t.value(sheet, "B9", 70)
    t.text(sheet, "C9", "Health from this value on is Green.")
    t.text(sheet, "A10", "Amber at")
    t.value(sheet, "B10", 50)
    t.text(sheet, "C10", "Health from this value on (and below Green) is Amber; below it, Red.")
    t.text(sheet, "A11", "Current quarter")
    t.text(sheet, "B11", CURRENT_QUARTER)
    t.text(sheet, "C11", "The quarter the Portfolio shows, written like 2026-Q4. At the end of "
                         "each quarter copy every partner's row to History, then move this on.")
    t.inputs(sheet, "B4:B11")


def history_sheet(doc, sheet):
    t.headings(sheet, "A1", HISTORY_HEADER)
    last = 1 + HISTORY_ROWS
    t.number_format(doc, sheet, f"C2:C{last}", "0.0")
    t.number_format(doc, sheet, f"E2:I{last}", "0.0")
    t.number_format(doc, sheet, f"J2:L{last}", "#,##0")
    t.number_format(doc, sheet, f"A2:A{last}", "@")  # quarters stay text: 2026-Q3
    t.status_colours(doc, sheet, f"D2:D{last}")
    t.guidance(sheet, "N2", "One row per partner per quarter, kept as values: at the end of a "
                            "quarter, copy each partner's health, status, dimensions and revenue "
                            "here (Paste Special > Values Only).")
    t.guidance(sheet, "N3", "Write the quarter as text, like 2026-Q3. The QBR workbooks compare "
                            "each partner with its previous quarter and chart its quarters.")
    t.widths(sheet, [2200, 5600] + [2300] * 10 + [600, 16000])
    t.freeze(doc, sheet, 0, 1)


def plan_sheet(doc, sheet):
    t.headings(sheet, "A1", PLAN_HEADER)
    last = 1 + PLAN_ROWS
    t.number_format(doc, sheet, f"D2:D{last}", "YYYY-MM-DD")
    t.choices(sheet, f"E2:E{last}", PLAN_STATUSES)
    t.guidance(sheet, "G2", "The milestones of each partner's joint business plan, one a row: "
                            "what, who owns it (name and company), when it is due, and where it "
                            "stands.")
    t.guidance(sheet, "G3", "Status: " + ", ".join(PLAN_STATUSES) + ". Review it at every QBR; "
                            "a plan nobody inspects drifts.")
    t.widths(sheet, [5600, 8000, 4500, 2600, 2600, 600, 16000])
    t.freeze(doc, sheet, 0, 1)


def build(doc, rows=ROWS, heading="Partner portfolio"):
    """Lays out the four sheets of the portfolio in a new spreadsheet."""
    sheets = doc.Sheets
    for i, name in enumerate(["Settings", "History", "Plan"]):
        sheets.insertNewByName(name, 1 + i)  # first: the Portfolio's formulas name Settings
    portfolio_sheet(doc, sheets.getByIndex(0), rows, heading)
    settings_sheet(doc, sheets.getByName("Settings"))
    history_sheet(doc, sheets.getByName("History"))
    plan_sheet(doc, sheets.getByName("Plan"))


def main():
    profile, output = sys.argv[1], sys.argv[2]
    with Office(profile) as office:
        doc = t.new_document(office)
        build(doc)
        t.store(doc, output, TITLE)
        doc.close(True)


if __name__ == "__main__":
    main()
