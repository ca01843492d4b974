"""Reading and writing cells the way the tests need it."""

# Calc's error codes as XCell.getError() reports them.
ERR_ILLEGAL_ARGUMENT = 502
ERR_PARAMETER_LIST = 504
ERR_VALUE = 519
ERR_NOT_AVAILABLE = 32767
ERR_NAME = 525


def put(cell, value):
    """A number, a bool (as 1/0), a formula (starting with =) or a text."""
    if value is None:
        cell.setString("")
    elif isinstance(value, bool):
        cell.setValue(1 if value else 0)
    elif isinstance(value, (int, float)):
        cell.setValue(value)
    elif value.startswith("="):
        cell.setFormula(value)
    else:
        cell.setString(value)


def put_rows(sheet, top, left, rows):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            put(sheet.getCellByPosition(left + c, top + r), value)


def evaluate(doc, sheet, formula, where=(30, 0)):
    """Sets a formula, recalculates, and returns the cell."""
    cell = sheet.getCellByPosition(*where)
    cell.setFormula(formula)
    doc.calculateAll()
    return cell
