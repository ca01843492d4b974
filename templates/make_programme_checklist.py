"""Writes programme-checklist.fods, the alliance programme checklist template:
ten questions about how a company runs its alliances as a whole, answered
yes / partial / no, scored by ALLIANCE_MATURITY (0 to 10) and named by
ALLIANCE_MATURITY_LEVEL. Run with an office profile that has the extension
installed:

    python3 make_programme_checklist.py PROFILE_DIR programme-checklist.fods
    python3 make_programme_checklist.py PROFILE_DIR programme-checklist-de.fods de

Every text comes from the text catalogue, po/alliancecalc.pot (English) and
po/LANG.po (one per language), under Template.checklist. The German variant has
the same cells; its answers stay yes / partial / no, the words ALLIANCE_MATURITY
reads, and its level is the function's English word.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

LANGUAGES = t.languages()

FIRST, LAST = 5, 14  # question rows


def checklist_sheet(doc, sheet, language="en"):
    s = t.texts("checklist", language)
    sheet.setName("Checklist")
    t.title(sheet, "A1", s["title"])
    t.widths(sheet, [800, 11000, 2600, 9000, 6000])
    t.guidance(sheet, "A2:E2", s["guidance"])
    t.headings(sheet, "A4", s["headings"])
    for i, question in enumerate(s["questions"]):  # the question, and what a yes looks like
        row = FIRST + i
        t.value(sheet, f"A{row}", i + 1)
        t.text(sheet, f"B{row}", question["question"])
        t.text(sheet, f"D{row}", question["yes"])
    answers = f"C{FIRST}:C{LAST}"
    t.inputs(sheet, answers)
    t.inputs(sheet, f"E{FIRST}:E{LAST}")
    t.choices(sheet, answers, ["yes", "partial", "no"])  # the words ALLIANCE_MATURITY reads

    t.text(sheet, "B16", s["score"], bold=True)
    t.formula(sheet, "C16", f'=IF(COUNTA({answers})=0;"";ALLIANCE_MATURITY({answers}))')
    t.text(sheet, "B17", s["level"], bold=True)
    t.formula(sheet, "C17", '=IF(C16="";"";ALLIANCE_MATURITY_LEVEL(C16))')
    t.text(sheet, "B18", s["answered"])
    t.formula(sheet, "C18", f'=COUNTA({answers})&"{s["of 10"]}"')
    t.results(sheet, "C16:C18")
    t.number_format(doc, sheet, "C16", "0.0")
    t.text(sheet, "B20", s["levels"])
    t.wrap(sheet, f"B{FIRST}:B{LAST}")
    t.wrap(sheet, f"D{FIRST}:E{LAST}")


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    with Office(profile) as office:
        doc = t.new_document(office)
        t.set_language(doc, language)
        checklist_sheet(doc, doc.Sheets.getByIndex(0), language)
        t.store(doc, output, t.texts("checklist", language)["document title"])
        doc.close(True)


if __name__ == "__main__":
    main()
