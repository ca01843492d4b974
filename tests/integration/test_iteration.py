"""Ranges whose cells Calc computes while a function reads them.

A cell range argument is read by the add-in itself, during the call: reading it makes
Calc compute the formulas in it that are not up to date, and one of those may call the
add-in again before the outer call has finished.
"""

import pytest

from calc_helpers import put, put_rows


def value(cell):
    assert cell.getError() == 0, cell.getString()
    return cell.getValue()


def test_a_metric_computed_by_another_alliance_function_while_the_health_reads_it(calc, sheet):
    # Reading the metrics makes Calc compute the goal_alignment cell, whose
    # ALLIANCE_ALIGNMENT runs inside the ALLIANCE_HEALTH call: it must not disturb the
    # health's labels. Health: strategy from goal_alignment alone, trust 3 (50), jbp yes
    # (governance 100). Results are rounded to nine decimals.
    put_rows(sheet, 0, 0, [["trust", "goal_alignment", "jbp"], [3, None, "yes"]])
    put_rows(sheet, 0, 4, [[4, 4], [3, 4], [5, 5]])
    health_cell = sheet.getCellRangeByName("H1")
    health_cell.setFormula("=ALLIANCE_HEALTH(A2:C2; A1:C1)")
    put(sheet.getCellRangeByName("B2"), "=ALLIANCE_ALIGNMENT(E1:E3; F1:F3)")

    def expected(goal_alignment):
        return (0.25 * 100 * goal_alignment + 0.15 * 50 + 0.10 * 100) / 0.5

    assert value(health_cell) == pytest.approx(expected(1 - 1 / 3 / 4), abs=1e-6)
    calc.calculateAll()
    assert value(health_cell) == pytest.approx(expected(1 - 1 / 3 / 4), abs=1e-6)
    put(sheet.getCellRangeByName("E1"), 2)  # the first pair now differs by 2
    assert value(health_cell) == pytest.approx(expected(1 - 3 / 3 / 4), abs=1e-6)
