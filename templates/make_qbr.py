"""Writes qbr.fods, the quarterly business review layout that the QBR generator
(src/qbr) fills for one partner and quarter, and its German variant qbr-de.fods
from the same layout. The cells the generator writes are listed in
src/qbr/qbr_layout.h; keep the two in step. Run with an office profile that has
the extension installed:

    python3 make_qbr.py PROFILE_DIR qbr.fods
    python3 make_qbr.py PROFILE_DIR qbr-de.fods de

Every text of the layout comes from the text catalogue, po/alliancecalc.pot
(English) and po/LANG.po (one per language), under Template.qbr: the script
writes the layout in any language that has a po/LANG.po. Metric names (column
G) stay the contract's names in every language: ALLIANCE_HEALTH matches them.
The words the functions compute (status, action, warning titles) are English in
any office; the words the template's own formulas write are in its language.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import template_helpers as t  # noqa: E402
from office import Office, file_url, props  # noqa: E402

METRICS = ["map_elements", "exec_signoff", "goal_alignment", "revenue_target", "revenue_actual",
           "pipeline", "resources_committed", "resources_actual", "exec_sponsor",
           "sales_sponsor", "manager_changes", "trust", "jbp", "days_since_qbr", "exit_plan",
           "account_conflicts"]
BLOCK = "$G$5:$H$20"  # the metrics the generator fills: names in G, values in H
# The portfolio's Settings, copied in by the generator so the review scores as
# the portfolio does: the five weights in H27:H31, Green at H32, Amber at H33.
WEIGHTS = "$H$27:$H$31"
GREEN_AT = "$H$32"
AMBER_AT = "$H$33"
DEFAULT_WEIGHTS = [0.25, 0.30, 0.20, 0.15, 0.10]
DIMENSIONS = ["Strategy", "Execution", "Commitment", "Trust", "Governance"]
BOLD = 150.0
LANGUAGES = t.languages()


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
    """A format given in en-US notation, in the document's language (a German
    document shows 1.234,5)."""
    from com.sun.star.lang import Locale
    english = Locale("en", "US", "")
    formats = doc.NumberFormats
    if doc.CharLocale.Language == "en":
        key = formats.queryKey(code, english, False)
        if key == -1:
            key = formats.addNew(code, english)
    else:
        key = formats.addNewConverted(code, english, doc.CharLocale)
    sheet.getCellRangeByName(cells).setPropertyValue("NumberFormat", key)


def build(doc, sheet, language="en"):
    """The layout in `language`. The cells are the same in every language, except
    the summary: the English layout computes it in A26 (ALLIANCE_QBR_SUMMARY gives
    English only); every other language keeps A26 for the paragraph the generator
    writes in that language, and shows the live English formula on screen in G23."""
    s = t.texts("qbr", language)
    sheet.setName("QBR")  # the generator finds the sheet by this name
    put(sheet, "A1", s["title"], bold=True, size=16.0)
    put(sheet, "A2", s["guidance"])
    sheet.getCellRangeByName("A2:E2").merge(True)
    sheet.getCellRangeByName("A2").setPropertyValue("IsTextWrapped", True)
    # Calc sizes no row to a merged cell's text: about 1.8 mm a character, 4 mm a line.
    lines = -(-len(s["guidance"]) * 180 // 23000)
    sheet.getRows().getByIndex(1).setPropertyValue("Height", max(900, lines * 400 + 100))
    put(sheet, "A4", s["partner"], bold=True)
    put(sheet, "A5", s["quarter"], bold=True)

    put(sheet, "B7", s["this quarter"], bold=True)
    put(sheet, "C7", s["last quarter"], bold=True)
    put(sheet, "A8", s["health"])
    put(sheet, "B8", f'=IF(ALLIANCE_CHECK({BLOCK})="OK";ALLIANCE_HEALTH({BLOCK};;{WEIGHTS});"")')
    put(sheet, "A9", s["status"])
    put(sheet, "B9", f'=IF(B8="";"";ALLIANCE_STATUS(B8;{GREEN_AT};{AMBER_AT}))')
    put(sheet, "C9", f'=IF(C8="";"";ALLIANCE_STATUS(C8;{GREEN_AT};{AMBER_AT}))')
    for i, name in enumerate(DIMENSIONS):
        row = 10 + i
        put(sheet, f"A{row}", s[name])
        put(sheet, f"B{row}", f'=IF($B$8="";"";IFERROR(ALLIANCE_DIMENSION({BLOCK};'
                              f'"{name.lower()}");"{s["not known"]}"))')
    put(sheet, "A15", s["action"])
    put(sheet, "B15", '=IF(B8="";"";IF(C8="";ALLIANCE_ACTION(B8;;B16);ALLIANCE_ACTION(B8;C8;B16)))')
    put(sheet, "A16", s["quarters red"])
    number_format(doc, sheet, "B8:C14", "0.0")

    put(sheet, "A18", s["revenue"], bold=True)
    put(sheet, "A19", s["target"])
    put(sheet, "B19", '=IF(ISNUMBER(H8);H8;"")')
    put(sheet, "A20", s["actual"])
    put(sheet, "B20", '=IF(ISNUMBER(H9);H9;"")')
    put(sheet, "A21", s["attainment"])
    put(sheet, "B21", '=IF(AND(ISNUMBER(H8);ISNUMBER(H9));H9/H8;"")')
    put(sheet, "A22", s["pipeline"])
    put(sheet, "B22", '=IF(ISNUMBER(H10);H10;"")')
    put(sheet, "A23", s["coverage"])
    put(sheet, "B23", '=IF(AND(ISNUMBER(H8);ISNUMBER(H9);ISNUMBER(H10));'
                      f'IF(H8-H9>0;H10/(H8-H9);"{s["target met"]}");"")')
    number_format(doc, sheet, "B19:B20", "#,##0")
    number_format(doc, sheet, "B22", "#,##0")
    number_format(doc, sheet, "B21", "0%")
    number_format(doc, sheet, "B23", '0.0"x"')

    put(sheet, "A25", s["summary"], bold=True)
    summary = (f'=IF(B8="";"";IF(C8="";ALLIANCE_QBR_SUMMARY({BLOCK});'
               f'ALLIANCE_QBR_SUMMARY({BLOCK};;C8)))')
    # A26 holds the generator's paragraph, with the portfolio's weights and bands
    # and in the review's language; the function's English one is kept beside.
    put(sheet, "G22", s["live summary"], bold=True)
    put(sheet, "G23", summary)
    sheet.getCellRangeByName("A26:E26").merge(True)
    sheet.getCellRangeByName("A26").setPropertyValue("IsTextWrapped", True)
    sheet.getCellRangeByName("A26").setPropertyValue("VertJustify", 1)  # top
    sheet.getRows().getByIndex(25).setPropertyValue("Height", 2400)

    put(sheet, "A28", s["warnings"], bold=True)
    put(sheet, "A29", s["warning sign"], bold=True)
    put(sheet, "B29", s["course correction"], bold=True)
    sheet.getCellRangeByName("B30:B39").setPropertyValue("IsTextWrapped", True)

    put(sheet, "A41", s["map"], bold=True)
    put(sheet, "A42", s["elements"])
    put(sheet, "B42", f'=IF(ISNUMBER(H5);H5&"{s["of 10"]}";"{s["not known"]}")')
    put(sheet, "A43", s["signoff"])
    # The metric accepts the contract's words (yes, y, true, 1); the answer is in the
    # layout's language.
    put(sheet, "B43", f'=IF(ISBLANK(H6);"{s["not known"]}";IF(OR(H6=1;LOWER(H6)="yes";'
                      f'LOWER(H6)="y";LOWER(H6)="true");"{s["yes"]}";"{s["no"]}"))')

    put(sheet, "A45", s["milestones"], bold=True)
    for col, head in zip("ABCD", [s["milestone"], s["owner"], s["due"], s["status"]]):
        put(sheet, f"{col}46", head, bold=True)
    number_format(doc, sheet, "C47:C58", "YYYY-MM-DD")

    put(sheet, "A60", s["commitments"], bold=True)
    for col, head in zip("ABCD", [s["commitment action"], s["owner"], s["due"], s["side"]]):
        put(sheet, f"{col}61", head, bold=True)
    number_format(doc, sheet, "C62:C71", "YYYY-MM-DD")

    put(sheet, "G3", s["metrics"], bold=True)
    put(sheet, "G4", s["metric"], bold=True)
    put(sheet, "H4", s["value"], bold=True)
    for i, name in enumerate(METRICS):  # the contract's names: the functions match them
        put(sheet, f"G{5 + i}", name)

    put(sheet, "G26", s["scoring"], bold=True)
    for i, (name, weight) in enumerate(zip(DIMENSIONS, DEFAULT_WEIGHTS)):
        put(sheet, f"G{27 + i}", s[name] + s["weight"])
        put(sheet, f"H{27 + i}", weight)
    put(sheet, "G32", s["green at"])
    put(sheet, "H32", 70)
    put(sheet, "G33", s["amber at"])
    put(sheet, "H33", 50)

    put(sheet, "J3", s["quarters"], bold=True)
    for col, head in zip("JKLMN", [s["quarter"], s["health"], s["revenue target"],
                                   s["revenue actual"], s["pipeline"]]):
        put(sheet, f"{col}4", head, bold=True)
    number_format(doc, sheet, "K5:K12", "0.0")
    number_format(doc, sheet, "L5:N12", "#,##0")

    # Numbers beside their labels rather than at the far edge of the wide column B.
    sheet.getCellRangeByName("B8:C23").setPropertyValue("HoriJustify", 1)  # LEFT
    put(sheet, "A73", s["chart heading"], bold=True)
    add_chart(sheet, s["chart title"])
    set_print_layout(doc, sheet)

    columns = sheet.getColumns()
    for i, width in enumerate([5200, 9000, 3000, 3000, 3000, 600, 4800, 2800, 600, 2400,
                               2000, 3200, 3200, 3000]):
        columns.getByIndex(i).setPropertyValue("Width", width)


def add_chart(sheet, chart_title):
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
    chart.getTitle().String = chart_title


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
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    if language not in LANGUAGES:
        sys.exit("language must be one of " + ", ".join(LANGUAGES))
    with Office(profile) as office:
        doc = office.new_calc()
        t.set_language(doc, language)  # the language of its text and number formats
        doc.DocumentProperties.Title = t.texts("qbr", language)["document title"]  # in File > New
        build(doc, doc.Sheets.getByIndex(0), language)
        doc.calculateAll()
        doc.storeToURL(file_url(output), props(FilterName="OpenDocument Spreadsheet Flat XML"))
        doc.close(True)


if __name__ == "__main__":
    main()
