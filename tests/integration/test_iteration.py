"""Circular models under iterative calculation (Tools > Options > LibreOffice Calc >
Calculate > Iterations, the document property IsIterationEnabled), and ranges whose cells
Calc computes while a function reads them.

Calc iterates a circle by computing its cells again and again until no value changes by
more than the minimum change. A function on the circle is first called before Calc has
computed the circle's other cells in that recalculation: they hold their last result, or 0
when they have none. A trust of 0 is no valid trust, so the add-in used to answer Err:502
there, and Calc treats an error value as final: the error went round the circle and the
model stayed at Err:502 where the same circle written with built-in formulas converged.
The add-in now reads such a 0 as not known (docs/troubleshooting.md), and every model
below converges to the value of its built-in twin and of the fixed point solved here.
"""

import pytest

from calc_helpers import ERR_ILLEGAL_ARGUMENT, put, put_rows

EPSILON = 1e-9       # the document's minimum change between two iterations
ITERATIONS = 1000    # the most iterations Calc may make


def trust_score(trust):
    return 100 * (trust - 1) / 4


def governance_score(jbp, days):
    """Governance from jbp (yes 1, no 0) and days_since_qbr (full marks up to 100 days,
    none from 200, linear between)."""
    recent = min(1.0, max(0.0, (200 - days) / 100))
    return 100 * (0.4 * jbp + 0.4 * recent) / 0.8


def health(trust, jbp, days):
    """The contract's health when only trust and governance are known."""
    return (0.15 * trust_score(trust) + 0.10 * governance_score(jbp, days)) / 0.25


def fixed_point(step, start=0.0):
    """Iterates x = step(x) from start until it stops changing."""
    x = start
    for _ in range(10000):
        nxt = step(x)
        if abs(nxt - x) < 1e-13:
            return nxt
        x = nxt
    raise AssertionError("no fixed point")


# The built-in twin of health(), over a jbp cell (1 or 0), a trust cell and a days cell.
BUILTIN_HEALTH = ("=(0.15*100*({trust}-1)/4"
                  "+0.1*100*(0.4*{jbp}+0.4*MIN(1;MAX(0;(200-{days})/100)))/0.8)/0.25")

# name -> (the metric computed from the health, its formula over the health cell {h},
#          the fixed point of health)
MODELS = {
    # Trust's 0 at the start is out of range (1 to 5).
    "trust from health": ("trust", "=1+{h}/50",
                          fixed_point(lambda h: health(1 + h / 50, 1, 30))),
    # days_since_qbr's 0 at the start is a valid value.
    "days since QBR from health": ("days_since_qbr", "=250-2*{h}",
                                   fixed_point(lambda h: health(3, 1, 250 - 2 * h))),
}


@pytest.fixture()
def iterating(calc):
    """A spreadsheet document with iterative calculation switched on."""
    calc.IsIterationEnabled = True
    calc.IterationCount = ITERATIONS
    calc.IterationEpsilon = EPSILON
    return calc


def enter_model(sheet, metric, formula, health_first):
    """The metrics block A1:B3 (jbp yes, trust 3, days_since_qbr 30) with one metric
    computed from the health in D1, and the same circle with built-in formulas in
    G1:G3 (the metric) and G5 (the health)."""
    put_rows(sheet, 0, 0, [["jbp", "yes"], ["trust", 3], ["days_since_qbr", 30]])
    put_rows(sheet, 0, 6, [[1], [3], [30]])
    row = {"trust": 2, "days_since_qbr": 3}[metric]
    metric_cells = [("B%d" % row, formula.format(h="D1")), ("G%d" % row, formula.format(h="G5"))]
    health_cells = [("D1", "=ALLIANCE_HEALTH(A1:B3)"),
                    ("G5", BUILTIN_HEALTH.format(jbp="G1", trust="G2", days="G3"))]
    entries = health_cells + metric_cells if health_first else metric_cells + health_cells
    for address, content in entries:
        put(sheet.getCellRangeByName(address), content)
    return sheet.getCellRangeByName("D1"), sheet.getCellRangeByName("G5")


def value(cell):
    assert cell.getError() == 0, cell.getString()
    return cell.getValue()


@pytest.mark.parametrize("health_first", [False, True], ids=["metric first", "health first"])
@pytest.mark.parametrize("model", sorted(MODELS))
def test_a_metric_computed_from_the_health_converges_like_built_in_formulas(
        iterating, sheet, model, health_first):
    metric, formula, expected = MODELS[model]
    ours, twin = enter_model(sheet, metric, formula, health_first)
    iterating.calculateAll()
    assert value(twin) == pytest.approx(expected, abs=1e-6)
    assert value(ours) == pytest.approx(expected, abs=1e-6)
    assert value(ours) == pytest.approx(value(twin), abs=1e-6)


def test_an_edit_converges_again_to_the_new_fixed_point(iterating, sheet):
    ours, twin = enter_model(sheet, "trust", "=1+{h}/50", health_first=False)
    iterating.calculateAll()
    put(sheet.getCellRangeByName("B1"), "no")   # jbp: governance drops from 100 to 50
    put(sheet.getCellRangeByName("G1"), 0)
    expected = fixed_point(lambda h: health(1 + h / 50, 0, 30))
    assert value(twin) == pytest.approx(expected, abs=1e-6)
    assert value(ours) == pytest.approx(expected, abs=1e-6)


def test_a_circle_that_stays_out_of_range_is_still_an_error(iterating, sheet):
    # Trust 10 + health / 50 is above 5 whatever the health: only the 0 Calc starts
    # with is read as not known, the next value is checked as any other.
    ours, _ = enter_model(sheet, "trust", "=10+{h}/50", health_first=False)
    iterating.calculateAll()
    assert ours.getError() == ERR_ILLEGAL_ARGUMENT
    check = sheet.getCellRangeByName("E1")
    check.setFormula("=ALLIANCE_CHECK(A1:B3)")
    iterating.calculateAll()
    assert check.getString() == "Cell B2 of metrics is an error value."


def test_a_circle_entered_without_iterations_converges_once_they_are_switched_on(calc, sheet):
    ours, twin = enter_model(sheet, "trust", "=1+{h}/50", health_first=False)
    calc.calculateAll()
    # Without iterations a circle is an error: Calc's own formulas show Err:522, the
    # add-in Err:502 (the cell it reads holds Calc's error).
    assert twin.getError() == 522
    assert ours.getError() == ERR_ILLEGAL_ARGUMENT
    calc.IsIterationEnabled = True
    calc.IterationCount = ITERATIONS
    calc.IterationEpsilon = EPSILON
    calc.calculateAll()
    expected = fixed_point(lambda h: health(1 + h / 50, 1, 30))
    assert value(twin) == pytest.approx(expected, abs=1e-6)
    assert value(ours) == pytest.approx(expected, abs=1e-6)


def test_ratings_computed_from_their_alignment_converge_like_built_in_formulas(
        iterating, sheet):
    # ours 4, 3, 1 + 2a against theirs 4, 4, 5 on the scale 1 to 5, where a is the
    # alignment itself: a = 1 - (0 + 1 + |1 + 2a - 5|) / 3 / 4. The third rating starts
    # at 0, outside the scale.
    put_rows(sheet, 0, 0, [[4, 4], [3, 4], [None, 5]])
    put_rows(sheet, 0, 5, [[4, 4], [3, 4], [None, 5]])
    put(sheet.getCellRangeByName("A3"), "=1+2*D1")
    put(sheet.getCellRangeByName("D1"), "=ALLIANCE_ALIGNMENT(A1:A3; B1:B3)")
    put(sheet.getCellRangeByName("F3"), "=1+2*I1")
    put(sheet.getCellRangeByName("I1"), "=1-SUMPRODUCT(ABS(F1:F3-G1:G3))/3/4")
    iterating.calculateAll()
    expected = fixed_point(lambda a: 1 - (0 + 1 + abs(1 + 2 * a - 5)) / 3 / 4)
    assert value(sheet.getCellRangeByName("I1")) == pytest.approx(expected, abs=1e-6)
    assert value(sheet.getCellRangeByName("D1")) == pytest.approx(expected, abs=1e-6)


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
