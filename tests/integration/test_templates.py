"""The templates open clean in Calc with the extension (no error cell anywhere),
and the account mapping template computes what it says on real lists."""

import glob
import os
import shutil

import pytest

FORMULA_RESULT_ERROR = 4  # com.sun.star.sheet.FormulaResult.ERROR

TEMPLATES = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "..", "templates",
                                          "*.fods")))


def open_copy(office, path, tmp_path):
    copy = tmp_path / os.path.basename(path)
    shutil.copyfile(path, copy)
    doc = office.open(str(copy))
    doc.calculateAll()
    return doc


def error_cells(doc):
    """The addresses of every formula cell whose result is an error value."""
    found = []
    for sheet in doc.Sheets:
        ranges = sheet.queryFormulaCells(FORMULA_RESULT_ERROR)
        found += [ranges.getByIndex(i).AbsoluteName for i in range(ranges.getCount())]
    return found


def test_error_cells_are_found(calc, sheet):
    # Guards the check above: it must see an error when there is one.
    sheet.getCellRangeByName("B2").setFormula("=1/0")
    calc.calculateAll()
    assert error_cells(calc) == ["$Sheet1.$B$2"]


def test_there_are_templates():
    assert any(p.endswith("account-mapping.fods") for p in TEMPLATES)


@pytest.mark.parametrize("path", TEMPLATES, ids=os.path.basename)
def test_template_opens_without_error_cells(office, path, tmp_path):
    doc = open_copy(office, path, tmp_path)
    try:
        assert error_cells(doc) == []
    finally:
        doc.close(True)


def test_account_mapping_counts_conflicts_and_hashes(office, tmp_path):
    path = [p for p in TEMPLATES if p.endswith("account-mapping.fods")][0]
    doc = open_copy(office, path, tmp_path)
    try:
        lists = doc.Sheets.getByName("Account mapping")
        columns = {
            "A": ["ACME Inc.", "Globex Corporation", "Initech LLC", "jane@gmail.com"],
            "B": ["Hooli", "Stark Industries"],
            "C": ["Acme, Incorporated", "initech.com", "Wayne Enterprises"],
            "D": ["Globex Corp.", "Hooli Inc", "Stark Industries"],
        }
        for col, names in columns.items():
            for i, name in enumerate(names):
                lists.getCellRangeByName(f"{col}{10 + i}").setString(name)
        doc.calculateAll()
        counts = [lists.getCellRangeByName(f"H{r}").getValue() for r in range(10, 14)]
        # customers x customers: acme, initech; customers x prospects: globex;
        # prospects x customers: none; prospects x prospects: hooli, stark
        assert counts == [2, 1, 0, 2]
        assert lists.getCellRangeByName("G16").getString() == "account_conflicts"
        assert lists.getCellRangeByName("H16").getValue() == 2
        flags = [lists.getCellRangeByName(f"E{r}").getString() for r in range(10, 14)]
        assert flags == ["Their customer too: conflict", "Their prospect: co-sell",
                         "Their customer too: conflict", ""]

        hashed = doc.Sheets.getByName("Hashed exchange")
        hashed.getCellRangeByName("B4").setString("agreed secret")
        for i, name in enumerate(columns["A"]):
            hashed.getCellRangeByName(f"A{10 + i}").setString(name)
        # The partner's hashes, made the same way in their own copy.
        for i, name in enumerate(columns["C"]):
            hashed.getCellRangeByName(f"G{30 + i}").setFormula(
                f'=ALLIANCE_ACCOUNT_HASH("{name}"; "agreed secret")')
        doc.calculateAll()
        for i in range(len(columns["C"])):
            value = hashed.getCellRangeByName(f"G{30 + i}").getString()
            hashed.getCellRangeByName(f"D{10 + i}").setString(value)
        doc.calculateAll()
        assert hashed.getCellRangeByName("H10").getValue() == 2
        assert len(hashed.getCellRangeByName("B10").getString()) == 64
        assert hashed.getCellRangeByName("B13").getString() == ""  # free-mail: no hash
        assert [hashed.getCellRangeByName(f"C{r}").getString() for r in range(10, 13)] == [
            "shared", "", "shared"]
    finally:
        doc.close(True)
