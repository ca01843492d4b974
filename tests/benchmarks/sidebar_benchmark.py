"""Scripted benchmark of the Alliance sidebar in a real Calc window (Xvfb): how long
the panel takes to show the partner at the cursor after a move, and a changed
health after an edit, on portfolios of growing size. The portfolio is the sample's
(with its formula columns) filled down to the given number of partner rows.

Times are wall clock from the UNO call to the panel showing the new text, read from
the panel's controls every millisecond, so they include the office's event loop.

    python3 sidebar_benchmark.py --profile build/test-profile --rows 1000 10000
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sidebar"))
from visible_office import Display, VisibleOffice  # noqa: E402
from panel_access import Panel, column_of, show_deck  # noqa: E402

SAMPLE = os.path.join(HERE, "..", "..", "examples", "sample-portfolio.ods")
FIRST_ROW = 4  # row 5: the first partner
SAMPLE_ROWS = 12


def grow(doc, rows):
    """Fills the Portfolio sheet down to `rows` partners by copying the sample's rows
    (formulas follow), each partner with a name of its own."""
    sheet = doc.Sheets.getByName("Portfolio")
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_column = cursor.getRangeAddress().EndColumn  # Z: Action, the last computed column
    source = sheet.getCellRangeByPosition(0, FIRST_ROW, last_column,
                                          FIRST_ROW + SAMPLE_ROWS - 1).getRangeAddress()
    row = FIRST_ROW + SAMPLE_ROWS
    while row < FIRST_ROW + rows:
        target = sheet.getCellByPosition(0, row).getCellAddress()
        sheet.copyRange(target, source)
        row += SAMPLE_ROWS
    last = FIRST_ROW + rows
    if row > last:  # drop what the last copy put below the wanted size
        sheet.getCellRangeByPosition(0, last, last_column, row - 1).clearContents(1023)
    names = tuple((f"Partner {i + 1:05d}",) for i in range(rows))
    sheet.getCellRangeByPosition(0, FIRST_ROW, 0, last - 1).setDataArray(names)
    doc.calculateAll()
    return sheet


def wait_until(condition, timeout=60.0):
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the panel did not update")
        time.sleep(0.001)
    return time.perf_counter() - start


def measure(doc, panel, sheet, rows, samples):
    controller = doc.getCurrentController()
    trust = column_of(sheet, "Trust")
    moves, edits = [], []
    for i in range(samples):
        row = FIRST_ROW + (i * 7919) % rows  # spread over the sheet
        name = sheet.getCellByPosition(0, row).getString()
        start = time.perf_counter()
        controller.select(sheet.getCellByPosition(2, row))
        wait_until(lambda: panel.label("partner") == name)
        moves.append(time.perf_counter() - start)

        before = panel.label("health")
        cell = sheet.getCellByPosition(trust, row)
        value = cell.getValue()
        start = time.perf_counter()
        cell.setValue(1.0 if value > 3 else 5.0)
        wait_until(lambda: panel.label("health") != before)
        edits.append(time.perf_counter() - start)
    return statistics.median(moves), statistics.median(edits)


def add_data_sheet(doc, rows):
    """A sheet of rows x 10 numbers beside the portfolio, as a workbook with a data
    export in it has."""
    sheets = doc.Sheets
    sheets.insertNewByName("Data", sheets.getCount())
    data = sheets.getByName("Data")
    chunk = 50_000
    for top in range(0, rows, chunk):
        count = min(chunk, rows - top)
        data.getCellRangeByPosition(0, top, 9, top + count - 1).setDataArray(
            tuple(tuple(float((top + r) * 10 + c) for c in range(10)) for r in range(count)))
    return data


def measure_data_edits(data, rows, samples):
    """Median time of one edit on the data sheet: setValue returns once the
    office has told its listeners (the panel among them)."""
    times = []
    for i in range(samples):
        cell = data.getCellByPosition(i % 10, (i * 7919) % rows)
        start = time.perf_counter()
        cell.setValue(-float(i))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", required=True,
                        help="a profile with the extension installed (copied for the run)")
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--samples", type=int, default=9)
    parser.add_argument("--data-rows", type=int, default=0,
                        help="also add a data sheet of this many rows x 10 columns, and time "
                             "edits on it with the deck open and hidden")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="alliancecalc-sidebar-bench-")
    try:
        with Display() as display, VisibleOffice(display.name, args.profile) as office:
            print(f"{'partners':>9} {'cursor move (ms)':>17} {'edit (ms)':>10}")
            for rows in args.rows:
                path = os.path.join(work, f"portfolio-{rows}.ods")
                shutil.copy(SAMPLE, path)
                doc = office.open(path)
                try:
                    sheet = grow(doc, rows)
                    data = add_data_sheet(doc, args.data_rows) if args.data_rows else None
                    panel = Panel(show_deck(doc))
                    move, edit = measure(doc, panel, sheet, rows, args.samples)
                    print(f"{rows:>9} {move * 1000:>17.1f} {edit * 1000:>10.1f}")
                    if data is not None:
                        shown = measure_data_edits(data, args.data_rows, args.samples)
                        doc.getCurrentController().getSidebar().setVisible(False)
                        hidden = measure_data_edits(data, args.data_rows, args.samples)
                        print(f"  edit on a {args.data_rows:,} x 10 data sheet: "
                              f"{shown * 1000:.1f} ms with the deck open, "
                              f"{hidden * 1000:.1f} ms with the sidebar hidden")
                finally:
                    doc.close(True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
