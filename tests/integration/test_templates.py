"""The templates open clean in Calc with the extension (no error cell anywhere),
both as the flat ODF kept in git and as the .ots templates built into the
package; the package's templates are valid ODF templates holding the same
cells as their sources; and each template computes what it says: the account
mapping on real lists, the portfolio on a partner row and its Settings, the
scorecard on a known partner, the programme checklist on answers; the
portfolio's Open changes counts the changes on its Changes sheet left without a
response for more than 30 days, in English and German alike. The sample
portfolio follows the portfolio template."""

import datetime
import glob
import importlib.util
import os
import re
import shutil
import xml.etree.ElementTree as ElementTree
import zipfile

import pytest

FORMULA_RESULT_ERROR = 4  # com.sun.star.sheet.FormulaResult.ERROR

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TEMPLATES = sorted(glob.glob(os.path.join(ROOT, "templates", "*.fods")))
SAMPLE = os.path.join(ROOT, "examples", "sample-portfolio.ods")
OXT = os.environ.get("ALLIANCE_OXT", "")
# Where the package holds the .ots files: the English ones in one folder, each
# other language's (NAME-de.ots) in a folder of its own (see extension/Paths.xcu).
TEMPLATE_FOLDER = "templates/AllianceCalc/"
LOCALIZED_FOLDERS = {"de": "localized-templates/de/AllianceCalc/"}


def package_folder(name):
    """The package folder of a template file: by its language suffix."""
    for language, folder in LOCALIZED_FOLDERS.items():
        if os.path.splitext(name)[0].endswith("-" + language):
            return folder
    return TEMPLATE_FOLDER
TEMPLATE_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet-template"

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def packaged_templates():
    """The .ots files in the built package (empty when it is not built)."""
    if not os.path.isfile(OXT):
        return []
    with zipfile.ZipFile(OXT) as z:
        found = []
        for folder in [TEMPLATE_FOLDER, *LOCALIZED_FOLDERS.values()]:
            found += [n[len(folder):] for n in z.namelist()
                      if n.startswith(folder) and n.endswith(".ots")
                      and package_folder(n[len(folder):]) == folder]
        return sorted(found)


BUILT = packaged_templates()


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def sheet_names_of_source(path):
    """The sheet names of a flat ODF spreadsheet, read without an office."""
    root = ElementTree.parse(path).getroot()
    body = root.find("office:body/office:spreadsheet", NS)
    return [t.get("{%s}name" % NS["table"]) for t in body.findall("table:table", NS)]


def extract_built(name, tmp_path):
    """A copy of one packaged template, taken out of the .oxt."""
    target = tmp_path / name
    with zipfile.ZipFile(OXT) as z:
        target.write_bytes(z.read(package_folder(name) + name))
    return target


def new_from_template(office, name, tmp_path):
    """A new, untitled document made from a packaged template, as File > New >
    Templates makes one."""
    doc = office.open(str(extract_built(name, tmp_path)), AsTemplate=True)
    doc.calculateAll()
    return doc


def open_copy(office, path, tmp_path):
    copy = tmp_path / os.path.basename(path)
    shutil.copyfile(path, copy)
    doc = office.open(str(copy))
    doc.calculateAll()
    return doc


def error_cells(doc):
    """The addresses of every formula cell whose result is an error value."""
    found = []
    for sheet in doc.Sheets:
        ranges = sheet.queryFormulaCells(FORMULA_RESULT_ERROR)
        found += [ranges.getByIndex(i).AbsoluteName for i in range(ranges.getCount())]
    return found


def test_error_cells_are_found(calc, sheet):
    # Guards the check above: it must see an error when there is one.
    sheet.getCellRangeByName("B2").setFormula("=1/0")
    calc.calculateAll()
    assert error_cells(calc) == ["$Sheet1.$B$2"]


@pytest.mark.parametrize("path", TEMPLATES, ids=os.path.basename)
def test_every_drop_down_list_offers_its_words(path):
    # A list validation stored without entries shows an empty drop-down: ODF writes it
    # as of:cell-content-is-in-list(0). Read from the file, as the office stores it.
    with open(path, encoding="utf-8") as f:
        content = f.read()
    lists = re.findall(r'table:condition="of:cell-content-is-in-list\(([^)]*)\)"', content)
    assert all(entries not in ("", "0") for entries in lists), (path, lists)


def test_there_are_templates():
    assert any(p.endswith("account-mapping.fods") for p in TEMPLATES)


@pytest.mark.parametrize("path", TEMPLATES, ids=os.path.basename)
def test_template_opens_without_error_cells(office, path, tmp_path):
    doc = open_copy(office, path, tmp_path)
    try:
        assert error_cells(doc) == []
    finally:
        doc.close(True)


def test_account_mapping_counts_conflicts_and_hashes(office, tmp_path):
    path = [p for p in TEMPLATES if p.endswith("account-mapping.fods")][0]
    doc = open_copy(office, path, tmp_path)
    try:
        lists = doc.Sheets.getByName("Account mapping")
        columns = {
            "A": ["ACME Inc.", "Globex Corporation", "Initech LLC", "jane@gmail.com"],
            "B": ["Hooli", "Stark Industries"],
            "C": ["Acme, Incorporated", "initech.com", "Wayne Enterprises"],
            "D": ["Globex Corp.", "Hooli Inc", "Stark Industries"],
        }
        for col, names in columns.items():
            for i, name in enumerate(names):
                lists.getCellRangeByName(f"{col}{10 + i}").setString(name)
        doc.calculateAll()
        counts = [lists.getCellRangeByName(f"H{r}").getValue() for r in range(10, 14)]
        # customers x customers: acme, initech; customers x prospects: globex;
        # prospects x customers: none; prospects x prospects: hooli, stark
        assert counts == [2, 1, 0, 2]
        assert lists.getCellRangeByName("G16").getString() == "account_conflicts"
        assert lists.getCellRangeByName("H16").getValue() == 2
        flags = [lists.getCellRangeByName(f"E{r}").getString() for r in range(10, 14)]
        assert flags == ["Their customer too: conflict", "Their prospect: co-sell",
                         "Their customer too: conflict", ""]

        hashed = doc.Sheets.getByName("Hashed exchange")
        hashed.getCellRangeByName("B4").setString("agreed secret")
        for i, name in enumerate(columns["A"]):
            hashed.getCellRangeByName(f"A{10 + i}").setString(name)
        # The partner's hashes, made the same way in their own copy.
        for i, name in enumerate(columns["C"]):
            hashed.getCellRangeByName(f"G{30 + i}").setFormula(
                f'=ALLIANCE_ACCOUNT_HASH("{name}"; "agreed secret")')
        doc.calculateAll()
        for i in range(len(columns["C"])):
            value = hashed.getCellRangeByName(f"G{30 + i}").getString()
            hashed.getCellRangeByName(f"D{10 + i}").setString(value)
        doc.calculateAll()
        assert hashed.getCellRangeByName("H10").getValue() == 2
        assert len(hashed.getCellRangeByName("B10").getString()) == 64
        assert hashed.getCellRangeByName("B13").getString() == ""  # free-mail: no hash
        assert [hashed.getCellRangeByName(f"C{r}").getString() for r in range(10, 13)] == [
            "shared", "", "shared"]
    finally:
        doc.close(True)


def test_account_mapping_counts_lists_longer_than_its_filled_rows(office, tmp_path):
    # 1,500 conflicts: the counts read each list to the sheet's end, not to row 1009.
    path = [p for p in TEMPLATES if p.endswith("account-mapping.fods")][0]
    doc = open_copy(office, path, tmp_path)
    try:
        lists = doc.Sheets.getByName("Account mapping")
        names = tuple(("Account %d Ltd" % i,) for i in range(1500))
        lists.getCellRangeByName("A10:A1509").setDataArray(names)
        lists.getCellRangeByName("C10:C1509").setDataArray(names)
        lists.getCellRangeByName("D2000").setString("account 1499")  # far below the filled rows
        doc.calculateAll()
        assert lists.getCellRangeByName("H10").getValue() == 1500
        assert lists.getCellRangeByName("H11").getValue() == 1
        assert lists.getCellRangeByName("H16").getValue() == 1500
        hashed = doc.Sheets.getByName("Hashed exchange")
        assert "1,000" in hashed.getCellRangeByName("D7").getString()
        assert "1,000" in lists.getCellRangeByName("A4").getString()
    finally:
        doc.close(True)


# The templates as the package ships them.

def test_every_template_is_built_into_the_package():
    assert os.path.isfile(OXT), "ALLIANCE_OXT must name the built extension; run through ctest"
    assert BUILT == sorted(stem(p) + ".ots" for p in TEMPLATES)
    for name in ["partner-portfolio.ots", "partner-scorecard.ots", "programme-checklist.ots"]:
        assert name in BUILT


@pytest.mark.parametrize("name", BUILT)
def test_packaged_template_is_an_odf_spreadsheet_template(name, tmp_path):
    with zipfile.ZipFile(extract_built(name, tmp_path)) as z:
        first = z.infolist()[0]
        # ODF: "mimetype" comes first, stored uncompressed, with no extra field.
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert first.extra == b""
        assert z.read("mimetype") == TEMPLATE_MEDIA_TYPE.encode()
        manifest = ElementTree.fromstring(z.read("META-INF/manifest.xml"))
        entries = {e.get("{%s}full-path" % NS["manifest"]): e.get("{%s}media-type" % NS["manifest"])
                   for e in manifest.findall("manifest:file-entry", NS)}
        assert entries["/"] == TEMPLATE_MEDIA_TYPE
        for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"]:
            assert entries[part] == "text/xml"
            ElementTree.fromstring(z.read(part))  # well-formed
        assert set(entries) - {"/"} <= set(z.namelist()) | {n for n in entries if n.endswith("/")}
        title = ElementTree.fromstring(z.read("meta.xml")).find("office:meta/dc:title", NS)
        assert title is not None and title.text.strip(), "the template dialog shows this title"


@pytest.mark.parametrize("name", BUILT)
def test_packaged_template_opens_as_a_new_document_without_error_cells(office, name, tmp_path):
    doc = new_from_template(office, name, tmp_path)
    try:
        assert not doc.hasLocation(), "a template opens as a new, untitled document"
        assert error_cells(doc) == []
    finally:
        doc.close(True)


@pytest.mark.parametrize("name", BUILT)
def test_packaged_template_has_the_cells_of_its_source(office, name, tmp_path):
    source = os.path.join(ROOT, "templates", stem(name) + ".fods")
    built = new_from_template(office, name, tmp_path)
    original = open_copy(office, source, tmp_path)
    try:
        assert [s.Name for s in built.Sheets] == sheet_names_of_source(source)
        for sheet in original.Sheets:
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.getRangeAddress()
            area = (0, 0, end.EndColumn, end.EndRow)
            other = built.Sheets.getByName(sheet.Name)
            assert (other.getCellRangeByPosition(*area).getFormulaArray()
                    == sheet.getCellRangeByPosition(*area).getFormulaArray()), sheet.Name
            assert other.getCharts().getElementNames() == sheet.getCharts().getElementNames()
    finally:
        built.close(True)
        original.close(True)


def load_converter():
    spec = importlib.util.spec_from_file_location(
        "fods_to_ots", os.path.join(ROOT, "extension", "fods_to_ots.py"))
    converter = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(converter)
    return converter


def test_template_conversion_is_deterministic(tmp_path):
    converter = load_converter()
    source = os.path.join(ROOT, "templates", "programme-checklist.fods")
    converter.convert(source, str(tmp_path / "a.ots"))
    converter.convert(source, str(tmp_path / "b.ots"))
    assert (tmp_path / "a.ots").read_bytes() == (tmp_path / "b.ots").read_bytes()
    assert converter.title_from_name("partner-portfolio.fods") == "Partner portfolio"
    assert converter.title_from_name("qbr.fods") == "QBR"


def test_template_conversion_keeps_a_chart(office, tmp_path):
    # No template has a chart yet; a QBR layout may. Flat ODF holds a chart
    # inline: the template must get it as an embedded object of its own.
    from com.sun.star.awt import Rectangle
    from com.sun.star.table import CellRangeAddress
    from office import file_url, props

    doc = office.new_calc()
    try:
        sheet = doc.Sheets.getByIndex(0)
        for r, (quarter, health) in enumerate([("2026-Q1", 61), ("2026-Q2", 66), ("2026-Q3", 70)]):
            sheet.getCellByPosition(0, r).setString(quarter)
            sheet.getCellByPosition(1, r).setValue(health)
        sheet.getCharts().addNewByName("Health", Rectangle(4000, 1000, 9000, 6000),
                                       (CellRangeAddress(0, 0, 0, 1, 2),), False, False)
        doc.storeToURL(file_url(str(tmp_path / "chart.fods")),
                       props(FilterName="OpenDocument Spreadsheet Flat XML"))
    finally:
        doc.close(True)
    load_converter().convert(str(tmp_path / "chart.fods"), str(tmp_path / "chart.ots"))
    with zipfile.ZipFile(tmp_path / "chart.ots") as z:
        assert "Object 1/content.xml" in z.namelist()
    built = office.open(str(tmp_path / "chart.ots"), AsTemplate=True)
    original = office.open(str(tmp_path / "chart.fods"))
    try:
        charts = built.Sheets.getByIndex(0).getCharts()
        # The same name as when the flat file is opened: code may look a chart up by it.
        assert charts.getElementNames() == original.Sheets.getByIndex(0).getCharts(
            ).getElementNames()
        chart = charts.getByIndex(0).getEmbeddedObject()
        assert [row[-1] for row in chart.getData().getData()] == [61, 66, 70]
    finally:
        built.close(True)
        original.close(True)


# What the templates compute.

PORTFOLIO_HEADER = [
    "Partner", "Map elements", "Exec signoff", "Goal alignment", "Revenue target",
    "Revenue actual", "Pipeline", "Resources committed", "Resources actual", "Exec sponsor",
    "Sales sponsor", "Manager changes", "Trust", "JBP", "Days since QBR", "Exit plan",
    "Account conflicts", "Trust gap", "Open changes", "Quarters declining", "Previous health",
    "Quarters red", "Health", "Status", "Warning signs", "Action"]
COLUMNS = len(PORTFOLIO_HEADER)  # A..Z


def column(name):
    """The 0-based Portfolio column of a heading."""
    return PORTFOLIO_HEADER.index(name)


def letter(name):
    """The Portfolio column letter of a heading: Health is W."""
    return chr(ord("A") + column(name))


COMPUTED = PORTFOLIO_HEADER[column("Health"):]  # Health, Status, Warning signs, Action
PORTFOLIO_SHEETS = ["Portfolio", "Settings", "History", "Plan", "Changes"]
PORTFOLIO_TEMPLATES = ["partner-portfolio.ots", "partner-portfolio-de.ots"]
HISTORY_HEADER = ["Quarter", "Partner", "Health", "Status", "Strategy", "Execution",
                  "Commitment", "Trust", "Governance", "Revenue target", "Revenue actual",
                  "Pipeline"]
PLAN_HEADER = ["Partner", "Milestone", "Owner", "Due date", "Status"]
CHANGES_HEADER = ["Date logged", "Partner", "Side", "Kind", "What changed", "Response agreed on",
                  "Response"]
# Partner and the sixteen metrics (A..Q); Previous health 91 and Quarters red 0 go to U and V.
LUMEN = ["Lumen Retail Software", 10, "yes", 0.95, 250000, 260000, 80000, 2, 2, "yes", "yes", 0,
         4.8, "yes", 20, "yes", 0]
CALC_EPOCH = datetime.date(1899, 12, 30)  # day 0 of the office's dates


def row_texts(sheet, row, count):
    """The texts of the first `count` cells of a 1-based row."""
    return [sheet.getCellByPosition(c, row - 1).getString() for c in range(count)]


def put_row(sheet, row, values, first_column=0):
    for c, value in enumerate(values):
        cell = sheet.getCellByPosition(first_column + c, row - 1)
        if isinstance(value, str):
            cell.setString(value)
        else:
            cell.setValue(value)


def put_lumen(portfolio, row):
    put_row(portfolio, row, LUMEN)
    put_row(portfolio, row, [91, 0], column("Previous health"))


def days_ago(days):
    """The office's day number of the day `days` days before today."""
    return (datetime.date.today() - CALC_EPOCH).days - days


def test_portfolio_template_layout(office, tmp_path):
    doc = new_from_template(office, "partner-portfolio.ots", tmp_path)
    try:
        assert [s.Name for s in doc.Sheets] == PORTFOLIO_SHEETS
        portfolio = doc.Sheets.getByName("Portfolio")
        assert row_texts(portfolio, 4, COLUMNS + 1) == PORTFOLIO_HEADER + [""]
        assert portfolio.getCellRangeByName("A2").getString()  # guidance
        settings = doc.Sheets.getByName("Settings")
        assert [row_texts(settings, r, 2) for r in range(4, 12)] == [
            ["Strategy", "0.25"], ["Execution", "0.3"], ["Commitment", "0.2"], ["Trust", "0.15"],
            ["Governance", "0.1"], ["Green at", "70"], ["Amber at", "50"],
            ["Current quarter", "2026-Q4"]]
        assert row_texts(doc.Sheets.getByName("History"), 1, 13) == HISTORY_HEADER + [""]
        assert row_texts(doc.Sheets.getByName("Plan"), 1, 6) == PLAN_HEADER + [""]
        assert row_texts(doc.Sheets.getByName("Changes"), 1, 8) == CHANGES_HEADER + [""]
        # The drop-down lists offer their words (an empty list offers nothing).
        for sheet, cell, options in [
                ("Portfolio", "C5", '"yes";"no"'), ("Portfolio", "P54", '"yes";"no"'),
                ("Plan", "E2", '"Not started";"On track";"At risk";"Late";"Done"')]:
            validation = doc.Sheets.getByName(sheet).getCellRangeByName(cell).getPropertyValue(
                "Validation")
            assert validation.getFormula1() == options, (sheet, cell)
        # Formulas are ready on 50 rows; the empty ones show empty text. Warning
        # signs read the metrics B..T by their headings, the three new ones too;
        # Health reads the sixteen, so Open changes' TODAY() does not recalculate it.
        for row in (5, 54):
            health = portfolio.getCellRangeByName(f"W{row}").getFormula()
            assert health.startswith("=IF(") and f"(B{row}:Q{row}; B$4:Q$4;" in health
            assert f"(B{row}:T{row}; B$4:T$4)" in portfolio.getCellRangeByName(
                f"Y{row}").getFormula()
            assert portfolio.getCellRangeByName(f"Z{row}").getFormula().endswith(
                f"(W{row}; U{row}; V{row}))")
            assert portfolio.getCellRangeByName(f"S{row}").getFormula().startswith(
                f'=IF(A{row}="";"";COUNTIFS($Changes.')
            assert row_texts(portfolio, row, COLUMNS)[column("Open changes")] == ""
            assert row_texts(portfolio, row, COLUMNS)[column("Health"):] == ["", "", "", ""]
    finally:
        doc.close(True)


def test_portfolio_template_scores_a_partner_row_by_its_settings(office, tmp_path):
    doc = new_from_template(office, "partner-portfolio.ots", tmp_path)
    try:
        portfolio = doc.Sheets.getByName("Portfolio")
        put_lumen(portfolio, 5)
        doc.calculateAll()
        # Strategy (1 + 0.95)/2*100 = 97.5, execution 100, commitment 100,
        # trust 100*3.8/4 = 95, governance 100:
        # 0.25*97.5 + 0.3*100 + 0.2*100 + 0.15*95 + 0.1*100 = 98.625.
        assert portfolio.getCellRangeByName("W5").getValue() == pytest.approx(98.625, abs=1e-9)
        assert row_texts(portfolio, 5, COLUMNS)[column("Status"):] == ["Green", "", "Grow"]
        assert row_texts(portfolio, 5, COLUMNS)[column("Open changes")] == "0"
        assert row_texts(portfolio, 6, COLUMNS)[column("Health"):] == ["", "", "", ""]

        settings = doc.Sheets.getByName("Settings")
        settings.getCellRangeByName("B9").setValue(99)  # Green at 99
        doc.calculateAll()
        assert portfolio.getCellRangeByName("X5").getString() == "Amber"
        for i, weight in enumerate([1, 0, 0, 0, 0]):  # strategy only
            settings.getCellByPosition(1, 3 + i).setValue(weight)
        doc.calculateAll()
        assert portfolio.getCellRangeByName("W5").getValue() == pytest.approx(97.5, abs=1e-9)
        assert error_cells(doc) == []
    finally:
        doc.close(True)


@pytest.mark.parametrize("name", PORTFOLIO_TEMPLATES)
def test_portfolio_template_has_a_changes_sheet(office, name, tmp_path):
    # The register of the prompt feedback mechanism, after Plan, with English
    # headings and English values of Side and Kind in every language.
    doc = new_from_template(office, name, tmp_path)
    try:
        assert [s.Name for s in doc.Sheets] == PORTFOLIO_SHEETS
        changes = doc.Sheets.getByName("Changes")
        assert row_texts(changes, 1, 8) == CHANGES_HEADER + [""]
        for cell, options in [("C2", ['"ours"', '"theirs"']),
                              ("D301", ['"ownership"', '"structure"', '"people"', '"policy"',
                                        '"environment"'])]:
            validation = changes.getCellRangeByName(cell).getPropertyValue("Validation")
            assert validation.getFormula1().split(";") == options, cell
        changes.getCellRangeByName("A2").setValue(days_ago(0))
        changes.getCellRangeByName("F2").setValue(days_ago(0))
        text = changes.getCellRangeByName("A2").getString()
        assert text == datetime.date.today().isoformat()
        assert changes.getCellRangeByName("F2").getString() == text
        guidance = " ".join(changes.getCellRangeByName(f"I{r}").getString() for r in range(2, 20))
        assert "30" in guidance and "W12" in guidance
        portfolio = doc.Sheets.getByName("Portfolio")
        for heading in ["Trust gap", "Open changes", "Quarters declining"]:
            assert portfolio.getCellRangeByName(f"{letter(heading)}4").getAnnotation().getString()
    finally:
        doc.close(True)


@pytest.mark.parametrize("name", PORTFOLIO_TEMPLATES)
def test_open_changes_counts_changes_left_without_a_response(office, name, tmp_path):
    # Open: logged more than 30 days ago and no date under Response agreed on.
    doc = new_from_template(office, name, tmp_path)
    try:
        portfolio = doc.Sheets.getByName("Portfolio")
        put_lumen(portfolio, 5)
        portfolio.getCellRangeByName("A6").setString("Orbital Payments S.A.")
        changes = doc.Sheets.getByName("Changes")
        open_changes = [portfolio.getCellRangeByName(f"{letter('Open changes')}{r}")
                        for r in (5, 6, 7)]
        doc.calculateAll()
        assert [c.getString() for c in open_changes] == ["0", "0", ""]  # row 7: no partner

        rows = [  # logged, partner, response agreed on
            (days_ago(40), "Lumen Retail Software", None),  # open
            (days_ago(40), "Lumen Retail Software", days_ago(5)),  # answered
            (days_ago(10), "Lumen Retail Software", None),  # too recent to be open
            (days_ago(30), "Lumen Retail Software", None),  # 30 days: not more than 30
            (days_ago(90), "Orbital Payments S.A.", days_ago(60)),  # answered long ago
        ]
        for r, (logged, partner, agreed) in enumerate(rows, start=2):
            changes.getCellRangeByName(f"A{r}").setValue(logged)
            changes.getCellRangeByName(f"B{r}").setString(partner)
            changes.getCellRangeByName(f"C{r}").setString("theirs")
            changes.getCellRangeByName(f"D{r}").setString("structure")
            changes.getCellRangeByName(f"E{r}").setString("The channel team was reorganised.")
            if agreed is not None:
                changes.getCellRangeByName(f"F{r}").setValue(agreed)
        doc.calculateAll()
        assert [c.getString() for c in open_changes] == ["1", "0", ""]
        assert open_changes[0].getValue() == 1

        changes.getCellRangeByName("B6").setString("orbital payments s.a.")  # any letter case
        changes.getCellRangeByName("F6").setString("")
        changes.getCellRangeByName("F3").setString("pending")  # a word is not a date
        doc.calculateAll()
        assert [c.getValue() for c in open_changes[:2]] == [2, 1]

        changes.getCellRangeByName("F2").setValue(days_ago(0))  # a response is agreed
        changes.getCellRangeByName("F3").setValue(days_ago(0))
        doc.calculateAll()
        assert [c.getValue() for c in open_changes[:2]] == [0, 1]
        assert error_cells(doc) == []
    finally:
        doc.close(True)


def test_german_portfolio_template_has_the_cells_of_the_english(office, tmp_path):
    # The same headings, formulas, sheets and register; only texts for people differ.
    english = new_from_template(office, "partner-portfolio.ots", tmp_path)
    german = new_from_template(office, "partner-portfolio-de.ots", tmp_path)
    try:
        assert [s.Name for s in german.Sheets] == [s.Name for s in english.Sheets]
        for sheet, area in [("Portfolio", "A4:Z54"), ("History", "A1:L1"), ("Plan", "A1:E1"),
                            ("Changes", "A1:G301"), ("Settings", "B4:B11")]:
            assert (german.Sheets.getByName(sheet).getCellRangeByName(area).getFormulaArray()
                    == english.Sheets.getByName(sheet).getCellRangeByName(area)
                    .getFormulaArray()), sheet
        assert (german.Sheets.getByName("Portfolio").getCellRangeByName("A2").getString()
                != english.Sheets.getByName("Portfolio").getCellRangeByName("A2").getString())
        assert (german.Sheets.getByName("Changes").getCellRangeByName("I2").getString()
                != english.Sheets.getByName("Changes").getCellRangeByName("I2").getString())
    finally:
        english.close(True)
        german.close(True)


def fill_scorecard(doc):
    """A known partner, typed in as an alliance manager would."""
    strategic_map = doc.Sheets.getByName("Strategic map")
    for row in range(5, 15):  # all ten elements documented, by our view
        strategic_map.getCellRangeByName(f"C{row}").setString("yes")
        strategic_map.getCellRangeByName(f"D{row}").setString("yes" if row < 14 else "no")
    for cell, value in [("C18", "Ann Ortiz"), ("D18", "yes"), ("C19", "Bo Lind"), ("D19", "Yes")]:
        strategic_map.getCellRangeByName(cell).setString(value)

    trust = doc.Sheets.getByName("Trust")
    for i in range(12):
        trust.getCellByPosition(2, 4 + i).setValue(4)  # ours: all 4
        trust.getCellByPosition(3, 4 + i).setValue(5 if i < 6 else 4)  # theirs: six 5s, six 4s

    goals = doc.Sheets.getByName("Goals")
    for i, (goal, ours, theirs) in enumerate([("Partner-sourced revenue", 5, 5),
                                              ("New logos in target accounts", 4, 3),
                                              ("Joint solution launched", 3, 3),
                                              ("Credibility in healthcare", 5, 4)]):
        goals.getCellByPosition(1, 4 + i).setString(goal)
        goals.getCellByPosition(2, 4 + i).setValue(ours)
        goals.getCellByPosition(3, 4 + i).setValue(theirs)

    scorecard = doc.Sheets.getByName("Scorecard")
    typed = {"Revenue target": 500000, "Revenue actual": 400000, "Pipeline": 150000,
             "Resources committed": 4, "Resources actual": 4, "Exec sponsor": "yes",
             "Sales sponsor": "yes", "Manager changes": 1, "JBP": "yes", "Days since QBR": 150,
             "Exit plan": "no", "Account conflicts": 0}
    for row in range(9, 25):
        name = scorecard.getCellRangeByName(f"A{row}").getString()
        if name in typed:
            put_row(scorecard, row, [name, typed[name]])
    scorecard.getCellRangeByName("B4").setString("Harbour Health Partners")
    scorecard.getCellRangeByName("B6").setValue(75)
    doc.calculateAll()
    return scorecard


def scorecard_results(scorecard):
    return {scorecard.getCellRangeByName(f"E{r}").getString():
            scorecard.getCellRangeByName(f"F{r}") for r in range(9, 20)}


def test_scorecard_template_computes_a_known_partner(office, tmp_path):
    doc = new_from_template(office, "partner-scorecard.ots", tmp_path)
    try:
        assert [s.Name for s in doc.Sheets] == ["Scorecard", "Strategic map", "Trust", "Goals",
                                                "Plan"]
        scorecard = fill_scorecard(doc)
        block = {scorecard.getCellRangeByName(f"A{r}").getString():
                 scorecard.getCellRangeByName(f"B{r}") for r in range(9, 25)}
        # Nine elements documented by both sides (the tenth only by us), and both signed off.
        assert block["Map elements"].getValue() == 9
        assert block["Exec signoff"].getString() == "yes"
        # Goals: gaps 0, 1, 0, 1: 1 - 0.5/4 = 0.875.
        assert block["Goal alignment"].getValue() == pytest.approx(0.875)
        # Trust: twelve 4s and six 5s with six 4s: 102/24 = 4.25.
        assert block["Trust"].getValue() == pytest.approx(4.25)

        results = scorecard_results(scorecard)
        # Strategy: mean of 9/10 and 0.875 = 88.75.
        # Execution: attainment 0.8; 100,000 left, pipeline covers 150,000/300,000 = 0.5:
        #   100 (0.6*0.8 + 0.4*0.5) = 68.
        # Commitment: 0.4*1 + 0.2*1 + 0.2*1 + 0.2*0.6 (one manager change) = 0.92: 92.
        # Trust: 100 (4.25 - 1)/4 = 81.25.
        # Governance: 0.4*1 (plan) + 0.4*0.5 (150 days since the QBR) + 0.2*0 (no exit plan): 60.
        # Health: 0.25*88.75 + 0.3*68 + 0.2*92 + 0.15*81.25 + 0.1*60 = 79.175.
        expected = 0.25 * 88.75 + 0.3 * 68 + 0.2 * 92 + 0.15 * 81.25 + 0.1 * 60
        assert expected == pytest.approx(79.175)
        assert results["Health"].getValue() == pytest.approx(expected, abs=1e-9)
        assert results["Status"].getString() == "Green"
        dimensions = {name: results[name].getValue() for name in
                      ["Strategy", "Execution", "Commitment", "Trust", "Governance"]}
        assert dimensions == pytest.approx({"Strategy": 88.75, "Execution": 68,
                                            "Commitment": 92, "Trust": 81.25, "Governance": 60})
        assert results["Warning signs"].getString() == "Governance lapsed; No exit plan"
        # Perception gap: six ratings 1 apart, six the same: 1 - 0.5/4.
        assert results["Trust perception gap"].getValue() == pytest.approx(0.875)
        assert results["Check"].getString() == "OK"
        summary = results["QBR summary"].getString()
        assert "79" in summary and "Green" in summary
        assert error_cells(doc) == []
    finally:
        doc.close(True)


def test_scorecard_template_explains_bad_input(office, tmp_path):
    doc = new_from_template(office, "partner-scorecard.ots", tmp_path)
    try:
        scorecard = doc.Sheets.getByName("Scorecard")
        trust = doc.Sheets.getByName("Trust")
        trust.getCellRangeByName("C5").setValue(4)
        scorecard.getCellRangeByName("B17").setString("maybe")  # Exec sponsor
        doc.calculateAll()
        results = scorecard_results(scorecard)
        assert results["Health"].getError() != 0
        assert "exec_sponsor" in results["Check"].getString().lower().replace(" ", "_")
    finally:
        doc.close(True)


def test_scorecard_plan_counts_milestones(office, tmp_path):
    doc = new_from_template(office, "partner-scorecard.ots", tmp_path)
    try:
        plan = doc.Sheets.getByName("Plan")
        epoch = datetime.date(1899, 12, 30)
        past = (datetime.date.today() - epoch).days - 30
        future = (datetime.date.today() - epoch).days + 30
        for i, (milestone, due, status) in enumerate([("Joint brief", past, "Done"),
                                                      ("Reference customer", past, "On track"),
                                                      ("Launch", future, "At risk")]):
            plan.getCellByPosition(0, 4 + i).setString(milestone)
            plan.getCellByPosition(2, 4 + i).setValue(due)
            plan.getCellByPosition(3, 4 + i).setString(status)
        doc.calculateAll()
        assert [plan.getCellRangeByName(f"H{r}").getValue() for r in range(5, 9)] == [3, 1, 1, 1]
    finally:
        doc.close(True)


def test_programme_checklist_scores_the_answers(office, tmp_path):
    doc = new_from_template(office, "programme-checklist.ots", tmp_path)
    try:
        sheet = doc.Sheets.getByName("Checklist")
        assert sheet.getCellRangeByName("C16").getString() == ""  # nothing answered yet
        answers = ["yes"] * 5 + ["partial"] * 2 + ["no"] * 3
        for i, answer in enumerate(answers):
            sheet.getCellRangeByName(f"C{5 + i}").setString(answer)
        doc.calculateAll()
        assert sheet.getCellRangeByName("C16").getValue() == 6  # 5 + 2 * 0.5
        assert sheet.getCellRangeByName("C17").getString() == "Defined"
        assert sheet.getCellRangeByName("C18").getString() == "10 of 10"
        for cell in ("C5", "C6"):  # an unanswered question counts 0
            sheet.getCellRangeByName(cell).setString("")
        doc.calculateAll()
        assert sheet.getCellRangeByName("C16").getValue() == 4
        assert sheet.getCellRangeByName("C17").getString() == "Developing"
        assert sheet.getCellRangeByName("C18").getString() == "8 of 10"
    finally:
        doc.close(True)


# The sample portfolio is the portfolio template, filled.

def test_sample_portfolio_follows_the_template(office, tmp_path):
    doc = open_copy(office, SAMPLE, tmp_path)
    try:
        assert [s.Name for s in doc.Sheets] == PORTFOLIO_SHEETS
        portfolio = doc.Sheets.getByName("Portfolio")
        assert row_texts(portfolio, 4, COLUMNS) == PORTFOLIO_HEADER
        settings = doc.Sheets.getByName("Settings")
        assert row_texts(settings, 11, 2) == ["Current quarter", "2026-Q4"]
        partners = {}
        for row in range(5, 17):
            texts = row_texts(portfolio, row, COLUMNS)
            partners[texts[0]] = (portfolio.getCellByPosition(column("Previous health"), row - 1),
                                  texts)
        assert len(partners) == 12 and portfolio.getCellRangeByName("A17").getString() == ""
        assert partners["Maple Ridge IT"][1][column("Action")] == "Exit review"
        assert portfolio.getCellRangeByName("W10").getValue() == pytest.approx(98.625)

        history = doc.Sheets.getByName("History")
        assert row_texts(history, 1, 12) == HISTORY_HEADER
        quarters = {}
        for row in range(2, 2 + 4 * 12):
            quarter, partner, health = row_texts(history, row, 3)
            assert history.getCellByPosition(0, row - 1).getType().value == "TEXT"
            quarters.setdefault(partner, {})[quarter] = history.getCellByPosition(2, row - 1)
        assert history.getCellRangeByName(f"A{2 + 4 * 12}").getString() == ""
        assert set(quarters) == set(partners)
        for partner, by_quarter in quarters.items():
            assert sorted(by_quarter) == ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]
            previous = partners[partner][0]
            if previous.getString():
                assert by_quarter["2026-Q3"].getValue() == previous.getValue(), partner
            # Quarters declining: the falls in a row up to 2026-Q3, the last quarter closed.
            healths = [by_quarter[q].getValue() for q in sorted(by_quarter)]
            falls = 0
            while falls < 3 and healths[-1 - falls] < healths[-2 - falls]:
                falls += 1
            declining = partners[partner][1][column("Quarters declining")]
            assert declining == (str(falls) if previous.getString() else ""), partner

        # Trust gap known for a few partners, one of them a perception gap (W11).
        gaps = {p: float(texts[column("Trust gap")]) for p, (_, texts) in partners.items()
                if texts[column("Trust gap")]}
        assert 3 <= len(gaps) < 12 and max(gaps.values()) >= 1

        plan = doc.Sheets.getByName("Plan")
        assert row_texts(plan, 1, 5) == PLAN_HEADER
        milestones = {}
        for row in range(2, 200):
            partner, milestone, owner, due, status = row_texts(plan, row, 5)
            if not partner:
                break
            assert milestone and owner and status
            assert due[:4] in ("2026", "2027")
            milestones[partner] = milestones.get(partner, 0) + 1
        assert set(milestones) == set(partners)
        assert all(2 <= n <= 4 for n in milestones.values())

        # The register: every change answered but one, which has been open for
        # more than 30 days, on a partner that is not the weakest (W12).
        changes = doc.Sheets.getByName("Changes")
        assert row_texts(changes, 1, 7) == CHANGES_HEADER
        logged = []
        for row in range(2, 300):
            date, partner, side, kind, what, agreed, response = row_texts(changes, row, 7)
            if not partner:
                break
            assert partner in partners and what and side in ("ours", "theirs")
            assert kind in ("ownership", "structure", "people", "policy", "environment")
            assert changes.getCellByPosition(0, row - 1).getValue() > 0
            assert bool(agreed) == bool(response), row
            logged.append((partner, changes.getCellByPosition(0, row - 1).getValue(), agreed))
        assert 4 <= len(logged) and {"ours", "theirs"} <= {
            changes.getCellByPosition(2, r).getString() for r in range(1, len(logged) + 1)}
        unanswered = [(p, day) for p, day, agreed in logged if not agreed]
        assert len(unanswered) == 1 and unanswered[0][1] < days_ago(30)
        open_partner = unanswered[0][0]
        counts = {p: texts[column("Open changes")] for p, (_, texts) in partners.items()}
        assert counts == {p: "1" if p == open_partner else "0" for p in partners}
        health = {p: float(texts[column("Health")]) for p, (_, texts) in partners.items()}
        assert health[open_partner] > min(health.values())
        assert error_cells(doc) == []
    finally:
        doc.close(True)


# The health check: one respondent's rating workbook (templates/make_health_check.py).

HEALTH_CHECK_TEMPLATES = ["health-check.ots", "health-check-de.ots"]
RATING_BLOCKS = [(12, 23), (27, 36), (40, 44)]  # trust principles, strategic map, goals


@pytest.mark.parametrize("name", HEALTH_CHECK_TEMPLATES)
def test_health_check_template_is_protected_with_rating_cells_open(office, name, tmp_path):
    doc = new_from_template(office, name, tmp_path)
    try:
        sheet = doc.Sheets.getByIndex(0)
        assert sheet.isProtected()
        sheet.unprotect("")  # no password: the respondent can lift it
        sheet.protect("")
        locked = {}
        for first, last in RATING_BLOCKS:
            assert sheet.getCellRangeByName(f"B{first}").getString() != ""
            for row in range(first, last + 1):
                for column in "ABCD":
                    cell = sheet.getCellRangeByName(f"{column}{row}")
                    locked[f"{column}{row}"] = cell.getPropertyValue("CellProtection").IsLocked
                rule = sheet.getCellRangeByName(f"C{row}").getPropertyValue("Validation")
                assert rule.Type.value == "WHOLE"
                assert rule.getOperator().value == "BETWEEN"
                assert (rule.getFormula1(), rule.getFormula2()) == ("1", "5")
                assert rule.IgnoreBlankCells and rule.ShowErrorMessage
        open_cells = sorted(cell for cell, is_locked in locked.items() if not is_locked)
        assert open_cells == sorted(
            [f"{c}{r}" for first, last in RATING_BLOCKS for r in range(first, last + 1)
             for c in "CD"] + [f"B{r}" for r in range(40, 45)])  # goals can be named
        for cell in ["C6", "C7"]:  # side and role
            assert not sheet.getCellRangeByName(cell).getPropertyValue("CellProtection").IsLocked
        for cell in ["A1", "A2", "B4", "C4", "C5", "B12", "A12"]:
            assert sheet.getCellRangeByName(cell).getPropertyValue("CellProtection").IsLocked
        survey = doc.Sheets.getByName("Survey")
        assert not survey.IsVisible and survey.isProtected()
        keys = [survey.getCellRangeByName(f"A{r}").getString() for r in range(1, 8)]
        assert keys == ["Format", "Survey id", "Respondent id", "Side", "Partner", "Quarter",
                        "Language"]
        assert survey.getCellRangeByName("B1").getString() == "AllianceCalc health check 1"
        assert survey.getCellRangeByName("B7").getString() == (
            "de" if name.endswith("-de.ots") else "en")
    finally:
        doc.close(True)
