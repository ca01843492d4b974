"""alliancecalc report against a real headless office, on the sample portfolio:
the review names every partner with the status and action `score` gives, its
totals are the sums of the Portfolio sheet's revenue columns, its chart is there
and covers no filled cell, the PDF has at most two pages with our own page header,
a German workbook gives a German review, and no file is replaced without --force.
The PDFs are rendered to PNG for people to look at (ALLIANCE_TEST_ARTEFACTS)."""

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from office import file_url, props  # noqa: E402
# The CLI tests' runner, their check of the environment and their office.
from test_qbr import BINARY, PROFILE, run, setup_module, sha256  # noqa: E402,F401

SAMPLE = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "sample-portfolio.ods"))
HEADER_ROW = 3  # 0-based: the Portfolio sheet's header is row 4
ARTEFACTS = os.environ.get("ALLIANCE_TEST_ARTEFACTS", "")


def used_rows(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    data = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()
    return [list(row) for row in data]


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def render(path, folder):
    """The PDF's pages as PNG (70 dpi), kept in ALLIANCE_TEST_ARTEFACTS when set."""
    stem = os.path.splitext(os.path.basename(path))[0]
    subprocess.run(["pdftoppm", "-r", "70", "-png", path, os.path.join(str(folder), stem)],
                   check=True)
    pages = sorted(p for p in os.listdir(str(folder)) if p.startswith(stem + "-")
                   and p.endswith(".png"))
    if ARTEFACTS:
        os.makedirs(ARTEFACTS, exist_ok=True)
        for page in pages:
            shutil.copy(os.path.join(str(folder), page), ARTEFACTS)
    return [os.path.join(str(folder), p) for p in pages]


@pytest.fixture(scope="module")
def made(office, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    before = sha256(SAMPLE)
    results = {}
    # Relative paths and a non-Latin file name, as a user types them.
    for name in ("Portfolio review.pdf", "Обзор портфеля.ods"):
        results[name] = subprocess.run([BINARY, "report", SAMPLE, "--out", name,
                                        "--profile", PROFILE], capture_output=True, text=True,
                                       timeout=600, check=False, cwd=str(folder))
    score = run("score", SAMPLE, "--json")
    return {"folder": folder, "results": results, "before": before,
            "pdf": os.path.join(str(folder), "Portfolio review.pdf"),
            "ods": os.path.join(str(folder), "Обзор портфеля.ods"),
            "score": json.loads(score.stdout)}


def sample_portfolio(office):
    """The Portfolio sheet's partners and the sums of its revenue columns."""
    doc = office.open(SAMPLE, ReadOnly=True)
    try:
        doc.calculateAll()
        rows = used_rows(doc.Sheets.getByName("Portfolio"))
    finally:
        doc.close(True)
    header = rows[HEADER_ROW]
    columns = {name: header.index(name) for name in
               ("Partner", "Revenue target", "Revenue actual", "Pipeline")}
    partners = [row for row in rows[HEADER_ROW + 1:] if str(row[columns["Partner"]]).strip()]

    def total(name):
        return sum(row[columns[name]] for row in partners
                   if isinstance(row[columns[name]], float))
    return {"names": [row[columns["Partner"]].strip() for row in partners],
            "target": total("Revenue target"), "actual": total("Revenue actual"),
            "pipeline": total("Pipeline")}


def read_review(office, path):
    doc = office.open(path, ReadOnly=True)
    try:
        sheet = doc.Sheets.getByIndex(0)
        rows = used_rows(sheet)
        # Every filled cell's rectangle, and every shape's.
        filled = []
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value != "":
                    cell = sheet.getCellByPosition(c, r)
                    filled.append((cell.AbsoluteName, cell.Position.X, cell.Position.Y,
                                   cell.Size.Width, cell.Size.Height))
        page = sheet.DrawPage
        shapes = []
        anchors = []
        for i in range(page.Count):
            shape = page.getByIndex(i)
            shapes.append((shape.Position.X, shape.Position.Y, shape.Size.Width,
                           shape.Size.Height))
            anchors.append(shape.Anchor.AbsoluteName)
        charts = sheet.getCharts()
        chart_types = []
        for i in range(charts.Count):
            model = charts.getByIndex(i).getEmbeddedObject()
            for system in model.getFirstDiagram().getCoordinateSystems():
                chart_types += [t.ChartType for t in system.getChartTypes()]
        style = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
        header = style.RightPageHeaderContent
        return {"sheet": sheet.Name, "rows": rows, "filled": filled, "shapes": shapes,
                "anchors": anchors,
                "chart_types": chart_types, "header_left": header.LeftText.getString(),
                "header_centre": header.CenterText.getString(),
                "print_areas": len(sheet.getPrintAreas())}
    finally:
        doc.close(True)


def table_below(rows, first_cells):
    """The rows of the table whose header row starts with first_cells, to its first
    row with an empty first cell."""
    for r, row in enumerate(rows):
        if row[:len(first_cells)] == first_cells:
            out = []
            for below in rows[r + 1:]:
                if below[0] == "":
                    break
                out.append(below)
            return out
    raise AssertionError("no table headed %r" % (first_cells,))


def test_both_files_made_and_named(made):
    for name, result in made["results"].items():
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == os.path.join(str(made["folder"]), name)
    assert sorted(os.listdir(str(made["folder"]))) == ["Portfolio review.pdf",
                                                       "Обзор портфеля.ods"]
    assert sha256(SAMPLE) == made["before"]


def test_every_partner_named_with_the_status_and_action_score_gives(office, made):
    review = read_review(office, made["ods"])
    sample = sample_portfolio(office)
    table = table_below(review["rows"], ["Partner", "Status", "Action", "Health"])
    assert [row[0] for row in table] == sample["names"]
    by_name = {s["partner"]: s for s in made["score"]}
    assert sorted(by_name) == sorted(sample["names"])
    for row in table:
        score = by_name[row[0]]
        assert row[1] == score["status"]
        assert row[2] == score["action"]
        assert row[3] == pytest.approx(score["health"], abs=1e-9)


def test_totals_are_the_sums_of_the_portfolio_sheet(office, made):
    review = read_review(office, made["ods"])
    sample = sample_portfolio(office)
    totals = table_below(review["rows"], ["Partners", "Scored", "Average health"])[0]
    assert totals[0] == len(sample["names"])
    assert totals[3] == pytest.approx(sample["target"])
    assert totals[4] == pytest.approx(sample["actual"])
    assert totals[6] == pytest.approx(sample["pipeline"])


def test_groups_count_the_partners_by_status_and_action(office, made):
    review = read_review(office, made["ods"])
    statuses = table_below(review["rows"], ["Status", "Count", "Partners"])
    counted = {row[0]: row[1] for row in statuses}
    for word in ("Green", "Amber", "Red"):
        assert counted[word] == sum(1 for s in made["score"] if s["status"] == word)
    exit_review = [s["partner"] for s in made["score"] if s["action"] == "Exit review"]
    assert exit_review  # the sample has partners for exit review
    table = table_below(review["rows"], ["Partner", "Health", "Status", "Quarters red"])
    assert sorted(row[0] for row in table) == sorted(exit_review)


def test_chart_present_and_over_no_filled_cell(office, made):
    review = read_review(office, made["ods"])
    assert review["chart_types"] == ["com.sun.star.chart2.BubbleChartType"]
    assert len(review["shapes"]) == 1
    # Anchored to a cell below the partner table (a page anchor names the whole sheet).
    assert ":" not in review["anchors"][0]
    below = table_below(review["rows"], ["Partner", "Status", "Action", "Health"])
    assert int(review["anchors"][0].rsplit("$", 1)[1]) > len(review["rows"]) - 2 - len(below)
    for (x, y, w, h) in review["shapes"]:
        for (name, cx, cy, cw, ch) in review["filled"]:
            overlaps = x < cx + cw and cx < x + w and y < cy + ch and cy < y + h
            assert not overlaps, "the chart covers %s" % name


def test_the_chart_says_the_revenue_axis_currency(made):
    # Read from the stored chart: the revenue axis is in Settings' currency (EUR
    # in the sample), health runs 0 to 100 without one.
    with zipfile.ZipFile(made["ods"]) as z:
        charts = [n for n in z.namelist() if n.endswith("/content.xml")]
        assert len(charts) == 1, charts
        chart = z.read(charts[0]).decode("utf-8")
    # The title's text may sit in spans (LibreOffice 25.2 writes them).
    titles = {axis: re.sub(r"<[^>]*>", "", text) for axis, text in re.findall(
        r'<chart:axis chart:dimension="([xy])"[^>]*>\s*<chart:title[^>]*>\s*<text:p>(.*?)</text:p>',
        chart)}
    assert titles == {"x": "Health", "y": "Partner-sourced revenue (EUR)"}, titles


def test_page_header_is_ours(office, made):
    review = read_review(office, made["ods"])
    assert review["sheet"] == "Portfolio review"
    assert review["header_left"] == "Portfolio review"
    assert review["header_centre"] == "2026-Q4"
    assert review["print_areas"] == 1


def test_pdf_fits_two_pages_and_names_every_partner(office, made):
    assert 1 <= pdf_pages(made["pdf"]) <= 2
    text = pdf_text(made["pdf"])
    for name in sample_portfolio(office)["names"]:
        assert name in text
    assert "Page 1 of" in text
    assert "Sheet1" not in text
    assert "Portfolio review 2026-Q4" in text
    assert "Totals (EUR)" in text  # the currency on the sample's Settings


def test_pdf_renders(made, tmp_path):
    pngs = render(made["pdf"], tmp_path)
    assert 1 <= len(pngs) <= 2
    for png in pngs:
        assert os.path.getsize(png) > 10000  # not a blank page


def test_existing_file_is_kept_without_force(made):
    path = made["pdf"]
    before = sha256(path)
    refused = run("report", SAMPLE, "--out", path)
    assert refused.returncode == 5
    assert "--force" in refused.stderr
    assert sha256(path) == before
    forced = run("report", SAMPLE, "--out", path, "--force")
    assert forced.returncode == 0, forced.stderr
    assert pdf_pages(path) <= 2
    assert not [n for n in os.listdir(os.path.dirname(path)) if n.endswith(".part")]


def test_usage_errors(tmp_path):
    assert run("report", SAMPLE).returncode == 2
    wrong = run("report", SAMPLE, "--out", str(tmp_path / "review.xlsx"))
    assert wrong.returncode == 2 and ".pdf or .ods" in wrong.stderr
    assert run("report", SAMPLE, "--out", str(tmp_path / "r.pdf"), "--quarter", "Q9").returncode == 2
    missing = run("report", str(tmp_path / "none.ods"), "--out", str(tmp_path / "r.pdf"))
    assert missing.returncode == 4
    assert os.listdir(str(tmp_path)) == []


@pytest.fixture(scope="module")
def german(office, tmp_path_factory):
    """The sample saved as a German workbook (its document language), as a workbook
    made from the German template is, and its review without --language."""
    from com.sun.star.lang import Locale
    folder = tmp_path_factory.mktemp("report-de")
    source = str(folder / "Portfolio.ods")
    doc = office.open(SAMPLE)
    try:
        doc.CharLocale = Locale("de", "DE", "")
        doc.storeToURL(file_url(source), props(FilterName="calc8"))
    finally:
        doc.close(True)
    out = {}
    for ext in ("pdf", "ods"):
        out[ext] = str(folder / ("review." + ext))
        result = run("report", source, "--out", out[ext])
        assert result.returncode == 0, result.stderr
    return out


def test_german_workbook_gives_german_review(office, german, made):
    review = read_review(office, german["ods"])
    assert review["sheet"] == "Portfolio-Review"
    assert review["rows"][0][0] == "Portfolio-Review 2026-Q4"
    firsts = [row[0] for row in review["rows"]]
    for heading in ("Summen (EUR)", "Partner nach Status", "Partner nach Maßnahme",
                    "Veränderungen seit dem Vorquartal", "Partner zur Exit-Prüfung",
                    "Alle Partner"):
        assert heading in firsts
    # Status and action are the contract's words in every language, as score gives them.
    table = table_below(review["rows"], ["Partner", "Status", "Maßnahme"])
    by_name = {s["partner"]: s for s in made["score"]}
    assert [(row[1], row[2]) for row in table] == [
        (by_name[row[0]]["status"], by_name[row[0]]["action"]) for row in table]
    assert pdf_pages(german["pdf"]) <= 2
    text = pdf_text(german["pdf"])
    assert "Seite 1 von" in text and "Summen" in text


def test_german_pdf_renders(german, tmp_path):
    assert 1 <= len(render(german["pdf"], tmp_path)) <= 2


def test_a_large_portfolio_stays_at_two_pages(office, tmp_path):
    """300 partners: the sample's rows copied down and named, as the scale benchmark
    makes them."""
    source = str(tmp_path / "large.ods")
    shutil.copy(SAMPLE, source)
    doc = office.open(source)
    try:
        sheet = doc.Sheets.getByName("Portfolio")
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_col = cursor.getRangeAddress().EndColumn
        first, rows, partners = HEADER_ROW + 1, 12, 300
        while rows < partners:
            count = min(rows, partners - rows)
            block = sheet.getCellRangeByPosition(0, first, last_col, first + count - 1)
            sheet.copyRange(sheet.getCellByPosition(0, first + rows).getCellAddress(),
                            block.getRangeAddress())
            rows += count
        sheet.getCellRangeByPosition(0, first + 12, 0, first + partners - 1).setDataArray(
            tuple(("Partner %03d" % i,) for i in range(12, partners)))
        doc.calculateAll()
        doc.storeToURL(file_url(source), props(FilterName="calc8"))
    finally:
        doc.close(True)
    pdf, ods = str(tmp_path / "large.pdf"), str(tmp_path / "large.ods.ods")
    for out in (pdf, ods):
        result = run("report", source, "--out", out)
        assert result.returncode == 0, result.stderr
    assert pdf_pages(pdf) <= 2
    render(pdf, tmp_path)
    review = read_review(office, ods)
    table = table_below(review["rows"], ["Partner", "Status", "Action", "Health"])
    assert len(table) == 31 and table[-1][0] == "… and 270 more"  # the 30 listed, then a count
    totals = table_below(review["rows"], ["Partners", "Scored", "Average health"])[0]
    assert totals[0] == partners
    for (x, y, w, h) in review["shapes"]:
        for (name, cx, cy, cw, ch) in review["filled"]:
            assert not (x < cx + cw and cx < x + w and y < cy + ch and cy < y + h), name


def test_a_partner_that_cannot_be_scored_is_listed_and_exits_1(office, tmp_path):
    from test_qbr import PARTNERS, STRUGGLING, make_portfolio
    broken = STRUGGLING[:11] + [9] + STRUGGLING[12:]  # trust 9: out of range
    source = str(tmp_path / "portfolio.ods")
    make_portfolio(office, source, partners=PARTNERS + [("Broken", broken, "", 0)])
    out = str(tmp_path / "review.ods")
    result = run("report", source, "--out", out)
    assert result.returncode == 1, result.stderr
    assert "note: Broken is not scored" in result.stderr
    review = read_review(office, out)
    statuses = {row[0]: row for row in table_below(review["rows"], ["Status", "Count", "Partners"])}
    assert statuses["Not scored"][1] == 1 and statuses["Not scored"][2] == "Broken"
    table = table_below(review["rows"], ["Partner", "Status", "Action", "Health"])
    # Names that look like formulas stay text.
    assert [row[0] for row in table] == ["Northwind Systems", "=1+1", "@SUM(1)", "Broken"]
    assert table[3][1] == "Not scored"


def test_full_disk_exits_7_and_leaves_no_partial_file(tmp_path):
    from test_safe_generation import run_on_small_disk
    copy = tmp_path / "disk"
    copy.mkdir()
    # 20 KiB: less than the review's PDF.
    result, disk = run_on_small_disk(20, ["report", SAMPLE, "--out", "{disk}/review.pdf"], copy)
    assert result.returncode == 7, result.stderr
    assert f"No space left in {disk}" in result.stderr
    assert os.listdir(str(copy)) == []
