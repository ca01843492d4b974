"""Reading and driving the Alliance panel in a running Calc window, as a test or a
screen reader does it: shared by the sidebar tests and the sidebar benchmark."""

import datetime
import time

DECK = "AllianceDeck"
PANEL = "AlliancePartnerPanel"
PANEL_URL = "private:resource/toolpanel/AllianceCalcPanelFactory/PartnerScorecard"


def wait_for(condition, timeout=15.0):
    """Waits for the office to show what the test expects; returns the last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def show_deck(doc):
    sidebar = doc.getCurrentController().getSidebar()
    sidebar.setVisible(True)
    decks = sidebar.getDecks()
    assert wait_for(lambda: decks.hasByName(DECK)), list(decks.getElementNames())
    deck = decks.getByName(DECK)
    deck.activate(True)
    sidebar.showDecks(True)
    panel = deck.getPanels().getByName(PANEL)
    panel.expand(True)
    return wait_for(panel.getDialog)


class Panel:
    """The panel's controls, read the way a test or a screen reader reads them."""

    def __init__(self, window):
        self.window = window

    def label(self, name):
        return self.window.getControl(name).getModel().Label

    def text(self, name):
        return self.window.getControl(name).getModel().Text

    def bar(self, name):
        """A dimension bar's score, 0 to 100, as its tooltip and a screen reader give it."""
        return int(self.window.getControl(name).getModel().HelpText.split(" / ")[0])

    def press(self, name):
        self.window.getControl(name).getAccessibleContext().doAccessibleAction(0)


def portfolio_sheet(doc):
    return doc.Sheets.getByName("Portfolio")


def column_of(sheet, title, header_row=3):
    for column in range(40):
        if sheet.getCellByPosition(column, header_row).getString() == title:
            return column
    raise AssertionError("no column " + title)


# Every control of the panel, by name (src/sidebar/panel_layout.cc).
CONTROLS = (
    "partner", "statusSwatch", "health", "previousHealth",
    *("dimension%s%d" % (part, d) for d in range(5) for part in ("Label", "Bar", "Rest")),
    "warningsHeading", "details", "action", "actionsHeading",
    "newWorkbook", "checkWorkbook", "qbrPartner", "qbrInternal", "qbrAll", "portfolioReview",
    "healthCheck", "closeQuarter", "results")
BUTTONS = ("newWorkbook", "checkWorkbook", "qbrPartner", "qbrInternal", "qbrAll",
           "portfolioReview", "healthCheck", "closeQuarter")
BOXES = ("details", "results")


def screen_rect(accessible):
    """An accessible's (x, y, width, height) on the screen."""
    context = accessible.getAccessibleContext()
    origin = context.getLocationOnScreen()
    size = context.getSize()
    return origin.X, origin.Y, size.Width, size.Height


# The sheets a quarter close writes to, and the ones beside them.
PORTFOLIO_SHEETS = ("Portfolio", "Settings", "History", "Plan", "Changes")


def used_ranges(doc, extra_rows=40):
    """Each portfolio sheet's used area and some rows more (where a close appends)."""
    out = {}
    for name in PORTFOLIO_SHEETS:
        if doc.Sheets.hasByName(name):
            sheet = doc.Sheets.getByName(name)
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.getRangeAddress()
            out[name] = (end.EndColumn + 2, end.EndRow + extra_rows)
    return out


def workbook_state(doc, ranges):
    """The values and formulas of those ranges: equal states are equal workbooks."""
    state = {}
    for name, (columns, rows) in ranges.items():
        cells = doc.Sheets.getByName(name).getCellRangeByPosition(0, 0, columns, rows)
        state[name] = (cells.getDataArray(), cells.getFormulaArray())
    return state


def history_rows(doc):
    """The History rows that name a quarter."""
    sheet = doc.Sheets.getByName("History")
    column = sheet.getCellRangeByPosition(0, 1, 0, 500).getDataArray()
    return sum(1 for (value,) in column if str(value).strip())


def today_serial():
    """Today as the office counts days (since 1899-12-30), as TODAY() gives it."""
    return (datetime.date.today() - datetime.date(1899, 12, 30)).days
