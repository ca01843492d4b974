"""alliancecalc survey against a real headless office, on the sample portfolio:
make a health check for a partner with three respondents on each side, fill the
six workbooks through the office with known ratings, merge them: the report's
means and gaps and the portfolio's trust, trust_gap and goal_alignment are the
values computed here, `score` then shows W11; every kind of bad answer file is
refused with its file named and nothing written; the report reopens with its
chart and no error cell; the German survey and report."""

import glob
import json
import os
import re
import shutil
import statistics
import sys
import zipfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from office import file_url, props  # noqa: E402
# The CLI tests' runner and their check of the environment.
from test_qbr import BINARY, PROFILE, run, setup_module, sha256  # noqa: E402,F401

SAMPLE = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "sample-portfolio.ods"))
PARTNER = "Northwind Systems"
QUARTER = "2026-Q4"  # Current quarter on the sample's Settings
GOALS = ["Joint revenue of 2 million", "Ten shared customers"]
TRUST = range(0, 12)  # item indices: the twelve principles, the ten map elements, five goals
GOAL_ITEMS = [22, 23]
# The first sheet's rows (1-based) of each item, as templates/make_health_check.py lays them out.
ROWS = list(range(12, 24)) + list(range(27, 37)) + list(range(40, 45))
HEADER_ROW = 3  # 0-based: the portfolio's headings are in row 4


def rating(side, respondent, item):
    """Known ratings: ours 3..5 around 4, the partner's 2..3; one left empty."""
    if side == "ours":
        return (item + respondent) % 3 + 3
    if respondent == 2 and item == 5:
        return None  # cannot judge
    return (item + respondent) % 2 + 2


def comment(side, respondent, item):
    if (side, respondent, item) == ("ours", 0, 1):
        return "=1+1 is what they call a plan"  # text, never a formula
    if (side, respondent, item) == ("partner", 1, 14):
        return "We never saw the target account list."
    return ""


def fill(office, path, side, respondent, ratings=rating):
    doc = office.open(path)
    try:
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("C7").setString("Alliance manager")
        for item, row in enumerate(ROWS):
            if item >= 22 + len(GOALS):
                break  # unnamed goals stay empty
            value = ratings(side, respondent, item)
            if value is not None:
                sheet.getCellRangeByName(f"C{row}").setValue(value)
            text = comment(side, respondent, item)
            if text:
                sheet.getCellRangeByName(f"D{row}").setString(text)
        doc.store()
    finally:
        doc.close(True)


def survey_file(folder, side, number, partner=PARTNER):
    return os.path.join(str(folder), f"{partner} health check {QUARTER} - {side} {number}.ods")


def expected(ratings=rating):
    """What the merge must compute: per item and side the mean; the metrics."""
    means = {}
    for side in ["ours", "partner"]:
        for item in range(22 + len(GOALS)):
            given = [ratings(side, r, item) for r in range(3)]
            given = [g for g in given if g is not None]
            means[side, item] = statistics.fmean(given)
    trust = {side: statistics.fmean(means[side, i] for i in TRUST) for side in ["ours", "partner"]}
    return {
        "means": means,
        "trust": (trust["ours"] + trust["partner"]) / 2,
        "trust_gap": abs(trust["ours"] - trust["partner"]),
        "goal_alignment": 1 - statistics.fmean(
            abs(means["ours", g] - means["partner", g]) for g in GOAL_ITEMS) / 4,
    }


def portfolio_row(office, path, partner=PARTNER):
    doc = office.open(path, ReadOnly=True)
    try:
        sheet = doc.Sheets.getByName("Portfolio")
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        rows = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()
        header = rows[HEADER_ROW]
        for row in rows[HEADER_ROW + 1:]:
            if row[0] == partner:
                return dict(zip(header, row))
        raise AssertionError(partner + " not on the Portfolio")
    finally:
        doc.close(True)


def error_cells(doc):
    found = []
    for sheet in doc.Sheets:
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        for r in range(end.EndRow + 1):
            for c in range(end.EndColumn + 1):
                cell = sheet.getCellByPosition(c, r)
                if cell.getError() != 0 or cell.getString().startswith("Err:") or \
                        cell.getString().startswith("#"):
                    found.append(cell.AbsoluteName)
    return found


def make(folder, *extra, partner=PARTNER, workbook=SAMPLE):
    result = run("survey", "make", workbook, "--partner", partner, "--ours", "3", "--theirs",
                 "3", "--out", str(folder), *extra)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def answered(office, tmp_path_factory):
    """Six filled workbooks of one survey, and the sample's bytes before."""
    folder = tmp_path_factory.mktemp("survey")
    made = make(folder, *[a for g in GOALS for a in ("--goal", g)])
    files = [survey_file(folder, side, n) for side in ["ours", "partner"] for n in (1, 2, 3)]
    assert made.stdout.split("\n")[:-1] == files
    for path in files:
        side = "ours" if " - ours " in path else "partner"
        fill(office, path, side, int(path[-5]) - 1)
    return {"folder": folder, "files": files, "sample": sha256(SAMPLE)}


@pytest.fixture(scope="module")
def merged(answered):
    folder = answered["folder"]
    out = str(folder / "merged.ods")
    result = run("survey", "merge", SAMPLE, "--partner", PARTNER, *answered["files"], "--out",
                 out, "--pdf")
    assert result.returncode == 0, result.stderr
    report = os.path.join(str(folder), f"{PARTNER} perception gap {QUARTER}.ods")
    return {"result": result, "out": out, "report": report}


def test_make_names_each_file_by_side_and_fills_the_ids(office, answered):
    doc = office.open(answered["files"][4], ReadOnly=True)
    try:
        sheet = doc.Sheets.getByIndex(0)
        assert sheet.isProtected()
        assert sheet.getCellRangeByName("C4").getString() == PARTNER
        assert sheet.getCellRangeByName("C5").getString() == QUARTER
        assert sheet.getCellRangeByName("C6").getString() == "partner"
        assert sheet.getCellRangeByName("B40").getString() == GOALS[0]
        assert sheet.getCellRangeByName("B40").getPropertyValue("CellProtection").IsLocked
        assert not sheet.getCellRangeByName("B42").getPropertyValue("CellProtection").IsLocked
        hidden = doc.Sheets.getByName("Survey")
        assert not hidden.IsVisible
        values = [hidden.getCellRangeByName(f"B{r}").getString() for r in range(2, 7)]
        assert values[1:] == ["theirs-2", "theirs", PARTNER, QUARTER]
        assert len(values[0]) == 16
    finally:
        doc.close(True)


def test_make_never_overwrites(answered):
    before = sha256(answered["files"][0])
    result = run("survey", "make", SAMPLE, "--partner", PARTNER, "--ours", "1", "--theirs", "1",
                 "--out", str(answered["folder"]))
    assert result.returncode == 5
    assert "ours 1.ods" in result.stderr
    assert sha256(answered["files"][0]) == before


def test_make_refuses_a_partner_the_portfolio_does_not_list(tmp_path):
    result = run("survey", "make", SAMPLE, "--partner", "Nobody Ltd", "--ours", "1", "--theirs",
                 "1", "--out", str(tmp_path))
    assert result.returncode == 4 and "Nobody Ltd" in result.stderr
    assert os.listdir(tmp_path) == []


def test_merge_writes_the_metrics_into_the_partners_row(office, answered, merged):
    want = expected()
    row = portfolio_row(office, merged["out"])
    assert row["Trust"] == pytest.approx(want["trust"], abs=1e-9)
    assert row["Trust gap"] == pytest.approx(want["trust_gap"], abs=1e-9)
    assert row["Goal alignment"] == pytest.approx(want["goal_alignment"], abs=1e-9)
    assert want["trust_gap"] >= 1
    assert sha256(SAMPLE) == answered["sample"]
    other = portfolio_row(office, merged["out"], "Bluefin Analytics")
    assert other == portfolio_row(office, SAMPLE, "Bluefin Analytics")
    said = merged["result"].stdout
    assert f"trust {want['trust']:.2f}" in said and "(3 ours, 3 partner)" in said


def test_score_and_check_show_the_trust_perception_gap(merged):
    result = run("score", merged["out"], "--json")
    assert result.returncode == 0, result.stderr
    partner = [p for p in json.loads(result.stdout) if p["partner"] == PARTNER][0]
    assert "Trust perception gap" in partner["warnings"]
    assert run("check", merged["out"]).returncode == 0


def report_rows(doc):
    sheet = doc.Sheets.getByIndex(0)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    return sheet.getCellRangeByPosition(0, 0, 7, end.EndRow).getDataArray()


def test_report_shows_both_sides_means_the_gaps_and_the_chart(office, merged):
    want = expected()
    doc = office.open(merged["report"], ReadOnly=True)
    try:
        doc.calculateAll()
        assert error_cells(doc) == []
        sheet = doc.Sheets.getByIndex(0)
        assert sheet.Name == "Perception gap"
        assert sheet.getCharts().getCount() == 1
        chart = sheet.getCharts().getByIndex(0).getEmbeddedObject()
        assert chart.getDiagram().getDiagramType() == "com.sun.star.chart.NetDiagram"
        # Anchored to a cell (stored inside it), so the chart moves with the rows
        # above it when the report is edited.
        with zipfile.ZipFile(merged["report"]) as z:
            content = z.read("content.xml").decode("utf-8")
        assert len(re.findall(r"<draw:frame ", content)) == 1
        assert re.search(r"<table:table-cell[^>]*>\s*<draw:frame ", content)
        assert "<table:shapes>" not in content  # where a shape anchored to the page goes
        rows = report_rows(doc)
        labels = {row[0]: row[1] for row in rows}
        assert labels["Trust (mean of both sides, 1-5)"] == pytest.approx(want["trust"], abs=1e-9)
        assert labels["Trust gap (0-4; W11 from 1)"] == pytest.approx(want["trust_gap"], abs=1e-9)
        assert labels["Goal alignment (0-1)"] == pytest.approx(want["goal_alignment"], abs=1e-9)
        # Each item's last row is its section's: both means and the gap.
        comments = [r for r, row in enumerate(rows) if row[0].startswith("Comments, grouped")][0]
        by_statement = {}
        for row in rows[:comments]:
            by_statement[row[0]] = row
        source = office.open(survey_file_of(merged), ReadOnly=True)
        try:
            form = source.Sheets.getByIndex(0)
            statements = [form.getCellRangeByName(f"B{r}").getString() for r in ROWS]
        finally:
            source.close(True)
        for item in range(22 + len(GOALS)):
            row = by_statement[statements[item]]
            ours, partner = want["means"]["ours", item], want["means"]["partner", item]
            assert row[1] == pytest.approx(ours, abs=1e-9)
            assert row[4] == pytest.approx(partner, abs=1e-9)
            assert row[7] == pytest.approx(ours - partner, abs=1e-9)
        # The five largest gaps come first, largest first.
        first = [r for r, row in enumerate(rows) if row[0] == "The five largest gaps"][0]
        gaps = [rows[first + 2 + i][7] for i in range(5)]
        assert gaps == sorted(gaps, key=abs, reverse=True)
        assert abs(gaps[0]) == pytest.approx(max(
            abs(want["means"]["ours", i] - want["means"]["partner", i])
            for i in range(22 + len(GOALS))), abs=1e-9)
        # Comments by side, without names, text kept as text.
        texts = [row[1] for row in rows]
        assert "=1+1 is what they call a plan" in texts
        assert "We never saw the target account list." in texts
        assert "Alliance manager" not in [c for row in rows for c in row]
    finally:
        doc.close(True)


def survey_file_of(merged):
    return survey_file(os.path.dirname(merged["out"]), "ours", 1)


def test_report_pdf_is_written(merged):
    pdf = merged["report"][:-4] + ".pdf"
    assert os.path.getsize(pdf) > 10000
    with open(pdf, "rb") as f:
        assert f.read(5) == b"%PDF-"


def test_in_place_keeps_a_backup_and_replaces_the_workbook(office, answered, tmp_path):
    workbook = str(tmp_path / "portfolio.ods")
    shutil.copy2(SAMPLE, workbook)
    before = sha256(workbook)
    result = run("survey", "merge", workbook, "--partner", PARTNER, *answered["files"],
                 "--in-place", "--report", str(tmp_path / "report.ods"))
    assert result.returncode == 0, result.stderr
    backup = str(tmp_path / f"portfolio.before-health-check-{QUARTER}.ods")
    assert sha256(backup) == before
    assert portfolio_row(office, workbook)["Trust gap"] == pytest.approx(
        expected()["trust_gap"], abs=1e-9)
    assert sorted(os.listdir(tmp_path)) == sorted(
        ["portfolio.ods", os.path.basename(backup), "report.ods"])


# Bad answer files: each refused with its file named, nothing written.

@pytest.fixture(scope="module")
def bad_files(office, answered, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    files = {}
    # A rating of 7, typed past the cell's rule (a paste does that).
    files["rating"] = str(folder / "seven.ods")
    shutil.copy2(answered["files"][0], files["rating"])
    fill(office, files["rating"], "ours", 0, lambda side, r, item: 7 if item == 3 else 4)
    # The same respondent's workbook returned again under another name.
    files["twice"] = str(folder / "ours 1 again.ods")
    shutil.copy2(answered["files"][0], files["twice"])
    # Another partner's survey, and another survey of this partner.
    other = folder / "other"
    make(other, partner="Bluefin Analytics")
    files["partner"] = survey_file(other, "ours", 1, partner="Bluefin Analytics")
    again = folder / "again"
    make(again)
    files["survey"] = survey_file(again, "ours", 1)
    # A damaged file, and a workbook that is no health check.
    files["damaged"] = str(folder / "damaged.ods")
    with open(answered["files"][1], "rb") as f:
        data = f.read()
    with open(files["damaged"], "wb") as f:
        f.write(data[:len(data) // 3])
    files["foreign"] = str(folder / "foreign.ods")
    shutil.copy2(SAMPLE, files["foreign"])
    return files


@pytest.mark.parametrize("kind, says", [
    ("rating", "'Health check'!C15: holds 7, but a rating must be a whole number from 1 to 5"),
    ("twice", "Survey!B3: the answers of a respondent already returned in"),
    ("partner", "Survey!B5: a health check of another partner: Bluefin Analytics"),
    ("survey", "Survey!B2: another health check of this partner"),
    ("damaged", ""),
    ("foreign", "not a health check workbook"),
])
def test_a_bad_answer_file_is_refused_and_nothing_is_written(answered, bad_files, tmp_path, kind,
                                                            says):
    workbook = str(tmp_path / "portfolio.ods")
    shutil.copy2(SAMPLE, workbook)
    before = sha256(workbook)
    bad = bad_files[kind]
    result = run("survey", "merge", workbook, "--partner", PARTNER, *answered["files"], bad,
                 "--in-place")
    assert result.returncode == 1, result.stderr
    refused = [line for line in result.stderr.splitlines() if "refused:" in line]
    assert len(refused) == 1 and bad in refused[0], result.stderr
    assert says in refused[0]
    assert "nothing was written" in result.stderr
    assert sha256(workbook) == before
    assert os.listdir(tmp_path) == ["portfolio.ods"]


def test_the_same_file_twice_is_refused(answered, tmp_path):
    out = str(tmp_path / "merged.ods")
    result = run("survey", "merge", SAMPLE, "--partner", PARTNER, *answered["files"],
                 answered["files"][2], "--out", out)
    assert result.returncode == 1
    assert "already returned in" in result.stderr and answered["files"][2] in result.stderr
    assert os.listdir(tmp_path) == []


def test_partial_merges_the_others(office, answered, bad_files, tmp_path):
    out = str(tmp_path / "merged.ods")
    result = run("survey", "merge", SAMPLE, "--partner", PARTNER, *answered["files"],
                 bad_files["rating"], bad_files["partner"], "--out", out, "--partial")
    assert result.returncode == 1
    assert result.stderr.count("refused:") == 2
    assert portfolio_row(office, out)["Trust"] == pytest.approx(expected()["trust"], abs=1e-9)


def test_fewer_than_three_on_a_side_is_merged_and_said(office, answered, tmp_path):
    out = str(tmp_path / "merged.ods")
    report = str(tmp_path / "report.ods")
    files = answered["files"][:3] + answered["files"][3:5]
    result = run("survey", "merge", SAMPLE, "--partner", PARTNER, *files, "--out", out,
                 "--report", report)
    assert result.returncode == 0, result.stderr
    assert "partner's side" in result.stdout
    doc = office.open(report, ReadOnly=True)
    try:
        texts = [row[0] for row in report_rows(doc)]
        assert any(t.startswith("Partner side: fewer than three people answered") for t in texts)
        assert not any(t.startswith("Our side: fewer") for t in texts)
    finally:
        doc.close(True)


# German.

def test_german_survey_and_report(office, tmp_path):
    result = run("survey", "make", SAMPLE, "--partner", PARTNER, "--ours", "3", "--theirs", "3",
                 "--out", str(tmp_path), "--language", "de")
    assert result.returncode == 0, result.stderr
    files = sorted(glob.glob(str(tmp_path / "*.ods")))
    names = [os.path.basename(f) for f in files]
    assert names == [f"{PARTNER} health check {QUARTER} - {side} {n}.ods"
                     for side in ["Partner", "wir"] for n in (1, 2, 3)]
    doc = office.open(files[0], ReadOnly=True)
    try:
        sheet = doc.Sheets.getByIndex(0)
        assert sheet.Name == "Gesundheitscheck"
        assert sheet.getCellRangeByName("A1").getString() == "Allianz-Gesundheitscheck"
        assert sheet.getCellRangeByName("C6").getString() == "Partner"
    finally:
        doc.close(True)
    for path in files:
        side = "ours" if " - wir " in path else "partner"
        fill(office, path, side, int(path[-5]) - 1)
    out = str(tmp_path / "merged.ods")
    result = run("survey", "merge", SAMPLE, "--partner", PARTNER, *files, "--out", out, "--pdf")
    assert result.returncode == 0, result.stderr
    report = str(tmp_path / f"{PARTNER} perception gap {QUARTER}.ods")
    doc = office.open(report, ReadOnly=True)
    try:
        assert error_cells(doc) == []
        sheet = doc.Sheets.getByIndex(0)
        assert sheet.Name == "Wahrnehmungslücke"
        assert sheet.getCharts().getCount() == 1
        labels = {row[0]: row[1] for row in report_rows(doc)}
        assert labels["Vertrauenslücke (0-4; W11 ab 1)"] == pytest.approx(
            expected()["trust_gap"], abs=1e-9)
    finally:
        doc.close(True)
    assert os.path.isfile(report[:-4] + ".pdf")


def make_for_list(listing, out):
    """survey make for the sample's partner and the respondents in `listing`."""
    return run("survey", "make", SAMPLE, "--partner", PARTNER, "--respondents", str(listing),
               "--out", str(out))


def test_a_respondents_list_names_who_gets_which_file(tmp_path):
    listing = tmp_path / "respondents.csv"
    listing.write_text("name;e-mail;side\nAnna Berg;anna@example.com;ours\n"
                       "\"Lee; Chris\";chris@example.org;theirs\nSam Roe;sam@example.org;partner\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    result = make_for_list(listing, out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        survey_file(out, "ours", 1) + "  -> Anna Berg <anna@example.com>",
        survey_file(out, "partner", 1) + "  -> Lee; Chris <chris@example.org>",
        survey_file(out, "partner", 2) + "  -> Sam Roe <sam@example.org>",
    ]
    for path in glob.glob(str(out / "*.ods")):  # no name inside a workbook
        with zipfile.ZipFile(path) as z:
            data = b"".join(z.read(n) for n in z.namelist())
        assert b"Anna" not in data and b"Chris" not in data


def respondents_workbook(office, path, sheets, filter_name="calc8"):
    """A respondents list kept as a workbook: {sheet name: rows}, in that order."""
    doc = office.new_calc()
    try:
        for index, (name, rows) in enumerate(sheets.items()):
            if index == 0:
                sheet = doc.Sheets.getByIndex(0)
                sheet.Name = name
            else:
                doc.Sheets.insertNewByName(name, index)
                sheet = doc.Sheets.getByName(name)
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    sheet.getCellByPosition(c, r).setString(text)
        doc.storeToURL(file_url(str(path)), props(FilterName=filter_name))
    finally:
        doc.close(True)


@pytest.mark.parametrize("kind, filter_name", [("ods", "calc8"),
                                               ("xlsx", "Calc MS Excel 2007 XML")])
def test_a_respondents_list_kept_as_a_workbook(office, tmp_path, kind, filter_name):
    # The sheet "Respondents" among others, its columns in an order of its own, a
    # name that is not Latin, and a formula-like name that stays text.
    listing = tmp_path / f"people.{kind}"
    respondents_workbook(office, listing, {
        "Notes": [["Sent by", "the alliance team"]],
        "Respondents": [["Side", "Name", "E-mail"],
                        ["ours", "Анна Берг", "anna@example.com"],
                        ["partner", "=1+1", "chris@example.org"],
                        [],
                        ["ours", "李明", "li@example.cn"]]})
    out = tmp_path / "out"
    result = make_for_list(listing, out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        survey_file(out, "ours", 1) + "  -> Анна Берг <anna@example.com>",
        survey_file(out, "partner", 1) + "  -> =1+1 <chris@example.org>",
        survey_file(out, "ours", 2) + "  -> 李明 <li@example.cn>",
    ]


def test_a_respondents_list_with_a_wrong_side_names_the_cell_and_makes_nothing(office, tmp_path):
    listing = tmp_path / "people.ods"
    respondents_workbook(office, listing, {"People": [["Name", "E-mail", "Side"],
                                                      ["Anna Berg", "anna@example.com", "ours"],
                                                      ["Lee Chris", "lee@example.org", "both"]]})
    out = tmp_path / "out"
    result = make_for_list(listing, out)
    assert result.returncode == 4, result.stderr
    assert f"{listing}: People!C3: the side is the text \"both\", not ours or theirs" \
        in result.stderr, result.stderr
    assert not os.path.exists(out) or os.listdir(out) == []
