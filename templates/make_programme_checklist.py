"""Writes programme-checklist.fods, the alliance programme checklist template:
ten questions about how a company runs its alliances as a whole, answered
yes / partial / no, scored by ALLIANCE_MATURITY (0 to 10) and named by
ALLIANCE_MATURITY_LEVEL. Run with an office profile that has the extension
installed:

    python3 make_programme_checklist.py PROFILE_DIR programme-checklist.fods
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

TITLE = "Alliance programme checklist"

# The question, and what a "yes" looks like in practice.
QUESTIONS = [
    ("Do partners and joint initiatives go through one formal, consistent process to qualify, "
     "develop and run them?",
     "A written playbook, from the first contact to the launch, that every alliance follows."),
    ("Does every new partner venture need a formal approval?",
     "A named person or board approves each venture against set criteria before money or "
     "people go in."),
    ("Are the roles and responsibilities of the internal stakeholders defined, written down and "
     "agreed?",
     "Sales, marketing, product, legal and finance know their part, and their heads signed it."),
    ("Are alliance managers treated as professionals, with a career path, training and "
     "development?",
     "Alliance roles with levels, a training budget and a development plan for each manager."),
    ("Is the company a member of the alliance professionals' association, with certified "
     "alliance professionals on staff?",
     "A current membership, and at least one certified professional in the team."),
    ("Are the alliance teams staffed with the right skills and experience?",
     "Each team has what its partners need: technical depth, selling, contracts."),
    ("Are alliances measured formally, and the results reported to executives?",
     "A scorecard per partner (such as the health score) reviewed by executives every "
     "quarter."),
    ("Do partners understand clearly what is expected of them?",
     "Each partner has its expectations in writing: targets, certifications, joint activities."),
    ("Do the most strategic partners have documented joint business plans and quarterly "
     "business reviews?",
     "A plan agreed with each top partner, inspected at a review held every quarter."),
    ("Are alliances managed as a portfolio, inspected periodically, with poor performers fixed "
     "or exited?",
     "A regular portfolio review that ends with an action for every partner: grow, sustain, fix "
     "or exit. No partner checks in and never checks out."),
]
FIRST, LAST = 5, 14  # question rows

LEVELS = "Levels: Ad hoc below 3, Developing below 5, Defined below 7, Managed below 9, " \
         "Optimised from 9."


def checklist_sheet(doc, sheet):
    sheet.setName("Checklist")
    t.title(sheet, "A1", "Alliance programme checklist")
    t.widths(sheet, [800, 11000, 2600, 9000, 6000])
    t.guidance(sheet, "A2:E2",
               "Ten questions about how the company runs its alliances as a whole, not one "
               "partner. Answer each yes, partial or no in column C. Yes counts 1 and partial "
               "0.5, so the maturity score runs from 0 to 10; an unanswered question counts 0. "
               "Work on the questions answered no first: each is a known reason alliances fail.")
    t.headings(sheet, "A4", ["#", "Question", "Answer", "What yes looks like", "Notes"])
    for i, (question, yes_looks_like) in enumerate(QUESTIONS):
        row = FIRST + i
        t.value(sheet, f"A{row}", i + 1)
        t.text(sheet, f"B{row}", question)
        t.text(sheet, f"D{row}", yes_looks_like)
    answers = f"C{FIRST}:C{LAST}"
    t.inputs(sheet, answers)
    t.inputs(sheet, f"E{FIRST}:E{LAST}")
    t.choices(sheet, answers, ["yes", "partial", "no"])

    t.text(sheet, "B16", "Maturity score (0 to 10)", bold=True)
    t.formula(sheet, "C16", f'=IF(COUNTA({answers})=0;"";ALLIANCE_MATURITY({answers}))')
    t.text(sheet, "B17", "Maturity level", bold=True)
    t.formula(sheet, "C17", '=IF(C16="";"";ALLIANCE_MATURITY_LEVEL(C16))')
    t.text(sheet, "B18", "Questions answered")
    t.formula(sheet, "C18", f'=COUNTA({answers})&" of 10"')
    t.results(sheet, "C16:C18")
    t.number_format(doc, sheet, "C16", "0.0")
    t.text(sheet, "B20", LEVELS)
    t.wrap(sheet, f"B{FIRST}:B{LAST}")
    t.wrap(sheet, f"D{FIRST}:E{LAST}")


def main():
    profile, output = sys.argv[1], sys.argv[2]
    with Office(profile) as office:
        doc = t.new_document(office)
        checklist_sheet(doc, doc.Sheets.getByIndex(0))
        t.store(doc, output, TITLE)
        doc.close(True)


if __name__ == "__main__":
    main()
