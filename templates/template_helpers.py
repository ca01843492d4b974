"""What the template scripts share: their texts and languages, read from the
product's text catalogue (po/), writing text and formulas, the look of titles,
headings, input and result cells, drop-down lists, number formats, and storing
the workbook as flat ODF with its title."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "integration"))
sys.path.insert(0, os.path.join(HERE, "..", "src", "text"))
from office import file_url, props  # noqa: E402
import po  # noqa: E402

import uno  # noqa: E402
from com.sun.star.table import CellAddress  # noqa: E402

BOLD = 150.0
TITLE_SIZE = 16.0
HEADING_BACK = 0xDDE8F3  # pale blue: column headings
INPUT_BACK = 0xFFF8DC  # pale yellow: cells to type into
RESULT_BACK = 0xEEEEEE  # pale grey: computed by the formulas
STATUS_COLOURS = {"Green": 0xC6EFCE, "Amber": 0xFFE699, "Red": 0xF4B6B6}

FLAT_FILTER = "OpenDocument Spreadsheet Flat XML"


def new_document(office):
    """A new spreadsheet. Not hidden (the office is headless anyway): a hidden
    document stores no view settings, and the frozen headings are one."""
    return office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())


def text(sheet, cell, value, bold=False):
    c = sheet.getCellRangeByName(cell)
    c.setString(value)  # text stays text, even when it starts with "="
    if bold:
        c.setPropertyValue("CharWeight", BOLD)
    return c


def formula(sheet, cell, value):
    sheet.getCellRangeByName(cell).setFormula(value)


def value(sheet, cell, number):
    sheet.getCellRangeByName(cell).setValue(number)


def title(sheet, cell, value_text):
    c = text(sheet, cell, value_text, bold=True)
    c.setPropertyValue("CharHeight", TITLE_SIZE)


def guidance(sheet, cells, value_text):
    """Guidance: grey italics, so it reads as help, not data. Given a range such
    as "A2:F2", the text wraps across it, and the row grows to show it all (set
    the column widths first)."""
    first = cells.split(":")[0]
    c = text(sheet, first, value_text)
    c.setPropertyValue("CharPosture", uno.Enum("com.sun.star.awt.FontSlant", "ITALIC"))
    c.setPropertyValue("CharColor", 0x555555)
    if ":" not in cells:
        return
    area = sheet.getCellRangeByName(cells)
    area.merge(True)
    area.setPropertyValue("IsTextWrapped", True)
    address = area.getRangeAddress()
    columns = sheet.getColumns()
    width = sum(columns.getByIndex(i).getPropertyValue("Width")
                for i in range(address.StartColumn, address.EndColumn + 1))
    # Calc sizes no row to a merged cell's text: about 1.8 mm a character, 4.5 mm a line.
    lines = -(-len(value_text) * 180 // max(width - 200, 1000))
    sheet.getRows().getByIndex(address.StartRow).setPropertyValue("Height", lines * 450 + 100)


def guidance_beside(sheet, column, first_row, texts):
    """Guidance beside a table whose rows hold data (set the column's width
    first): each text wraps in a block of cells merged down `column` from
    `first_row`, as many rows as it needs, so the table's rows keep their
    height. Returns the first row below the last block."""
    index = sheet.getCellRangeByName(f"{column}1").getCellAddress().Column
    width = sheet.getColumns().getByIndex(index).getPropertyValue("Width")
    row = first_row
    for value_text in texts:
        # The estimate of guidance(): about 1.8 mm a character, 4.5 mm a line.
        lines = -(-len(value_text) * 180 // max(width - 200, 1000))
        row_height = sheet.getRows().getByIndex(row - 1).getPropertyValue("Height")
        count = max(1, -(-(lines * 450 + 100) // max(row_height, 1)))
        c = text(sheet, f"{column}{row}", value_text)
        c.setPropertyValue("CharPosture", uno.Enum("com.sun.star.awt.FontSlant", "ITALIC"))
        c.setPropertyValue("CharColor", 0x555555)
        area = sheet.getCellRangeByName(f"{column}{row}:{column}{row + count - 1}")
        area.merge(True)
        area.setPropertyValue("IsTextWrapped", True)
        row += count
    return row


def headings(sheet, first_cell, names):
    """Bold column headings on a pale background, left to right from first_cell."""
    start = sheet.getCellRangeByName(first_cell).getCellAddress()
    for i, name in enumerate(names):
        c = sheet.getCellByPosition(start.Column + i, start.Row)
        c.setString(name)
        c.setPropertyValue("CharWeight", BOLD)
        c.setPropertyValue("CellBackColor", HEADING_BACK)


def shade(sheet, cells, colour):
    sheet.getCellRangeByName(cells).setPropertyValue("CellBackColor", colour)


def inputs(sheet, cells):
    shade(sheet, cells, INPUT_BACK)


def results(sheet, cells):
    shade(sheet, cells, RESULT_BACK)


def widths(sheet, values):
    """Column widths in 1/100 mm from column A on; None keeps a column as it is."""
    columns = sheet.getColumns()
    for i, width in enumerate(values):
        if width is not None:
            columns.getByIndex(i).setPropertyValue("Width", width)


def wrap(sheet, cells):
    sheet.getCellRangeByName(cells).setPropertyValue("IsTextWrapped", True)


SOURCE_LANGUAGE = "en"  # the catalogue's own language, po/alliancecalc.pot

# The country of a language's document locale where it is not the language code
# in capitals (de: DE, fr: FR).
COUNTRIES = {"cs": "CZ", "da": "DK", "el": "GR", "et": "EE", "ja": "JP", "ko": "KR",
             "nb": "NO", "nn": "NO", "sl": "SI", "sv": "SE", "uk": "UA", "zh": "CN"}


def languages():
    """The languages a template can be written in: "en", then one per po/LANG.po."""
    return po.language_codes()


def texts(script, language):
    """The texts of one template script in one language, from the catalogue: the
    contexts Template.SCRIPT.KEY, English where a text is not translated. A key
    of several parts nests: Template.portfolio.notes.Partner is
    s["notes"]["Partner"], and parts 1, 2, 3... make a list, so
    Template.checklist.questions.1.yes is s["questions"][0]["yes"]. The five
    dimensions' names are the catalogue's own (Dimension.*), under their English
    names: s["Strategy"] is "Strategie" in German."""
    out = dict(po.texts("Dimension", language))
    for name, value in po.texts("Template." + script, language).items():
        *parents, last = name.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return {key: _numbered_as_list(value) for key, value in out.items()}


def _numbered_as_list(node):
    if not isinstance(node, dict):
        return node
    node = {key: _numbered_as_list(value) for key, value in node.items()}
    if all(key.isdigit() for key in node):
        return [node[str(i)] for i in range(1, len(node) + 1)]
    return node


def locale(language):
    """The document locale of a language code: de is de-DE."""
    from com.sun.star.lang import Locale
    return Locale(language, COUNTRIES.get(language, language.upper()), "")


def set_language(doc, language):
    """The document's language ("en" keeps the office's): its text and the
    notation of its number formats (a German document shows 1.234,5)."""
    if language != SOURCE_LANGUAGE:
        doc.CharLocale = locale(language)


def number_format(doc, sheet, cells, code):
    """A format given in the office's English notation, in the document's language."""
    formats = doc.NumberFormats
    if doc.CharLocale.Language != SOURCE_LANGUAGE:
        from com.sun.star.lang import Locale
        key = formats.addNewConverted(code, Locale("en", "US", ""), doc.CharLocale)
    else:
        key = formats.queryKey(code, doc.CharLocale, False)
        if key == -1:
            key = formats.addNew(code, doc.CharLocale)
    sheet.getCellRangeByName(cells).setPropertyValue("NumberFormat", key)


def choices(sheet, cells, options, help_text=None):
    """A drop-down list on the cells. Other values are still accepted (a metric
    also takes y/n, true/false or 1/0), so the list helps without refusing. The
    list is given through XSheetCondition.setFormula1: a table validation has no
    Formula1 property, and setting one is ignored without a word, which leaves
    an empty list (stored as cell-content-is-in-list(0))."""
    cell_range = sheet.getCellRangeByName(cells)
    validation = cell_range.getPropertyValue("Validation")
    validation.setPropertyValue("Type", uno.Enum("com.sun.star.sheet.ValidationType", "LIST"))
    validation.setFormula1(";".join(
        str(o) if isinstance(o, (int, float)) else '"%s"' % o for o in options))
    validation.setPropertyValue("IgnoreBlankCells", True)
    validation.setPropertyValue("ShowList", 1)  # TableValidationVisibility.UNSORTED
    validation.setPropertyValue("ShowErrorMessage", False)
    if help_text:
        validation.setPropertyValue("ShowInputMessage", True)
        validation.setPropertyValue("InputMessage", help_text)
    cell_range.setPropertyValue("Validation", validation)


def note(sheet, cell, value_text):
    """A comment on a cell: shown when the pointer rests on it."""
    address = sheet.getCellRangeByName(cell).getCellAddress()
    sheet.getAnnotations().insertNew(CellAddress(address.Sheet, address.Column, address.Row),
                                     value_text)


def status_colours(doc, sheet, cells):
    """Green, Amber and Red cells coloured as they read."""
    styles = doc.StyleFamilies.getByName("CellStyles")
    cell_range = sheet.getCellRangeByName(cells)
    conditions = cell_range.getPropertyValue("ConditionalFormat")
    for word, colour in STATUS_COLOURS.items():
        name = "Alliance " + word
        if not styles.hasByName(name):
            style = doc.createInstance("com.sun.star.style.CellStyle")
            styles.insertByName(name, style)
            style.setPropertyValue("CellBackColor", colour)
        conditions.addNew(props(
            Operator=uno.Enum("com.sun.star.sheet.ConditionOperator", "EQUAL"),
            Formula1='"%s"' % word, StyleName=name))
    cell_range.setPropertyValue("ConditionalFormat", conditions)


def freeze(doc, sheet, columns, rows):
    """Keeps the first columns and rows in view while scrolling."""
    controller = doc.getCurrentController()
    controller.setActiveSheet(sheet)
    controller.freezeAtPosition(columns, rows)


def finish(doc, document_title):
    """Names the document (its name in the template dialog), aligns the cells to
    the top, shows the first sheet, and recalculates."""
    doc.getDocumentProperties().Title = document_title
    for sheet in doc.Sheets:  # wrapped notes beside a short label: both read from the top
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        used = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        used.setPropertyValue("VertJustify", 1)  # com.sun.star.table.CellVertJustify2.TOP
    doc.getCurrentController().setActiveSheet(doc.Sheets.getByIndex(0))
    doc.calculateAll()


def store(doc, output, document_title):
    """Finishes the document and stores it as flat ODF."""
    finish(doc, document_title)
    doc.storeToURL(file_url(output), props(FilterName=FLAT_FILTER))
