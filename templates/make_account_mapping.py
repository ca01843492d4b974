"""Writes account-mapping.fods, the account mapping template: our customers and
prospects against the partner's, the four overlap counts, the accounts both
sides claim (feeding the account_conflicts metric), and a sheet for comparing
lists through hashes without showing them. Run with an office profile that has
the extension installed:

    python3 make_account_mapping.py PROFILE_DIR account-mapping.fods
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "integration"))
from office import Office, file_url, props  # noqa: E402

FIRST, LAST = 10, 1009  # list rows (1-based): room for 1,000 accounts per list
BOLD = 150.0


def text(sheet, cell, value, bold=False):
    c = sheet.getCellRangeByName(cell)
    c.setString(value)
    if bold:
        c.setPropertyValue("CharWeight", BOLD)


def formula(sheet, cell, value):
    sheet.getCellRangeByName(cell).setFormula(value)


def lists_sheet(doc, sheet):
    sheet.setName("Account mapping")
    text(sheet, "A1", "Account mapping", bold=True)
    sheet.getCellRangeByName("A1").setPropertyValue("CharHeight", 16.0)
    text(sheet, "A2", "Paste each list into its column from row 10. Names, web domains and "
                      "e-mail addresses all work: \"ACME Inc.\", \"acme.com\" and "
                      "\"jane@acme.com\" are one account. Free-mail addresses match nothing.")
    text(sheet, "A3", "Accounts both companies count as customers are conflicts: agree who "
                      "leads on each before the sales teams meet. Their prospects among our "
                      "customers are where we can open doors for them, and the other way round.")
    for col, head in zip("ABCD", ["Our customers", "Our prospects", "Their customers",
                                  "Their prospects"]):
        text(sheet, f"{col}9", head, bold=True)
    text(sheet, "E9", "Our customer at the partner", bold=True)

    text(sheet, "G5", "Overlap", bold=True)
    rows = [
        ("Our customers who are their customers (conflicts)", "A", "C"),
        ("Our customers who are their prospects", "A", "D"),
        ("Our prospects who are their customers", "B", "C"),
        ("Our prospects who are their prospects", "B", "D"),
    ]
    for i, (label, ours, theirs) in enumerate(rows):
        r = 10 + i
        text(sheet, f"G{r}", label)
        formula(sheet, f"H{r}", f"=ALLIANCE_OVERLAP({ours}${FIRST}:{ours}${LAST}; "
                                f"{theirs}${FIRST}:{theirs}${LAST})")
    text(sheet, "G15", "For the scorecard", bold=True)
    text(sheet, "G16", "account_conflicts")
    formula(sheet, "H16", "=H10")
    text(sheet, "G17", "Reference G16:H16 from a scorecard block, or copy the number into the "
                       "portfolio's account conflicts column.")

    for r in range(FIRST, LAST + 1):
        formula(sheet, f"E{r}",
                f'=IF(A{r}="";"";IF(ISNA(ALLIANCE_MATCH(A{r};C${FIRST}:C${LAST}));'
                f'IF(ISNA(ALLIANCE_MATCH(A{r};D${FIRST}:D${LAST}));"";"Their prospect: co-sell");'
                f'"Their customer too: conflict"))')

    columns = sheet.getColumns()
    for i, width in enumerate([5500, 5500, 5500, 5500, 6000, 800, 9500, 2500]):
        columns.getByIndex(i).setPropertyValue("Width", width)


def hashed_sheet(doc, sheet):
    text(sheet, "A1", "Comparing account lists without showing them", bold=True)
    sheet.getCellRangeByName("A1").setPropertyValue("CharHeight", 16.0)
    steps = [
        "1. Agree a secret text with the partner by phone or in person. Never write it in a "
        "file you send.",
        "2. Type the secret into B4. Both companies must use exactly the same one.",
        "3. Paste your accounts into column A from row 10; column B shows each one's hash.",
        "4. Send the partner column B only: copy it and paste it as values (Paste Special > "
        "Values Only) into a new file. The hashes cannot be turned back into names.",
        "5. Paste the partner's hashes into column D. H10 counts the accounts you share, and "
        "column C marks yours that the partner also has.",
        "Remove the secret from B4 before you save or send this workbook.",
    ]
    for i, step in enumerate(steps):
        text(sheet, f"D{2 + i}", step)
    text(sheet, "A4", "Secret", bold=True)
    text(sheet, "A9", "Our accounts", bold=True)
    text(sheet, "B9", "Hash (send this)", bold=True)
    text(sheet, "C9", "Shared", bold=True)
    text(sheet, "D9", "Partner's hashes", bold=True)
    text(sheet, "G10", "Accounts we share")
    formula(sheet, "H10", f"=ALLIANCE_OVERLAP(B${FIRST}:B${LAST}; D${FIRST}:D${LAST})")
    for r in range(FIRST, LAST + 1):
        formula(sheet, f"B{r}", f'=IF(OR(A{r}="";$B$4="");"";ALLIANCE_ACCOUNT_HASH(A{r};$B$4))')
        formula(sheet, f"C{r}", f'=IF(B{r}="";"";IF(ISNA(ALLIANCE_MATCH(B{r};D${FIRST}:D${LAST}));'
                                f'"";"shared"))')
    columns = sheet.getColumns()
    for i, width in enumerate([5500, 4500, 2000, 4500, 800, 800, 4500, 2500]):
        columns.getByIndex(i).setPropertyValue("Width", width)


def main():
    profile, output = sys.argv[1], sys.argv[2]
    with Office(profile) as office:
        doc = office.new_calc()
        sheets = doc.Sheets
        lists_sheet(doc, sheets.getByIndex(0))
        sheets.insertNewByName("Hashed exchange", 1)
        hashed_sheet(doc, sheets.getByName("Hashed exchange"))
        doc.getDocumentProperties().Title = "Alliance account mapping"  # its template name
        doc.calculateAll()
        doc.storeToURL(file_url(output), props(FilterName="OpenDocument Spreadsheet Flat XML"))
        doc.close(True)


if __name__ == "__main__":
    main()
