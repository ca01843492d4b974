"""Writes sample-portfolio.ods: the partner portfolio template
(templates/make_partner_portfolio.py) filled with a dozen fictional partners
of varied health, four quarters of history for each, the milestones of their
joint business plans, and a register of changes on either side. Run with an
office profile that has the extension installed:

    python3 make_sample_portfolio.py PROFILE_DIR sample-portfolio.ods

The sample's quarter is 2026-Q4. Its version-2 columns: Trust gap is known for
five partners (Kestrel Data's 1.3 is a perception gap, W11); Quarters declining
is counted from History, the falls in a row up to 2026-Q3, the last quarter
closed (Bluefin, Helios, Kestrel, Maple Ridge, Pinecrest and Quantum Harbor
fell in each of the last three, W13); Open changes is the template's formula
over the Changes sheet.

Dates on Changes are fixed days of the second half of 2026, not days relative
to the day the sample is made, as a register holds them. TODAY() moves on, so
only a change without a response date can ever become open: every change has
one but Helios Cloud's reorganisation of its channel team, logged 2026-10-05.
That change is open (W12 on Helios, which is not the weakest partner) from
2026-11-05 on, and stays open for good; the sample was made after that day.
"""

import datetime
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates"))
import make_partner_portfolio as template  # noqa: E402
import template_helpers as t  # noqa: E402
from office import Office, file_url, props  # noqa: E402

HEADER = template.HEADER[:22]  # Partner, the metrics (B..T), Previous health, Quarters red

# All companies are fictional. Empty strings are metrics not yet known. Each row:
# the partner, the sixteen metrics (B..Q), Previous health and Quarters red.
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
OUR_COMPANY = "Aurora Software"  # the fictional vendor whose portfolio this is
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

# The gap between the two companies' mean trust ratings, where a two-sided
# health check was held (the others have none yet: not known).
TRUST_GAP = {
    "Northwind Systems": 0.2,
    "Bluefin Analytics": 0.5,
    "Kestrel Data Ltd": 1.3,  # they trust us far less than we think: W11
    "Pinecrest Security": 0.7,
    "Summit Health Systems Pty": 0.4,
}

DIMENSIONS = ["Strategy", "Execution", "Commitment", "Trust", "Governance"]

# The register of changes: date logged, partner, side, kind, what changed,
# response agreed on (None: no response yet), response. One change has no
# response: Helios Cloud's, logged more than 30 days before the sample was made.
CHANGES = [
    ("2026-07-06", "Northwind Systems", "theirs", "people",
     "Northwind named a new CEO, Rachel Ortega, from 1 July.",
     "2026-07-21", "Both executive sponsors met her; she confirmed the alliance and the "
     "marketplace listing."),
    ("2026-08-17", "Orbital Payments S.A.", "theirs", "ownership",
     "Orbital is acquired by Meridian Pay Group; closing in September.",
     "2026-09-08", "The sponsors confirmed the joint business plan under the new owner; "
     "exclusivity is reviewed at the Q4 QBR."),
    ("2026-09-01", "Lumen Retail Software", "ours", "policy",
     "Our new partner pricing: the deal registration discount goes from 15% to 12% on "
     "1 October.",
     "2026-09-15", "Deals registered before 1 October keep 15% until 31 March 2027; Lumen "
     "told its sellers."),
    ("2026-09-01", "Cedar & Stone Consulting", "ours", "policy",
     "Our new partner pricing: the deal registration discount goes from 15% to 12% on "
     "1 October.",
     "2026-09-22", "No effect on services-led deals; confirmed to Cedar & Stone in writing."),
    ("2026-10-05", "Helios Cloud GmbH", "theirs", "structure",
     "Helios reorganised its channel team by region; Jonas Weber now covers "
     "German-speaking countries only, the rest of Europe has no partner manager yet.",
     None, ""),
    ("2026-10-19", "Summit Health Systems Pty", "theirs", "environment",
     "New hospital data-residency rules in Australia hold up two joint projects.",
     "2026-11-02", "A joint hosting option in the Sydney region; both projects re-planned "
     "for 2027-Q1."),
    ("2026-11-09", "Kestrel Data Ltd", "ours", "people",
     "Our alliance manager for Kestrel changed again: Megan Shaw takes over.",
     "2026-11-16", "Megan Shaw is named for at least 18 months; handover call held with "
     "Kestrel's alliance lead."),
]

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
    ("Maple Ridge IT", "Reset workshop with both executive sponsors", "Helen Ford (us)",
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


def serial(iso_date):
    """The office's day number of a date written 2026-10-05."""
    return (datetime.date.fromisoformat(iso_date) - CALC_EPOCH).days


def quarters_declining(healths):
    """Quarters in a row, up to the last one, in which health fell below the
    quarter before."""
    count = 0
    for before, after in zip(healths[::-1][1:], healths[::-1]):
        if after >= before:
            break
        count += 1
    return count


def status_of(health):
    return "Green" if health >= 70 else "Amber" if health >= 50 else "Red"


def current_dimensions(doc, sheet, row):
    """The five dimension scores of a Portfolio row now (None: not available)."""
    scratch = sheet.getCellByPosition(40, 0)
    scores = []
    last = template.LAST_METRIC
    for name in DIMENSIONS:
        scratch.setFormula(
            f'=ALLIANCE_DIMENSION(B{row}:{last}{row}; "{name.lower()}"; B$4:{last}$4)')
        doc.calculateAll()
        scores.append(None if scratch.getError() else scratch.getValue())
    health = sheet.getCellRangeByName(f"{template.HEALTH}{row}")
    scratch.setString("")
    return health.getValue(), scores


WEIGHTS = [0.25, 0.30, 0.20, 0.15, 0.10]  # the template's, Strategy..Governance


def past_dimensions(rng, dims_now, shift):
    """The dimensions a quarter whose health differed from today's by `shift`:
    each moves by its own amount, as no two dimensions of a real alliance move
    together, and the weighted moves add up to the health's."""
    known = [(w, d) for w, d in zip(WEIGHTS, dims_now) if d is not None]
    factors = [rng.uniform(0.3, 1.7) for _ in known]
    scale = sum(w for w, _ in known) / sum(w * f for (w, _), f in zip(known, factors))
    moved = iter([round(min(max(d + shift * f * scale, 0.0), 100.0), 1)
                  for (_, d), f in zip(known, factors)])
    return ["" if d is None else next(moved) for d in dims_now]


def history_rows(doc, sheet):
    """Four snapshots a partner. The dimensions move from where they are now,
    each its own way, with the health; revenue builds up through 2026 towards
    today's numbers, year to date against the year's target."""
    rng = random.Random(2026)
    rows = []
    for i, partner in enumerate(PARTNERS):
        name = partner[0]
        target, actual, pipeline = partner[4], partner[5], partner[6]
        health_now, dims_now = current_dimensions(doc, sheet, template.FIRST_ROW + i)
        for q, (quarter, health) in enumerate(zip(QUARTERS, HEALTH_HISTORY[name])):
            dims = past_dimensions(rng, dims_now, health - health_now)
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
        typed = HEADER[:17] + ["Previous health", "Quarters red"]
        for r, partner in enumerate(PARTNERS):
            row = template.FIRST_ROW + r
            name = partner[0]
            for heading, value in zip(typed, partner):
                put(portfolio.getCellRangeByName(f"{template.column_of(heading)}{row}"), value)
            put(portfolio.getCellRangeByName(f"{template.TRUST_GAP}{row}"),
                TRUST_GAP.get(name, ""))
            if partner[-2] != "":  # kept by the quarter close, like Previous health
                put(portfolio.getCellRangeByName(f"{template.QUARTERS_DECLINING}{row}"),
                    quarters_declining(HEALTH_HISTORY[name]))

        changes = sheets.getByName("Changes")
        for r, (logged, partner, side, kind, what, agreed, response) in enumerate(CHANGES):
            changes.getCellByPosition(0, 1 + r).setValue(serial(logged))
            for c, value in enumerate([partner, side, kind, what]):
                put(changes.getCellByPosition(1 + c, 1 + r), value)
            if agreed:
                changes.getCellByPosition(5, 1 + r).setValue(serial(agreed))
            put(changes.getCellByPosition(6, 1 + r), response)
        doc.calculateAll()

        history = sheets.getByName("History")
        for r, row in enumerate(history_rows(doc, portfolio)):
            for c, value in enumerate(row):
                put(history.getCellByPosition(c, 1 + r), value)

        plan = sheets.getByName("Plan")
        for r, (partner, milestone, owner, due, status) in enumerate(PLAN):
            for c, value in enumerate([partner, milestone, owner]):
                put(plan.getCellByPosition(c, 1 + r), value)
            plan.getCellByPosition(3, 1 + r).setValue(serial(due))
            put(plan.getCellByPosition(4, 1 + r), status)

        settings = sheets.getByName("Settings")
        settings.getCellRangeByName("B11").setString(CURRENT_QUARTER)
        settings.getCellRangeByName("B12").setString(OUR_COMPANY)
        settings.getCellRangeByName("B13").setString("EUR")
        t.finish(doc, "Partner portfolio (sample)")
        doc.storeToURL(file_url(output), props(FilterName="calc8"))
        doc.close(True)


if __name__ == "__main__":
    main()
