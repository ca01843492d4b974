"""Writes partner-scorecard.fods, the partner scorecard template: one partner in
depth. The Scorecard sheet holds the metrics block (names in A9:A24, values in
B9:B24) and its results: health, status, the five dimensions, the warning signs,
ALLIANCE_CHECK's verdict and a paragraph for the QBR. Four sheets feed it: the
Shared Strategic Map (map_elements, exec_signoff), the twelve trust principles
rated by both companies (trust, and the perception gap between the two), the
goals rated by both (goal_alignment), and the joint business plan. Run with an
office profile that has the extension installed:

    python3 make_partner_scorecard.py PROFILE_DIR partner-scorecard.fods
    python3 make_partner_scorecard.py PROFILE_DIR partner-scorecard-de.fods de

The German variant has the same cells. It keeps in English what the functions
and formulas read: the sheet names, the metric names (A9:A24), the answers yes
and no, and the plan statuses the summary counts. Every text comes from the
text catalogue, po/alliancecalc.pot (English) and po/LANG.po (one per
language), under Template.scorecard.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

LANGUAGES = t.languages()

BLOCK = "$A$9:$B$24"  # metric names and values
FIRST_METRIC = 9
ANY_KNOWN = "SUMPRODUCT(LEN($B$9:$B$24))>0"  # some metric has a value

# Metric name (the contract's: the functions match it) and where its value comes
# from (a formula) or None (typed in). How to fill each in is the text
# Template.scorecard.metric help.METRIC.
METRICS = [
    ("Map elements", "=$'Strategic map'.$E$22"),
    ("Exec signoff", "=$'Strategic map'.$E$23"),
    ("Goal alignment", "=$Goals.$E$17"),
    ("Revenue target", None),
    ("Revenue actual", None),
    ("Pipeline", None),
    ("Resources committed", None),
    ("Resources actual", None),
    ("Exec sponsor", None),
    ("Sales sponsor", None),
    ("Manager changes", None),
    ("Trust", "=$Trust.$E$18"),
    ("JBP", None),
    ("Days since QBR", None),
    ("Exit plan", None),
    ("Account conflicts", None),
]
YES_NO = ["Exec sponsor", "Sales sponsor", "JBP", "Exit plan"]

PLAN_STATUSES = ["Not started", "On track", "At risk", "Late", "Done"]  # the summary counts them
PLAN_ROWS = 30
DIMENSIONS = ["Strategy", "Execution", "Commitment", "Trust", "Governance"]


def scorecard_sheet(doc, sheet, s):
    sheet.setName("Scorecard")
    t.title(sheet, "A1", s["title"])
    t.widths(sheet, [3800, 2800, 9000, 600, 4200, 11000])
    t.guidance(sheet, "A2:F2", s["guidance"])
    for row, header in enumerate(s["header rows"]):
        t.text(sheet, f"A{4 + row}", header["label"], bold=True)
        t.text(sheet, f"C{4 + row}", header["help"])
    t.inputs(sheet, "B4:B6")

    t.headings(sheet, "A8", s["metric headings"])
    for i, (name, source) in enumerate(METRICS):
        row = FIRST_METRIC + i
        t.text(sheet, f"A{row}", name)
        t.text(sheet, f"C{row}", s["metric help"][name])
        if source is None:
            t.inputs(sheet, f"B{row}")
        else:
            t.formula(sheet, f"B{row}", source)
            t.results(sheet, f"B{row}")
        if name in YES_NO:
            t.choices(sheet, f"B{row}", ["yes", "no"])
    t.number_format(doc, sheet, "B12:B14", "#,##0")
    t.number_format(doc, sheet, "B20", "0.00")
    t.number_format(doc, sheet, "B11", "0.00")

    t.headings(sheet, "E8", s["result headings"])
    results = [
        (s["Health"], f'=IF({ANY_KNOWN};ALLIANCE_HEALTH({BLOCK});"")'),
        (s["Status"], '=IF($F$9="";"";ALLIANCE_STATUS($F$9))'),
    ]
    for name in DIMENSIONS:
        dimension = f'ALLIANCE_DIMENSION({BLOCK}; "{name.lower()}")'
        results.append((s[name], f'=IF($F$9="";"";IF(ISNA({dimension});"{s["not known"]}";'
                                 f'{dimension}))'))
    results += [
        (s["Warning signs"], f'=IF({ANY_KNOWN};ALLIANCE_WARNINGS({BLOCK});"")'),
        (s["Trust perception gap"], "=$Trust.$E$19"),
        (s["Check"], f'=IF({ANY_KNOWN};ALLIANCE_CHECK({BLOCK});"{s["nothing to check"]}")'),
        (s["QBR summary"], f'=IF($F$9="";"";IF($B$6="";ALLIANCE_QBR_SUMMARY({BLOCK});'
                           f'ALLIANCE_QBR_SUMMARY({BLOCK}; ; $B$6)))'),
    ]
    for i, (name, cell_formula) in enumerate(results):
        t.text(sheet, f"E{9 + i}", name)
        t.formula(sheet, f"F{9 + i}", cell_formula)
    t.results(sheet, "F9:F19")
    t.number_format(doc, sheet, "F9", "0.0")
    t.number_format(doc, sheet, "F11:F15", "0.0")
    t.number_format(doc, sheet, "F17", "0.00")
    t.status_colours(doc, sheet, "F10")
    t.text(sheet, "E21", s["gap note"])
    t.wrap(sheet, "F16:F19")
    t.wrap(sheet, "E21")
    sheet.getCellRangeByName("E21:F21").merge(True)
    t.wrap(sheet, "C9:C24")


def map_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["map title"])
    t.widths(sheet, [800, 9500, 3000, 3000, 2600, 8000])
    t.guidance(sheet, "A2:F2", s["map guidance"])
    t.headings(sheet, "A4", s["map headings"])
    for i, element in enumerate(s["map elements"]):
        row = 5 + i
        t.value(sheet, f"A{row}", i + 1)
        t.text(sheet, f"B{row}", element)
        t.formula(sheet, f"E{row}",
                  f'=IF(OR(C{row}="";D{row}="");"";'
                  f'IF(AND(LOWER(C{row})="yes";LOWER(D{row})="yes");"yes";"no"))')
    t.inputs(sheet, "C5:D14")
    t.inputs(sheet, "F5:F14")
    t.results(sheet, "E5:E14")
    t.choices(sheet, "C5:D14", ["yes", "no"])

    t.text(sheet, "A16", s["signoff"], bold=True)
    t.headings(sheet, "B17", s["signoff headings"])
    t.text(sheet, "B18", s["our sponsor"])
    t.text(sheet, "B19", s["their sponsor"])
    t.inputs(sheet, "C18:E19")
    t.choices(sheet, "D18:D19", ["yes", "no"])
    t.number_format(doc, sheet, "E18:E19", "YYYY-MM-DD")

    t.text(sheet, "B22", s["elements both"], bold=True)
    t.formula(sheet, "E22", '=IF(COUNTA(C5:D14)=0;"";COUNTIF(E5:E14;"yes"))')
    t.text(sheet, "B23", s["signed both"], bold=True)
    t.formula(sheet, "E23", '=IF(OR(LOWER(D18)="no";LOWER(D19)="no");"no";'
                            'IF(AND(LOWER(D18)="yes";LOWER(D19)="yes");"yes";""))')
    t.results(sheet, "E22:E23")
    t.wrap(sheet, "B5:B14")


def trust_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["trust title"])
    t.widths(sheet, [800, 11000, 3000, 3000, 2400])
    t.guidance(sheet, "A2:E2", s["trust guidance"])
    t.headings(sheet, "A4", s["trust headings"])
    for i, principle in enumerate(s["trust principles"]):
        row = 5 + i
        t.value(sheet, f"A{row}", i + 1)
        t.text(sheet, f"B{row}", principle)
        t.formula(sheet, f"E{row}",
                  f'=IF(OR(C{row}="";D{row}="");"";ABS(C{row}-D{row}))')
    t.inputs(sheet, "C5:D16")
    t.results(sheet, "E5:E16")
    t.choices(sheet, "C5:D16", [1, 2, 3, 4, 5])

    rows = [
        '=IF(COUNT(C5:D16)=0;"";AVERAGE(C5:D16))',
        '=IF(SUMPRODUCT(ISNUMBER(C5:C16)*ISNUMBER(D5:D16))=0;"";'
        'ALLIANCE_ALIGNMENT(C5:C16; D5:D16))',
        '=IF(COUNT(C5:C16)=0;"";AVERAGE(C5:C16))',
        '=IF(COUNT(D5:D16)=0;"";AVERAGE(D5:D16))',
    ]
    for i, (label, cell_formula) in enumerate(zip(s["trust rows"], rows)):
        t.text(sheet, f"B{18 + i}", label, bold=i < 2)
        t.formula(sheet, f"E{18 + i}", cell_formula)
    t.results(sheet, "E18:E21")
    t.number_format(doc, sheet, "E18:E21", "0.00")
    t.wrap(sheet, "B5:B21")


def goals_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["goals title"])
    t.widths(sheet, [800, 9500, 3000, 3000, 2400, 7000])
    t.guidance(sheet, "A2:F2", s["goals guidance"])
    t.headings(sheet, "A4", s["goals headings"])
    for i in range(10):
        row = 5 + i
        t.value(sheet, f"A{row}", i + 1)
        t.formula(sheet, f"E{row}", f'=IF(OR(C{row}="";D{row}="");"";ABS(C{row}-D{row}))')
    t.inputs(sheet, "B5:D14")
    t.inputs(sheet, "F5:F14")
    t.results(sheet, "E5:E14")
    t.choices(sheet, "C5:D14", [1, 2, 3, 4, 5])
    t.text(sheet, "B17", s["goal alignment"], bold=True)
    t.formula(sheet, "E17", '=IF(SUMPRODUCT(ISNUMBER(C5:C14)*ISNUMBER(D5:D14))=0;"";'
                            'ALLIANCE_ALIGNMENT(C5:C14; D5:D14))')
    t.results(sheet, "E17")
    t.number_format(doc, sheet, "E17", "0.00")


def plan_sheet(doc, sheet, s):
    t.title(sheet, "A1", s["plan title"])
    t.widths(sheet, [8500, 5000, 2600, 2600, 7000, 600, 4800, 1800])
    t.guidance(sheet, "A2:E2", s["plan guidance"])
    t.headings(sheet, "A4", s["plan headings"])
    last = 4 + PLAN_ROWS
    t.inputs(sheet, f"A5:E{last}")
    t.number_format(doc, sheet, f"C5:C{last}", "YYYY-MM-DD")
    t.choices(sheet, f"D5:D{last}", PLAN_STATUSES)
    t.headings(sheet, "G4", s["summary headings"] + [""])  # none over the counts
    summary = [
        f"=COUNTA(A5:A{last})",
        f'=COUNTIF(D5:D{last};"Done")',
        f'=SUMPRODUCT(ISNUMBER(C5:C{last})*(C5:C{last}<TODAY())*(LOWER(D5:D{last})<>"done"))',
        f'=COUNTIF(D5:D{last};"At risk")+COUNTIF(D5:D{last};"Late")',
    ]
    for i, (label, cell_formula) in enumerate(zip(s["plan summary"], summary)):
        t.text(sheet, f"G{5 + i}", label)
        t.formula(sheet, f"H{5 + i}", cell_formula)
    t.results(sheet, "H5:H8")


def build(doc, language="en"):
    s = t.texts("scorecard", language)
    sheets = doc.Sheets
    for i, name in enumerate(["Strategic map", "Trust", "Goals", "Plan"]):
        sheets.insertNewByName(name, 1 + i)  # first: the Scorecard's formulas name them
    map_sheet(doc, sheets.getByName("Strategic map"), s)
    trust_sheet(doc, sheets.getByName("Trust"), s)
    goals_sheet(doc, sheets.getByName("Goals"), s)
    plan_sheet(doc, sheets.getByName("Plan"), s)
    scorecard_sheet(doc, sheets.getByIndex(0), s)


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    with Office(profile) as office:
        doc = t.new_document(office)
        t.set_language(doc, language)
        build(doc, language)
        t.store(doc, output, t.texts("scorecard", language)["document title"])
        doc.close(True)


if __name__ == "__main__":
    main()
