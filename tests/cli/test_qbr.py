"""alliancecalc qbr against a real headless office: the generated workbooks are
opened again and checked cell by cell, the PDFs have pages, the portfolio's
bytes never change, nothing is overwritten without --force, text stays text,
and every missing piece gives its exit code and a message naming it."""

import hashlib
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from office import Office, file_url, props  # noqa: E402

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
def office():
    with Office(PROFILE) as running:
        yield running


@pytest.fixture(scope="module")
def generated(office, tmp_path_factory):
    folder = tmp_path_factory.mktemp("qbr")
    source = str(folder / "portfolio.ods")
    make_portfolio(office, source)
    out = folder / "out"
    out.mkdir()
    before = sha256(source)
    result = run("qbr", source, "--all", "--pdf", "--out", str(out))
    return {"result": result, "source": source, "out": out, "before": before}


def qbr_path(out, stem):
    return os.path.join(str(out), stem + " QBR 2026-Q4.ods")


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


def read_qbr(office, path):
    doc = office.open(path, ReadOnly=True)
    try:
        doc.calculateAll()
        sheet = doc.Sheets.getByName("QBR")
        cell = sheet.getCellRangeByName

        def rows(top, columns, count):
            return [[cell(f"{c}{top + i}").getString() for c in columns] for i in range(count)]

        return {
            "title": cell("A1").getString(),
            "partner": cell("B4").getString(),
            "partner_type": cell("B4").getType().value,
            "health": cell("B8").getValue(),
            "health_error": cell("B8").getError(),
            "status": cell("B9").getString(),
            "previous": cell("C8").getString(),
            "previous_status": cell("C9").getString(),
            "dimensions": [cell(f"B{r}").getValue() for r in range(10, 15)],
            "previous_dimensions": [cell(f"C{r}").getString() for r in range(10, 15)],
            "action": cell("B15").getString(),
            "attainment": cell("B21").getValue(),
            "summary": cell("A26").getString(),
            "warnings": [r[0] for r in rows(30, "A", 10) if r[0]],
            "corrections": [r[0] for r in rows(30, "B", 10) if r[0]],
            "milestones": rows(47, "ABCD", 3),
            "milestone_type": cell("A47").getType().value,
            "history": rows(5, "JKLMN", 4),
            "chart_rows": [(r.StartRow, r.EndRow) for r in
                           sheet.getCharts().getByIndex(0).getRanges()],
            "commitments": rows(62, "ABCD", 3),
        }
    finally:
        doc.close(True)


def test_healthy_partner_checked_cell_by_cell(office, generated):
    q = read_qbr(office, qbr_path(generated["out"], "Northwind Systems"))
    assert q["title"] == "Quarterly business review: Northwind Systems, 2026-Q4"
    assert q["health_error"] == 0
    assert q["health"] == pytest.approx(95.45, abs=1e-9)
    assert q["status"] == "Green"
    assert q["previous"] == "90.0" and q["previous_status"] == "Green"  # one decimal
    assert q["dimensions"] == pytest.approx([95, 94, 100, 90, 100], abs=1e-9)
    assert q["previous_dimensions"] == ["90.0", "91.0", "92.0", "93.0", "94.0"]
    assert q["action"] == "Grow"
    assert q["attainment"] == pytest.approx(0.9)
    assert q["summary"].startswith("Alliance health is 95 (Green), up 5 points from 90")
    assert q["warnings"] == ["No warning sign fires."]
    assert q["milestones"][0][:2] == ["Joint solution brief", "Ana"]
    assert q["milestones"][0][2] == "2026-10-05"  # serial 46300 (day 0 = 1899-12-30)
    assert q["milestones"][1] == ["First joint webinar", "Ben", "next quarter", "planned"]
    # History oldest first, then this quarter from the metrics
    assert [h[0] for h in q["history"]] == ["2026-Q2", "2026-Q3", "2026-Q4", ""]
    assert q["history"][2][1] == "95.5" and q["history"][2][3] == "450"
    # the chart ends at the last of the three quarters filled in (sheet row 7)
    assert [end for _, end in q["chart_rows"]] == [6, 6]
    assert q["commitments"] == [["", "", "", ""]] * 3


def test_struggling_partner_has_warnings_with_corrections(office, generated):
    q = read_qbr(office, qbr_path(generated["out"], "=1+1"))
    assert q["partner"] == "=1+1" and q["partner_type"] == "TEXT"
    assert q["health"] == pytest.approx(50.3, abs=1e-9)
    assert q["status"] == "Amber"
    assert q["action"] == "Fix"  # fell 5.7 from 56
    assert q["warnings"] == WARNINGS_STRUGGLING
    assert len(q["corrections"]) == len(WARNINGS_STRUGGLING)
    assert all(len(c) > 30 for c in q["corrections"])
    assert q["milestones"][0][:2] == ['=HYPERLINK("http://x")', "+Carla"]
    assert q["milestone_type"] == "TEXT"


def test_previous_health_falls_back_to_the_portfolio_column(office, generated):
    q = read_qbr(office, qbr_path(generated["out"], "@SUM(1)"))
    assert q["partner"] == "@SUM(1)" and q["partner_type"] == "TEXT"
    assert q["health"] == pytest.approx(81.95, abs=1e-9)
    assert q["previous"] == "80.0"
    assert q["milestones"][0][0] == "No milestone recorded for this partner."


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


def test_more_warning_signs_than_rows_push_the_map_and_milestones_down(office, tmp_path):
    # Kestrel Data in the sample shows twelve signs; the template keeps ten rows for
    # them: two rows are inserted, and what follows is moved, not written over.
    out = tmp_path / "out"
    result = run("qbr", SAMPLE, "--partner", "Kestrel Data Ltd", "--out", str(out))
    assert result.returncode == 0, result.stderr
    doc = office.open(qbr_path(out, "Kestrel Data Ltd"), ReadOnly=True)
    try:
        sheet = doc.Sheets.getByName("QBR")
        titles = [sheet.getCellRangeByName(f"A{r}").getString() for r in range(30, 45)]
        signs = titles[:titles.index("")]
        assert len(signs) == 12, titles
        assert signs[-2:] == ["Trust perception gap", "Health declining"]
        # The strategic map's heading and rows, and the milestones' heading, two rows on.
        assert sheet.getCellRangeByName("A43").getString() == "Shared Strategic Map"
        assert sheet.getCellRangeByName("A44").getString() == "Elements documented"
        assert sheet.getCellRangeByName("B44").getString() == "6 of 10"  # Kestrel maps 6
        assert sheet.getCellRangeByName("A47").getString() == "Joint business plan milestones"
        assert sheet.getCellRangeByName("A48").getString() == "Milestone"
        assert sheet.getCellRangeByName("A49").getString() != ""  # the first milestone
    finally:
        doc.close(True)
