"""alliancecalc qbr against a real headless office: the generated workbooks are
opened again and checked cell by cell, the PDFs have pages, the portfolio's
bytes never change, nothing is overwritten without --force, text stays text,
and every missing piece gives its exit code and a message naming it."""

import hashlib
import os
import re
import subprocess
import sys
import zipfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from office import file_url, props  # noqa: E402

BINARY = os.environ.get("ALLIANCECALC", "")
SAMPLE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                       "examples", "sample-portfolio.ods"))
PROFILE = os.environ.get("ALLIANCE_TEST_PROFILE", "")

HEADER = ["Partner", "Map elements", "Exec signoff", "Goal alignment", "Revenue target",
          "Revenue actual", "Pipeline", "Resources committed", "Resources actual",
          "Exec sponsor", "Sales sponsor", "Manager changes", "Trust", "JBP",
          "Days since QBR", "Exit plan", "Account conflicts", "Previous health", "Quarters red"]
# Healthy: S 95, X 94, C 100, R 90, G 100 -> 23.75 + 28.2 + 20 + 13.5 + 10 = 95.45
HEALTHY = [10, "yes", 0.9, 500, 450, 200, 4, 4, "yes", "yes", 0, 4.6, "yes", 30, "yes", 0]
# S 60, X 38, C 52, R 50, G 60 -> 15 + 11.4 + 10.4 + 7.5 + 6 = 50.3
STRUGGLING = [5, "yes", 0.7, 1000, 500, 300, 10, 5, "yes", "no", 1, 3, "yes", 150, "no", 0]
# HEALTHY with trust 1: R 0 -> 95.45 - 0.15 * 90 = 81.95
DISTRUSTED = HEALTHY[:11] + [1] + HEALTHY[12:]
PARTNERS = [
    ("Northwind Systems", HEALTHY, "", ""),
    ("=1+1", STRUGGLING, "", 0),
    ("@SUM(1)", DISTRUSTED, 80, 0),
]
HISTORY = [  # quarter, partner, health, S, X, C, R, G, target, actual, pipeline
    ("2026-Q2", "Northwind Systems", 85, 80, 81, 82, 83, 84, 400, 300, 150),
    ("2026-Q3", "Northwind Systems", 90, 90, 91, 92, 93, 94, 400, 380, 100),
    ("2026-Q3", "=1+1", 56, 61, 42, 55, 50, 70, 900, 500, 200),
]
PLAN = [  # partner, milestone, owner, due (a date serial or text), status
    ("Northwind Systems", "Joint solution brief", "Ana", 46300, "done"),
    ("Northwind Systems", "First joint webinar", "Ben", "next quarter", "planned"),
    ("=1+1", "=HYPERLINK(\"http://x\")", "+Carla", 46400, "late"),
]
WARNINGS_STRUGGLING = ["Strategic map incomplete", "No sales executive sponsor",
                       "Resources withdrawn", "Governance lapsed", "Revenue behind plan",
                       "No exit plan"]


def setup_module():
    if not os.access(BINARY, os.X_OK) or not os.path.isdir(PROFILE):
        pytest.exit("ALLIANCECALC and ALLIANCE_TEST_PROFILE must be set; run through ctest",
                    returncode=2)


def put(cell, value):
    if value == "":
        return
    if isinstance(value, str):
        cell.setString(value)  # text stays text, whatever it starts with
    else:
        cell.setValue(value)


def make_portfolio(office, path, history=True, partners=PARTNERS):
    doc = office.new_calc()
    sheets = doc.Sheets
    portfolio = sheets.getByIndex(0)
    portfolio.setName("Portfolio")
    portfolio.getCellByPosition(0, 0).setString("Partner portfolio")
    for c, name in enumerate(HEADER):
        portfolio.getCellByPosition(c, 3).setString(name)
    for r, (name, metrics, previous, red) in enumerate(partners):
        for c, value in enumerate([name] + metrics + [previous, red]):
            put(portfolio.getCellByPosition(c, 4 + r), value)
    if history:
        sheets.insertNewByName("History", 1)
        sheet = sheets.getByName("History")
        for c, name in enumerate(["Quarter", "Partner", "Health", "Strategy", "Execution",
                                  "Commitment", "Trust", "Governance", "Revenue target",
                                  "Revenue actual", "Pipeline"]):
            sheet.getCellByPosition(c, 0).setString(name)
        for r, row in enumerate(HISTORY):
            for c, value in enumerate(row):
                put(sheet.getCellByPosition(c, 1 + r), value)
    sheets.insertNewByName("Plan", 2)
    sheet = sheets.getByName("Plan")
    for c, name in enumerate(["Partner", "Milestone", "Owner", "Due date", "Status"]):
        sheet.getCellByPosition(c, 0).setString(name)
    for r, row in enumerate(PLAN):
        for c, value in enumerate(row):
            put(sheet.getCellByPosition(c, 1 + r), value)
    sheets.insertNewByName("Settings", 3)
    sheets.getByName("Settings").getCellByPosition(0, 0).setString("Current quarter")
    sheets.getByName("Settings").getCellByPosition(1, 0).setString("2026-Q4")
    doc.storeToURL(file_url(path), props(FilterName="calc8"))
    doc.close(True)


def run(*args):
    return subprocess.run([BINARY, *args, "--profile", PROFILE], capture_output=True, text=True,
                          timeout=600, check=False)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(scope="module")
def generated(office, tmp_path_factory):
    folder = tmp_path_factory.mktemp("qbr")
    source = str(folder / "portfolio.ods")
    make_portfolio(office, source)
    out = folder / "out"
    out.mkdir()
    before = sha256(source)
    result = run("qbr", source, "--all", "--pdf", "--out", str(out))
    internal = folder / "internal"
    made = run("qbr", source, "--all", "--internal", "--out", str(internal))
    assert made.returncode == 0, made.stderr
    return {"result": result, "source": source, "out": out, "before": before,
            "internal": internal}


def qbr_path(out, stem, suffix=""):
    return os.path.join(str(out), stem + " QBR 2026-Q4" + suffix + ".ods")


def test_all_partners_generated_with_pdf(generated):
    result = generated["result"]
    assert result.returncode == 0, result.stderr
    names = sorted(os.listdir(generated["out"]))
    assert names == sorted(["Northwind Systems QBR 2026-Q4.ods", "Northwind Systems QBR 2026-Q4.pdf",
                            "=1+1 QBR 2026-Q4.ods", "=1+1 QBR 2026-Q4.pdf",
                            "@SUM(1) QBR 2026-Q4.ods", "@SUM(1) QBR 2026-Q4.pdf"])
    assert sorted(result.stdout.split("\n")[:-1]) == sorted(
        os.path.join(str(generated["out"]), n) for n in names)


def test_source_workbook_bytes_unchanged(generated):
    assert sha256(generated["source"]) == generated["before"]


def test_pdfs_have_pages(generated):
    for name in os.listdir(generated["out"]):
        if name.endswith(".pdf"):
            with open(os.path.join(str(generated["out"]), name), "rb") as f:
                data = f.read()
            assert data.startswith(b"%PDF-")
            assert data.count(b"/Type/Page") + data.count(b"/Type /Page") >= 2  # pages + a page


def test_each_chart_draws_the_workings_columns_as_its_series(generated):
    # A chart that took the workings' rows for series draws "Row 4" ... "Row 9"
    # against 1, 2, 3: the five dimensions must be the categories, and this quarter
    # and last the two series; the quarters the categories of the other two.
    for name in ("Northwind Systems", "=1+1"):
        charts = chart_series(qbr_path(generated["out"], name))
        categories, series = charts["Dimensions"]
        assert column_of(categories) == "J", categories
        assert [column_of(values) for values, _ in series] == ["K", "L"], series
        categories, series = charts["HealthTrend"]
        assert column_of(categories) == "D" and [column_of(v) for v, _ in series] == ["E"]
        categories, series = charts["QuarterlyRevenue"]
        assert column_of(categories) == "D"
        assert [column_of(values) for values, _ in series] == ["F", "G", "H"], series
        # The year's target is a line that prints: not the office's default pale yellow.
        target_colour = series[2][1]
        assert target_colour and target_colour.lower() not in ("#ffd320", "#ffff00"), series


def rows_below(sheet, heading, columns, skip=2):
    """The rows of the table under a heading in column A, down to the first blank row."""
    texts = [sheet.getCellByPosition(0, r).getString() for r in range(200)]
    top = texts.index(heading) + skip
    out = []
    while any(sheet.getCellRangeByName(f"{c}{top + 1 + len(out)}").getString() for c in columns):
        out.append([sheet.getCellRangeByName(f"{c}{top + 1 + len(out)}").getString()
                    for c in columns])
    return top + 1, out


def chart_frames(path):
    """The file's chart frames by name, each with whether its chart is stored in
    the file. Read from the file itself: PyUNO answers a shape's properties with
    None now and then."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
        stored = set(z.namelist())
    frames = re.finditer(r'<draw:frame [^>]*draw:name="([^"]+)"[^>]*>\s*'
                         r'<draw:object [^>]*xlink:href="\./([^"]+)"', xml)
    return {m.group(1): m.group(2) + "/content.xml" in stored for m in frames}


def chart_series(path):
    """Each chart frame's categories and series, read from the file: {frame name:
    (categories range, [(values range, stroke colour)])}."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
        frames = re.finditer(r'<draw:frame [^>]*draw:name="([^"]+)"[^>]*>\s*'
                             r'<draw:object [^>]*xlink:href="\./([^"]+)"', xml)
        charts = {}
        for frame in frames:
            chart = z.read(frame.group(2) + "/content.xml").decode("utf-8")
            colours = {}
            for style in re.finditer(r'<style:style style:name="([^"]+)".*?</style:style>', chart,
                                     re.S):
                stroke = re.search(r'svg:stroke-color="([^"]+)"', style.group(0))
                colours[style.group(1)] = stroke.group(1) if stroke else None
            categories = re.search(r'<chart:categories table:cell-range-address="([^"]+)"', chart)
            series = [(m.group(2), colours.get(m.group(1))) for m in re.finditer(
                r'<chart:series chart:style-name="([^"]+)" '
                r'chart:values-cell-range-address="([^"]+)"', chart)]
            charts[frame.group(1)] = (categories.group(1) if categories else None, series)
    return charts


def column_of(cell_range):
    """'Workings.K5:Workings.K9' -> 'K', when the range is one column; else None."""
    m = re.fullmatch(r"[^.]+\.\$?([A-Z]+)\$?\d+:[^.]+\.\$?([A-Z]+)\$?\d+", cell_range or "")
    return m.group(1) if m and m.group(1) == m.group(2) else None


def read_qbr(office, path, chart=False):
    """A review reopened from its file. Rows 1 to 13 are the same in both versions;
    the internal one keeps Action and Quarters red (rows 14, 15) and its tables
    sit two rows lower."""
    doc = office.open(path, ReadOnly=True)
    try:
        doc.calculateAll()
        sheet = doc.Sheets.getByName("QBR")
        cell = sheet.getCellRangeByName
        work = doc.Sheets.getByIndex(1)
        internal = cell("A14").getString() == "Action"
        shift = 0 if internal else -2
        heading = ("Warning signs and our course corrections" if internal
                   else "Topics for this review")
        _, topics = rows_below(sheet, heading, "AB")
        first_milestone, milestones = rows_below(sheet, "Joint business plan milestones", "ABCD")
        first_commitment, _ = rows_below(sheet, "Commitments for next quarter", "ABCD")
        return {
            "internal": internal,
            "title": cell("A1").getString(),
            "partner": cell("B3").getString(),
            "partner_type": cell("B3").getType().value,
            "health": cell("B7").getValue(),
            "health_error": cell("B7").getError(),
            "status": cell("B8").getString(),
            "previous": cell("C7").getString(),
            "previous_status": cell("C8").getString(),
            "change": cell("D7").getString(),
            "dimensions": [cell(f"B{r}").getValue() for r in range(9, 14)],
            "previous_dimensions": [cell(f"C{r}").getString() for r in range(9, 14)],
            "action": cell("B14").getString() if internal else None,
            "attainment": cell(f"B{22 + shift}").getValue(),
            "summary": cell(f"A{28 + shift}").getString(),
            "warnings": [t[0] for t in topics],
            "corrections": [t[1] for t in topics if t[1]],
            "milestones": milestones,
            "milestone_type": cell(f"B{first_milestone}").getType().value,
            # on the workings: quarter, health, actual, pipeline, target
            "history": [[work.getCellRangeByName(f"{c}{5 + i}").getString() for c in "DEFGH"]
                        for i in range(4)],
            # The revenue chart is the only one that needs the shape's name to be found.
            "revenue_chart": chart_frames(path).get("QuarterlyRevenue", False) if chart else None,
            "commitments": [[cell(f"{c}{first_commitment + i}").getString() for c in "ABCD"]
                            for i in range(3)],
        }
    finally:
        doc.close(True)


def test_healthy_partner_checked_cell_by_cell(office, generated):
    q = read_qbr(office, qbr_path(generated["internal"], "Northwind Systems", " internal"),
                 chart=True)
    assert q["internal"]
    assert q["title"] == "Quarterly business review: Northwind Systems, 2026-Q4"
    assert q["health_error"] == 0
    assert q["health"] == pytest.approx(95.45, abs=1e-9)
    assert q["status"] == "Green"
    assert q["previous"] == "90.0" and q["previous_status"] == "Green"  # one decimal
    assert q["change"] == "\u25b2 5.5"  # up 5.45 points
    assert q["dimensions"] == pytest.approx([95, 94, 100, 90, 100], abs=1e-9)
    assert q["previous_dimensions"] == ["90.0", "91.0", "92.0", "93.0", "94.0"]
    assert q["action"] == "Grow"
    assert q["attainment"] == pytest.approx(0.9)
    assert q["summary"].startswith("Alliance health is 95 (Green), up 5 points from 90")
    assert q["warnings"] == ["No warning sign fires."]
    # due, milestone, owner, status
    assert q["milestones"][0][1:3] == ["Joint solution brief", "Ana"]
    assert q["milestones"][0][0] == "2026-10-05"  # serial 46300 (day 0 = 1899-12-30)
    assert q["milestones"][1] == ["next quarter", "First joint webinar", "Ben", "planned"]
    # History oldest first, then this quarter from the metrics
    assert [h[0] for h in q["history"]] == ["2026-Q2", "2026-Q3", "2026-Q4", ""]
    assert q["history"][2][1] == "95.5" and q["history"][2][2] == "450"
    assert q["revenue_chart"]  # drawn from the three quarters above (test_qbr_layout.py)
    assert q["commitments"] == [["", "", "", ""]] * 3


def test_the_partners_review_holds_no_verdict(office, generated):
    q = read_qbr(office, qbr_path(generated["out"], "=1+1"))
    assert not q["internal"] and q["action"] is None
    assert q["health"] == pytest.approx(50.3, abs=1e-9)
    # Topics both companies work on, not the contract's verdicts.
    assert len(q["warnings"]) == len(WARNINGS_STRUGGLING)
    assert not set(q["warnings"]) & set(WARNINGS_STRUGGLING)
    assert "People and budget for the plan" in q["warnings"]  # W06 Resources withdrawn
    assert q["summary"].endswith("6 topics below need a joint course correction."), q["summary"]


def test_struggling_partner_has_warnings_with_corrections(office, generated):
    q = read_qbr(office, qbr_path(generated["internal"], "=1+1", " internal"))
    assert q["partner"] == "=1+1" and q["partner_type"] == "TEXT"
    assert q["health"] == pytest.approx(50.3, abs=1e-9)
    assert q["status"] == "Amber"
    assert q["action"] == "Fix"  # fell 5.7 from 56
    assert q["warnings"] == WARNINGS_STRUGGLING
    assert len(q["corrections"]) == len(WARNINGS_STRUGGLING)
    assert all(len(c) > 30 for c in q["corrections"])
    assert q["milestones"][0][1:3] == ['=HYPERLINK("http://x")', "+Carla"]
    assert q["milestone_type"] == "TEXT"


def test_previous_health_falls_back_to_the_portfolio_column(office, generated):
    q = read_qbr(office, qbr_path(generated["out"], "@SUM(1)"))
    assert q["partner"] == "@SUM(1)" and q["partner_type"] == "TEXT"
    assert q["health"] == pytest.approx(81.95, abs=1e-9)
    assert q["previous"] == "80.0"
    assert q["milestones"][0][1] == "No milestone recorded for this partner."


def test_second_run_refuses_without_force(generated):
    out = generated["out"]
    target = qbr_path(out, "Northwind Systems")
    stamp = os.stat(target).st_mtime_ns
    again = run("qbr", generated["source"], "--partner", "Northwind Systems", "--out", str(out))
    assert again.returncode == 1
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert os.stat(target).st_mtime_ns == stamp
    assert not [n for n in os.listdir(out) if n.startswith(".~")]  # no temporary file left
    forced = run("qbr", generated["source"], "--partner", "Northwind Systems", "--out", str(out),
                 "--force")
    assert forced.returncode == 0, forced.stderr
    assert os.stat(target).st_mtime_ns != stamp


def test_missing_pieces_are_named(office, tmp_path):
    source = str(tmp_path / "no-history.ods")
    make_portfolio(office, source, history=False)
    good = str(tmp_path / "portfolio.ods")
    make_portfolio(office, good)
    out = str(tmp_path)

    r = run("qbr", source, "--all", "--out", out)
    assert r.returncode == 4 and "History" in r.stderr
    r = run("qbr", good, "--partner", "Globex", "--out", out)
    assert r.returncode == 4 and '"Globex"' in r.stderr
    r = run("qbr", good, "--all", "--out", out, "--template", str(tmp_path / "nope.ots"))
    assert r.returncode == 4 and "nope.ots" in r.stderr
    r = run("qbr", good, "--all", "--out", os.path.join(good, "inside-a-file"))
    assert r.returncode == 5 and "could not be created" in r.stderr
    r = run("qbr", good, "--all", "--out", good)  # a file, not a folder
    assert r.returncode == 5 and "not a folder" in r.stderr
    r = run("qbr", good, "--all", "--quarter", "Q4")
    assert r.returncode == 2 and "Q4" in r.stderr
    r = run("qbr", good, "--out", out)
    assert r.returncode == 2 and "--partner" in r.stderr
    r = run("qbr", str(tmp_path / "absent.ods"), "--all")
    assert r.returncode == 4 and "absent.ods" in r.stderr


def test_a_missing_output_folder_is_created(office, tmp_path):
    good = str(tmp_path / "portfolio.ods")
    make_portfolio(office, good)
    out = tmp_path / "reviews" / "2026-Q4"
    r = run("qbr", good, "--partner", "Northwind Systems", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert [p.name for p in out.iterdir()] == ["Northwind Systems QBR 2026-Q4.ods"]


def test_an_error_value_in_a_metric_is_reported_not_read_as_empty(office, tmp_path):
    source = str(tmp_path / "portfolio.ods")
    make_portfolio(office, source)
    doc = office.open(source)
    try:  # Northwind's trust becomes #DIV/0!
        doc.Sheets.getByName("Portfolio").getCellByPosition(HEADER.index("Trust"), 4) \
            .setFormula("=1/0")
        doc.store()
    finally:
        doc.close(True)
    out = tmp_path / "out"
    out.mkdir()
    r = run("qbr", source, "--partner", "Northwind Systems", "--out", str(out))
    assert r.returncode == 1, r.stderr
    assert "Northwind Systems" in r.stderr and "an error value" in r.stderr, r.stderr
    assert os.listdir(out) == []
