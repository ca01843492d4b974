"""Writes partner-portfolio.fods, the partner portfolio template: one row per
partner with the contract's sixteen metrics, its three version-2 metrics (Trust
gap, Open changes, Quarters declining) and live formulas for health, status,
warning signs and action; a Settings sheet (dimension weights, status bands,
the current quarter); a History sheet of quarterly snapshots; a Plan sheet of
the joint business plans' milestones; and a Changes sheet, the register of the
prompt feedback mechanism (every change on either side, and the response agreed
on), from which each partner's Open changes is counted.
examples/make_sample_portfolio.py fills the same layout with sample partners.
Run with an office profile that has the extension installed:

    python3 make_partner_portfolio.py PROFILE_DIR partner-portfolio.fods
    python3 make_partner_portfolio.py PROFILE_DIR partner-portfolio-de.fods de

The German variant has the same cells. It keeps in English what the functions,
the QBR generator and the workbook check read: the sheet names, the heading rows
of Portfolio, History and Plan (the metric names among them), the Current quarter
label on Settings, the answers yes and no, and the plan statuses; the sheet
Changes keeps its English headings and stores its Side and Kind values in
English (ours, theirs; ownership, structure, people, policy, environment), as
the product reads the register by them and a formula may compare them. Its titles,
guidance, notes on the headings and the other Settings labels are German. Every
text comes from the text catalogue, po/alliancecalc.pot (English) and
po/LANG.po (one per language), under Template.portfolio.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

LANGUAGES = t.languages()

# Row 4 of the Portfolio sheet. Columns B..Q are the contract's metrics in its order,
# R..T its three optional version-2 metrics: Trust gap and Quarters declining are
# typed in, Open changes (S) is counted from the Changes sheet.
METRICS = ["Map elements", "Exec signoff", "Goal alignment", "Revenue target", "Revenue actual",
           "Pipeline", "Resources committed", "Resources actual", "Exec sponsor",
           "Sales sponsor", "Manager changes", "Trust", "JBP", "Days since QBR", "Exit plan",
           "Account conflicts"]
VERSION_2_METRICS = ["Trust gap", "Open changes", "Quarters declining"]
HEADER = (["Partner"] + METRICS + VERSION_2_METRICS
          + ["Previous health", "Quarters red", "Health", "Status", "Warning signs", "Action"])
YES_NO_COLUMNS = ["C", "J", "K", "N", "P"]
HEADER_ROW = 4
FIRST_ROW = 5  # the first partner row
ROWS = 50  # partner rows prepared with formulas


def column_of(name):
    """The Portfolio column letter of a heading: "Health" is W."""
    return chr(ord("A") + HEADER.index(name))


TRUST_GAP, OPEN_CHANGES, QUARTERS_DECLINING = (column_of(n) for n in VERSION_2_METRICS)
PREVIOUS_HEALTH, QUARTERS_RED = column_of("Previous health"), column_of("Quarters red")
HEALTH, STATUS, WARNINGS, ACTION = (column_of(n) for n in ["Health", "Status", "Warning signs",
                                                           "Action"])
LAST_METRIC = QUARTERS_DECLINING  # the metrics and labels the functions read: B..T

# Settings: the five dimensions' weights (labelled by the dimensions' names,
# Dimension.*, and explained by the texts Template.portfolio.weights.DIMENSION.meaning).
# The Portfolio's formulas read B4:B8, B9 and B10.
WEIGHTS = [("Strategy", 0.25), ("Execution", 0.30), ("Commitment", 0.20), ("Trust", 0.15),
           ("Governance", 0.10)]
WEIGHTS_RANGE = "$Settings.$B$4:$B$8"
GREEN_AT = "$Settings.$B$9"
AMBER_AT = "$Settings.$B$10"
CURRENT_QUARTER = "2026-Q4"

HISTORY_HEADER = ["Quarter", "Partner", "Health", "Status", "Strategy", "Execution", "Commitment",
                  "Trust", "Governance", "Revenue target", "Revenue actual", "Pipeline"]
PLAN_HEADER = ["Partner", "Milestone", "Owner", "Due date", "Status"]
PLAN_STATUSES = ["Not started", "On track", "At risk", "Late", "Done"]  # formulas count them
HISTORY_ROWS = 400  # rows formatted for snapshots (a year of 100 partners)
PLAN_ROWS = 300

# The Changes sheet: the prompt feedback mechanism's register. Its headings stay
# English (the product reads the register by them), and so do the values of Side
# and Kind in every language. A change logged more than OPEN_AFTER_DAYS days ago
# with no date under "Response agreed on" is open (contract: open_changes).
CHANGES_HEADER = ["Date logged", "Partner", "Side", "Kind", "What changed",
                  "Response agreed on", "Response"]
SIDES = ["ours", "theirs"]
KINDS = ["ownership", "structure", "people", "policy", "environment"]
CHANGES_ROWS = 300
OPEN_AFTER_DAYS = 30


def row_formulas(row):
    """Health, Status, Warning signs and Action of one partner row (W..Z); the
    functions read the metrics by their headings. A row with none of the sixteen
    metrics shows empty text, not an error. Health reads the sixteen (B..Q): the
    version-2 metrics feed no dimension, and Open changes recalculates with
    TODAY() at every edit, which must not make every Health, Status and Action
    recalculate too; Warning signs reads B..T, the three version-2 metrics with
    them."""
    metrics = f"B{row}:{LAST_METRIC}{row}"
    labels = f"B${HEADER_ROW}:{LAST_METRIC}${HEADER_ROW}"
    scored = f"B{row}:Q{row}"
    scored_labels = f"B${HEADER_ROW}:Q${HEADER_ROW}"
    empty = f"COUNTA(B{row}:Q{row})=0"
    health = f"{HEALTH}{row}"
    return [
        f'=IF({empty};"";ALLIANCE_HEALTH({scored}; {scored_labels}; {WEIGHTS_RANGE}))',
        f'=IF({health}="";"";ALLIANCE_STATUS({health}; {GREEN_AT}; {AMBER_AT}))',
        f'=IF({empty};"";ALLIANCE_WARNINGS({metrics}; {labels}))',
        f'=IF({health}="";"";ALLIANCE_ACTION({health}; {PREVIOUS_HEALTH}{row}; '
        f'{QUARTERS_RED}{row}))',
    ]


def open_changes_formula(row):
    """Open changes of one partner row: its changes on the Changes sheet logged
    more than OPEN_AFTER_DAYS days ago (before TODAY()-30) with no date under
    Response agreed on. The first count takes all changes logged that long ago,
    the second those of them with a date there, so a word there ("pending")
    counts as no response, like an empty cell. Partner names match as COUNTIFS
    matches them (letter case ignored). Empty text when the row names no partner."""
    partner = f"$Changes.$B:$B;A{row}"
    logged = f'$Changes.$A:$A;"<"&(TODAY()-{OPEN_AFTER_DAYS})'
    agreed = '$Changes.$F:$F;">0"'
    return (f'=IF(A{row}="";"";COUNTIFS({partner};{logged})'
            f'-COUNTIFS({partner};{logged};{agreed}))')


def portfolio_sheet(doc, sheet, rows, heading, s):
    sheet.setName("Portfolio")
    t.title(sheet, "A1", heading)
    t.widths(sheet, [5600] + [2300] * 21 + [1900, 1900, 12000, 2500])
    t.guidance(sheet, "A2:K2", s["guidance"])
    t.headings(sheet, f"A{HEADER_ROW}", HEADER)  # English in every language: formulas read it
    for name in HEADER:
        t.note(sheet, f"{column_of(name)}{HEADER_ROW}", s["notes"][name])
    last = FIRST_ROW + rows - 1
    block = sheet.getCellRangeByName(f"{HEALTH}{FIRST_ROW}:{ACTION}{last}")
    block.setFormulaArray(tuple(tuple(row_formulas(r)) for r in range(FIRST_ROW, last + 1)))
    counted = sheet.getCellRangeByName(f"{OPEN_CHANGES}{FIRST_ROW}:{OPEN_CHANGES}{last}")
    counted.setFormulaArray(tuple((open_changes_formula(r),) for r in range(FIRST_ROW, last + 1)))
    t.inputs(sheet, f"A{FIRST_ROW}:{TRUST_GAP}{last}")
    t.results(sheet, f"{OPEN_CHANGES}{FIRST_ROW}:{OPEN_CHANGES}{last}")
    t.inputs(sheet, f"{QUARTERS_DECLINING}{FIRST_ROW}:{QUARTERS_RED}{last}")
    t.results(sheet, f"{HEALTH}{FIRST_ROW}:{ACTION}{last}")
    for column in YES_NO_COLUMNS:
        t.choices(sheet, f"{column}{FIRST_ROW}:{column}{last}", ["yes", "no"])
    t.number_format(doc, sheet, f"{HEALTH}{FIRST_ROW}:{HEALTH}{last}", "0.0")
    t.number_format(doc, sheet, f"E{FIRST_ROW}:G{last}", "#,##0")
    t.number_format(doc, sheet, f"{TRUST_GAP}{FIRST_ROW}:{TRUST_GAP}{last}", "0.0")
    t.number_format(doc, sheet, f"{OPEN_CHANGES}{FIRST_ROW}:{QUARTERS_DECLINING}{last}", "0")
    t.status_colours(doc, sheet, f"{STATUS}{FIRST_ROW}:{STATUS}{last}")
    sheet.getCellRangeByName(f"B{HEADER_ROW}:{ACTION}{HEADER_ROW}").setPropertyValue(
        "IsTextWrapped", True)
    t.freeze(doc, sheet, 1, HEADER_ROW)


def settings_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["settings title"])
    t.widths(sheet, [3800, 2500, 17000])
    t.guidance(sheet, "A2:C2", s["settings guidance"])
    t.headings(sheet, "A3", s["settings headings"])
    for i, (name, weight) in enumerate(WEIGHTS):
        t.text(sheet, f"A{4 + i}", s[name])
        t.value(sheet, f"B{4 + i}", weight)
        t.text(sheet, f"C{4 + i}", s["weights"][name]["meaning"])
    t.text(sheet, "A9", s["green at"])
    t.value(sheet, "B9", 70)
    t.text(sheet, "C9", s["green meaning"])
    t.text(sheet, "A10", s["amber at"])
    t.value(sheet, "B10", 50)
    t.text(sheet, "C10", s["amber meaning"])
    t.text(sheet, "A11", "Current quarter")  # English in every language: the QBRs find it
    t.text(sheet, "B11", CURRENT_QUARTER)
    t.text(sheet, "C11", s["quarter meaning"])
    # How reviews present the portfolio; read by position, like the rows above.
    for row, key in ((12, "our company"), (13, "currency"), (14, "paper")):
        t.text(sheet, f"A{row}", s[key])
        t.text(sheet, f"C{row}", s[key + " meaning"])
    t.inputs(sheet, "B4:B14")


def history_sheet(doc, sheet, s):
    t.headings(sheet, "A1", HISTORY_HEADER)
    last = 1 + HISTORY_ROWS
    t.number_format(doc, sheet, f"C2:C{last}", "0.0")
    t.number_format(doc, sheet, f"E2:I{last}", "0.0")
    t.number_format(doc, sheet, f"J2:L{last}", "#,##0")
    t.number_format(doc, sheet, f"A2:A{last}", "@")  # quarters stay text: 2026-Q3
    t.status_colours(doc, sheet, f"D2:D{last}")
    t.guidance(sheet, "N2", s["history guidance"])
    t.guidance(sheet, "N3", s["history quarters"])
    t.widths(sheet, [2200, 5600] + [2300] * 10 + [600, 16000])
    t.freeze(doc, sheet, 0, 1)


def plan_sheet(doc, sheet, s):
    t.headings(sheet, "A1", PLAN_HEADER)
    last = 1 + PLAN_ROWS
    t.number_format(doc, sheet, f"D2:D{last}", "YYYY-MM-DD")
    t.choices(sheet, f"E2:E{last}", PLAN_STATUSES)
    t.guidance(sheet, "G2", s["plan guidance"])
    t.guidance(sheet, "G3", s["plan statuses"])
    t.widths(sheet, [5600, 8000, 4500, 2600, 2600, 600, 16000])
    t.freeze(doc, sheet, 0, 1)


def changes_sheet(doc, sheet, s):
    """The register of changes on either side, one a row, with the guidance that
    explains the prompt feedback mechanism beside it."""
    t.headings(sheet, "A1", CHANGES_HEADER)
    last = 1 + CHANGES_ROWS
    t.number_format(doc, sheet, f"A2:A{last}", "YYYY-MM-DD")
    t.number_format(doc, sheet, f"F2:F{last}", "YYYY-MM-DD")
    t.choices(sheet, f"C2:C{last}", SIDES)
    t.choices(sheet, f"D2:D{last}", KINDS)
    t.wrap(sheet, f"E2:E{last}")
    t.wrap(sheet, f"G2:G{last}")
    t.widths(sheet, [2600, 5600, 1900, 2600, 8000, 3800, 8000, 600, 16000])
    t.guidance_beside(sheet, "I", 2, [s["changes guidance"], s["changes open"],
                                      s["changes values"]])
    t.freeze(doc, sheet, 0, 1)


def build(doc, rows=ROWS, heading=None, language="en"):
    """Lays out the five sheets of the portfolio in a new spreadsheet, in
    `language`; heading replaces the title in A1."""
    s = t.texts("portfolio", language)
    sheets = doc.Sheets
    for i, name in enumerate(["Settings", "History", "Plan", "Changes"]):
        # First: the Portfolio's formulas name Settings and Changes.
        sheets.insertNewByName(name, 1 + i)
    portfolio_sheet(doc, sheets.getByIndex(0), rows, heading or s["title"], s)
    settings_sheet(doc, sheets.getByName("Settings"), s)
    history_sheet(doc, sheets.getByName("History"), s)
    plan_sheet(doc, sheets.getByName("Plan"), s)
    changes_sheet(doc, sheets.getByName("Changes"), s)


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    with Office(profile) as office:
        doc = t.new_document(office)
        t.set_language(doc, language)
        build(doc, language=language)
        t.store(doc, output, t.texts("portfolio", language)["document title"])
        doc.close(True)


if __name__ == "__main__":
    main()
