"""Contract section 7: a workbook written for version 1 gives exactly the same results.

data/function_cases_v1.fods is the case workbook as it was committed before version 2:
every formula with the result the version-1 extension gave stored beside it in the file.
Each of its formulas, computed again by this build, must give exactly the stored result
(number for number, text for text, error for error), and every case of it must still be in
data/function_cases.fods, unchanged, so that test_function_cases.py runs them all."""

import os
import shutil
import xml.etree.ElementTree as ET

import pytest

DATA = os.path.join(os.path.dirname(__file__), "data")
VERSION_1 = os.path.join(DATA, "function_cases_v1.fods")
CURRENT = os.path.join(DATA, "function_cases.fods")

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
}
# Calc's error texts and the codes XCell.getError() gives for them.
ERROR_CODES = {"Err:502": 502, "Err:504": 504, "#N/A": 32767, "#VALUE!": 519, "#DIV/0!": 532,
               "#NUM!": 503, "#NAME?": 525, "#REF!": 524}


def attribute(element, prefix, name):
    return element.get("{%s}%s" % (NS[prefix], name))


def paragraph_text(cell):
    """The cell's shown text, as its text:p paragraphs hold it."""
    def text_of(node):
        out = [node.text or ""]
        for child in node:
            tag = child.tag.split("}")[1]
            if tag == "s":
                out.append(" " * int(attribute(child, "text", "c") or 1))
            elif tag == "tab":
                out.append("\t")
            elif tag == "line-break":
                out.append("\n")
            else:
                out.append(text_of(child))
            out.append(child.tail or "")
        return "".join(out)
    return "\n".join(text_of(p) for p in cell.findall("text:p", NS))


def stored_cells(path):
    """{(sheet, column, row): {formula, kind, value}} for every cell of the file that holds
    a formula, with the result stored for it: kind "number", "text" or "error"."""
    out = {}
    for table in ET.parse(path).getroot().iter("{%s}table" % NS["table"]):
        sheet = attribute(table, "table", "name")
        row = 0
        for table_row in table.iter("{%s}table-row" % NS["table"]):
            rows = int(attribute(table_row, "table", "number-rows-repeated") or 1)
            column = 0
            for cell in table_row:
                if cell.tag not in ("{%s}table-cell" % NS["table"],
                                    "{%s}covered-table-cell" % NS["table"]):
                    continue
                columns = int(attribute(cell, "table", "number-columns-repeated") or 1)
                formula = attribute(cell, "table", "formula")
                if formula:
                    kind = attribute(cell, "calcext", "value-type")
                    office_kind = attribute(cell, "office", "value-type")
                    if kind == "error":
                        stored = ("error", paragraph_text(cell))
                    elif office_kind in ("float", "percentage", "currency"):
                        stored = ("number", float(attribute(cell, "office", "value")))
                    elif office_kind == "boolean":  # the Pass column
                        stored = ("number", 1.0 if attribute(cell, "office", "boolean-value")
                                  == "true" else 0.0)
                    elif office_kind in ("string", None):  # None: empty text
                        value = attribute(cell, "office", "string-value")
                        stored = ("text", value if value is not None else paragraph_text(cell))
                    else:
                        raise AssertionError("%s: a result of kind %s" % (formula, office_kind))
                    for r in range(rows):
                        for c in range(columns):
                            out[(sheet, column + c, row + r)] = {"formula": formula,
                                                                  "stored": stored}
                column += columns
            row += rows
    return out


def cell_name(column, row):
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return "%s%d" % (letters, row + 1)


@pytest.fixture(scope="module")
def version_1():
    cells = stored_cells(VERSION_1)
    assert sum("ALLIANCECALC" in c["formula"] for c in cells.values()) >= 70, len(cells)
    return cells


def test_the_version_1_workbook_stores_every_kind_of_result(version_1):
    kinds = {c["stored"][0] for c in version_1.values() if "ALLIANCECALC" in c["formula"]}
    assert kinds == {"number", "text", "error"}


def test_every_formula_of_a_version_1_workbook_gives_the_same_result(office, tmp_path,
                                                                     version_1):
    copy = tmp_path / "version_1.fods"
    shutil.copyfile(VERSION_1, copy)
    doc = office.open(str(copy))
    try:
        doc.calculateAll()
        differences = []
        for (sheet_name, column, row), expected in sorted(version_1.items()):
            cell = doc.Sheets.getByName(sheet_name).getCellByPosition(column, row)
            kind, stored = expected["stored"]
            error = cell.getError()
            if kind == "error":
                same = error == ERROR_CODES[stored]
            elif kind == "number":
                same = error == 0 and cell.getValue() == stored
            else:
                same = error == 0 and cell.getString() == stored
            if not same:
                got = "error %d" % error if error else repr(cell.getValue() if kind == "number"
                                                            else cell.getString())
                differences.append("%s.%s %s\n    version 1: %r, now: %s" % (
                    sheet_name, cell_name(column, row), expected["formula"], stored, got))
        assert not differences, "\n".join(differences)
    finally:
        doc.close(True)


def test_the_version_1_cases_are_all_still_in_the_case_workbook_unchanged(version_1):
    current = stored_cells(CURRENT)
    changed = [
        "Cases.%s %s" % (cell_name(column, row), cell["formula"])
        for (sheet, column, row), cell in sorted(version_1.items())
        if sheet == "Cases" and current.get((sheet, column, row), {}).get("formula")
        != cell["formula"]
    ]
    assert not changed, "\n".join(changed)
    # ... with the results version 1 gave, which are the expected values beside them
    moved = [
        "Cases.%s" % cell_name(column, row)
        for (sheet, column, row), cell in sorted(version_1.items())
        if sheet == "Cases" and current[(sheet, column, row)]["stored"] != cell["stored"]
    ]
    assert not moved, "\n".join(moved)
