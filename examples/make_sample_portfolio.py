"""Writes sample-portfolio.ods: a dozen fictional partners of varied health,
one row each, with live AllianceCalc formulas. Run with an office profile that
has the extension installed:

    python3 make_sample_portfolio.py PROFILE_DIR sample-portfolio.ods
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "integration"))
from office import Office, file_url, props  # noqa: E402

HEADER = ["Partner", "Map elements", "Exec signoff", "Goal alignment", "Revenue target",
          "Revenue actual", "Pipeline", "Resources committed", "Resources actual",
          "Exec sponsor", "Sales sponsor", "Manager changes", "Trust", "JBP",
          "Days since QBR", "Exit plan", "Account conflicts", "Previous health",
          "Quarters red", "Health", "Status", "Warning signs", "Action"]

# All companies are fictional. Empty strings are metrics not yet known.
PARTNERS = [
    ["Northwind Systems", 10, "yes", 0.9, 800000, 720000, 400000, 6, 6, "yes", "yes", 0, 4.5, "yes", 40, "yes", 0, 88, 0],
    ["Bluefin Analytics", 9, "yes", 0.85, 500000, 410000, 300000, 4, 4, "yes", "yes", 1, 4.1, "yes", 75, "yes", 1, 79, 0],
    ["Cedar & Stone Consulting", 8, "yes", 0.7, 300000, 220000, 120000, 3, 3, "yes", "no", 0, 3.8, "yes", 90, "no", 0, 74, 0],
    ["Helios Cloud GmbH", 7, "yes", 0.65, 1200000, 700000, 900000, 8, 6, "yes", "yes", 1, 3.4, "yes", 110, "no", 2, 70, 0],
    ["Kestrel Data Ltd", 6, "no", 0.55, 400000, 180000, 150000, 5, 3, "yes", "no", 2, 2.9, "no", 160, "no", 3, 58, 1],
    ["Lumen Retail Software", 10, "yes", 0.95, 250000, 260000, 80000, 2, 2, "yes", "yes", 0, 4.8, "yes", 20, "yes", 0, 91, 0],
    ["Maple Ridge IT", 4, "no", 0.4, 600000, 150000, 200000, 6, 2, "no", "no", 3, 2.1, "no", 240, "no", 5, 41, 2],
    ["Orbital Payments S.A.", 8, "yes", 0.75, 900000, 600000, 500000, 7, 7, "yes", "yes", 0, 3.9, "yes", 60, "no", 0, 69, 0],
    ["Pinecrest Security", 5, "yes", 0.6, 350000, 200000, 210000, 4, 3, "yes", "no", 1, 3.2, "yes", 130, "no", 1, 63, 0],
    ["Quantum Harbor AB", 3, "no", "", 500000, 90000, 60000, 5, 1, "no", "no", 2, 1.8, "no", 300, "no", 4, 38, 3],
    ["Riverbend Logistics Tech", 9, "yes", 0.8, "", "", "", 3, 3, "yes", "yes", 0, 4.2, "yes", 45, "yes", 0, "", 0],
    ["Summit Health Systems Pty", 7, "yes", 0.7, 700000, 480000, 420000, 5, 4, "yes", "yes", 1, 3.6, "yes", 95, "yes", 0, 72, 0],
]


def put(cell, value):
    if value == "":
        return
    if isinstance(value, (int, float)):
        cell.setValue(value)
    else:
        cell.setString(value)  # names are text, never formulas


def main():
    profile, output = sys.argv[1], sys.argv[2]
    with Office(profile) as office:
        doc = office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        sheet.setName("Portfolio")
        sheet.getCellByPosition(0, 0).setString("Partner portfolio (sample data, fictional partners)")
        sheet.getCellByPosition(0, 1).setString(
            "One row per partner. The metric names in row 4 tell AllianceCalc what each column "
            "holds; Health, Status, Warning signs and Action are computed by its functions.")
        for c, name in enumerate(HEADER):
            sheet.getCellByPosition(c, 3).setString(name)
        for r, partner in enumerate(PARTNERS):
            row = 5 + r
            for c, value in enumerate(partner):
                put(sheet.getCellByPosition(c, row - 1), value)
            sheet.getCellByPosition(19, row - 1).setFormula(f"=ALLIANCE_HEALTH(B{row}:R{row}; B$4:R$4)")
            sheet.getCellByPosition(20, row - 1).setFormula(f"=ALLIANCE_STATUS(T{row})")
            sheet.getCellByPosition(21, row - 1).setFormula(f"=ALLIANCE_WARNINGS(B{row}:R{row}; B$4:R$4)")
            sheet.getCellByPosition(22, row - 1).setFormula(f"=ALLIANCE_ACTION(T{row}; R{row}; S{row})")
        columns = sheet.getColumns()
        columns.getByIndex(0).setPropertyValue("Width", 5600)
        columns.getByIndex(19).setPropertyValue("NumberFormat", doc.NumberFormats.queryKey("0.0", doc.CharLocale, False))
        columns.getByIndex(21).setPropertyValue("Width", 12000)
        doc.calculateAll()
        doc.storeToURL(file_url(output), props(FilterName="calc8"))
        doc.close(True)


if __name__ == "__main__":
    main()
