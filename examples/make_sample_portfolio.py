"""Writes sample-portfolio.ods: the partner portfolio template
(templates/make_partner_portfolio.py) filled with a dozen fictional partners
of varied health, four quarters of history for each, and the milestones of
their joint business plans. Run with an office profile that has the extension
installed:

    python3 make_sample_portfolio.py PROFILE_DIR sample-portfolio.ods
"""

import datetime
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates"))
import make_partner_portfolio as template  # noqa: E402
import template_helpers as t  # noqa: E402
from office import Office, file_url, props  # noqa: E402

HEADER = template.HEADER[:19]  # Partner, the sixteen metrics, Previous health, Quarters red

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

CURRENT_QUARTER = "2026-Q4"
QUARTERS = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]

# Health at the end of each quarter in QUARTERS. The last one is the partner's
# Previous health on the Portfolio; Quarters red counts the current quarter, so
# Maple Ridge (2) was Red in 2026-Q3 only before now, Quantum Harbor (3) in 2026-Q2 and Q3.
HEALTH_HISTORY = {
    "Northwind Systems": [82, 85, 86, 88],
    "Bluefin Analytics": [84, 83, 81, 79],
    "Cedar & Stone Consulting": [70, 71, 73, 74],
    "Helios Cloud GmbH": [78, 76, 73, 70],
    "Kestrel Data Ltd": [71, 66, 62, 58],
    "Lumen Retail Software": [86, 88, 90, 91],
    "Maple Ridge IT": [64, 58, 52, 41],
    "Orbital Payments S.A.": [60, 63, 66, 69],
    "Pinecrest Security": [68, 67, 65, 63],
    "Quantum Harbor AB": [55, 51, 46, 38],
    "Riverbend Logistics Tech": [80, 84, 86, 89],  # no Previous health on the Portfolio yet
    "Summit Health Systems Pty": [66, 68, 70, 72],
}

DIMENSIONS = ["Strategy", "Execution", "Commitment", "Trust", "Governance"]

# Joint business plan milestones: partner, milestone, owner, due date, status.
PLAN = [
    ("Northwind Systems", "Joint solution brief published", "Dana Whitfield (Northwind)",
     "2026-03-31", "Done"),
    ("Northwind Systems", "Forty sellers certified on the joint offer", "Marco Ruiz (us)",
     "2026-09-30", "Done"),
    ("Northwind Systems", "Listing on Northwind's marketplace", "Priya Nair (Northwind)",
     "2027-01-31", "On track"),
    ("Bluefin Analytics", "Co-marketing webinar series", "Lena Park (Bluefin)", "2026-10-31",
     "Done"),
    ("Bluefin Analytics", "Agree who leads the one contested account", "Tom Becker (us)",
     "2026-12-15", "On track"),
    ("Bluefin Analytics", "Second joint reference customer", "Tom Becker (us)", "2027-03-31",
     "Not started"),
    ("Cedar & Stone Consulting", "Delivery playbook for joint projects",
     "Claire Dubois (Cedar & Stone)", "2026-08-31", "Done"),
    ("Cedar & Stone Consulting", "Name a sales executive sponsor", "Ravi Menon (us)",
     "2026-12-31", "At risk"),
    ("Cedar & Stone Consulting", "Agree an exit plan", "Claire Dubois (Cedar & Stone)",
     "2027-02-28", "Not started"),
    ("Helios Cloud GmbH", "Joint data-residency offer launched", "Anna Schmidt (us)",
     "2026-06-30", "Done"),
    ("Helios Cloud GmbH", "Hold the overdue quarterly business review", "Anna Schmidt (us)",
     "2026-10-15", "Late"),
    ("Helios Cloud GmbH", "Document the three open strategic map elements",
     "Jonas Weber (Helios)", "2026-11-30", "At risk"),
    ("Helios Cloud GmbH", "1.2 million in partner-sourced revenue", "Jonas Weber (Helios)",
     "2026-12-31", "At risk"),
    ("Kestrel Data Ltd", "Executive sign-off of the strategic map", "Oliver Grant (Kestrel)",
     "2026-09-30", "Late"),
    ("Kestrel Data Ltd", "Bring back the two withdrawn solution engineers", "Megan Shaw (us)",
     "2026-12-31", "At risk"),
    ("Kestrel Data Ltd", "Write the joint business plan", "Megan Shaw (us)", "2027-01-31",
     "Not started"),
    ("Lumen Retail Software", "Retail bundle available in three regions",
     "Sofia Marques (Lumen)", "2026-05-31", "Done"),
    ("Lumen Retail Software", "2026 revenue target reached", "Daniel Cho (us)", "2026-12-31",
     "Done"),
    ("Lumen Retail Software", "2027 plan agreed by both sponsors", "Daniel Cho (us)",
     "2027-01-15", "On track"),
    ("Maple Ridge IT", "Hand over the five contested accounts", "Greg Lyons (Maple Ridge)",
     "2026-09-30", "Late"),
    ("Maple Ridge IT", "Exit review with both executive sponsors", "Helen Ford (us)",
     "2026-12-10", "Not started"),
    ("Orbital Payments S.A.", "Payment gateway certified", "Lucas Moreau (Orbital)",
     "2026-07-31", "Done"),
    ("Orbital Payments S.A.", "Agree an exit plan", "Nadia Haddad (us)", "2026-12-31",
     "On track"),
    ("Orbital Payments S.A.", "Joint pipeline of 1.5 million for 2027", "Lucas Moreau (Orbital)",
     "2027-03-31", "Not started"),
    ("Pinecrest Security", "Name a sales executive sponsor", "Erik Lund (Pinecrest)",
     "2026-10-31", "Late"),
    ("Pinecrest Security", "Quarterly business reviews back on schedule", "Maya Patel (us)",
     "2026-12-15", "At risk"),
    ("Pinecrest Security", "Threat-detection integration released", "Erik Lund (Pinecrest)",
     "2027-04-30", "On track"),
    ("Quantum Harbor AB", "Document the strategic map", "Sam Okoro (us)", "2026-06-30", "Late"),
    ("Quantum Harbor AB", "Decide: restructure or exit", "Karin Nilsson (Quantum Harbor)",
     "2026-12-31", "Not started"),
    ("Riverbend Logistics Tech", "Pilot with two shared customers", "Paul Diaz (Riverbend)",
     "2026-09-15", "Done"),
    ("Riverbend Logistics Tech", "Set the first revenue target", "Iris Tan (us)", "2026-12-31",
     "On track"),
    ("Riverbend Logistics Tech", "Joint routing solution launched", "Paul Diaz (Riverbend)",
     "2027-05-31", "Not started"),
    ("Summit Health Systems Pty", "Hospital-group reference case", "Grace Liu (Summit)",
     "2026-08-31", "Done"),
    ("Summit Health Systems Pty", "Fill the open alliance manager role", "Ben Carter (us)",
     "2026-11-30", "At risk"),
    ("Summit Health Systems Pty", "Co-selling launched in Asia-Pacific", "Grace Liu (Summit)",
     "2027-06-30", "On track"),
]

CALC_EPOCH = datetime.date(1899, 12, 30)  # day 0 of Calc's dates


def put(cell, value):
    if value == "" or value is None:
        return
    if isinstance(value, (int, float)):
        cell.setValue(value)
    else:
        cell.setString(value)  # names are text, never formulas


def status_of(health):
    return "Green" if health >= 70 else "Amber" if health >= 50 else "Red"


def current_dimensions(doc, sheet, row):
    """The five dimension scores of a Portfolio row now (None: not available)."""
    scratch = sheet.getCellByPosition(40, 0)
    scores = []
    for name in DIMENSIONS:
        scratch.setFormula(f'=ALLIANCE_DIMENSION(B{row}:R{row}; "{name.lower()}"; B$4:R$4)')
        doc.calculateAll()
        scores.append(None if scratch.getError() else scratch.getValue())
    health = sheet.getCellRangeByName(f"T{row}")
    scratch.setString("")
    return health.getValue(), scores


def history_rows(doc, sheet):
    """Four snapshots a partner. The dimensions move with the health from where
    they are now; revenue builds up through 2026 towards today's numbers."""
    rng = random.Random(2026)
    rows = []
    for i, partner in enumerate(PARTNERS):
        name = partner[0]
        target, actual, pipeline = partner[4], partner[5], partner[6]
        health_now, dims_now = current_dimensions(doc, sheet, template.FIRST_ROW + i)
        for q, (quarter, health) in enumerate(zip(QUARTERS, HEALTH_HISTORY[name])):
            shift = health - health_now
            dims = ["" if d is None else round(min(max(d + shift, 0.0), 100.0), 1)
                    for d in dims_now]
            if target == "":
                money = ["", "", ""]  # revenue not tracked yet for this partner
            elif quarter == "2025-Q4":  # the full year 2025
                last_target = round(target * 0.85, -3)
                attained = min(max(health / 100 + rng.uniform(-0.05, 0.1), 0.2), 1.05)
                money = [last_target, round(last_target * attained, -3),
                         round(pipeline * rng.uniform(0.75, 1.0), -3)]
            else:  # 2026 so far, against this year's target
                share = [0.24, 0.5, 0.76][q - 1] + rng.uniform(-0.04, 0.04)
                money = [target, round(actual * share, -3),
                         round(pipeline * rng.uniform(0.8, 1.2), -3)]
            rows.append([quarter, name, health, status_of(health)] + dims + money)
    return rows


def main():
    profile, output = sys.argv[1], sys.argv[2]
    with Office(profile) as office:
        doc = t.new_document(office)
        template.build(doc, heading="Partner portfolio (sample data, fictional partners)")
        sheets = doc.Sheets
        portfolio = sheets.getByName("Portfolio")
        assert [portfolio.getCellByPosition(c, template.HEADER_ROW - 1).getString()
                for c in range(len(HEADER))] == HEADER
        for r, partner in enumerate(PARTNERS):
            for c, value in enumerate(partner):
                put(portfolio.getCellByPosition(c, template.FIRST_ROW - 1 + r), value)
        doc.calculateAll()

        history = sheets.getByName("History")
        for r, row in enumerate(history_rows(doc, portfolio)):
            for c, value in enumerate(row):
                put(history.getCellByPosition(c, 1 + r), value)

        plan = sheets.getByName("Plan")
        for r, (partner, milestone, owner, due, status) in enumerate(PLAN):
            for c, value in enumerate([partner, milestone, owner]):
                put(plan.getCellByPosition(c, 1 + r), value)
            days = (datetime.date.fromisoformat(due) - CALC_EPOCH).days
            plan.getCellByPosition(3, 1 + r).setValue(days)
            put(plan.getCellByPosition(4, 1 + r), status)

        settings = sheets.getByName("Settings")
        settings.getCellRangeByName("B11").setString(CURRENT_QUARTER)
        t.finish(doc, "Partner portfolio (sample)")
        doc.storeToURL(file_url(output), props(FilterName="calc8"))
        doc.close(True)


if __name__ == "__main__":
    main()
