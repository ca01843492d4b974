"""Runs the readable case workbook (data/function_cases.fods) through real Calc:
every formula's result must equal the expected value written beside it."""

import os
import shutil

import pytest

from calc_helpers import ERR_ILLEGAL_ARGUMENT, ERR_NOT_AVAILABLE, ERR_PARAMETER_LIST, ERR_VALUE

WORKBOOK = os.path.join(os.path.dirname(__file__), "data", "function_cases.fods")
ERRORS = {"Err:502": ERR_ILLEGAL_ARGUMENT, "Err:504": ERR_PARAMETER_LIST,
          "#N/A": ERR_NOT_AVAILABLE, "#VALUE!": ERR_VALUE}


def read_cases(office, tmp_path):
    # A copy, so that the lock file and the typed formulas never touch the source.
    copy = tmp_path / "function_cases.fods"
    shutil.copyfile(WORKBOOK, copy)
    doc = office.open(str(copy))
    try:
        sheet = doc.Sheets.getByName("Cases")
        # Each stored formula is entered again, as a user types it (display names),
        # in a spare column: both must give the expected value.
        row = 1
        while sheet.getCellByPosition(0, row).getString():
            typed = sheet.getCellByPosition(2, row).getPropertyValue("FormulaLocal")
            assert "ALLIANCE_" in typed, typed
            sheet.getCellByPosition(6, row).setPropertyValue("FormulaLocal", typed)
            row += 1
        doc.calculateAll()
        cases = []
        row = 1
        while sheet.getCellByPosition(0, row).getString():
            for column in (2, 6):
                cases.append(read_case(sheet, row, column))
            row += 1
        return cases
    finally:
        doc.close(True)


def read_case(sheet, row, column):
    result = sheet.getCellByPosition(column, row)
    expected = sheet.getCellByPosition(3, row)
    return {
        "name": "%s: %s%s" % (sheet.getCellByPosition(0, row).getString(),
                              sheet.getCellByPosition(1, row).getString(),
                              " (typed)" if column != 2 else ""),
        "formula": result.getFormula(),
        "error": result.getError(),
        "value": result.getValue(),
        "text": result.getString(),
        "expected_is_number": expected.getType().value == "VALUE",
        "expected_value": expected.getValue(),
        "expected_text": expected.getString(),
        "pass_column": sheet.getCellByPosition(4, row).getValue(),
    }


@pytest.fixture(scope="module")
def cases(office, tmp_path_factory):
    return read_cases(office, tmp_path_factory.mktemp("cases"))


def test_workbook_has_a_case_for_every_function(cases):
    functions = {c["name"].split(":")[0] for c in cases}
    assert functions == {
        "ALLIANCE_HEALTH", "ALLIANCE_DIMENSION", "ALLIANCE_STATUS", "ALLIANCE_WARNINGS",
        "ALLIANCE_WARNING_COUNT", "ALLIANCE_ALIGNMENT", "ALLIANCE_MATURITY",
        "ALLIANCE_MATURITY_LEVEL", "ALLIANCE_ACTION", "ALLIANCE_QBR_SUMMARY", "ALLIANCE_CHECK",
        "ALLIANCE_TREND"}
    assert len(cases) >= 2 * 110  # each case stored and typed


def test_workbook_has_the_version_2_cases(cases):
    # W11 to W13 on both sides of their thresholds, and ALLIANCE_TREND (contract section 7)
    names = {c["name"] for c in cases if "(typed)" not in c["name"]}
    for case in ["ALLIANCE_WARNINGS: v2: W11-W13 just below (gap 0.99, 0 open, 1 quarter)",
                 "ALLIANCE_WARNINGS: v2: W11-W13 at their thresholds (gap 1, 1 open, 2 quarters)",
                 "ALLIANCE_WARNINGS: v2: not known, no sign"]:
        assert case in names
    assert sum(name.startswith("ALLIANCE_TREND:") for name in names) >= 15


def test_every_case_gives_the_expected_result(cases):
    failures = []
    for case in cases:
        expected_text = case["expected_text"]
        if expected_text in ERRORS and not case["expected_is_number"]:
            ok = case["error"] == ERRORS[expected_text]
            got = "error %d (%s)" % (case["error"], case["text"])
        elif case["expected_is_number"]:
            ok = case["error"] == 0 and abs(case["value"] - case["expected_value"]) < 1e-9
            got = case["text"] if case["error"] else repr(case["value"])
        else:
            ok = case["error"] == 0 and case["text"] == expected_text
            got = repr(case["text"])
        if not ok:
            failures.append("%s\n    %s\n    expected %r, got %s"
                            % (case["name"], case["formula"], expected_text, got))
    assert not failures, "\n".join(failures)


def test_pass_column_agrees(cases):
    # The workbook's own Pass column is what a person reading it sees.
    assert [c["name"] for c in cases if c["pass_column"] != 1.0 and "(typed)" not in c["name"]] == []
