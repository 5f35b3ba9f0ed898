"""Issue 21: the rows of the table of values, against mpmath at 50 digits."""

from __future__ import annotations

import math

import mpmath

from guicalc.core.document import Document, FunctionState, ParameterState
from guicalc.core.value_table import ValueTableState, value_rows


def test_the_default_lesson_from_0_to_2_by_halves():
    rows = value_rows(Document(), ValueTableState())
    assert rows.headers == ("x", "f(x)", "f′(x)")
    f = lambda x: 3 * x**2 - 4 * x  # noqa: E731
    with mpmath.workdps(50):
        expected = [(x, float(f(mpmath.mpf(x))), float(mpmath.diff(f, mpmath.mpf(x)))) for x in (0, 0.5, 1, 1.5, 2)]
    assert list(rows.rows) == expected
    assert rows.points() == [(x, y) for x, y, _ in expected]


def test_typed_x_a_parameter_and_another_function():
    document = Document()
    document.functions[0].text = "a sin x"
    document.functions.append(FunctionState(text="sqrt(x)"))
    document.parameters["a"] = ParameterState("a", value=2.0)
    rows = value_rows(document, ValueTableState(xs=(-1.0, 0.3)))
    assert rows.headers == ("x", "f(x)", "f′(x)", "f₂(x)")
    with mpmath.workdps(50):
        x = mpmath.mpf(0.3)
        assert rows.rows[1] == (0.3, float(2 * mpmath.sin(x)), float(2 * mpmath.cos(x)), float(mpmath.sqrt(x)))
    assert math.isnan(rows.rows[0][3])  # √−1 has no real value


def test_the_step_rounds_as_typed():
    assert ValueTableState(start=0.1, step=0.1, rows=3).x_column() == (0.1, 0.2, 0.3)
