"""alliancecalc check and overlap against a real headless office: the findings
of check name the sheet, the cell and the partner, and the workbook is never
changed; overlap reads .ods, .xlsx and UTF-8 .csv lists; every exit code."""

import hashlib
import json
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "integration"))
from office import file_url, props  # noqa: E402

BINARY = os.environ.get("ALLIANCECALC", "")
PROFILE = os.environ.get("ALLIANCE_TEST_PROFILE", "")
SAMPLE = os.path.normpath(os.path.join(HERE, "..", "..", "examples", "sample-portfolio.ods"))

HEADER = ["Partner", "Map elements", "Exec signoff", "Goal alignment", "Revenue target",
          "Revenue actual", "Pipeline", "Resources committed", "Resources actual",
          "Exec sponsor", "Sales sponsor", "Manager changes", "Trust", "JBP",
          "Days since QBR", "Exit plan", "Account conflicts", "Previous health", "Quarters red"]
HEALTHY = [10, "yes", 0.9, 500, 450, 200, 4, 4, "yes", "yes", 0, 4.6, "yes", 30, "yes", 0, 80, 0]
PARTNERS = ["Northwind Systems", "Bluefin Analytics", "Kestrel Data Ltd"]  # rows 5, 6, 7


def setup_module():
    if not os.access(BINARY, os.X_OK) or not os.path.isdir(PROFILE):
        pytest.exit("ALLIANCECALC and ALLIANCE_TEST_PROFILE must be set; run through ctest",
                    returncode=2)


def run(*args, profile=True):
    environment = {k: v for k, v in os.environ.items() if k != "ALLIANCECALC_PROFILE"}
    extra = ["--profile", PROFILE] if profile else []
    return subprocess.run([BINARY, *args, *extra], capture_output=True, text=True,
                          env=environment, timeout=300, check=False)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def put(cell, value):
    if value is None or value == "":
        return
    if isinstance(value, str):
        cell.setString(value)
    else:
        cell.setValue(value)


def fill(sheet, rows, top=0):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            put(sheet.getCellByPosition(c, top + r), value)


def make_portfolio(office, path, partners, history=True):
    """The layout of the partner portfolio template: the header in row 4."""
    doc = office.new_calc()
    sheets = doc.Sheets
    portfolio = sheets.getByIndex(0)
    portfolio.setName("Portfolio")
    portfolio.getCellByPosition(0, 0).setString("Partner portfolio")
    fill(portfolio, [HEADER] + [[name] + metrics for name, metrics in partners], top=3)
    if history:
        sheets.insertNewByName("History", 1)
        fill(sheets.getByName("History"), [
            ["Quarter", "Partner", "Health"],
            ["2026-Q3", "Northwind Systems", 90],
            ["2026-Q3", "Bluefin Analytics", 72.5],
        ])
    sheets.insertNewByName("Plan", 2)
    fill(sheets.getByName("Plan"), [["Partner", "Milestone", "Owner"],
                                    ["Northwind Systems", "Joint webinar", "Ana"]])
    sheets.insertNewByName("Settings", 3)
    fill(sheets.getByName("Settings"), [["Current quarter", "2026-Q4"]])
    doc.storeToURL(file_url(path), props(FilterName="calc8"))
    doc.close(True)


@pytest.fixture(scope="module")
def workbooks(office, tmp_path_factory):
    folder = tmp_path_factory.mktemp("check")
    good = str(folder / "good.ods")
    make_portfolio(office, good, [(name, HEALTHY) for name in PARTNERS])
    bad = str(folder / "bad.ods")
    kestrel = HEALTHY[:3] + [0] + HEALTHY[4:]  # revenue_target 0, in E7
    make_portfolio(office, bad, [("Northwind Systems", HEALTHY), ("Bluefin Analytics", HEALTHY),
                                 ("Kestrel Data Ltd", kestrel), ("northwind systems", HEALTHY)],
                   history=False)
    return {"good": good, "bad": bad, "folder": folder}


# check

def test_check_a_good_portfolio_exits_0(workbooks):
    before = sha256(workbooks["good"])
    result = run("check", workbooks["good"])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == workbooks["good"] + ": 0 errors, 0 warnings."
    # A version-1 portfolio: the three optional metrics of version 2 have no column.
    assert lines[-2].startswith("Portfolio!A4: 3 partner rows below the header; 16 of the 19 "
                                "contract metrics recognised: B map_elements, C exec_signoff")
    assert sha256(workbooks["good"]) == before


def test_check_json_of_a_good_portfolio_is_empty(workbooks):
    result = run("check", workbooks["good"], "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_check_names_the_cell_and_the_partner(workbooks):
    before = sha256(workbooks["bad"])
    result = run("check", workbooks["bad"])
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert ("Portfolio!E7: error: Kestrel Data Ltd: revenue_target is 0 but must be a number "
            "greater than 0.") in lines
    duplicate = [line for line in lines if line.startswith("Portfolio!A8: error: ")]
    assert len(duplicate) == 1 and "northwind systems" in duplicate[0], lines
    assert "listed twice, in A5 and A8" in duplicate[0]
    assert any(line.startswith("History: error: ") and "no History sheet" in line
               for line in lines), lines
    assert lines[-1] == workbooks["bad"] + ": 3 errors, 0 warnings."
    assert sha256(workbooks["bad"]) == before  # checking never changes the workbook


def test_check_json_lists_each_finding(workbooks):
    result = run("check", workbooks["bad"], "--json")
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)
    for f in findings:
        assert set(f) == {"severity", "sheet", "cell", "message"}
        assert f["severity"] in ("error", "warning")
    places = [(f["severity"], f["sheet"], f["cell"]) for f in findings]
    assert places == [("error", "Portfolio", "E7"), ("error", "Portfolio", "A8"),
                      ("error", "History", "")]
    assert findings[0]["message"].startswith("Kestrel Data Ltd: revenue_target is 0")


def test_check_reports_warnings_but_exits_0(office, tmp_path):
    path = str(tmp_path / "warnings.ods")
    few = HEALTHY[:5] + [""] + HEALTHY[6:]  # pipeline left empty: fine
    make_portfolio(office, path, [("Northwind Systems", few)])
    doc = office.open(path)
    try:  # a misspelt pipeline heading: ignored, so pipeline has no column
        doc.Sheets.getByName("Portfolio").getCellRangeByName("G4").setString("Pipline")
        doc.Sheets.getByName("Settings").getCellRangeByName("B1").setString("")
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
    finally:
        doc.close(True)
    result = run("check", path, "--json")
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)
    assert [(f["severity"], f["sheet"], f["cell"]) for f in findings] == [
        ("warning", "Portfolio", "4:4"), ("warning", "Settings", "B1")]
    assert "have no column: pipeline;" in findings[0]["message"] or \
        "has no column: pipeline;" in findings[0]["message"]


def test_check_the_sample_portfolio_has_no_errors():
    result = run("check", SAMPLE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ": 0 errors, " in result.stdout.splitlines()[-1]


def test_check_without_a_portfolio_sheet_exits_4(tmp_path):
    workbook = tmp_path / "no-header.csv"
    workbook.write_text("Name,Trust\nAcme,4\n")
    result = run("check", str(workbook))
    assert result.returncode == 4, result.stderr
    assert '"Partner"' in result.stderr and str(workbook) in result.stderr
    assert result.stdout == ""


def test_check_a_missing_workbook_exits_4(tmp_path):
    missing = tmp_path / "absent.ods"
    result = run("check", str(missing))
    assert result.returncode == 4
    assert str(missing) in result.stderr


def test_check_usage_errors_exit_2(workbooks):
    result = run("check", workbooks["good"], "--frobnicate")
    assert result.returncode == 2 and "--frobnicate" in result.stderr
    assert result.stdout == ""
    result = run("check")
    assert result.returncode == 2 and "WORKBOOK" in result.stderr


# overlap

OURS = [["Company", "Owner"],
        ["Société Générale S.A.", "Ana"],
        ["The Coca-Cola Company", "Ben"],
        ["Globex Corporation", "Ana"],
        ["AB Volvo", "Carla"],
        ["coca cola", "Ben"],        # the same account again: counted and listed once
        ["jane@gmail.com", "Dan"],   # free mail: no key
        ["Initech", "Ana"]]
# theirs: the list in column B, headed "company"
THEIRS = [["ID", "company"],
          [1, "Volvo Cars"],          # a different key from "AB Volvo"
          [2, "Initech LLC"],
          [3, "coca-cola"],
          [4, "SOCIETE GENERALE"],
          [5, "Umbrella"]]
THEIRS_CSV = ("Company,Region\n"
              "societe generale,EMEA\n"
              "\"Volvo, AB\",EMEA\n"
              "Nestlé S.A.,EMEA\n"
              "www.coca-cola.com,US\n")


def save(office, path, rows, filter_name):
    doc = office.new_calc()
    fill(doc.Sheets.getByIndex(0), rows)
    doc.storeToURL(file_url(path), props(FilterName=filter_name))
    doc.close(True)


@pytest.fixture(scope="module")
def lists(office, tmp_path_factory):
    folder = tmp_path_factory.mktemp("overlap")
    paths = {"ours": str(folder / "ours.ods"), "theirs": str(folder / "theirs.xlsx"),
             "csv": str(folder / "theirs.csv"), "ours_csv": str(folder / "ours.csv")}
    save(office, paths["ours"], OURS, "calc8")
    save(office, paths["theirs"], THEIRS, "Calc MS Excel 2007 XML")
    with open(paths["csv"], "w", encoding="utf-8") as f:
        f.write(THEIRS_CSV)
    with open(paths["ours_csv"], "w", encoding="utf-8") as f:
        f.write("Account\nNestlé Deutschland AG\nSociété Générale S.A.\nÅkerö Bygg AB\n")
    return paths


def test_overlap_ods_and_xlsx_by_column(lists):
    result = run("overlap", lists["ours"], lists["theirs"], "--column", "COMPANY", "--list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # ours' order, as written there, the first of "The Coca-Cola Company" and "coca cola" only
    assert lines[:-1] == ["Société Générale S.A.", "The Coca-Cola Company", "Initech"]
    assert lines[-1] == "3 shared accounts (ours: 7 entries, theirs: 5 entries)"


def test_overlap_json(lists):
    result = run("overlap", lists["ours"], lists["theirs"], "--column", "company", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "ours": 7, "theirs": 5, "shared": 3,
        "accounts": ["Société Générale S.A.", "The Coca-Cola Company", "Initech"]}


def test_overlap_utf8_csv_without_column(lists):
    # The first column of each; the "Company" headings are skipped, not matched.
    result = run("overlap", lists["ours"], lists["csv"], "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "ours": 7, "theirs": 4, "shared": 3,
        "accounts": ["Société Générale S.A.", "The Coca-Cola Company", "AB Volvo"]}


def test_overlap_csv_accents_survive(lists):
    result = run("overlap", lists["ours_csv"], lists["csv"], "--list")
    assert result.returncode == 0, result.stderr
    # Nestlé S.A. and Nestlé Deutschland AG are different accounts
    assert result.stdout.splitlines() == ["Société Générale S.A.",
                                          "1 shared account (ours: 3 entries, theirs: 4 entries)"]


def test_overlap_german_csv_with_semicolons_in_windows_1252(lists, tmp_path):
    """A list as a German spreadsheet on Windows saves it: semicolons (the comma is
    the decimal mark), Windows-1252, a heading "Kunde"."""
    german = tmp_path / "kunden.csv"
    german.write_bytes("Kunde;Umsatz\nSociété Générale S.A.;1,5\nMüller GmbH;2,0\n"
                       .encode("cp1252"))
    ours = tmp_path / "ours.csv"
    ours.write_text("Account\nMüller GmbH\nSociete Generale\nGlobex\n", encoding="utf-8")
    result = run("overlap", str(ours), str(german), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "ours": 3, "theirs": 2, "shared": 2, "accounts": ["Müller GmbH", "Societe Generale"]}


def test_overlap_csv_longer_than_a_sheet_is_refused_not_cut(tmp_path):
    """The office's import would keep the first 1,048,576 rows and lose the rest
    without a word: the tool says so instead (and never starts loading it)."""
    big = tmp_path / "big.csv"
    with open(big, "w", encoding="utf-8") as f:
        f.write("Account\n")
        f.write("".join(f"Company {i}\n" for i in range(1_048_576)))
    ours = tmp_path / "ours.csv"
    ours.write_text("Account\nCompany 1048575\n", encoding="utf-8")
    result = run("overlap", str(ours), str(big))
    assert result.returncode == 4, result.stderr
    assert "1048577 rows" in result.stderr and "1048576" in result.stderr
    assert str(big) in result.stderr and result.stdout == ""


def test_overlap_without_list_prints_the_count_only(lists):
    result = run("overlap", lists["csv"], lists["ours"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == "3 shared accounts (ours: 4 entries, theirs: 7 entries)\n"


def test_overlap_missing_file_exits_4(lists, tmp_path):
    missing = str(tmp_path / "nobody.xlsx")
    result = run("overlap", lists["ours"], missing)
    assert result.returncode == 4
    assert missing in result.stderr and result.stdout == ""


def test_overlap_missing_column_exits_4(lists):
    result = run("overlap", lists["ours"], lists["theirs"], "--column", "Owner")
    assert result.returncode == 4
    assert '"Owner"' in result.stderr and lists["theirs"] in result.stderr
    assert '"company"' in result.stderr  # the headings it has
    assert result.stdout == ""


def test_overlap_error_value_in_a_list_exits_4(office, tmp_path, lists):
    path = str(tmp_path / "broken.ods")
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    sheet.getCellByPosition(0, 0).setString("Acme")
    sheet.getCellByPosition(0, 1).setFormula("=1/0")
    doc.storeToURL(file_url(path), props(FilterName="calc8"))
    doc.close(True)
    result = run("overlap", path, lists["ours"])
    assert result.returncode == 4
    assert "error value" in result.stderr


def test_overlap_usage_errors_exit_2(lists):
    result = run("overlap", lists["ours"], lists["theirs"], "--frobnicate")
    assert result.returncode == 2 and "--frobnicate" in result.stderr
    result = run("overlap", lists["ours"])
    assert result.returncode == 2 and "OURS and THEIRS" in result.stderr
    result = run("overlap", lists["ours"], lists["theirs"], lists["csv"])
    assert result.returncode == 2


def test_help_lists_both_commands_with_exit_codes():
    top = run("--help", profile=False)
    assert top.returncode == 0
    assert "  check " in top.stdout and "  overlap " in top.stdout
    for command in ("check", "overlap"):
        result = run(command, "--help", profile=False)
        assert result.returncode == 0
        assert "Exit codes: 0 " in result.stdout and "--profile" in result.stdout


# A far-away cell: one value in the sheet's last cell must cost one cell, not the
# rectangle up to it (16,384 x 1,048,576 cells, which ran the office out of memory).

@pytest.mark.parametrize("far_cell", ["XFD5", "A1048576", "XFD1048576"])
def test_one_far_away_value_reads_only_what_holds_data(office, tmp_path, far_cell):
    path = str(tmp_path / "far.ods")
    make_portfolio(office, path, [(name, HEALTHY) for name in PARTNERS])
    doc = office.open(path)
    try:
        sheet = doc.Sheets.getByName("Portfolio")
        sheet.getCellRangeByName(far_cell).setString("a note far away")
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
    finally:
        doc.close(True)
    checked = run("check", path, "--json")
    # A text in the Partner column (A1048576) is a partner without metrics: a warning.
    assert checked.returncode == 0, checked.stderr
    findings = json.loads(checked.stdout)
    assert all(f["severity"] == "warning" for f in findings), findings
    scored = run("score", path, "--json")
    partners = {p["partner"]: p for p in json.loads(scored.stdout)}
    for name in PARTNERS:
        assert partners[name]["health"] is not None, scored.stdout
    # An account list with the same far-away cell: overlap reads its one column.
    theirs = str(tmp_path / "theirs.ods")
    doc = office.new_calc()
    try:
        sheet = doc.Sheets.getByIndex(0)
        fill(sheet, [["Account"], ["Northwind Systems"], ["Globex"]])
        sheet.getCellRangeByName(far_cell).setString("a note far away")
        doc.storeToURL(file_url(theirs), props(FilterName="calc8"))
    finally:
        doc.close(True)
    ours = str(tmp_path / "ours.csv")
    with open(ours, "w", encoding="utf-8") as f:
        f.write("Account\nNorthwind Systems\nAcme\n")
    overlap = run("overlap", ours, theirs, "--json")
    assert overlap.returncode == 0, overlap.stderr
    # A1048576 lies in the list's column: it is one more entry of theirs.
    shared = json.loads(overlap.stdout)
    assert shared["shared"] == 1, shared
    assert shared["theirs"] == (3 if far_cell == "A1048576" else 2), shared


def test_a_protected_portfolio_sheet_is_scored_and_checked(office, tmp_path):
    # Reading needs no write access: a sheet protected with a password is read as it is.
    path = str(tmp_path / "protected.ods")
    make_portfolio(office, path, [(name, HEALTHY) for name in PARTNERS])
    doc = office.open(path)
    try:
        doc.Sheets.getByName("Portfolio").protect("secret")
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
    finally:
        doc.close(True)
    before = sha256(path)
    scored = run("score", path, "--json")
    assert scored.returncode == 0, scored.stderr
    partners = {p["partner"]: p for p in json.loads(scored.stdout)}
    assert sorted(partners) == sorted(PARTNERS)
    assert all(p["health"] is not None for p in partners.values()), scored.stdout
    checked = run("check", path, "--json")
    assert checked.returncode == 0, checked.stderr
    assert sha256(path) == before


def test_an_error_in_a_column_that_is_no_metric_is_passed_over_everywhere(office, tmp_path):
    # A "Region" column inserted between the metric columns (the row formulas widen
    # to take it in) holding #DIV/0!: the sheet's Health, `score` and `check` all pass
    # it over, as the functions pass over a column whose heading names no metric.
    path = str(tmp_path / "region.ods")
    doc = office.open(SAMPLE)
    try:
        sheet = doc.Sheets.getByName("Portfolio")
        header = [sheet.getCellByPosition(c, 3).getString() for c in range(40)]
        trust = header.index("Trust")
        sheet.getColumns().insertByIndex(trust, 1)
        sheet.getCellByPosition(trust, 3).setString("Region")
        sheet.getCellByPosition(trust, 5).setFormula("=1/0")
        doc.calculateAll()
        header = [sheet.getCellByPosition(c, 3).getString() for c in range(40)]
        health_cell = sheet.getCellByPosition(header.index("Health"), 5)
        name = sheet.getCellByPosition(0, 5).getString()
        assert health_cell.getError() == 0, health_cell.getFormula()
        sheet_health = health_cell.getValue()
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
    finally:
        doc.close(True)
    scored = run("score", path, "--json")
    assert scored.returncode == 0, scored.stderr
    partner = {p["partner"]: p for p in json.loads(scored.stdout)}[name]
    assert partner["problem"] is None
    assert partner["health"] == pytest.approx(sheet_health, abs=1e-9)
    checked = run("check", path, "--json")
    assert checked.returncode == 0, checked.stderr
    assert not [f for f in json.loads(checked.stdout) if f["severity"] == "error"]
