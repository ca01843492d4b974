"""Writes health-check.fods, one respondent's workbook of the two-sided alliance
health check: the twelve principles of trust, the ten elements of the Shared
Strategic Map and the alliance's goals, each rated 1 to 5 with an optional
comment, and the respondent's side and role. `alliancecalc survey make` fills
one copy per respondent; `alliancecalc survey merge` reads them back. Run with
an office profile that has the extension installed:

    python3 make_health_check.py PROFILE_DIR health-check.fods
    python3 make_health_check.py PROFILE_DIR health-check-de.fods de

Only the yellow cells can be changed: the sheet is protected without a
password, so the respondent can see (and lift) everything, but does not move a
statement by accident. Each rating cell accepts whole numbers 1 to 5 only. The
hidden sheet Survey holds what the merge needs: the survey's id, the
respondent's id and side, the partner and the quarter (filled by `survey make`).

The cells are fixed (src/survey/survey_layout.h reads them by position): the
principles' ratings in C12:C23, the map's in C27:C36, the goals' in C40:C44,
comments beside them in D, side in C6 and role in C7. The statements are the
scorecard template's (Template.scorecard in the catalogue), so the twelve
principles read the same wherever they appear; every other text is under
Template.health-check.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office  # noqa: E402

import uno  # noqa: E402

LANGUAGES = t.languages()

# First rows (1-based) of each block of statements, and their lengths.
TRUST_FIRST, TRUST_COUNT = 12, 12
MAP_FIRST, MAP_COUNT = 27, 10
GOALS_FIRST, GOALS_COUNT = 40, 5
SURVEY_KEYS = ["Format", "Survey id", "Respondent id", "Side", "Partner", "Quarter", "Language"]
FORMAT = "AllianceCalc health check 1"


def rating_rule(sheet, cells, s):
    """Whole numbers 1 to 5 only; an empty cell (cannot judge) stays allowed."""
    cell_range = sheet.getCellRangeByName(cells)
    validation = cell_range.getPropertyValue("Validation")
    validation.setPropertyValue("Type", uno.Enum("com.sun.star.sheet.ValidationType", "WHOLE"))
    validation.setOperator(uno.Enum("com.sun.star.sheet.ConditionOperator", "BETWEEN"))
    validation.setFormula1("1")
    validation.setFormula2("5")
    validation.setPropertyValue("IgnoreBlankCells", True)
    validation.setPropertyValue("ShowInputMessage", True)
    validation.setPropertyValue("InputMessage", s["rating help"])
    validation.setPropertyValue("ShowErrorMessage", True)
    validation.setPropertyValue("ErrorMessage", s["rating error"])
    validation.setPropertyValue(
        "ErrorAlertStyle", uno.Enum("com.sun.star.sheet.ValidationAlertStyle", "STOP"))
    cell_range.setPropertyValue("Validation", validation)


def unlock(sheet, cells):
    """Cells the respondent may change once the sheet is protected."""
    cell_range = sheet.getCellRangeByName(cells)
    protection = cell_range.getPropertyValue("CellProtection")
    protection.IsLocked = False
    cell_range.setPropertyValue("CellProtection", protection)


def block(sheet, s, section_row, section, statements, first):
    t.text(sheet, f"A{section_row}", section, bold=True)
    t.headings(sheet, f"A{section_row + 1}", s["headings"])
    t.wrap(sheet, f"A{section_row + 1}:D{section_row + 1}")
    last = first + len(statements) - 1
    for i, statement in enumerate(statements):
        t.value(sheet, f"A{first + i}", i + 1)
        sheet.getCellRangeByName(f"A{first + i}").setPropertyValue("HoriJustify", 2)  # CENTER
        t.text(sheet, f"B{first + i}", statement)
    t.inputs(sheet, f"C{first}:D{last}")
    rating_rule(sheet, f"C{first}:C{last}", s)
    unlock(sheet, f"C{first}:D{last}")
    t.wrap(sheet, f"B{first}:D{last}")
    sheet.getCellRangeByName(f"C{first}:C{last}").setPropertyValue("HoriJustify", 2)  # CENTER


def survey_sheet(sheet, sheet_name, s, statements):
    sheet.setName(sheet_name)
    t.widths(sheet, [900, 9800, 2600, 7200])
    t.title(sheet, "A1", s["title"])
    t.guidance(sheet, "A2:D2", s["guidance"])
    for row, key in [(4, "partner"), (5, "quarter"), (6, "side"), (7, "role")]:
        t.text(sheet, f"B{row}", s[key], bold=True)
    t.results(sheet, "C4:C5")
    t.inputs(sheet, "C6:C7")
    unlock(sheet, "C6:C7")
    t.choices(sheet, "C6", [s["ours"], s["theirs"]])
    t.text(sheet, "D7", s["role help"])
    t.wrap(sheet, "D7")
    t.guidance(sheet, "A8:D8", s["scale"])

    block(sheet, s, 10, s["trust section"], statements["trust"], TRUST_FIRST)
    block(sheet, s, 25, s["map section"], statements["map"], MAP_FIRST)
    goals = [s["goal placeholder"]] * GOALS_COUNT
    block(sheet, s, 38, s["goals section"], goals, GOALS_FIRST)
    # Unnamed goals are named by the respondent (survey make names them when it knows them).
    t.inputs(sheet, f"B{GOALS_FIRST}:B{GOALS_FIRST + GOALS_COUNT - 1}")
    unlock(sheet, f"B{GOALS_FIRST}:B{GOALS_FIRST + GOALS_COUNT - 1}")
    t.guidance(sheet, f"A{GOALS_FIRST + GOALS_COUNT + 1}:D{GOALS_FIRST + GOALS_COUNT + 1}",
               s["return"])


def hidden_sheet(sheet, language):
    """What the merge reads: labels in A, values in B, filled by `survey make`."""
    for i, key in enumerate(SURVEY_KEYS):
        t.text(sheet, f"A{i + 1}", key)
    t.text(sheet, "B1", FORMAT)
    t.text(sheet, "B7", language)
    sheet.setPropertyValue("IsVisible", False)


def build(doc, language="en"):
    s = t.texts("health-check", language)
    scorecard = t.texts("scorecard", language)
    statements = {"trust": scorecard["trust principles"], "map": scorecard["map elements"]}
    assert len(statements["trust"]) == TRUST_COUNT and len(statements["map"]) == MAP_COUNT
    sheets = doc.Sheets
    sheets.insertNewByName("Survey", 1)
    survey_sheet(sheets.getByIndex(0), s["sheet"], s, statements)
    hidden_sheet(sheets.getByName("Survey"), language)
    # Printed one page wide, as a respondent may print it to fill it in by hand.
    page = doc.StyleFamilies.getByName("PageStyles").getByName("Default")
    page.setPropertyValue("ScaleToPagesX", 1)
    page.setPropertyValue("ScaleToPagesY", 0)
    return s


def protect(doc):
    """Without a password: nothing is hidden from the respondent, who can lift it."""
    for sheet in doc.Sheets:
        sheet.protect("")


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    with Office(profile) as office:
        doc = t.new_document(office)
        t.set_language(doc, language)
        s = build(doc, language)
        t.finish(doc, s["document title"])
        protect(doc)  # after finish(), which formats every sheet
        doc.storeToURL(t.file_url(output), t.props(FilterName=t.FLAT_FILTER))
        doc.close(True)


if __name__ == "__main__":
    main()
