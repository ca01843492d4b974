"""Writes account-mapping.fods, the account mapping template: our customers and
prospects against the partner's, the four overlap counts, the accounts both
sides claim (feeding the account_conflicts metric), and a sheet for comparing
lists through hashes without showing them. Run with an office profile that has
the extension installed:

    python3 make_account_mapping.py PROFILE_DIR account-mapping.fods
    python3 make_account_mapping.py PROFILE_DIR account-mapping-de.fods de

Every text comes from the text catalogue, po/alliancecalc.pot (English) and
po/LANG.po (one per language), under Template.mapping. The German variant has
the same cells; it keeps the sheet names and the metric name account_conflicts
(G16) in English.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office, file_url, props  # noqa: E402

FIRST, LAST = 10, 1009  # rows (1-based) with a formula per account, filled in beforehand
END = 1048576  # the counts read each list to the sheet's end: they cost what the list holds
BOLD = 150.0
LANGUAGES = t.languages()


def text(sheet, cell, value, bold=False):
    c = sheet.getCellRangeByName(cell)
    c.setString(value)
    if bold:
        c.setPropertyValue("CharWeight", BOLD)


def formula(sheet, cell, value):
    sheet.getCellRangeByName(cell).setFormula(value)


def lists_sheet(doc, sheet, s):
    sheet.setName("Account mapping")
    text(sheet, "A1", s["title"], bold=True)
    sheet.getCellRangeByName("A1").setPropertyValue("CharHeight", 16.0)
    text(sheet, "A2", s["paste"])
    text(sheet, "A3", s["conflicts"])
    text(sheet, "A4", s["long lists"])
    for col, head in zip("ABCD", s["list headings"]):
        text(sheet, f"{col}9", head, bold=True)
    text(sheet, "E9", s["our customer"], bold=True)

    text(sheet, "G5", s["overlap"], bold=True)
    pairs = [("A", "C"), ("A", "D"), ("B", "C"), ("B", "D")]
    for i, (label, (ours, theirs)) in enumerate(zip(s["overlap rows"], pairs)):
        r = 10 + i
        text(sheet, f"G{r}", label)
        formula(sheet, f"H{r}", f"=ALLIANCE_OVERLAP({ours}${FIRST}:{ours}${END}; "
                                f"{theirs}${FIRST}:{theirs}${END})")
    text(sheet, "G15", s["for scorecard"], bold=True)
    text(sheet, "G16", "account_conflicts")  # the metric's name: a scorecard block matches it
    formula(sheet, "H16", "=H10")
    text(sheet, "G17", s["reference"])

    for r in range(FIRST, LAST + 1):
        formula(sheet, f"E{r}",
                f'=IF(A{r}="";"";IF(ISNA(ALLIANCE_MATCH(A{r};C${FIRST}:C${END}));'
                f'IF(ISNA(ALLIANCE_MATCH(A{r};D${FIRST}:D${END}));"";"{s["co-sell"]}");'
                f'"{s["conflict"]}"))')

    columns = sheet.getColumns()
    for i, width in enumerate([5500, 5500, 5500, 5500, 6000, 800, 9500, 2500]):
        columns.getByIndex(i).setPropertyValue("Width", width)


def hashed_sheet(doc, sheet, s):
    text(sheet, "A1", s["hashed title"], bold=True)
    sheet.getCellRangeByName("A1").setPropertyValue("CharHeight", 16.0)
    for i, step in enumerate(s["steps"]):
        text(sheet, f"D{2 + i}", step)
    text(sheet, "A4", s["secret"], bold=True)
    text(sheet, "A9", s["our accounts"], bold=True)
    text(sheet, "B9", s["hash"], bold=True)
    text(sheet, "C9", s["shared"], bold=True)
    text(sheet, "D9", s["partner hashes"], bold=True)
    text(sheet, "G10", s["we share"])
    text(sheet, "D7", s["hashed long lists"])
    formula(sheet, "H10", f"=ALLIANCE_OVERLAP(B${FIRST}:B${END}; D${FIRST}:D${END})")
    for r in range(FIRST, LAST + 1):
        formula(sheet, f"B{r}", f'=IF(OR(A{r}="";$B$4="");"";ALLIANCE_ACCOUNT_HASH(A{r};$B$4))')
        formula(sheet, f"C{r}", f'=IF(B{r}="";"";IF(ISNA(ALLIANCE_MATCH(B{r};D${FIRST}:D${END}));'
                                f'"";"{s["shared mark"]}"))')
    columns = sheet.getColumns()
    for i, width in enumerate([5500, 4500, 2000, 4500, 800, 800, 4500, 2500]):
        columns.getByIndex(i).setPropertyValue("Width", width)


def main():
    profile, output = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    s = t.texts("mapping", language)
    with Office(profile) as office:
        doc = office.new_calc()
        t.set_language(doc, language)  # the language of its text and number formats
        sheets = doc.Sheets
        lists_sheet(doc, sheets.getByIndex(0), s)
        sheets.insertNewByName("Hashed exchange", 1)
        hashed_sheet(doc, sheets.getByName("Hashed exchange"), s)
        doc.getDocumentProperties().Title = s["document title"]  # its template name
        doc.calculateAll()
        doc.storeToURL(file_url(output), props(FilterName="OpenDocument Spreadsheet Flat XML"))
        doc.close(True)


if __name__ == "__main__":
    main()
