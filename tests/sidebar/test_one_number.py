"""One partner, one number: on a portfolio whose Settings weights and bands are
changed (in the English and in the German template) and with a partner listed
after an empty row, the sheet's own Health and Status, the Alliance panel,
`alliancecalc score --json` and every generated QBR workbook show the same
health (to the digit shown) and the same status for every partner. With the
default weights, the rounding edge (Cedar & Stone's health computed as
72.44999999999999) shows 72.5 everywhere."""

import glob
import json
import os
import shutil
import subprocess

import pytest
import uno  # noqa: F401

from conftest import ROOT, SAMPLE, _profile
from panel_access import Panel, column_of, portfolio_sheet, show_deck, wait_for
from visible_office import file_url, props

BINARY = os.environ.get("ALLIANCECALC", "")
GERMAN_TEMPLATE = os.path.join(ROOT, "templates", "partner-portfolio-de.fods")
CHANGED_SETTINGS = [0.10, 0.20, 0.10, 0.50, 0.10, 80, 60]  # B4:B8 weights, B9 green, B10 amber
LATE_PARTNER = "Late Addition Pty"
FIRST_ROW = 4  # 0-based row of A5, the first partner row of the template
SAMPLE_ROWS = 12
# What is typed into the sample's partner rows: Partner, the sixteen metrics and Trust
# gap (A..R), and Quarters declining, Previous health and Quarters red (T..V). Open
# changes (S) is the template's formula over the Changes sheet, copied as it stands.
TYPED_BEFORE, TYPED_AFTER = "A5:R16", "T5:V16"
CHANGES = "A1:G20"


def setup_module():
    if not os.access(BINARY, os.X_OK):
        pytest.exit("ALLIANCECALC must name the alliancecalc binary; run the tests through ctest",
                    returncode=2)


def build_workbook(office, workdir, name, german, settings):
    """The sample's partners in the English or German portfolio template, Settings
    changed when asked, and one more partner after an empty row; saved as NAME.ods."""
    path = os.path.join(workdir, name + ".ods")
    sample = office.desktop.loadComponentFromURL(file_url(SAMPLE), "_blank", 0,
                                                 props(Hidden=True))
    try:
        sheet = portfolio_sheet(sample)
        rows = list(sheet.getCellRangeByName(TYPED_BEFORE).getDataArray())
        counters = sheet.getCellRangeByName(TYPED_AFTER).getDataArray()
        history = sample.Sheets.getByName("History").getCellRangeByName("A1:L49").getDataArray()
        changes = sample.Sheets.getByName("Changes").getCellRangeByName(CHANGES).getDataArray()
    finally:
        sample.close(True)
    source = GERMAN_TEMPLATE if german else SAMPLE
    doc = office.desktop.loadComponentFromURL(file_url(source), "_blank", 0,
                                              props(Hidden=True, AsTemplate=german))
    try:
        sheet = portfolio_sheet(doc)
        sheet.getCellRangeByName(TYPED_BEFORE).setDataArray(tuple(rows))
        sheet.getCellRangeByName(TYPED_AFTER).setDataArray(counters)
        doc.Sheets.getByName("History").getCellRangeByName("A1:L49").setDataArray(history)
        doc.Sheets.getByName("Changes").getCellRangeByName(CHANGES).setDataArray(changes)
        late = list(rows[2])  # Cedar & Stone's metrics under another name
        late[0] = LATE_PARTNER
        sheet.getCellRangeByName("A18:R18").setDataArray((tuple(late),))  # row 17 stays empty
        sheet.getCellRangeByName("T18:V18").setDataArray((counters[2],))
        if settings:
            doc.Sheets.getByName("Settings").getCellRangeByName("B4:B10").setDataArray(
                tuple((v,) for v in settings))
        doc.calculateAll()
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
    finally:
        doc.close(True)
    return path


def sheet_scores(doc):
    """Partner -> (health value, health as displayed, status), from the sheet's formulas."""
    sheet = portfolio_sheet(doc)
    health, status = column_of(sheet, "Health"), column_of(sheet, "Status")
    out = {}
    for row in range(FIRST_ROW, FIRST_ROW + SAMPLE_ROWS + 2):
        name = sheet.getCellByPosition(0, row).getString()
        if name:
            cell = sheet.getCellByPosition(health, row)
            out[name] = (cell.getValue(), cell.getString().replace(",", "."),
                         sheet.getCellByPosition(status, row).getString(), row)
    return out


def panel_scores(doc, panel, rows):
    """Partner -> the panel's health line, with the cursor on each partner's row."""
    sheet = portfolio_sheet(doc)
    out = {}
    for name, row in rows.items():
        doc.getCurrentController().select(sheet.getCellByPosition(3, row))
        assert wait_for(lambda: panel.label("partner") == name), (name, panel.label("partner"))
        out[name] = panel.label("health")
    return out


def cli_scores(path):
    result = subprocess.run([BINARY, "score", path, "--json", "--profile", _profile()],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return {p["partner"]: p for p in json.loads(result.stdout)}


def qbr_scores(office, path, folder):
    result = subprocess.run([BINARY, "qbr", path, "--all", "--out", folder, "--profile",
                             _profile()], capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    out = {}
    for file in glob.glob(os.path.join(folder, "*.ods")):
        doc = office.desktop.loadComponentFromURL(file_url(file), "_blank", 0,
                                                  props(Hidden=True))
        try:
            sheet = doc.Sheets.getByName("QBR")
            out[sheet.getCellRangeByName("B3").getString()] = (
                sheet.getCellRangeByName("B7").getValue(),
                sheet.getCellRangeByName("B7").getString().replace(",", "."),
                sheet.getCellRangeByName("B8").getString())
        finally:
            doc.close(True)
    return out


@pytest.mark.parametrize("name,german,settings", [
    ("changed-settings", False, CHANGED_SETTINGS),
    ("changed-settings-de", True, CHANGED_SETTINGS),
    ("default-settings", False, None),
])
def test_every_front_shows_the_sheets_numbers(office, workdir, name, german, settings):
    path = build_workbook(office, workdir, name, german, settings)
    doc = office.open(path)
    try:
        sheet = sheet_scores(doc)
        assert LATE_PARTNER in sheet and len(sheet) == SAMPLE_ROWS + 1, sorted(sheet)
        panel = Panel(show_deck(doc))
        shown = panel_scores(doc, panel, {p: v[3] for p, v in sheet.items()})
        if name == "changed-settings":
            # The partner after the empty row is one for every action too.
            doc.getCurrentController().select(
                portfolio_sheet(doc).getCellByPosition(2, sheet[LATE_PARTNER][3]))
            assert wait_for(lambda: panel.label("partner") == LATE_PARTNER)
            panel.press("qbrPartner")
            report = wait_for(lambda: "Wrote" in panel.text("results") and panel.text("results"))
            assert report and "Wrote 1 of 1" in report, panel.text("results")
    finally:
        doc.close(True)

    cli = cli_scores(path)
    folder = os.path.join(workdir, name + "-qbr")
    os.makedirs(folder)
    reviews = qbr_scores(office, path, folder)
    assert sorted(cli) == sorted(sheet) == sorted(reviews)
    for partner, (value, displayed, status, _row) in sheet.items():
        assert shown[partner] == "Health %s: %s" % (displayed, status), partner
        assert cli[partner]["health"] == value and cli[partner]["status"] == status, partner
        assert reviews[partner] == (value, displayed, status), partner
    if settings is None:
        assert sheet["Cedar & Stone Consulting"][1] == "72.5"  # computed as 72.44999999999999
    else:
        statuses = {s for _, _, s, _ in sheet.values()}
        assert sheet["Cedar & Stone Consulting"][2] == "Amber", sheet  # bands 80 / 60
        assert {"Green", "Amber", "Red"} <= statuses
    shutil.rmtree(folder)
