"""The Alliance panel in a German office: its labels, the course corrections, the
trend and the quarter close's report are German, while the warning titles, status
and action stay the contract's words, as the sheet's formulas show them."""

import os
import re
import shutil

import pytest
import uno

from conftest import SAMPLE, _profile
from panel_access import Panel, history_rows, show_deck, used_ranges, wait_for, workbook_state
from test_sidebar import SHOTS, panel_shot, select
from visible_office import VisibleOffice, props

PARTNER = "Cedar & Stone Consulting"


@pytest.fixture(scope="module")
def german_qbr_folder(workdir):
    path = os.path.join(workdir, "qbr-de")
    os.makedirs(path)
    return path


@pytest.fixture(scope="module")
def german(display, workdir, german_qbr_folder):
    with VisibleOffice(display.name, _profile(), ui_locale="de-DE",
                       env={"ALLIANCECALC_QBR_FOLDER": german_qbr_folder}) as running:
        path = os.path.join(workdir, "portfolio-de.ods")
        shutil.copy(SAMPLE, path)
        doc = running.open(path)
        yield doc
        doc.close(True)
        assert running.alive(), "the office died during the test"


def test_german_office_shows_german_labels_and_course_corrections(german):
    window = show_deck(german)
    assert window is not None, "the Alliance panel has no window"
    panel = Panel(window)
    select(german, 0, 6)  # A7: Cedar & Stone Consulting, where "No exit plan" fires
    assert wait_for(lambda: panel.label("partner") == PARTNER), panel.label("partner")

    health = panel.label("health")
    assert health.startswith("Gesundheit ") and health.endswith(": Green"), health
    details = panel.text("details")
    assert "W10 No exit plan" in details  # the contract's title
    assert "Was zu tun ist: " in details
    assert "What to do" not in details
    assert panel.label("action") == "Portfolio-Maßnahme: Grow"


def test_german_office_writes_a_german_qbr(german, german_qbr_folder):
    panel = Panel(show_deck(german))
    select(german, 0, 6)
    assert wait_for(lambda: panel.label("partner") == PARTNER), panel.label("partner")
    panel.press("qbrPartner")
    report = wait_for(lambda: "geschrieben" in panel.text("results") and panel.text("results"))
    assert report.startswith("1 von 1 QBR-Arbeitsmappen nach " + german_qbr_folder), report
    (name,) = [n for n in os.listdir(german_qbr_folder) if not n.startswith(".~")]
    qbr = german.getCurrentController().getFrame().getCreator().loadComponentFromURL(
        uno.systemPathToFileUrl(os.path.join(german_qbr_folder, name)), "_blank", 0,
        props(Hidden=True))
    try:
        title = qbr.Sheets.getByIndex(0).getCellRangeByName("A1").getString()
        assert title.startswith("Quartals-Review: " + PARTNER), title
    finally:
        qbr.close(True)


def test_german_trend_and_close_quarter(display, german):
    panel = Panel(show_deck(german))
    assert panel.label("closeQuarter") == "Quartal abschließen"
    select(german, 0, 4)  # Northwind Systems, with four quarters of History
    assert wait_for(lambda: panel.label("partner") == "Northwind Systems")
    trend = re.compile(r"^Letztes Quartal \d+\.\d · Trend [+-]?\d+\.\d je Quartal über 4 Quartale$")
    assert wait_for(lambda: trend.match(panel.label("previousHealth"))), \
        panel.label("previousHealth")

    ranges = used_ranges(german)
    before = workbook_state(german, ranges)
    rows = history_rows(german)
    panel.press("closeQuarter")
    report = wait_for(lambda: "abgeschlossen" in panel.text("results") and panel.text("results"))
    assert report.startswith("2026-Q4 abgeschlossen: 12 Partner in das Blatt History übernommen. "
                             "Das aktuelle Quartal ist jetzt 2027-Q1. Bearbeiten > Rückgängig"), \
        panel.text("results")
    assert history_rows(german) == rows + 12
    if SHOTS:
        panel_shot(display, panel, os.path.join(SHOTS, "sidebar-closed-de.png"))
    undo = german.getUndoManager()
    assert undo.getCurrentUndoActionTitle() == "Quartal 2026-Q4 abschließen"
    undo.undo()
    assert workbook_state(german, ranges) == before
