"""Workbooks using every ALLIANCE_* function, saved and reopened in real Calc.

- .ods keeps the formulas: reopened with the extension they are live (an edit
  recalculates them); the single-function save/reload/edit case is in
  test_functions.py.
- .xlsx keeps the computed values and the formulas, written with the add-in's
  programmatic names (ORG.ALLIANCECALC.ALLIANCEFUNCTIONS.ALLIANCEHEALTH(...));
  reopened in Calc with the extension they are live again.
- In an office without the extension, the .xlsx shows the stored values of
  ordinary formulas until a recalculation, and then #NAME?; array formulas
  (ALLIANCE_OVERLAP_LIST) show #NAME? at once. docs/troubleshooting.md says so.
"""

import os
import re
import tempfile
import zipfile

import pytest

from calc_helpers import ERR_NAME, put_rows
from office import Office, file_url, props

SCORECARD = [
    ["map_elements", 6], ["exec_signoff", "yes"], ["goal_alignment", 0.8],
    ["revenue_target", 1000], ["revenue_actual", 600], ["pipeline", 900],
    ["resources_committed", 5], ["resources_actual", 3], ["exec_sponsor", "yes"],
    ["sales_sponsor", "no"], ["manager_changes", 1], ["trust", 3.5], ["jbp", "yes"],
    ["days_since_qbr", 120], ["exit_plan", "no"], ["account_conflicts", 2],
]
# Ratings (D1:F2), checklist answers (D4:M4), account lists (D6:D9, E6:E9).
RATINGS = [[4, 3, 5], [4, 2, 5]]
ANSWERS = [["yes", "partial", "no", "yes", "yes", None, "partial", "no", "yes", "yes"]]
ACCOUNTS = [["ACME Inc.", "acme.com"], ["Globex GmbH", "Initech"],
            ["jane@initech.com", "Globex"], ["Umbrella plc", "Hooli"]]

# Column Q, one function a row; the trust cell (B12) is what the tests edit.
FORMULAS = [
    "=ALLIANCE_HEALTH(A1:B16)",
    '=ALLIANCE_DIMENSION(A1:B16; "trust")',
    "=ALLIANCE_STATUS(Q1)",
    "=ALLIANCE_WARNINGS(A1:B16)",
    "=ALLIANCE_WARNING_COUNT(A1:B16)",
    "=ALLIANCE_ALIGNMENT(D1:F1; D2:F2)",
    "=ALLIANCE_MATURITY(D4:M4)",
    "=ALLIANCE_MATURITY_LEVEL(Q7)",
    "=ALLIANCE_ACTION(Q1; 75; 0)",
    "=ALLIANCE_QBR_SUMMARY(A1:B16; ; 75)",
    "=ALLIANCE_CHECK(A1:B16)",
    "=ALLIANCE_ACCOUNT_KEY(D6)",
    "=ALLIANCE_OVERLAP(D6:D9; E6:E9)",
    "=ALLIANCE_MATCH(D8; E6:E9)",
    '=ALLIANCE_ACCOUNT_HASH(D6; "shared secret")',
]
COLUMN = 16  # Q
ARRAY_AT = (17, 0, 17, 2)  # R1:R3, ALLIANCE_OVERLAP_LIST as an array formula
ARRAY_FORMULA = "=ALLIANCE_OVERLAP_LIST(D6:D9; E6:E9)"
TRUST = (1, 11)  # B12


def build(doc):
    sheet = doc.Sheets.getByIndex(0)
    put_rows(sheet, 0, 0, SCORECARD)
    put_rows(sheet, 0, 3, RATINGS)
    put_rows(sheet, 3, 3, ANSWERS)
    put_rows(sheet, 5, 3, ACCOUNTS)
    for row, formula in enumerate(FORMULAS):
        sheet.getCellByPosition(COLUMN, row).setFormula(formula)
    sheet.getCellRangeByPosition(*ARRAY_AT).setArrayFormula(ARRAY_FORMULA)
    doc.calculateAll()


def cells(sheet):
    out = [sheet.getCellByPosition(COLUMN, row) for row in range(len(FORMULAS))]
    left, top, right, bottom = ARRAY_AT
    out += [sheet.getCellByPosition(left, row) for row in range(top, bottom + 1)]
    return out


def results(doc):
    """(error, value, text) of every formula cell."""
    return [(c.getError(), c.getValue(), c.getString()) for c in cells(doc.Sheets.getByIndex(0))]


def same_results(got, expected):
    """Equal errors and texts, and values equal to what a file keeps (.xlsx stores
    15 significant digits)."""
    assert len(got) == len(expected)
    for (error, value, text), (want_error, want_value, want_text) in zip(got, expected):
        assert (error, text) == (want_error, want_text)
        assert value == pytest.approx(want_value, rel=1e-14, abs=1e-300)
    return True


def edit_trust(doc):
    doc.Sheets.getByIndex(0).getCellByPosition(*TRUST).setValue(5)
    doc.calculateAll()


@pytest.fixture()
def saved(office):
    """The workbook's results before and after the edit, and its files."""
    with tempfile.TemporaryDirectory() as tmp:
        doc = office.new_calc()
        try:
            build(doc)
            before = results(doc)
            paths = {"ods": os.path.join(tmp, "alliance.ods"),
                     "xlsx": os.path.join(tmp, "alliance.xlsx")}
            doc.storeToURL(file_url(paths["ods"]), props(FilterName="calc8"))
            doc.storeToURL(file_url(paths["xlsx"]), props(FilterName="Calc MS Excel 2007 XML"))
            edit_trust(doc)
            after = results(doc)
        finally:
            doc.close(True)
        yield before, after, paths


def test_the_workbook_computes_before_saving(saved):
    before, after, _ = saved
    assert all(error == 0 for error, _, _ in before), before
    assert before[2][2] in ("Green", "Amber", "Red")
    assert before[10][2] == "OK"
    assert [text for _, _, text in before[-3:]] == ["ACME Inc.", "Globex GmbH", "jane@initech.com"]
    assert after[0][1] > before[0][1]  # better trust, better health


@pytest.mark.parametrize("kind", ["ods", "xlsx"])
def test_reopened_with_the_extension_the_formulas_are_live(office, saved, kind):
    before, after, paths = saved
    doc = office.open(paths[kind])
    try:
        sheet = doc.Sheets.getByIndex(0)
        for cell in cells(sheet):
            assert "ALLIANCE" in cell.getFormula().upper(), cell.getFormula()
        assert same_results(results(doc), before)
        edit_trust(doc)
        assert same_results(results(doc), after)
    finally:
        doc.close(True)


def test_xlsx_holds_the_formulas_and_the_computed_values(saved):
    before, _, paths = saved
    with zipfile.ZipFile(paths["xlsx"]) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    stored = {}
    for address, body in re.findall(r'<c r="(Q\d+|R\d+)"[^>]*>(.*?)</c>', xml, flags=re.S):
        formula = re.search(r"<f[^>]*>(.*?)</f>", body)
        value = re.search(r"<v>(.*?)</v>", body)
        stored[address] = (formula.group(1) if formula else None, value.group(1) if value else None)
    # Each function's formula under its programmatic name, with the value Calc computed.
    assert stored["Q1"][0] == "ORG.ALLIANCECALC.ALLIANCEFUNCTIONS.ALLIANCEHEALTH(A1:B16)"
    assert float(stored["Q1"][1]) == pytest.approx(before[0][1], abs=1e-9)
    assert stored["Q3"][1] == before[2][2]
    assert stored["Q11"][1] == "OK"
    for row in range(1, len(FORMULAS) + 1):
        formula, value = stored["Q%d" % row]
        assert formula is not None and "ORG.ALLIANCECALC.ALLIANCEFUNCTIONS." in formula, row
        assert value is not None, row
    assert "ALLIANCEOVERLAPLIST" in stored["R1"][0]
    assert stored["R1"][1] == "ACME Inc."


def test_xlsx_without_the_extension_keeps_values_until_recalculated(saved):
    before, _, paths = saved
    with Office() as bare:  # a fresh profile: the extension is not installed
        doc = bare.open(paths["xlsx"])
        try:
            shown = results(doc)
            singles = len(FORMULAS)
            assert same_results(shown[:singles], before[:singles])
            # The array formula is recalculated as the file loads: #NAME? at once.
            assert all(error == ERR_NAME for error, _, _ in shown[singles:])
            doc.calculateAll()
            assert all(error == ERR_NAME for error, _, _ in results(doc))
        finally:
            doc.close(True)
