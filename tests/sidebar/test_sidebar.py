"""The Alliance sidebar in a real Calc window under Xvfb: the deck and panel are
found through the sidebar API, the panel follows the cell cursor and the
sheet's values (read from the panel's own controls), its actions write a QBR
workbook, list a workbook's problems and open a new workbook, the factory
checks its arguments, and closing a document with the panel open leaves the
office running. Buttons are pressed through their accessibility action, as a
screen reader would press them."""

import os
import re
import shutil
import subprocess
import time

import pytest
import uno  # noqa: F401
from com.sun.star.awt import Selection
from com.sun.star.lang import IllegalArgumentException

from conftest import SAMPLE
from panel_access import (DECK, PANEL, PANEL_URL, Panel, column_of, history_rows,
                          portfolio_sheet, show_deck, today_serial, used_ranges, wait_for,
                          workbook_state)
from visible_office import props

SCREENSHOT = os.environ.get("ALLIANCE_SIDEBAR_SCREENSHOT")
WINDOW_SCREENSHOT = os.environ.get("ALLIANCE_WINDOW_SCREENSHOT")
# A folder for pictures of the panel after a quarter close and with an open change.
SHOTS = os.environ.get("ALLIANCE_SIDEBAR_SHOTS")
TREND = re.compile(r"^Last quarter (\d+\.\d) · trend ([+-]?\d+\.\d) a quarter over (\d) quarters$")


@pytest.fixture(scope="module")
def panel(portfolio):
    window = show_deck(portfolio)
    assert window is not None, "the Alliance panel has no window"
    return Panel(window)


def select(doc, column, row):
    sheet = portfolio_sheet(doc)
    doc.getCurrentController().select(sheet.getCellByPosition(column, row))


def sheet_health(doc, row):
    sheet = portfolio_sheet(doc)
    return "%.1f" % sheet.getCellByPosition(column_of(sheet, "Health"), row).getValue()


def test_deck_and_panel_are_in_the_sidebar(portfolio, panel):
    sidebar = portfolio.getCurrentController().getSidebar()
    assert DECK in sidebar.getDecks().getElementNames()
    deck = sidebar.getDecks().getByName(DECK)
    assert deck.getTitle() == "Alliance"
    assert deck.getPanels().getElementNames() == (PANEL,)
    # Keyboard reachable: the boxes and buttons take the focus with the Tab key.
    for name in ("details", "newWorkbook", "checkWorkbook", "qbrPartner", "qbrInternal",
                 "qbrAll", "portfolioReview", "healthCheck", "closeQuarter", "results"):
        assert panel.window.getControl(name).getModel().Tabstop, name
    for name in ("partner", "health", "dimensionBar0", "details", "action", "qbrPartner",
                 "checkWorkbook", "newWorkbook", "results"):
        assert panel.window.getControl(name) is not None, name


def test_follows_the_cursor_between_partner_rows(portfolio, panel):
    select(portfolio, 2, 4)  # C5: Northwind Systems
    assert wait_for(lambda: panel.label("partner") == "Northwind Systems"), panel.label("partner")
    assert panel.label("health") == "Health %s: Green" % sheet_health(portfolio, 4)
    assert panel.label("action") == "Portfolio action: Grow"
    northwind_bar = panel.bar("dimensionBar0")

    select(portfolio, 7, 13)  # H14: Quantum Harbor AB, a Red partner
    assert wait_for(lambda: panel.label("partner") == "Quantum Harbor AB"), panel.label("partner")
    assert panel.label("health") == "Health %s: Red" % sheet_health(portfolio, 13)
    assert panel.bar("dimensionBar0") != northwind_bar
    assert panel.label("action") == "Portfolio action: Exit review"
    details = panel.text("details")
    assert "W10 No exit plan" in details and "What to do: " in details
    assert panel.label("warningsHeading").startswith("Warning signs: ")


def test_says_how_to_start_when_not_on_a_partner(portfolio, panel):
    select(portfolio, 0, 0)  # the title
    assert wait_for(lambda: panel.label("partner") == "No partner at the cursor")
    assert "partner's row in the sheet Portfolio" in panel.text("details")
    select(portfolio, 0, 6)
    assert wait_for(lambda: panel.label("partner") == "Cedar & Stone Consulting")


def test_editing_a_metric_updates_the_health(portfolio, panel):
    sheet = portfolio_sheet(portfolio)
    select(portfolio, 0, 7)  # Helios Cloud GmbH
    assert wait_for(lambda: panel.label("partner") == "Helios Cloud GmbH")
    before = panel.label("health")
    trust = sheet.getCellByPosition(column_of(sheet, "Trust"), 7)
    old = trust.getValue()
    trust.setValue(5.0)
    try:
        assert wait_for(lambda: panel.label("health") != before), before
        assert panel.label("health").startswith("Health %s:" % sheet_health(portfolio, 7))
    finally:
        trust.setValue(old)
    assert wait_for(lambda: panel.label("health") == before)


def test_generate_qbr_writes_the_partners_workbook_and_never_replaces_it(
        office, portfolio, panel, qbr_folder):
    select(portfolio, 0, 5)  # Bluefin Analytics
    assert wait_for(lambda: panel.label("partner") == "Bluefin Analytics")
    panel.press("qbrPartner")
    report = wait_for(lambda: "Wrote" in panel.text("results") and panel.text("results"))
    assert report.startswith("Wrote 1 of 1 QBR workbooks to " + qbr_folder), report
    files = os.listdir(qbr_folder)
    assert files == ["Bluefin Analytics QBR 2026-Q4.ods"], files
    path = os.path.join(qbr_folder, files[0])
    written = os.path.getmtime(path)

    qbr = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
                                              props(Hidden=True))
    try:
        cells = []
        sheet = qbr.Sheets.getByIndex(0)
        for row in range(12):
            for column in range(5):
                cells.append(sheet.getCellByPosition(column, row).getString())
        assert any("Bluefin Analytics" in c for c in cells), cells
    finally:
        qbr.close(True)

    panel.press("qbrPartner")
    report = wait_for(lambda: "kept" in panel.text("results") and panel.text("results"))
    assert "Wrote 0 of 1" in report and "exists and was kept" in report, report
    assert os.path.getmtime(path) == written


def test_internal_preparation_is_a_second_file_with_our_verdicts(
        office, portfolio, panel, qbr_folder):
    select(portfolio, 0, 5)  # Bluefin Analytics
    assert wait_for(lambda: panel.label("partner") == "Bluefin Analytics")
    before = set(os.listdir(qbr_folder))
    panel.press("qbrInternal")
    report = wait_for(lambda: "internal" in panel.text("results") and panel.text("results"))
    assert report.startswith("Wrote 1 of 1 QBR workbooks to " + qbr_folder), report
    made = set(os.listdir(qbr_folder)) - before
    assert made == {"Bluefin Analytics QBR 2026-Q4 internal.ods"}, made
    qbr = office.desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(os.path.join(qbr_folder, made.pop())), "_blank", 0,
        props(Hidden=True))
    try:
        sheet = qbr.Sheets.getByIndex(0)
        labels = [sheet.getCellByPosition(0, row).getString() for row in range(60)]
        assert "Action" in labels and "Quarters red" in labels, labels
        assert "Questions to raise" in labels, labels
    finally:
        qbr.close(True)


def test_portfolio_review_and_health_check_from_the_panel(
        office, portfolio, panel, qbr_folder):
    before = set(os.listdir(qbr_folder))
    panel.press("portfolioReview")
    report = wait_for(lambda: "portfolio review" in panel.text("results")
                      and panel.text("results"))
    made = set(os.listdir(qbr_folder)) - before
    assert made == {"Portfolio review 2026-Q4.pdf"}, (made, report)
    assert report.startswith("Wrote the portfolio review " + qbr_folder), report
    with open(os.path.join(qbr_folder, made.pop()), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    panel.press("portfolioReview")  # the file exists now: kept, and said
    assert wait_for(lambda: "already exists" in panel.text("results")), panel.text("results")

    select(portfolio, 0, 5)  # Bluefin Analytics
    assert wait_for(lambda: panel.label("partner") == "Bluefin Analytics")
    before = set(os.listdir(qbr_folder))
    panel.press("healthCheck")
    report = wait_for(lambda: "rating workbooks" in panel.text("results")
                      and panel.text("results"))
    made = sorted(set(os.listdir(qbr_folder)) - before)
    assert made == sorted(f"Bluefin Analytics health check 2026-Q4 - {side} {n}.ods"
                          for side in ("ours", "partner") for n in (1, 2, 3)), (made, report)
    assert report.startswith("Wrote 6 rating workbooks to " + qbr_folder), report


def test_check_workbook_lists_a_bad_cell(portfolio, panel):
    sheet = portfolio_sheet(portfolio)
    column = column_of(sheet, "Trust")
    cell = sheet.getCellByPosition(column, 8)  # Kestrel Data Ltd
    old = cell.getValue()
    cell.setValue(9)
    try:
        panel.press("checkWorkbook")
        address = "Portfolio!%s9" % chr(ord("A") + column)
        report = wait_for(lambda: address in panel.text("results") and panel.text("results"))
        assert report, panel.text("results")
        assert report.startswith("1 errors"), report
        assert "Kestrel Data Ltd: trust is 9" in report
    finally:
        cell.setValue(old)
    panel.press("checkWorkbook")
    assert wait_for(lambda: panel.text("results").startswith("No problems found"))


def test_new_alliance_workbook_opens_the_portfolio_template(office, portfolio, panel):
    before = {c.getURL() for c in iter_components(office)}
    panel.press("newWorkbook")
    assert wait_for(lambda: "Opened a new workbook" in panel.text("results"))
    new = [c for c in iter_components(office) if c.getURL() not in before and c.getURL() == ""]
    assert new, "no new document"
    try:
        assert new[0].Sheets.hasByName("Portfolio")
        assert new[0].Sheets.hasByName("History")
    finally:
        new[0].close(True)


def iter_components(office):
    enum = office.desktop.getComponents().createEnumeration()
    while enum.hasMoreElements():
        yield enum.nextElement()


def test_factory_checks_its_arguments(office, portfolio):
    factory = office.context.ServiceManager.createInstanceWithContext(
        "org.alliancecalc.sidebar.PanelFactory", office.context)
    frame = portfolio.getCurrentController().getFrame()
    with pytest.raises(IllegalArgumentException, match="no ParentWindow"):
        factory.createUIElement(PANEL_URL, props(Frame=frame))
    with pytest.raises(IllegalArgumentException, match="no Frame"):
        factory.createUIElement(PANEL_URL, props(ParentWindow=frame.getContainerWindow()))


def test_screenshot(display, portfolio, panel):
    """The panel on the sample portfolio, cropped to the sidebar (docs/images/sidebar.png
    is made with ALLIANCE_SIDEBAR_SCREENSHOT set), and the whole Calc window with it
    (docs/images/portfolio.png, with ALLIANCE_WINDOW_SCREENSHOT set)."""
    select(portfolio, 0, 6)  # Cedar & Stone Consulting
    assert wait_for(lambda: panel.label("partner") == "Cedar & Stone Consulting")
    panel.press("checkWorkbook")  # the results box with what a clean portfolio gives
    assert wait_for(lambda: "No problems" in panel.text("results"))
    component = panel.window.getAccessibleContext()
    origin = component.getLocationOnScreen()
    size = component.getSize()
    assert size.Width > 0 and size.Height > 0
    if not SCREENSHOT:
        return
    # A wider sidebar, as a user drags it: the splitter is just left of the deck.
    env = dict(os.environ, DISPLAY=display.name)
    grip_y = origin.Y + min(size.Height // 2, 120)
    subprocess.run(["xdotool", "mousemove", str(origin.X - 6), str(grip_y), "mousedown", "1",
                    "mousemove", str(origin.X - 120), str(grip_y), "mousemove",
                    str(origin.X - 200), str(grip_y), "mouseup", "1"], env=env, check=True)
    time.sleep(1.5)
    origin = component.getLocationOnScreen()
    size = component.getSize()
    x, y = max(origin.X - 12, 0), max(origin.Y - 56, 0)
    subprocess.run(["import", "-display", display.name, "-window", "root", "-crop",
                    "%dx%d+%d+%d" % (size.Width + 60, size.Height + 70, x, y), "+repage",
                    SCREENSHOT], check=True)
    if WINDOW_SCREENSHOT:
        # The partner names (frozen) beside the counters and the computed columns
        # (Health ... Action); the empty rows below the portfolio are left out.
        controller = portfolio.getCurrentController()
        for index in range(controller.getCount()):
            pane = controller.getByIndex(index)
            if pane.getFirstVisibleColumn() > 0:
                pane.setFirstVisibleColumn(
                    column_of(portfolio_sheet(portfolio), "Quarters declining"))
        time.sleep(1.0)
        origin = component.getLocationOnScreen()
        height = max(560, origin.Y + component.getSize().Height + 8)  # the whole panel
        subprocess.run(["import", "-display", display.name, "-window", "root", "-crop",
                        "1600x%d+0+0" % height, "+repage", WINDOW_SCREENSHOT], check=True)


def test_a_large_data_sheet_beside_the_portfolio_is_not_what_the_panel_reads(portfolio, panel):
    # 100,000 rows of numbers on a sheet of their own: the panel still follows the
    # portfolio's edits, and edits on the data sheet leave it showing the partner.
    sheets = portfolio.Sheets
    sheets.insertNewByName("Data", sheets.getCount())
    data = sheets.getByName("Data")
    rows = 100_000
    data.getCellRangeByPosition(0, 0, 9, rows - 1).setDataArray(
        tuple(tuple(float(r * 10 + c) for c in range(10)) for r in range(rows)))
    try:
        sheet = portfolio_sheet(portfolio)
        select(portfolio, 0, 5)  # Bluefin Analytics
        assert wait_for(lambda: panel.label("partner") == "Bluefin Analytics")
        before = panel.label("health")
        trust = sheet.getCellByPosition(column_of(sheet, "Trust"), 5)
        old = trust.getValue()
        trust.setValue(1.0)
        try:
            assert wait_for(lambda: panel.label("health") != before), before
            assert panel.label("health").startswith("Health %s:" % sheet_health(portfolio, 5))
            for r in range(0, rows, rows // 10):  # typing on the data sheet
                data.getCellByPosition(3, r).setValue(-1.0)
            assert panel.label("partner") == "Bluefin Analytics"
            assert panel.label("health").startswith("Health %s:" % sheet_health(portfolio, 5))
        finally:
            trust.setValue(old)
        assert wait_for(lambda: panel.label("health") == before)
    finally:
        sheets.removeByName("Data")


def panel_shot(display, panel, path):
    """The panel and a margin around it, from the screen."""
    component = panel.window.getAccessibleContext()
    origin = component.getLocationOnScreen()
    size = component.getSize()
    x, y = max(origin.X - 12, 0), max(origin.Y - 56, 0)
    subprocess.run(["import", "-display", display.name, "-window", "root", "-crop",
                    "%dx%d+%d+%d" % (size.Width + 60, size.Height + 70, x, y), "+repage", path],
                   check=True)


def slope(values):
    """The least-squares slope of the last four values, as healthTrend computes it."""
    last = values[-4:]
    mean_x = (len(last) - 1) / 2
    mean_y = sum(last) / len(last)
    return (sum((i - mean_x) * (y - mean_y) for i, y in enumerate(last))
            / sum((i - mean_x) ** 2 for i in range(len(last))))


def history_of(doc, partner):
    """A partner's health per quarter on History, in quarter order."""
    rows = doc.Sheets.getByName("History").getCellRangeByPosition(0, 1, 2, 500).getDataArray()
    return [health for _, _, health in sorted(
        (quarter, index, health) for index, (quarter, name, health) in enumerate(rows)
        if name == partner and str(quarter).strip())]


def test_the_trend_of_a_partner_with_history(portfolio, panel):
    select(portfolio, 0, 4)  # Northwind Systems
    assert wait_for(lambda: panel.label("partner") == "Northwind Systems")
    line = wait_for(lambda: TREND.match(panel.label("previousHealth")))
    assert line, panel.label("previousHealth")
    # History's quarters, then the health now: this quarter is not closed yet.
    values = history_of(portfolio, "Northwind Systems") + [float(sheet_health(portfolio, 4))]
    assert line.group(3) == "4"
    expected = slope(values)
    assert abs(float(line.group(2)) - expected) <= 0.051, (line.group(0), values)


@pytest.fixture
def open_change(portfolio):
    """A change on Bluefin's side logged 45 days ago with no response, on Changes
    (made when the sample has no such sheet), removed afterwards."""
    sheets = portfolio.Sheets
    made = not sheets.hasByName("Changes")
    if made:
        sheets.insertNewByName("Changes", sheets.getCount())
        sheets.getByName("Changes").getCellRangeByName("A1:G1").setDataArray(
            (("Date logged", "Partner", "Side", "Kind", "What changed", "Response agreed on",
              "Response"),))
    changes = sheets.getByName("Changes")
    names = changes.getCellRangeByPosition(1, 1, 1, 300).getDataArray()
    row = 1 + next(i for i, (name,) in enumerate(names) if not str(name).strip())
    cells = changes.getCellRangeByPosition(0, row, 4, row)
    cells.setDataArray(((float(today_serial() - 45), "Bluefin Analytics", "theirs", "people",
                         "Bluefin's alliance lead left; nobody is named yet."),))
    yield
    if made:
        sheets.removeByName("Changes")
    else:
        cells.clearContents(1 | 2 | 4 | 16)  # values, dates, texts, formulas


def test_open_changes_follow_the_warning_signs(display, portfolio, panel, open_change):
    select(portfolio, 0, 5)  # Bluefin Analytics
    assert wait_for(lambda: panel.label("partner") == "Bluefin Analytics")
    line = ("Bluefin's alliance lead left; nobody is named yet. (theirs, people): logged 45 days "
            "ago, no response agreed yet.")
    details = wait_for(lambda: line in panel.text("details") and panel.text("details"))
    assert details, panel.text("details")
    assert "Open changes: " in details
    assert details.index("Open changes: ") > details.index("What to do: ") > 0, details
    if SHOTS:
        # Scrolled to the end of the details, where the open changes are.
        panel.window.getControl("details").setSelection(Selection(len(details), len(details)))
        time.sleep(0.5)
        panel_shot(display, panel, os.path.join(SHOTS, "sidebar-open-change.png"))
    # Northwind has none of its own: nothing about changes.
    select(portfolio, 0, 4)
    assert wait_for(lambda: panel.label("partner") == "Northwind Systems")
    assert "Open changes" not in panel.text("details")


@pytest.fixture(scope="module")
def closing(office, workdir):
    """Another copy of the sample in a window of its own, for closing its quarter."""
    path = os.path.join(workdir, "closing.ods")
    shutil.copy(SAMPLE, path)
    doc = office.open(path)
    window = show_deck(doc)
    assert window is not None
    yield doc, Panel(window)
    doc.close(True)


def settings_quarter(doc):
    return doc.Sheets.getByName("Settings").getCellRangeByName("B11").getString()


def undo_titles(doc):
    return tuple(doc.getUndoManager().getAllUndoActionTitles())


def test_close_quarter_is_one_step_that_undo_takes_back(display, closing):
    doc, panel = closing
    sheet = portfolio_sheet(doc)
    select(doc, 0, 4)  # Northwind Systems
    assert wait_for(lambda: panel.label("partner") == "Northwind Systems")
    health = sheet_health(doc, 4)
    before_label = panel.label("previousHealth")
    ranges = used_ranges(doc)
    before = workbook_state(doc, ranges)
    rows = history_rows(doc)
    partners = sum(1 for (name,) in sheet.getCellRangeByName("A5:A40").getDataArray()
                   if str(name).strip())
    titles = undo_titles(doc)
    assert settings_quarter(doc) == "2026-Q4"

    panel.press("closeQuarter")
    report = wait_for(lambda: "Closed" in panel.text("results") and panel.text("results"))
    assert report == ("Closed 2026-Q4: %d partners added to History. The current quarter is now "
                      "2027-Q1. Edit > Undo takes the whole close back in one step." % partners), \
        panel.text("results")
    assert history_rows(doc) == rows + partners
    assert settings_quarter(doc) == "2027-Q1"
    assert "%.1f" % sheet.getCellByPosition(column_of(sheet, "Previous health"), 4).getValue() \
        == health
    # The panel shows the quarter just closed as last quarter.
    assert wait_for(lambda: panel.label("previousHealth").startswith("Last quarter %s" % health)), \
        panel.label("previousHealth")
    # One step in Edit > Undo, named after the quarter.
    assert undo_titles(doc) == ("Close quarter 2026-Q4",) + titles
    if SHOTS:
        panel_shot(display, panel, os.path.join(SHOTS, "sidebar-closed.png"))

    doc.getUndoManager().undo()  # once
    assert settings_quarter(doc) == "2026-Q4"
    assert history_rows(doc) == rows
    assert workbook_state(doc, ranges) == before
    assert undo_titles(doc) == titles
    # Undo shows where it changed cells; back on Northwind, the panel is as before.
    select(doc, 0, 4)
    assert wait_for(lambda: panel.label("partner") == "Northwind Systems")
    assert wait_for(lambda: panel.label("previousHealth") == before_label), \
        panel.label("previousHealth")


def test_a_quarter_history_holds_is_refused_and_nothing_changes(closing):
    doc, panel = closing
    undo = doc.getUndoManager()
    panel.press("closeQuarter")
    assert wait_for(lambda: settings_quarter(doc) == "2027-Q1")
    assert wait_for(lambda: panel.text("results").startswith("Closed 2026-Q4"))
    # Back to the quarter just closed, as a user might type it: History holds it now.
    doc.Sheets.getByName("Settings").getCellRangeByName("B11").setString("2026-Q4")
    try:
        ranges = used_ranges(doc)
        before = workbook_state(doc, ranges)
        titles = undo_titles(doc)
        modified = doc.isModified()
        panel.press("closeQuarter")
        report = wait_for(lambda: "not closed" in panel.text("results") and panel.text("results"))
        assert report == ("The quarter was not closed, nothing was changed: History already holds "
                          "2026-Q4, so that quarter is closed. To close another quarter, name it "
                          "as the current quarter on the Settings sheet."), panel.text("results")
        assert workbook_state(doc, ranges) == before
        assert undo_titles(doc) == titles  # no empty step either
        assert doc.isModified() == modified
    finally:
        undo.undo()  # the typed quarter
        undo.undo()  # the close
    assert settings_quarter(doc) == "2026-Q4"


def test_closing_the_document_with_the_panel_open(office, portfolio, panel, workdir):
    portfolio.close(True)
    time.sleep(1)
    assert office.alive()
    # The office still works, and the deck comes back with a new document.
    path = os.path.join(workdir, "again.ods")
    shutil.copy(SAMPLE, path)
    doc = office.open(path)
    try:
        window = show_deck(doc)
        assert window is not None
        again = Panel(window)
        select(doc, 0, 4)
        assert wait_for(lambda: again.label("partner") == "Northwind Systems")
    finally:
        doc.close(True)
    assert office.alive()
