"""Writes qbr.fods, the quarterly business review layout that the QBR generator
(src/qbr) fills for one partner and quarter. The cells the generator writes are
listed in src/qbr/qbr_layout.h; keep the two in step. Run with an office profile
that has the extension installed:

    python3 make_qbr.py PROFILE_DIR qbr.fods
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "integration"))
from office import Office, file_url, props  # noqa: E402

METRICS = ["map_elements", "exec_signoff", "goal_alignment", "revenue_target", "revenue_actual",
           "pipeline", "resources_committed", "resources_actual", "exec_sponsor",
           "sales_sponsor", "manager_changes", "trust", "jbp", "days_since_qbr", "exit_plan",
           "account_conflicts"]
BLOCK = "$G$5:$H$20"  # the metrics the generator fills: names in G, values in H
DIMENSIONS = ["Strategy", "Execution", "Commitment", "Trust", "Governance"]
BOLD = 150.0


def put(sheet, cell, value, bold=False, size=None):
    c = sheet.getCellRangeByName(cell)
    if isinstance(value, str) and value.startswith("="):
        c.setFormula(value)
    elif isinstance(value, str):
        c.setString(value)
    else:
        c.setValue(value)
    if bold:
        c.setPropertyValue("CharWeight", BOLD)
    if size:
        c.setPropertyValue("CharHeight", size)


def number_format(doc, sheet, cells, code):
    key = doc.NumberFormats.queryKey(code, doc.CharLocale, False)
    if key == -1:
        key = doc.NumberFormats.addNew(code, doc.CharLocale)
    sheet.getCellRangeByName(cells).setPropertyValue("NumberFormat", key)


def build(doc, sheet):
    sheet.setName("QBR")
    put(sheet, "A1", "Quarterly business review", bold=True, size=16.0)
    put(sheet, "A2", "Made by AllianceCalc from the partner portfolio. The scores recompute from "
                     "the metrics in column H; fill in the commitments during the meeting.")
    sheet.getCellRangeByName("A2:E2").merge(True)
    sheet.getCellRangeByName("A2").setPropertyValue("IsTextWrapped", True)
    sheet.getRows().getByIndex(1).setPropertyValue("Height", 900)
    put(sheet, "A4", "Partner", bold=True)
    put(sheet, "A5", "Quarter", bold=True)

    put(sheet, "B7", "This quarter", bold=True)
    put(sheet, "C7", "Last quarter", bold=True)
    put(sheet, "A8", "Health")
    put(sheet, "B8", f'=IF(ALLIANCE_CHECK({BLOCK})="OK";ALLIANCE_HEALTH({BLOCK});"")')
    put(sheet, "A9", "Status")
    put(sheet, "B9", '=IF(B8="";"";ALLIANCE_STATUS(B8))')
    put(sheet, "C9", '=IF(C8="";"";ALLIANCE_STATUS(C8))')
    for i, name in enumerate(DIMENSIONS):
        row = 10 + i
        put(sheet, f"A{row}", name)
        put(sheet, f"B{row}",
            f'=IF($B$8="";"";IFERROR(ALLIANCE_DIMENSION({BLOCK};"{name.lower()}");"not known"))')
    put(sheet, "A15", "Action")
    put(sheet, "B15", '=IF(B8="";"";IF(C8="";ALLIANCE_ACTION(B8;;B16);ALLIANCE_ACTION(B8;C8;B16)))')
    put(sheet, "A16", "Quarters red")
    number_format(doc, sheet, "B8:C14", "0.0")

    put(sheet, "A18", "Revenue", bold=True)
    put(sheet, "A19", "Target")
    put(sheet, "B19", '=IF(ISNUMBER(H8);H8;"")')
    put(sheet, "A20", "Actual")
    put(sheet, "B20", '=IF(ISNUMBER(H9);H9;"")')
    put(sheet, "A21", "Attainment")
    put(sheet, "B21", '=IF(AND(ISNUMBER(H8);ISNUMBER(H9));H9/H8;"")')
    put(sheet, "A22", "Pipeline")
    put(sheet, "B22", '=IF(ISNUMBER(H10);H10;"")')
    put(sheet, "A23", "Pipeline coverage")
    put(sheet, "B23", '=IF(AND(ISNUMBER(H8);ISNUMBER(H9);ISNUMBER(H10));'
                      'IF(H8-H9>0;H10/(H8-H9);"target met");"")')
    number_format(doc, sheet, "B19:B20", "#,##0")
    number_format(doc, sheet, "B22", "#,##0")
    number_format(doc, sheet, "B21", "0%")
    number_format(doc, sheet, "B23", '0.0"x"')

    put(sheet, "A25", "Summary", bold=True)
    put(sheet, "A26", f'=IF(B8="";"";IF(C8="";ALLIANCE_QBR_SUMMARY({BLOCK});'
                      f'ALLIANCE_QBR_SUMMARY({BLOCK};;C8)))')
    sheet.getCellRangeByName("A26:E26").merge(True)
    sheet.getCellRangeByName("A26").setPropertyValue("IsTextWrapped", True)
    sheet.getCellRangeByName("A26").setPropertyValue("VertJustify", 1)  # top
    sheet.getRows().getByIndex(25).setPropertyValue("Height", 2400)

    put(sheet, "A28", "Warning signs and course corrections", bold=True)
    put(sheet, "A29", "Warning sign", bold=True)
    put(sheet, "B29", "Course correction", bold=True)
    sheet.getCellRangeByName("B30:B39").setPropertyValue("IsTextWrapped", True)

    put(sheet, "A41", "Shared Strategic Map", bold=True)
    put(sheet, "A42", "Elements documented")
    put(sheet, "B42", '=IF(ISNUMBER(H5);H5&" of 10";"not known")')
    put(sheet, "A43", "Executive sign-off")
    put(sheet, "B43", '=IF(ISBLANK(H6);"not known";IF(OR(H6=1;LOWER(H6)="yes";LOWER(H6)="y";'
                      'LOWER(H6)="true");"yes";"no"))')

    put(sheet, "A45", "Joint business plan milestones", bold=True)
    for col, head in zip("ABCD", ["Milestone", "Owner", "Due date", "Status"]):
        put(sheet, f"{col}46", head, bold=True)
    number_format(doc, sheet, "C47:C58", "YYYY-MM-DD")

    put(sheet, "A60", "Commitments for next quarter", bold=True)
    for col, head in zip("ABCD", ["Action", "Owner", "Due date", "Side"]):
        put(sheet, f"{col}61", head, bold=True)
    number_format(doc, sheet, "C62:C71", "YYYY-MM-DD")

    put(sheet, "G3", "Metrics", bold=True)
    put(sheet, "G4", "Metric", bold=True)
    put(sheet, "H4", "Value", bold=True)
    for i, name in enumerate(METRICS):
        put(sheet, f"G{5 + i}", name)

    put(sheet, "J3", "Quarters", bold=True)
    for col, head in zip("JKLMN", ["Quarter", "Health", "Revenue target", "Revenue actual",
                                   "Pipeline"]):
        put(sheet, f"{col}4", head, bold=True)
    number_format(doc, sheet, "K5:K12", "0.0")
    number_format(doc, sheet, "L5:N12", "#,##0")

    # Numbers beside their labels rather than at the far edge of the wide column B.
    sheet.getCellRangeByName("B8:C23").setPropertyValue("HoriJustify", 1)  # LEFT
    put(sheet, "A73", "Revenue over the quarters", bold=True)
    add_chart(sheet)
    set_print_layout(doc, sheet)

    columns = sheet.getColumns()
    for i, width in enumerate([5200, 9000, 3000, 3000, 3000, 600, 4800, 2800, 600, 2400,
                               2000, 3200, 3200, 3000]):
        columns.getByIndex(i).setPropertyValue("Width", width)


def add_chart(sheet):
    """Revenue target, actual and pipeline over the quarters (J: quarter, L..N: the
    series). The generator narrows its ranges to the quarters it fills."""
    from com.sun.star.awt import Rectangle
    from com.sun.star.table import CellRangeAddress

    def columns(first, last):
        r = CellRangeAddress()
        r.Sheet, r.StartColumn, r.EndColumn, r.StartRow, r.EndRow = 0, first, last, 3, 11
        return r

    anchor = sheet.getCellRangeByName("A74").Position
    area = Rectangle(anchor.X, anchor.Y, 16000, 8000)
    charts = sheet.getCharts()
    charts.addNewByName("QuarterlyRevenue", area, (columns(9, 9), columns(11, 13)), True, True)
    # The name is kept in the file through the chart's drawing shape.
    page = sheet.getDrawPage()
    page.getByIndex(page.getCount() - 1).Name = "QuarterlyRevenue"
    chart = charts.getByName("QuarterlyRevenue").getEmbeddedObject()
    chart.HasMainTitle = True
    chart.HasLegend = True
    chart.getTitle().String = "Revenue against target, and pipeline"


def set_print_layout(doc, sheet):
    """The printed review (PDF) is columns A to E with the chart below; the data
    areas on the right (metrics, quarters) stay on screen only."""
    from com.sun.star.table import CellRangeAddress
    area = CellRangeAddress()
    area.Sheet, area.StartColumn, area.EndColumn, area.StartRow, area.EndRow = 0, 0, 4, 0, 90
    sheet.setPrintAreas((area,))
    style = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
    style.ScaleToPagesX = 1  # as wide as one page
    style.ScaleToPagesY = 0  # as many pages down as it needs


def main():
    profile, output = sys.argv[1], sys.argv[2]
    with Office(profile) as office:
        doc = office.new_calc()
        doc.DocumentProperties.Title = "Alliance quarterly business review"  # shown in File > New
        build(doc, doc.Sheets.getByIndex(0))
        doc.calculateAll()
        doc.storeToURL(file_url(output), props(FilterName="OpenDocument Spreadsheet Flat XML"))
        doc.close(True)


if __name__ == "__main__":
    main()
