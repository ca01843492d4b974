"""The functions in real Calc: a portfolio sheet filled down by rows, the block
shape beside a scorecard, the Function Wizard metadata, error paths, and a
save/reload/edit round trip."""

import os
import tempfile

import pytest

from calc_helpers import (ERR_ILLEGAL_ARGUMENT, ERR_NAME, ERR_NOT_AVAILABLE, ERR_PARAMETER_LIST,
                          evaluate, put, put_rows)
from office import file_url, props

FUNCTIONS = {
    "ALLIANCE_HEALTH": ["metrics", "labels", "weights"],
    "ALLIANCE_DIMENSION": ["metrics", "name", "labels"],
    "ALLIANCE_STATUS": ["health", "green_at", "amber_at"],
    "ALLIANCE_WARNINGS": ["metrics", "labels", "separator"],
    "ALLIANCE_WARNING_COUNT": ["metrics", "labels"],
    "ALLIANCE_ALIGNMENT": ["ours", "theirs", "scale_min", "scale_max"],
    "ALLIANCE_MATURITY": ["answers"],
    "ALLIANCE_MATURITY_LEVEL": ["score"],
    "ALLIANCE_ACTION": ["health", "previous_health", "quarters_red"],
    "ALLIANCE_TREND": ["history", "quarters"],
    "ALLIANCE_QBR_SUMMARY": ["metrics", "labels", "previous_health"],
    "ALLIANCE_CHECK": ["metrics", "labels"],
}

# A portfolio: row 4 holds the labels (B4:R4), rows 5.. one partner each.
PORTFOLIO_LABELS = ["Partner", "map elements", "Exec Signoff", "goal-alignment",
                    "REVENUE TARGET", "Revenue actual", "pipeline", "resources committed",
                    "resources actual", "exec sponsor", "sales sponsor", "manager changes",
                    "trust", "jbp", "days since QBR", "exit plan", "account conflicts"]
PORTFOLIO = [
    # Healthy.  S: (1 + 0.9)/2 = 95; X: a = 0.9, r = 50, p = 1 -> 94; C 100;
    # R 90; G 100 -> 23.75 + 28.2 + 20 + 13.5 + 10 = 95.45
    ["Northwind", 10, "yes", 0.9, 500, 450, 200, 4, 4, "yes", "yes", 0, 4.6, "yes", 30, "yes", 0],
    # Struggling. S: c = 0.5 (5/10), goals 0.7 -> 60; X: a = 0.5, r = 500,
    # p = 300/1500 = 0.2 -> 100(0.3 + 0.08) = 38; C: 0.4*0.5 + 0.2 + 0 + 0.2*0.6
    # = 0.52 -> 52; R: 100*2/4 = 50; G: 0.4 + 0.4*0.5 + 0 = 0.6 -> 60
    # health = 15 + 11.4 + 10.4 + 7.5 + 6 = 50.3
    ["Contoso", 5, "yes", 0.7, 1000, 500, 300, 10, 5, "yes", "no", 1, 3, "yes", 150, "no", 0],
]


@pytest.fixture()
def portfolio(calc, sheet):
    put_rows(sheet, 3, 0, [PORTFOLIO_LABELS] + PORTFOLIO)
    return calc, sheet


def test_row_shape_filled_down_a_portfolio(portfolio):
    doc, sheet = portfolio
    for r in (4, 5):
        sheet.getCellByPosition(18, r).setFormula(f"=ALLIANCE_HEALTH(B{r + 1}:Q{r + 1}; B$4:Q$4)")
        sheet.getCellByPosition(19, r).setFormula(f"=ALLIANCE_STATUS(S{r + 1})")
        sheet.getCellByPosition(20, r).setFormula(f"=ALLIANCE_WARNINGS(B{r + 1}:Q{r + 1}; B$4:Q$4)")
    doc.calculateAll()
    assert sheet.getCellByPosition(18, 4).getValue() == pytest.approx(95.45, abs=1e-9)
    assert sheet.getCellByPosition(18, 5).getValue() == pytest.approx(50.3, abs=1e-9)
    assert sheet.getCellByPosition(19, 4).getString() == "Green"
    assert sheet.getCellByPosition(19, 5).getString() == "Amber"
    assert sheet.getCellByPosition(20, 4).getString() == ""
    # Contoso: map 5 < 8, no sales sponsor, 5 < 0.8*10, QBR 150 days, 0.5 < 0.7, no exit plan
    assert sheet.getCellByPosition(20, 5).getString() == (
        "Strategic map incomplete; No sales executive sponsor; Resources withdrawn; "
        "Governance lapsed; Revenue behind plan; No exit plan")


def test_row_shape_in_a_column(calc, sheet):
    # The same partner written down a column, labels in the column beside it.
    put_rows(sheet, 0, 0, [[label, value] for label, value
                           in zip(PORTFOLIO_LABELS[1:], PORTFOLIO[0][1:])])
    cell = evaluate(calc, sheet, "=ALLIANCE_HEALTH(B1:B16; A1:A16)")
    assert cell.getValue() == pytest.approx(95.45, abs=1e-9)
    block = evaluate(calc, sheet, "=ALLIANCE_HEALTH(A1:B16)", where=(30, 1))
    assert block.getValue() == pytest.approx(95.45, abs=1e-9)


def test_extra_columns_and_unknown_labels_are_ignored(portfolio):
    doc, sheet = portfolio
    put(sheet.getCellByPosition(17, 3), "Region")
    put(sheet.getCellByPosition(17, 4), "EMEA")
    cell = evaluate(doc, sheet, "=ALLIANCE_HEALTH(A5:R5; A$4:R$4)")
    assert cell.getValue() == pytest.approx(95.45, abs=1e-9)


def test_an_error_value_counts_only_where_a_metric_is_read(portfolio):
    # An error in a column the functions do not read as a metric (a note, a lookup
    # between the metric columns) is passed over, as `score` and `check` pass it over;
    # under a metric's label, or beside a metric's name in a block, it is Err:502 and
    # ALLIANCE_CHECK names the cell.
    doc, sheet = portfolio
    put(sheet.getCellByPosition(17, 3), "Region")
    sheet.getCellByPosition(17, 4).setFormula("=1/0")
    health = evaluate(doc, sheet, "=ALLIANCE_HEALTH(B5:R5; B$4:R$4)")
    assert health.getError() == 0
    assert health.getValue() == pytest.approx(95.45, abs=1e-9)
    check = evaluate(doc, sheet, "=ALLIANCE_CHECK(B5:R5; B$4:R$4)", where=(30, 2))
    assert check.getString() == "OK"
    sheet.getCellByPosition(12, 4).setFormula("=NA()")  # trust
    doc.calculateAll()
    assert health.getError() == ERR_ILLEGAL_ARGUMENT
    assert check.getString() == "Cell M5 of metrics is an error value."
    # The block shape: an error beside a name that is no metric is passed over.
    put_rows(sheet, 20, 0, [["trust", 4.6], ["remarks", None], ["jbp", "yes"]])
    sheet.getCellByPosition(1, 21).setFormula("=1/0")
    block = evaluate(doc, sheet, "=ALLIANCE_CHECK(A21:B23)", where=(30, 3))
    assert block.getString() == "OK"
    sheet.getCellByPosition(1, 22).setFormula("=1/0")
    doc.calculateAll()
    assert block.getString() == "Cell B23 of metrics is an error value."


def test_changing_a_label_row_is_noticed(portfolio):
    # The add-in remembers the last label row; a new spelling must still be read.
    doc, sheet = portfolio
    first = evaluate(doc, sheet, "=ALLIANCE_DIMENSION(B5:Q5; \"trust\"; B$4:Q$4)")
    assert first.getValue() == pytest.approx(90, abs=1e-9)
    put(sheet.getCellByPosition(12, 3), "Notes")  # the trust column is no longer trust
    doc.calculateAll()
    assert first.getError() == ERR_NOT_AVAILABLE


def test_empty_optional_argument_in_the_middle(calc, sheet):
    put_rows(sheet, 0, 0, [["trust", 5], ["jbp", "yes"]])
    put_rows(sheet, 0, 3, [[0, 0, 0, 1, 0]])
    # Only trust weighs: R = 100.
    cell = evaluate(calc, sheet, "=ALLIANCE_HEALTH(A1:B2; ; D1:H1)")
    assert cell.getValue() == pytest.approx(100, abs=1e-9)


@pytest.mark.parametrize("formula,error", [
    ("=ALLIANCE_HEALTH(A1:B2)", ERR_ILLEGAL_ARGUMENT),          # trust 7 is out of range
    ("=ALLIANCE_HEALTH(A1:B3)", ERR_ILLEGAL_ARGUMENT),          # #DIV/0! inside the range
    ("=ALLIANCE_HEALTH(\"abc\")", ERR_PARAMETER_LIST),         # metrics must be a cell range
    ("=ALLIANCE_HEALTH(B1:B2; A1:A2)", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_HEALTH(A4:B4)", ERR_ILLEGAL_ARGUMENT),          # nothing known
    ("=ALLIANCE_WARNINGS(A1:B2)", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_WARNING_COUNT(A1:B2)", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_QBR_SUMMARY(A1:B2)", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_DIMENSION(A1:B2; \"trust\")", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_WARNINGS(A5:B5; ; 3)", ERR_ILLEGAL_ARGUMENT),   # separator must be text
    ("=ALLIANCE_STATUS(50; \"high\")", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_ACTION(-1)", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_ACTION(60; 120)", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_QBR_SUMMARY(A5:B5; ; 150)", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_ALIGNMENT({1;2}; {1;2}; 5; 1)", ERR_PARAMETER_LIST),  # ratings: cell ranges
    ("=ALLIANCE_ALIGNMENT(F1:F2; F1:F2; 5; 1)", ERR_ILLEGAL_ARGUMENT),  # scale 5 to 1
    ("=ALLIANCE_MATURITY_LEVEL(-0.5)", ERR_ILLEGAL_ARGUMENT),
    ("=ALLIANCE_HEALTH()", ERR_PARAMETER_LIST),
])
def test_bad_input_gives_an_error_value(calc, sheet, formula, error):
    put_rows(sheet, 0, 0, [["trust", 7], ["jbp", "yes"], ["exit_plan", "=1/0"],
                           ["Notes", "none"], ["trust", 4]])
    assert evaluate(calc, sheet, formula).getError() == error


def test_check_explains_what_the_other_functions_reject(calc, sheet):
    put_rows(sheet, 0, 0, [["trust", 7], ["jbp", "yes"]])
    cell = evaluate(calc, sheet, "=ALLIANCE_CHECK(A1:B2)")
    assert cell.getError() == 0
    assert cell.getString() == "trust is 7 but must be a number from 1 to 5."
    put(sheet.getCellByPosition(1, 0), 4)
    calc.calculateAll()
    assert cell.getString() == "OK"


def test_function_wizard_metadata(office):
    descriptions = office.service("com.sun.star.sheet.FunctionDescriptions")
    found = {}
    for i in range(descriptions.getCount()):
        entry = {p.Name: p.Value for p in descriptions.getByIndex(i)}
        if entry["Name"] in FUNCTIONS:
            found[entry["Name"]] = entry
    assert sorted(found) == sorted(FUNCTIONS)
    for name, entry in found.items():
        assert len(entry["Description"]) > 20, name
        arguments = entry["Arguments"]
        assert [a.Name for a in arguments] == FUNCTIONS[name], name
        for argument in arguments:
            assert len(argument.Description) > 10, (name, argument.Name)


def test_save_reload_and_edit(office, portfolio):
    doc, sheet = portfolio
    sheet.getCellByPosition(18, 4).setFormula("=ALLIANCE_HEALTH(B5:Q5; B$4:Q$4)")
    doc.calculateAll()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "portfolio.ods")
        doc.storeToURL(file_url(path), props(FilterName="calc8"))
        reopened = office.open(path)
        try:
            cell = reopened.Sheets.getByIndex(0).getCellByPosition(18, 4)
            assert "ALLIANCEHEALTH" in cell.getFormula().upper()
            assert cell.getValue() == pytest.approx(95.45, abs=1e-9)
            # Trust 4.6 -> 1: R drops from 90 to 0, health by 0.15 * 90 = 13.5.
            reopened.Sheets.getByIndex(0).getCellByPosition(12, 4).setValue(1)
            reopened.calculateAll()
            assert cell.getValue() == pytest.approx(81.95, abs=1e-9)
        finally:
            reopened.close(True)


def test_trend_follows_its_history_as_it_is_edited(calc, sheet):
    # History is a cell range: editing a score, or adding a quarter below a whole column,
    # recalculates the trend without a full recalculation.
    put_rows(sheet, 0, 0, [[60], [64], [None], [71], [75]])
    whole = sheet.getCellByPosition(3, 0)
    last_three = sheet.getCellByPosition(3, 1)
    whole.setFormula("=ALLIANCE_TREND(A:A)")
    last_three.setFormula("=ALLIANCE_TREND(A1:A5; 3)")
    calc.calculateAll()
    assert whole.getValue() == pytest.approx(5.2, abs=1e-9)   # 60, 64, 71, 75
    assert last_three.getValue() == pytest.approx(5.5, abs=1e-9)  # 64, 71, 75
    put(sheet.getCellByPosition(0, 5), 85)  # a new quarter: 64, 71, 75, 85
    assert whole.getValue() == pytest.approx(6.7, abs=1e-9)
    put(sheet.getCellByPosition(0, 1), 70)  # 70, 71, 75 for the last three
    assert last_three.getValue() == pytest.approx(2.5, abs=1e-9)
    put(sheet.getCellByPosition(0, 3), "n/a")
    assert whole.getError() == ERR_ILLEGAL_ARGUMENT


def test_unknown_function_name_is_not_ours(calc, sheet):
    # Guards the test itself: a misspelt name gives #NAME?, so the names above resolved.
    assert evaluate(calc, sheet, "=ALLIANCE_HEALTHX(A1:B2)").getError() == ERR_NAME
