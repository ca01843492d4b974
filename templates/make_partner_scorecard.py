"""Writes partner-scorecard.fods, the partner scorecard template: one partner in
depth. The Scorecard sheet holds the metrics block (names in A9:A24, values in
B9:B24) and its results: health, status, the five dimensions, the warning signs,
ALLIANCE_CHECK's verdict and a paragraph for the QBR. Four sheets feed it: the
Shared Strategic Map (map_elements, exec_signoff), the twelve trust principles
rated by both companies (trust, and the perception gap between the two), the
goals rated by both (goal_alignment), and the joint business plan. Run with an
office profile that has the extension installed:

    python3 make_partner_scorecard.py PROFILE_DIR partner-scorecard.fods
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

TITLE = "Alliance partner scorecard"

BLOCK = "$A$9:$B$24"  # metric names and values
FIRST_METRIC = 9
ANY_KNOWN = "SUMPRODUCT(LEN($B$9:$B$24))>0"  # some metric has a value

# Metric name, where its value comes from (a formula) or None (typed in), and how to fill it.
METRICS = [
    ("Map elements", "=$'Strategic map'.$E$22",
     "From the Strategic map sheet: the elements both companies say are documented."),
    ("Exec signoff", "=$'Strategic map'.$E$23",
     "From the Strategic map sheet: yes when both companies' executives signed it off."),
    ("Goal alignment", "=$Goals.$E$17",
     "From the Goals sheet: how closely the two companies rate the same goals, 0 to 1."),
    ("Revenue target", None, "Partner-sourced revenue target for the period."),
    ("Revenue actual", None, "Partner-sourced revenue so far in the period."),
    ("Pipeline", None, "Open joint pipeline."),
    ("Resources committed", None, "People (or budget) the two companies committed."),
    ("Resources actual", None, "People (or budget) in place now."),
    ("Exec sponsor", None, "yes when a named executive sponsors the alliance."),
    ("Sales sponsor", None, "yes when a named sales executive sponsors the joint initiatives."),
    ("Manager changes", None, "Changes of alliance manager in the last 12 months."),
    ("Trust", "=$Trust.$E$18",
     "From the Trust sheet: the mean of both companies' ratings, 1 to 5."),
    ("JBP", None, "yes when the joint business plan (Plan sheet) is written down and agreed."),
    ("Days since QBR", None, "Days since the last quarterly business review."),
    ("Exit plan", None, "yes when the two companies agreed how to end the alliance cleanly."),
    ("Account conflicts", None, "Accounts both companies claim as their own (the account "
                                "mapping template counts them)."),
]
YES_NO = ["Exec sponsor", "Sales sponsor", "JBP", "Exit plan"]

MAP_ELEMENTS = [
    "Alliance team members on both sides",
    "Vision, strategy and mission of the alliance",
    "What draws the two companies together",
    "Value proposition to the customer",
    "Opportunities to work together, and the liabilities they could bring",
    "How well the two companies' goals fit",
    "Possible joint solutions",
    "Target accounts",
    "How delivery, service and support will work",
    "What success means: metrics and milestones",
]

TRUST_PRINCIPLES = [
    "Both companies say openly that building trust matters",
    "Integrity, shown clearly and often",
    "Consistency: the same approach, plans and people",
    "Open and discreet communication; sharing is the norm",
    "The customer comes first",
    "Each adds value to the other's business, not only its own",
    "Disagreements resolved openly and honestly, foreseen where possible",
    "Conflict treated as a way to move forward",
    "Empathy: seeing things from the partner's side",
    "Pragmatism and flexibility",
    "A shared view of objectives, market, intentions and expectations",
    "Accepting that give and take will not always balance",
]

PLAN_STATUSES = ["Not started", "On track", "At risk", "Late", "Done"]
PLAN_ROWS = 30


def scorecard_sheet(doc, sheet):
    sheet.setName("Scorecard")
    t.title(sheet, "A1", "Partner scorecard")
    t.widths(sheet, [3800, 2800, 9000, 600, 4200, 11000])
    t.guidance(sheet, "A2:F2",
               "One partner in depth. Work through the Strategic map, Trust and Goals sheets "
               "with the partner: they fill the values marked \"From ...\" below. Type the other "
               "values into the yellow cells (numbers, or yes / no); an empty cell means not "
               "known. The results on the right follow at once; if one shows an error, Check "
               "says why.")
    for row, (label, help_text) in enumerate([
            ("Partner", "The partner's name."),
            ("Quarter", "The quarter this scorecard is for, like 2026-Q4."),
            ("Previous health", "Last quarter's health, for the change the summary reports.")]):
        t.text(sheet, f"A{4 + row}", label, bold=True)
        t.text(sheet, f"C{4 + row}", help_text)
    t.inputs(sheet, "B4:B6")

    t.headings(sheet, "A8", ["Metric", "Value", "How to fill it in"])
    for i, (name, source, help_text) in enumerate(METRICS):
        row = FIRST_METRIC + i
        t.text(sheet, f"A{row}", name)
        t.text(sheet, f"C{row}", help_text)
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

    t.headings(sheet, "E8", ["Result", "Value"])
    results = [
        ("Health", f'=IF({ANY_KNOWN};ALLIANCE_HEALTH({BLOCK});"")'),
        ("Status", '=IF($F$9="";"";ALLIANCE_STATUS($F$9))'),
    ]
    for name in ["Strategy", "Execution", "Commitment", "Trust", "Governance"]:
        dimension = f'ALLIANCE_DIMENSION({BLOCK}; "{name.lower()}")'
        results.append((name, f'=IF($F$9="";"";IF(ISNA({dimension});"not known";{dimension}))'))
    results += [
        ("Warning signs", f'=IF({ANY_KNOWN};ALLIANCE_WARNINGS({BLOCK});"")'),
        ("Trust perception gap", "=$Trust.$E$19"),
        ("Check", f'=IF({ANY_KNOWN};ALLIANCE_CHECK({BLOCK});"Nothing to check yet: fill in '
                  f'the metrics.")'),
        ("QBR summary", f'=IF($F$9="";"";IF($B$6="";ALLIANCE_QBR_SUMMARY({BLOCK});'
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
    t.text(sheet, "E21", "Trust perception gap: how closely the two companies' trust ratings "
                         "agree (1: the same, 0: opposite). Below about 0.8, talk about the "
                         "principles with the largest gaps.")
    t.wrap(sheet, "F16:F19")
    t.wrap(sheet, "E21")
    sheet.getCellRangeByName("E21:F21").merge(True)
    t.wrap(sheet, "C9:C24")


def map_sheet(doc, sheet):
    t.title(sheet, "A1", "Shared Strategic Map")
    t.widths(sheet, [800, 9500, 3000, 3000, 2600, 8000])
    t.guidance(sheet, "A2:F2",
               "Draft the map with the partner, and have both companies' senior leaders discuss "
               "it openly. For each element, each company answers yes when it is documented. An "
               "element counts when both say yes. Both executive sponsors then sign the map off; "
               "until they do, the alliance should not move forward.")
    t.headings(sheet, "A4", ["#", "Element", "Documented: our view", "Documented: their view",
                             "Both agree", "Where it is written down"])
    for i, element in enumerate(MAP_ELEMENTS):
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

    t.text(sheet, "A16", "Executive sign-off", bold=True)
    t.headings(sheet, "B17", ["Sponsor", "Name", "Signed off", "Date"])
    t.text(sheet, "B18", "Our executive sponsor")
    t.text(sheet, "B19", "Their executive sponsor")
    t.inputs(sheet, "C18:E19")
    t.choices(sheet, "D18:D19", ["yes", "no"])
    t.number_format(doc, sheet, "E18:E19", "YYYY-MM-DD")

    t.text(sheet, "B22", "Elements documented by both (map elements)", bold=True)
    t.formula(sheet, "E22", '=IF(COUNTA(C5:D14)=0;"";COUNTIF(E5:E14;"yes"))')
    t.text(sheet, "B23", "Signed off by both executives (exec signoff)", bold=True)
    t.formula(sheet, "E23", '=IF(OR(LOWER(D18)="no";LOWER(D19)="no");"no";'
                            'IF(AND(LOWER(D18)="yes";LOWER(D19)="yes");"yes";""))')
    t.results(sheet, "E22:E23")
    t.wrap(sheet, "B5:B14")


def trust_sheet(doc, sheet):
    t.title(sheet, "A1", "Twelve principles of trust")
    t.widths(sheet, [800, 11000, 3000, 3000, 2400])
    t.guidance(sheet, "A2:E2",
               "Trust has two parts: trust in the partner's competence, and in its intentions. "
               "Each company rates every principle on its own, from 1 (not at all) to 5 (fully), "
               "before the two compare. Trust is the mean of all the ratings given; the gap "
               "column shows where the two companies see the relationship differently: discuss "
               "the largest gaps first.")
    t.headings(sheet, "A4", ["#", "Principle", "Our rating (1-5)", "Their rating (1-5)", "Gap"])
    for i, principle in enumerate(TRUST_PRINCIPLES):
        row = 5 + i
        t.value(sheet, f"A{row}", i + 1)
        t.text(sheet, f"B{row}", principle)
        t.formula(sheet, f"E{row}",
                  f'=IF(OR(C{row}="";D{row}="");"";ABS(C{row}-D{row}))')
    t.inputs(sheet, "C5:D16")
    t.results(sheet, "E5:E16")
    t.choices(sheet, "C5:D16", [1, 2, 3, 4, 5])

    rows = [
        ("Trust: the mean of all ratings (trust)", '=IF(COUNT(C5:D16)=0;"";AVERAGE(C5:D16))'),
        ("Perception gap: how closely the two companies agree (1: the same, 0: opposite)",
         '=IF(SUMPRODUCT(ISNUMBER(C5:C16)*ISNUMBER(D5:D16))=0;"";'
         'ALLIANCE_ALIGNMENT(C5:C16; D5:D16))'),
        ("Our mean rating", '=IF(COUNT(C5:C16)=0;"";AVERAGE(C5:C16))'),
        ("Their mean rating", '=IF(COUNT(D5:D16)=0;"";AVERAGE(D5:D16))'),
    ]
    for i, (label, cell_formula) in enumerate(rows):
        t.text(sheet, f"B{18 + i}", label, bold=i < 2)
        t.formula(sheet, f"E{18 + i}", cell_formula)
    t.results(sheet, "E18:E21")
    t.number_format(doc, sheet, "E18:E21", "0.00")
    t.wrap(sheet, "B5:B21")


def goals_sheet(doc, sheet):
    t.title(sheet, "A1", "Goals")
    t.widths(sheet, [800, 9500, 3000, 3000, 2400, 7000])
    t.guidance(sheet, "A2:F2",
               "List the goals the alliance serves, both companies' goals, with a number to "
               "measure each where you can (revenue, new customers among the target accounts, a "
               "joint solution launched, a name that opens doors). Each company rates how much "
               "each goal matters to it, from 1 (hardly) to 5 (essential). Goal alignment is how "
               "closely the ratings agree; a goal one side rates 5 and the other 1 needs talking "
               "through before it costs money.")
    t.headings(sheet, "A4", ["#", "Goal", "Matters to us (1-5)", "Matters to them (1-5)", "Gap",
                             "Measure and target"])
    for i in range(10):
        row = 5 + i
        t.value(sheet, f"A{row}", i + 1)
        t.formula(sheet, f"E{row}", f'=IF(OR(C{row}="";D{row}="");"";ABS(C{row}-D{row}))')
    t.inputs(sheet, "B5:D14")
    t.inputs(sheet, "F5:F14")
    t.results(sheet, "E5:E14")
    t.choices(sheet, "C5:D14", [1, 2, 3, 4, 5])
    t.text(sheet, "B17", "Goal alignment (goal alignment), 0 to 1", bold=True)
    t.formula(sheet, "E17", '=IF(SUMPRODUCT(ISNUMBER(C5:C14)*ISNUMBER(D5:D14))=0;"";'
                            'ALLIANCE_ALIGNMENT(C5:C14; D5:D14))')
    t.results(sheet, "E17")
    t.number_format(doc, sheet, "E17", "0.00")


def plan_sheet(doc, sheet):
    t.title(sheet, "A1", "Joint business plan")
    t.widths(sheet, [8500, 5000, 2600, 2600, 7000, 600, 4800, 1800])
    t.guidance(sheet, "A2:E2",
               "The milestones both companies agreed: what, who owns it (name and company), when "
               "it is due, and where it stands. Inspect it at every quarterly business review and "
               "correct course when it drifts. Status: " + ", ".join(PLAN_STATUSES) + ".")
    t.headings(sheet, "A4", ["Milestone", "Owner", "Due date", "Status", "Notes"])
    last = 4 + PLAN_ROWS
    t.inputs(sheet, f"A5:E{last}")
    t.number_format(doc, sheet, f"C5:C{last}", "YYYY-MM-DD")
    t.choices(sheet, f"D5:D{last}", PLAN_STATUSES)
    t.headings(sheet, "G4", ["Summary", ""])
    summary = [
        ("Milestones", f"=COUNTA(A5:A{last})"),
        ("Done", f'=COUNTIF(D5:D{last};"Done")'),
        ("Overdue (due, not done)", f'=SUMPRODUCT(ISNUMBER(C5:C{last})*(C5:C{last}<TODAY())'
                                    f'*(LOWER(D5:D{last})<>"done"))'),
        ("At risk or late", f'=COUNTIF(D5:D{last};"At risk")+COUNTIF(D5:D{last};"Late")'),
    ]
    for i, (label, cell_formula) in enumerate(summary):
        t.text(sheet, f"G{5 + i}", label)
        t.formula(sheet, f"H{5 + i}", cell_formula)
    t.results(sheet, "H5:H8")


def build(doc):
    sheets = doc.Sheets
    for i, name in enumerate(["Strategic map", "Trust", "Goals", "Plan"]):
        sheets.insertNewByName(name, 1 + i)  # first: the Scorecard's formulas name them
    map_sheet(doc, sheets.getByName("Strategic map"))
    trust_sheet(doc, sheets.getByName("Trust"))
    goals_sheet(doc, sheets.getByName("Goals"))
    plan_sheet(doc, sheets.getByName("Plan"))
    scorecard_sheet(doc, sheets.getByIndex(0))


def main():
    profile, output = sys.argv[1], sys.argv[2]
    with Office(profile) as office:
        doc = t.new_document(office)
        build(doc)
        t.store(doc, output, TITLE)
        doc.close(True)


if __name__ == "__main__":
    main()
