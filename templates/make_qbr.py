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
import uno  # noqa: E402
from office import Office, file_url, props  # noqa: E402

METRICS = ["map_elements", "exec_signoff", "goal_alignment", "revenue_target", "revenue_actual",
           "pipeline", "resources_committed", "resources_actual", "exec_sponsor",
           "sales_sponsor", "manager_changes", "trust", "jbp", "days_since_qbr", "exit_plan",
           "account_conflicts"]
DEFAULT_WEIGHTS = [0.25, 0.30, 0.20, 0.15, 0.10]
DIMENSIONS = ["Strategy", "Execution", "Commitment", "Trust", "Governance"]
BOLD = 150.0
LANGUAGES = t.languages()

# The review is two sheets. QBR is the printed review and nothing else: columns A
# to D, in this order from the top. Rows marked "internal" are removed from the
# review meant for the partner; "grows" rows hold the first line of a table the
# generator extends; "chart" rows are tall and empty, and the generator places
# the charts on them once the rows above are final. The second sheet holds the
# workings (the metrics, the scoring, the quarters) that the review's live
# formulas and charts read; it is not printed. src/qbr/qbr_layout.h names the same
# cells.
ROW_HEALTH = 7          # B: this quarter, C: last quarter, D: the change
ROW_STATUS = 8
ROW_DIMENSIONS = 9      # 9..13
ROW_ACTION = 14         # internal
ROW_QUARTERS_RED = 15   # internal
ROW_CHARTS = 17         # chart: the dimensions (left half) and the health trend (right half)
ROW_REVENUE = 19        # heading; the figures in 20..24
ROW_REVENUE_CHART = 25  # chart
ROW_SUMMARY = 28        # a paragraph merged over A:D
ROW_TOPICS = 30         # heading, column headings in 31, topics from 32 (grows)
ROW_QUESTIONS = 34      # internal: heading, headings, questions from 36 (grows), blank
ROW_MAP = 38
ROW_MILESTONES = 42     # heading, headings, milestones from 44 (grows)
ROW_LAST_COMMITMENTS = 46  # heading, headings, last quarter's from 48 (grows)
ROW_COMMITMENTS = 50    # heading, headings, six rows to fill in (52..57)
LAST_ROW = 57
CHART_ROW_HEIGHT = 5800  # 1/100 mm
# A..D: together 18.6 cm, an A4 page's width inside 1.2 cm margins.
COLUMN_WIDTHS = [4400, 9400, 2400, 2400]

# The workings sheet: the metrics the generator fills (names in A, values in B),
# the portfolio's Settings it copies in (the five weights, Green at, Amber at),
# the quarters (D..H) and the dimensions as the chart draws them (J..L).
W_METRICS_ROW = 5       # A5:B20
W_SCORING_ROW = 23      # B23:B27 the weights, B28 Green at, B29 Amber at
W_LIVE_SUMMARY = 31     # A31 the label, A32 the English paragraph


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
    the summary: the English layout computes it in A28 (ALLIANCE_QBR_SUMMARY gives
    English only); every other language keeps A28 for the paragraph the generator
    writes in that language, and shows the live English formula on the workings."""
    s = t.texts("qbr", language)
    sheet.setName("QBR")  # the generator finds the sheet by this name
    doc.Sheets.insertNewByName(s["workings"], 1)  # the generator finds it second
    work = doc.Sheets.getByIndex(1)
    name = "$" + s["workings"] + "."
    block = f"{name}$A${W_METRICS_ROW}:$B${W_METRICS_ROW + 15}"
    weights = f"{name}$B${W_SCORING_ROW}:$B${W_SCORING_ROW + 4}"
    green_at, amber_at = f"{name}$B${W_SCORING_ROW + 5}", f"{name}$B${W_SCORING_ROW + 6}"
    metric = {m: f"{name}$B${W_METRICS_ROW + i}" for i, m in enumerate(METRICS)}
    workings(doc, work, s)

    put(sheet, "A1", s["title"], bold=True, size=15.0)
    put(sheet, "A3", s["partner"], bold=True)
    put(sheet, "A4", s["quarter"], bold=True)

    h, st = ROW_HEALTH, ROW_STATUS
    t.headings(sheet, f"A{h - 1}", ["", s["this quarter"], s["last quarter"], s["change"]])
    put(sheet, f"A{h}", s["health"], bold=True)
    put(sheet, f"B{h}", f'=IF(ALLIANCE_CHECK({block})="OK";ALLIANCE_HEALTH({block};;{weights});"")')
    put(sheet, f"A{st}", s["status"], bold=True)
    put(sheet, f"B{st}", f'=IF(B{h}="";"";ALLIANCE_STATUS(B{h};{green_at};{amber_at}))')
    put(sheet, f"C{st}", f'=IF(C{h}="";"";ALLIANCE_STATUS(C{h};{green_at};{amber_at}))')
    for i, dim in enumerate(DIMENSIONS):
        row = ROW_DIMENSIONS + i
        put(sheet, f"A{row}", s[dim])
        put(sheet, f"B{row}", f'=IF($B${h}="";"";IFERROR(ALLIANCE_DIMENSION({block};'
                              f'"{dim.lower()}");"{s["not known"]}"))')
    last_dimension = ROW_DIMENSIONS + len(DIMENSIONS) - 1
    for row in [h] + list(range(ROW_DIMENSIONS, last_dimension + 1)):
        put(sheet, f"D{row}", f'=IF(AND(ISNUMBER(B{row});ISNUMBER(C{row}));B{row}-C{row};"")')
    put(sheet, f"A{ROW_ACTION}", s["action"])
    put(sheet, f"B{ROW_ACTION}", f'=IF(B{h}="";"";IF(C{h}="";ALLIANCE_ACTION(B{h};;B{ROW_QUARTERS_RED});'
                                 f'ALLIANCE_ACTION(B{h};C{h};B{ROW_QUARTERS_RED})))')
    put(sheet, f"A{ROW_QUARTERS_RED}", s["quarters red"])
    number_format(doc, sheet, f"B{h}:C{last_dimension}", "0.0")
    # The change as an arrow and points, green up, red down.
    number_format(doc, sheet, f"D{h}:D{last_dimension}", '[GREEN]"▲ "0.0;[RED]"▼ "0.0;"► "0.0')
    t.status_colours(doc, sheet, f"B{st}:C{st}")
    band_colours(sheet, f"B{h}:C{h}", green_at, amber_at)
    sheet.getCellRangeByName(f"B{h}:C{h}").setPropertyValue("CharWeight", BOLD)
    sheet.getCellRangeByName(f"B{h}:C{h}").setPropertyValue("CharHeight", 13.0)
    # The numbers in a block on the right of the wide column B, under their headings.
    sheet.getCellRangeByName(f"B{h - 1}:D{ROW_QUARTERS_RED}").setPropertyValue("HoriJustify", 3)
    sheet.getRows().getByIndex(ROW_CHARTS - 1).setPropertyValue("Height", CHART_ROW_HEIGHT)

    r = ROW_REVENUE
    put(sheet, f"A{r}", s["revenue"], bold=True, size=12.0)
    target, actual, pipeline = metric["revenue_target"], metric["revenue_actual"], metric["pipeline"]
    for i, (key, formula) in enumerate([
            ("target", f'=IF(ISNUMBER({target});{target};"{s["not known"]}")'),
            ("actual", f'=IF(ISNUMBER({actual});{actual};"{s["not known"]}")'),
            ("attainment", f'=IF(AND(ISNUMBER({target});ISNUMBER({actual}));{actual}/{target};"")'),
            ("pipeline", f'=IF(ISNUMBER({pipeline});{pipeline};"{s["not known"]}")'),
            ("coverage", f'=IF(AND(ISNUMBER({target});ISNUMBER({actual});ISNUMBER({pipeline}));'
                         f'IF({target}-{actual}>0;{pipeline}/({target}-{actual});'
                         f'"{s["target met"]}");"")')]):
        put(sheet, f"A{r + 1 + i}", s[key])
        put(sheet, f"B{r + 1 + i}", formula)
    number_format(doc, sheet, f"B{r + 1}:B{r + 2}", "#,##0")
    number_format(doc, sheet, f"B{r + 4}", "#,##0")
    number_format(doc, sheet, f"B{r + 3}", "0%")
    number_format(doc, sheet, f"B{r + 5}", '0.0"x"')
    sheet.getCellRangeByName(f"B{r + 1}:B{r + 5}").setPropertyValue("HoriJustify", 3)
    sheet.getRows().getByIndex(ROW_REVENUE_CHART - 1).setPropertyValue("Height", CHART_ROW_HEIGHT)

    put(sheet, f"A{ROW_SUMMARY - 1}", s["summary"], bold=True, size=12.0)
    # A28 holds the generator's paragraph, with the portfolio's weights and bands
    # and in the review's language; the function's English one is on the workings.
    put(work, f"A{W_LIVE_SUMMARY + 1}",
        f'=IF($QBR.B{h}="";"";IF($QBR.C{h}="";ALLIANCE_QBR_SUMMARY({block});'
        f'ALLIANCE_QBR_SUMMARY({block};;$QBR.C{h})))')
    sheet.getCellRangeByName(f"A{ROW_SUMMARY}:D{ROW_SUMMARY}").merge(True)
    sheet.getCellRangeByName(f"A{ROW_SUMMARY}").setPropertyValue("IsTextWrapped", True)
    sheet.getCellRangeByName(f"A{ROW_SUMMARY}").setPropertyValue("VertJustify", 1)  # top

    def table(row, title, names, grows_from=None):
        put(sheet, f"A{row}", title, bold=True, size=12.0)
        t.headings(sheet, f"A{row + 1}", names + [""] * (4 - len(names)))
        if grows_from:
            first = sheet.getCellRangeByName(f"A{grows_from}:D{grows_from}")
            first.setPropertyValue("IsTextWrapped", True)
            first.setPropertyValue("VertJustify", 1)  # top: a short cell beside a long one
            first.setPropertyValue("HoriJustify", 1)  # left, dates too

    table(ROW_TOPICS, s["topics"], [s["topic"], s["together"]], ROW_TOPICS + 2)
    table(ROW_QUESTIONS, s["questions"], [s["warning sign"], s["question"]], ROW_QUESTIONS + 2)

    put(sheet, f"A{ROW_MAP}", s["map"], bold=True, size=12.0)
    put(sheet, f"A{ROW_MAP + 1}", s["elements"])
    elements, signoff = metric["map_elements"], metric["exec_signoff"]
    put(sheet, f"B{ROW_MAP + 1}",
        f'=IF(ISNUMBER({elements});{elements}&"{s["of 10"]}";"{s["not known"]}")')
    put(sheet, f"A{ROW_MAP + 2}", s["signoff"])
    # The metric accepts the contract's words (yes, y, true, 1); the answer is in the
    # layout's language.
    put(sheet, f"B{ROW_MAP + 2}",
        f'=IF(ISBLANK({signoff});"{s["not known"]}";IF(OR({signoff}=1;LOWER({signoff})="yes";'
        f'LOWER({signoff})="y";LOWER({signoff})="true");"{s["yes"]}";"{s["no"]}"))')

    m = ROW_MILESTONES
    table(m, s["milestones"], [s["due"], s["milestone"], s["owner"], s["status"]], m + 2)
    number_format(doc, sheet, f"A{m + 2}", "YYYY-MM-DD")
    lc = ROW_LAST_COMMITMENTS
    table(lc, s["last commitments"], [s["owner"], s["commitment action"], s["due"], s["kept"]],
          lc + 2)
    number_format(doc, sheet, f"C{lc + 2}", "YYYY-MM-DD")
    cm = ROW_COMMITMENTS
    # Kept (D) is filled in at the next review, which lists these as last quarter's.
    table(cm, s["commitments"], [s["owner"], s["commitment action"], s["due"], s["kept"]])
    number_format(doc, sheet, f"C{cm + 2}:C{LAST_ROW}", "YYYY-MM-DD")
    fill_in_lines(sheet, f"A{cm + 2}:D{LAST_ROW}")
    # A named range the generator reads back from last quarter's review.
    doc.NamedRanges.addNewByName("Commitments", f"$QBR.$A${cm + 2}:$D${LAST_ROW}",
                                 sheet.getCellRangeByName("A1").CellAddress, 0)

    # Labels wrap in their column rather than run under the value beside them.
    for cells in (f"A3:A{ROW_QUARTERS_RED}", f"A{ROW_REVENUE + 1}:A{ROW_REVENUE + 5}",
                  f"A{ROW_MAP + 1}:A{ROW_MAP + 2}"):
        sheet.getCellRangeByName(cells).setPropertyValue("IsTextWrapped", True)
    # The scorecard, the charts and the summary on the first page; the topics, the
    # plan and the commitments start the second.
    sheet.getRows().getByIndex(ROW_TOPICS - 1).IsStartOfNewPage = True
    add_charts(doc, work, sheet, s)
    set_print_layout(doc, sheet, work)
    columns = sheet.getColumns()
    for i, width in enumerate(COLUMN_WIDTHS):
        columns.getByIndex(i).setPropertyValue("Width", width)


def workings(doc, work, s):
    """The second sheet: what the review's formulas and charts read."""
    t.widths(work, [5200, 2600, 600, 2400, 2000, 3200, 3200, 3000, 600, 3000, 2600, 2600])
    t.guidance(work, "A1", s["guidance"])
    put(work, f"A{W_METRICS_ROW - 2}", s["metrics"], bold=True)
    t.headings(work, f"A{W_METRICS_ROW - 1}", [s["metric"], s["value"]])
    for i, name in enumerate(METRICS):  # the contract's names: the functions match them
        put(work, f"A{W_METRICS_ROW + i}", name)
    put(work, f"A{W_SCORING_ROW - 1}", s["scoring"], bold=True)
    for i, (name, weight) in enumerate(zip(DIMENSIONS, DEFAULT_WEIGHTS)):
        put(work, f"A{W_SCORING_ROW + i}", s[name] + s["weight"])
        put(work, f"B{W_SCORING_ROW + i}", weight)
    put(work, f"A{W_SCORING_ROW + 5}", s["green at"])
    put(work, f"B{W_SCORING_ROW + 5}", 70)
    put(work, f"A{W_SCORING_ROW + 6}", s["amber at"])
    put(work, f"B{W_SCORING_ROW + 6}", 50)
    put(work, f"A{W_LIVE_SUMMARY}", s["live summary"], bold=True)

    put(work, "D3", s["quarters"], bold=True)
    # The target last: the revenue chart draws the last series as a line.
    t.headings(work, "D4", [s["quarter"], s["health"], s["revenue actual"], s["pipeline"],
                            s["revenue target"]])
    number_format(doc, work, "E5:E12", "0.0")
    number_format(doc, work, "F5:H12", "#,##0")
    # The dimensions this quarter and last, as the chart draws them: a dimension
    # without a score is #N/A, a gap in the chart, once the review has a health; the
    # empty layout has no error cell.
    t.headings(work, "J4", ["", s["this quarter"], s["last quarter"]])
    for i in range(len(DIMENSIONS)):
        row = ROW_DIMENSIONS + i
        put(work, f"J{5 + i}", f"=$QBR.A{row}")
        for column, source in (("K", "B"), ("L", "C")):
            put(work, f"{column}{5 + i}",
                f'=IF(ISNUMBER($QBR.{source}{row});$QBR.{source}{row};'
                f'IF(ISNUMBER($QBR.B{ROW_HEALTH});NA();""))')


def band_colours(sheet, cells, green_at, amber_at):
    """A health coloured by the band it falls in, with the review's own bands (the
    cell styles are the ones status_colours makes)."""
    cell_range = sheet.getCellRangeByName(cells)
    first = cells.split(":")[0]
    conditions = cell_range.getPropertyValue("ConditionalFormat")
    # The formula's relative reference is to the range's first cell, as seen from it.
    origin = sheet.getCellRangeByName(first).CellAddress
    for word, test in (("Green", f"{first}>={green_at}"), ("Amber", f"{first}>={amber_at}"),
                       ("Red", f"{first}<{amber_at}")):
        conditions.addNew(props(
            Operator=uno.Enum("com.sun.star.sheet.ConditionOperator", "FORMULA"),
            Formula1=f"AND(ISNUMBER({first});{test})", StyleName="Alliance " + word,
            SourcePosition=origin))
    cell_range.setPropertyValue("ConditionalFormat", conditions)


def fill_in_lines(sheet, cells):
    """Thin grey lines under the rows the meeting fills in."""
    from com.sun.star.table import BorderLine2
    line = BorderLine2()
    line.Color, line.LineWidth, line.OuterLineWidth = 0xA0A0A0, 18, 18
    area = sheet.getCellRangeByName(cells)
    area.setPropertyValue("BottomBorder", line)
    area.getRows().Height = 650


def add_charts(doc, work, sheet, s):
    """The charts, on the QBR sheet and named for the generator, which narrows
    their ranges to the quarters it fills and places them on the chart rows."""
    from com.sun.star.awt import Rectangle
    from com.sun.star.table import CellRangeAddress

    def cells(first_col, last_col, first_row, last_row):
        r = CellRangeAddress()
        r.Sheet, r.StartColumn, r.EndColumn, r.StartRow, r.EndRow = (
            1, first_col, last_col, first_row, last_row)
        return r

    charts = sheet.getCharts()
    page = sheet.getDrawPage()

    def add(name, ranges, title, diagram=None, y=0):
        charts.addNewByName(name, Rectangle(0, y, 9000, 5000), ranges, True, True)
        page.getByIndex(page.getCount() - 1).Name = name  # kept in the file
        chart = charts.getByName(name).getEmbeddedObject()
        if diagram:
            chart.setDiagram(chart.createInstance(diagram))
        # The series are the columns of the workings. Said, not left to the office's
        # guess from the empty layout's cells, which reads them as rows.
        chart.getDiagram().DataRowSource = uno.Enum("com.sun.star.chart.ChartDataRowSource",
                                                    "COLUMNS")
        chart.HasMainTitle = True
        chart.getTitle().String = title
        chart.getTitle().CharHeight = 11.0
        chart.HasLegend = True
        return chart

    def scale_0_to_100(chart):  # scores are read against the whole scale
        axis = chart.getDiagram().getYAxis()
        axis.AutoMin, axis.AutoMax, axis.AutoStepMain = False, False, False
        axis.Min, axis.Max, axis.StepMain = 0.0, 100.0, 20.0

    # The office makes a chart's series from the columns that hold numbers. The
    # empty layout's dimension cells are blank until the review has a health, so
    # the charts are made while it has one.
    health = sheet.getCellRangeByName(f"B{ROW_HEALTH}")
    formula = health.getFormula()
    health.setValue(50.0)
    # J4:L9: the dimensions this quarter and last.
    dimensions = add("Dimensions", (cells(9, 11, 3, 8),), s["dimension chart title"])
    dimensions.getLegend().Alignment = uno.Enum("com.sun.star.chart.ChartLegendPosition",
                                                "BOTTOM")
    dimensions.getDiagram().Vertical = True  # bars across: the names read level
    for series, colour in enumerate((0x1F4E79, 0xA6A6A6)):  # this quarter strong, last muted
        dimensions.getDiagram().getDataRowProperties(series).setPropertyValue("FillColor", colour)
    scale_0_to_100(dimensions)
    # D: the quarter, E: the health.
    trend = add("HealthTrend", (cells(3, 3, 3, 11), cells(4, 4, 3, 11)), s["trend chart title"],
                "com.sun.star.chart.LineDiagram", 6000)
    trend.HasLegend = False
    trend.getDiagram().SymbolType = -3  # AUTO: a mark on each quarter
    scale_0_to_100(trend)
    # D: the quarter, F, G: actual and pipeline as bars, H: the year's target as a line.
    revenue = add("QuarterlyRevenue", (cells(3, 3, 3, 11), cells(5, 7, 3, 11)),
                  s["chart title"], None, 12000)
    revenue.getDiagram().NumberOfLines = 1
    # Actual dark, pipeline light, the target a dark line: distinct in print and in
    # grey, where the office's default yellow line all but vanishes.
    rows = [revenue.getDiagram().getDataRowProperties(series) for series in range(3)]
    rows[0].setPropertyValue("FillColor", 0x1F4E79)
    rows[1].setPropertyValue("FillColor", 0x9DC3E6)
    rows[2].setPropertyValue("Color", 0xC0504D)  # a line series is drawn in its Color
    rows[2].setPropertyValue("LineWidth", 60)
    health.setFormula(formula)


def set_print_layout(doc, sheet, work):
    """The printed review (PDF) is columns A to D of the QBR sheet, at most two
    pages; the generator sets the rows, the header and the paper. The workings
    are not printed."""
    from com.sun.star.table import CellRangeAddress
    area = CellRangeAddress()
    area.Sheet, area.StartColumn, area.EndColumn, area.StartRow, area.EndRow = (
        0, 0, 3, 0, LAST_ROW - 1)
    sheet.setPrintAreas((area,))
    work.setPrintAreas(())
    style = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
    for side in ("LeftMargin", "RightMargin"):
        style.setPropertyValue(side, 1200)
    style.TopMargin, style.BottomMargin = 1000, 1000
    style.ScaleToPagesX = 1  # as wide as one page
    style.ScaleToPagesY = 2  # at most two pages
    style.CenterHorizontally = True
    style.FooterIsOn = False


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
