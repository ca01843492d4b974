"""What a reader of a review sees, checked on the files: for every partner of the
sample and for partners at the edges (every warning sign and a dozen milestones, no
History, eight quarters of it), the review reopens with no chart over a filled cell,
prints on at most two pages with the page header, shows every milestone in full,
and the version meant for the partner prints none of our internal verdicts while
the internal one does. The PDFs are rendered to PNG beside the test's files, to be looked at."""

import os
import re
import shutil
import subprocess

import pytest

from test_qbr import BINARY, PROFILE, SAMPLE, qbr_path, run

INTERNAL_WORDS = ["Exit review", "Quarters red", "Questions to raise", "Our course correction",
                  "Internal preparation", "Resources withdrawn", "Trust perception gap",
                  "Health declining", "No exit plan", "Alliance manager churn"]
ACTIONS = ["Grow", "Sustain", "Fix", "Exit review"]
HISTORY_HEADER = ["Quarter", "Partner", "Health", "Status", "Strategy", "Execution", "Commitment",
                  "Trust", "Governance", "Revenue target", "Revenue actual", "Pipeline"]
PORTFOLIO_HEADER = ["Partner", "Map elements", "Exec signoff", "Goal alignment",
                    "Revenue target", "Revenue actual", "Pipeline", "Resources committed",
                    "Resources actual", "Exec sponsor", "Sales sponsor", "Manager changes",
                    "Trust", "JBP", "Days since QBR", "Exit plan", "Account conflicts",
                    "Trust gap", "Open changes", "Quarters declining", "Previous health",
                    "Quarters red"]
# Every one of the thirteen warning signs fires (health 13.4, Red).
ALL_WARNINGS = [2, "no", 0.2, 900000, 100000, 50000, 10, 2, "no", "no", 4, 1.5, "no", 400, "no",
                9, 2.5, 3, 4, 30, 3]
CALM = [10, "yes", 0.9, 500000, 450000, 200000, 4, 4, "yes", "yes", 0, 4.6, "yes", 30, "yes", 0,
        0.2, 0, 0, 80, 0]
LONG_MILESTONE = ("Joint go-to-market launch in the Nordic countries with a shared reference "
                  "customer, a co-funded event series and a certified pre-sales team on both "
                  "sides, number {}")


def setup_module():
    if not os.access(BINARY, os.X_OK) or not os.path.isdir(PROFILE):
        pytest.exit("ALLIANCECALC and ALLIANCE_TEST_PROFILE must be set; run through ctest",
                    returncode=2)
    for tool in ("pdftotext", "pdfinfo", "pdftoppm"):
        assert shutil.which(tool), f"{tool} (poppler-utils) is needed to read the PDFs"


def edge_portfolio(office, path):
    """Three partners at the layout's edges, in a portfolio of the template's shape."""
    doc = office.new_calc()
    sheets = doc.Sheets
    portfolio = sheets.getByIndex(0)
    portfolio.setName("Portfolio")
    for c, name in enumerate(PORTFOLIO_HEADER):
        portfolio.getCellByPosition(c, 0).setString(name)
    partners = [("Everything at once", ALL_WARNINGS), ("Newcomer", CALM), ("Veteran", CALM)]
    for r, (name, values) in enumerate(partners):
        portfolio.getCellByPosition(0, 1 + r).setString(name)
        for c, v in enumerate(values):
            cell = portfolio.getCellByPosition(1 + c, 1 + r)
            cell.setString(v) if isinstance(v, str) else cell.setValue(v)
    sheets.insertNewByName("History", 1)
    history = sheets.getByName("History")
    for c, name in enumerate(HISTORY_HEADER):
        history.getCellByPosition(c, 0).setString(name)
    rows = []
    for i, quarter in enumerate(["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4",
                                 "2026-Q1", "2026-Q2", "2026-Q3"]):
        rows.append([quarter, "Veteran", 60 + 3 * i, "", 60 + i, 61 + 2 * i, 62 + 3 * i,
                     63 + i, 64, 400000, 50000 * (1 + i % 4), 150000])
    rows.append(["2026-Q3", "Everything at once", 40, "", 40, 30, 20, 30, 40, 900000, 80000, 60000])
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v != "":
                cell = history.getCellByPosition(c, 1 + r)
                cell.setString(v) if isinstance(v, str) else cell.setValue(v)
    sheets.insertNewByName("Plan", 2)
    plan = sheets.getByName("Plan")
    for c, name in enumerate(["Partner", "Milestone", "Owner", "Due date", "Status"]):
        plan.getCellByPosition(c, 0).setString(name)
    for i in range(12):
        for c, v in enumerate(["Everything at once", LONG_MILESTONE.format(i + 1),
                               "Ingrid Johansson-Lindqvist (partner)"]):
            plan.getCellByPosition(c, 1 + i).setString(v)
        plan.getCellByPosition(3, 1 + i).setValue(46300 + 7 * i)
        plan.getCellByPosition(4, 1 + i).setString("planned")
    sheets.insertNewByName("Settings", 3)
    settings = sheets.getByName("Settings")
    for row, value in ((10, "2026-Q4"), (11, "Aurora Software"), (12, "usd"), (13, "Letter")):
        settings.getCellByPosition(1, row).setString(value)
    settings.getCellByPosition(1, 3).setValue(0.25)  # Settings read by position: the
    for row, value in ((4, 0.30), (5, 0.20), (6, 0.15), (7, 0.10), (8, 70), (9, 50)):
        settings.getCellByPosition(1, row).setValue(value)  # template's weights and bands
    from office import file_url, props
    doc.storeToURL(file_url(path), props(FilterName="calc8"))
    doc.close(True)
    return {name: [r for r in rows if r[1] == name] for name, _ in partners}


def pdf_text(path):
    out = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", " ", out)


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def render(path):
    """The pages as PNG beside the PDF, to look at."""
    subprocess.run(["pdftoppm", "-r", "60", "-png", path, path[:-4]], check=True)


def rectangles_over_cells(office, path):
    """The chart shapes and the filled cells of the review, as rectangles, and the
    header and print area of its page style."""
    doc = office.open(path, ReadOnly=True)
    try:
        sheet = doc.Sheets.getByName("QBR")
        page = sheet.getDrawPage()
        shapes = []
        for i in range(page.getCount()):
            s = page.getByIndex(i)
            shapes.append((s.Name, s.Position.X, s.Position.Y, s.Size.Width, s.Size.Height))
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        used = cursor.getRangeAddress()
        filled = []
        for r in range(used.EndRow + 1):
            for c in range(used.EndColumn + 1):
                cell = sheet.getCellByPosition(c, r)
                if cell.getType().value != "EMPTY":
                    p, z = cell.Position, cell.Size
                    filled.append((cell.AbsoluteName, p.X, p.Y, z.Width, z.Height))
        style = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
        header = style.RightPageHeaderContent
        area = sheet.getPrintAreas()[0]
        return {"shapes": shapes, "filled": filled,
                "header": [header.LeftText.String, header.CenterText.String,
                           header.RightText.String],
                "paper": (style.Width, style.Height), "print_end_column": area.EndColumn}
    finally:
        doc.close(True)


def overlaps(a, b):
    _, ax, ay, aw, ah = a
    _, bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def check_layout(office, ods, pdf, milestones, internal, revenue=True):
    seen = rectangles_over_cells(office, ods)
    names = sorted(s[0] for s in seen["shapes"])
    # No revenue tracked: no empty revenue chart.
    assert names == ["Dimensions", "HealthTrend"] + (["QuarterlyRevenue"] if revenue else []), \
        names
    for shape in seen["shapes"]:
        assert shape[3] > 5000 and shape[4] > 4000, shape  # a chart one can read
        over = [cell[0] for cell in seen["filled"] if overlaps(shape, cell)]
        assert over == [], (shape, over)
    assert seen["print_end_column"] == 3  # A..D
    assert seen["header"][2].startswith("Page "), seen["header"]
    assert pdf_pages(pdf) <= 2
    text = pdf_text(pdf)
    assert re.search(r"Page 1 of [12]", text), text[:300]
    assert "map_elements" not in text  # the workings are not printed
    for milestone in milestones:
        assert re.sub(r"\s+", " ", milestone) in text, milestone
    if internal:
        assert "Internal preparation" in text and "Quarters red" in text
    else:
        assert not [w for w in INTERNAL_WORDS if w in text]
        assert not re.search(r"\bAction\b", text)
    render(pdf)
    return text


@pytest.fixture(scope="module")
def sample_reviews(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample-reviews")
    for version in ("partner", "internal"):
        args = ["--internal"] if version == "internal" else []
        r = run("qbr", SAMPLE, "--all", "--pdf", "--out", str(folder / version), *args)
        assert r.returncode == 0, r.stderr
    return folder


def sample_plan(office):
    doc = office.open(SAMPLE, ReadOnly=True)
    try:
        plan = doc.Sheets.getByName("Plan").getCellRangeByName("A2:B200").getDataArray()
        return [(p, m) for p, m in plan if p]
    finally:
        doc.close(True)


SAMPLE_PARTNERS = ["Northwind Systems", "Bluefin Analytics", "Cedar & Stone Consulting",
                   "Helios Cloud GmbH", "Kestrel Data Ltd", "Lumen Retail Software",
                   "Maple Ridge IT", "Orbital Payments S.A.", "Pinecrest Security",
                   "Quantum Harbor AB", "Riverbend Logistics Tech", "Summit Health Systems Pty"]


@pytest.mark.parametrize("partner", SAMPLE_PARTNERS)
def test_every_sample_review_holds_its_layout(office, sample_reviews, partner):
    plan = sample_plan(office)
    milestones = [m for p, m in plan if p == partner]
    for version, suffix in (("partner", ""), ("internal", " internal")):
        # A file name ends with no dot: "Orbital Payments S.A QBR 2026-Q4.ods".
        ods = qbr_path(sample_reviews / version, partner.rstrip(". "), suffix)
        text = check_layout(office, ods, ods[:-4] + ".pdf", milestones, version == "internal",
                            revenue=partner != "Riverbend Logistics Tech")
        # Both companies and the quarter head every page.
        assert f"Aurora Software · {partner}" in text or "Aurora Software" in text
    internal_text = pdf_text(qbr_path(sample_reviews / "internal", partner.rstrip(". "),
                                      " internal")[:-4] + ".pdf")
    assert any(a in internal_text for a in ACTIONS)


def test_maple_ridge_exit_review_is_internal_only(sample_reviews):
    partner = pdf_text(qbr_path(sample_reviews / "partner", "Maple Ridge IT")[:-4] + ".pdf")
    internal = pdf_text(qbr_path(sample_reviews / "internal", "Maple Ridge IT",
                                 " internal")[:-4] + ".pdf")
    assert "Exit review" in internal and "Quarters red" in internal
    assert "Exit review" not in partner and "Quarters red" not in partner
    assert "EUR" in partner  # the currency from Settings


def test_edges_hold(office, tmp_path):
    source = str(tmp_path / "edges.ods")
    edge_portfolio(office, source)
    for version, args, suffix in (("partner", [], ""), ("internal", ["--internal"], " internal")):
        out = tmp_path / version
        r = run("qbr", source, "--all", "--pdf", "--out", str(out), *args)
        assert r.returncode == 0, r.stderr
        everything = qbr_path(out, "Everything at once", suffix)
        text = check_layout(office, everything, everything[:-4] + ".pdf",
                            [LONG_MILESTONE.format(i + 1) for i in range(12)],
                            version == "internal")
        assert "USD" in text  # "usd" on Settings, written as the code
        for name in ("Newcomer", "Veteran"):
            path = qbr_path(out, name, suffix)
            check_layout(office, path, path[:-4] + ".pdf", [], version == "internal")
        seen = rectangles_over_cells(office, everything)
        assert seen["paper"] == (21590, 27940)  # Letter, from Settings
    # All thirteen warning signs are listed, as topics or as the contract's titles.
    internal = pdf_text(qbr_path(tmp_path / "internal", "Everything at once", " internal")[:-4]
                        + ".pdf")
    for title in ["Strategic map incomplete", "Unanswered relationship change",
                  "Trust perception gap", "Health declining"]:
        assert title in internal


def test_last_quarters_commitments_come_from_last_quarters_review(office, tmp_path):
    out = tmp_path / "reviews"
    r = run("qbr", SAMPLE, "--partner", "Northwind Systems", "--quarter", "2026-Q3",
            "--out", str(out))
    assert r.returncode == 0, r.stderr
    last = qbr_path(out, "Northwind Systems").replace("2026-Q4", "2026-Q3")
    doc = office.open(last)
    try:  # the meeting fills in two commitments, one since kept
        area = doc.NamedRanges.getByName("Commitments").getReferredCells()
        area.getCellByPosition(0, 0).setString("Ana Costa (us)")
        area.getCellByPosition(1, 0).setString("=Publish the joint solution brief")
        area.getCellByPosition(2, 0).setValue(46300)
        area.getCellByPosition(3, 0).setString("yes")
        area.getCellByPosition(0, 1).setString("Lars Berg (Northwind)")
        area.getCellByPosition(1, 1).setString("Train twelve sellers")
        doc.store()
    finally:
        doc.close(True)
    r = run("qbr", SAMPLE, "--partner", "Northwind Systems", "--out", str(out))
    assert r.returncode == 0, r.stderr
    doc = office.open(qbr_path(out, "Northwind Systems"), ReadOnly=True)
    try:
        sheet = doc.Sheets.getByName("QBR")
        column = [sheet.getCellByPosition(0, r).getString() for r in range(120)]
        top = column.index("Commitments from last quarter") + 2
        rows = [[sheet.getCellByPosition(c, top + i).getString() for c in range(4)]
                for i in range(3)]
        assert rows[0] == ["Ana Costa (us)", "=Publish the joint solution brief", "2026-10-05",
                           "yes"]
        assert sheet.getCellByPosition(1, top).getType().value == "TEXT"
        assert rows[1][:2] == ["Lars Berg (Northwind)", "Train twelve sellers"]
        assert rows[2][0] == "Commitments for next quarter" or rows[2] == ["", "", "", ""]
    finally:
        doc.close(True)
