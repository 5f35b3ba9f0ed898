"""Difference quotients by method and dtype, their breakdown, and the automatic method."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest

from guicalc.core.analysis import CurveAnalysis
from guicalc.core.difference import (
    DTYPES,
    METHODS,
    DifferenceQuotient,
    error_sweep_sizes,
    ridders,
    step_sizes,
)
from guicalc.core.parse import parse

QUADRATIC = parse("3x^2 - 4x").expr


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(("method", "expected"), [("forward", 2.375), ("backward", 1.625), ("central", 2.0)])
def test_each_method_in_each_dtype(method: str, expected: float, dtype: str) -> None:
    # With h = 1/8 at x = 1 every number involved is exact in float16, so the quotient
    # is exactly 6x − 4 ± 3h (forward, backward) or 6x − 4 (central) in every dtype.
    q = DifferenceQuotient(QUADRATIC, "x", method, dtype).at(1.0, 0.125)
    assert q.value == expected
    assert q.note == ""


@pytest.mark.parametrize("dtype", DTYPES)
def test_auto_ignores_the_dtype_and_reaches_double_precision(dtype: str) -> None:
    dq = DifferenceQuotient(QUADRATIC, "x", "auto", dtype)
    assert dq.dtype == "float64"
    assert dq.auto_kind == "complex step"
    assert dq.best(1.0).value == pytest.approx(2.0, rel=1e-15)


def test_rounding_error_grows_as_the_dtype_shrinks() -> None:
    # Forward quotient at h = 1e-3: the truncation error 3h is the same for all dtypes;
    # what float16 (eps ≈ 1e-3) adds on top is rounding error of order eps·|f|/h ≈ 1.
    truncated = 2.0 + 3 * 1e-3
    errors = {d: abs(DifferenceQuotient(QUADRATIC, "x", "forward", d).at(1.0, 1e-3).value - truncated)
              for d in DTYPES}
    assert errors["float64"] < 1e-9
    assert errors["float32"] > 1e-6
    assert errors["float16"] > 0.05
    assert errors["float64"] < errors["float32"] < errors["float16"]


def test_forward_limit_table_of_the_notes() -> None:
    analysis = CurveAnalysis(parse("3x^2 - 4x"), "x")
    rows = analysis.limit_table(1.0, "forward", "float64", 5)
    assert [r.h for r in rows] == step_sizes(5)
    assert [f"h={r.h:.5f}, numerical limit={r.quotient:.5f}" for r in rows] == [
        f"h={h:.5f}, numerical limit={6 - 4 + 3 * h:.5f}" for h in step_sizes(5)]
    # The error is the truncation error 3h, down to rounding.
    for row in rows:
        assert row.error == pytest.approx(3 * row.h, rel=1e-6)


def test_central_difference_of_the_notes() -> None:
    q = DifferenceQuotient(parse("0.01x^2 + 0.1x").expr, "x", "central").at(5.0, 1e-4)
    assert abs(q.value - 0.2) < 1e-9


@pytest.mark.parametrize("dtype", ["float16", "float32"])
def test_h_that_rounds_to_zero_gives_no_value_and_says_why(dtype: str) -> None:
    q = DifferenceQuotient(QUADRATIC, "x", "forward", dtype).at(1.0, 1e-50)
    assert q.value is None
    assert q.h == 1e-50
    assert "rounds to 0" in q.note and dtype in q.note and "divide by zero" in q.note


def test_h_below_the_resolution_near_x_gives_zero_and_says_why() -> None:
    q = DifferenceQuotient(QUADRATIC, "x", "forward", "float64").at(1.0, 1e-50)
    assert q.value == 0.0
    assert "rounds back to x" in q.note
    q16 = DifferenceQuotient(QUADRATIC, "x", "central", "float16").at(1.0, 1e-4)
    assert q16.value == 0.0 and "float16" in q16.note


def test_x_or_h_beyond_float16_gives_a_note_not_a_warning() -> None:
    dq = DifferenceQuotient(QUADRATIC, "x", "forward", "float16")
    q = dq.at(1e5, 0.1)
    assert q.value is None and q.note == "x = 100000 is beyond the range of float16"
    q = dq.at(1.0, 1e5)
    assert q.value is None and "not finite" in q.note


def test_non_finite_quotient_has_a_note() -> None:
    q = DifferenceQuotient(parse("ln x").expr, "x", "backward").at(0.05, 0.1)
    assert q.value is None and "not finite" in q.note


# f, its derivative written out by hand, and points away from singularities.
AUTO_CASES = [
    ("sin(x)", math.cos, [-2.0, 0.3, 1.0, 4.5]),
    ("e^x", math.exp, [-3.0, 0.0, 1.0, 5.0]),
    ("x^x", lambda v: v**v * (math.log(v) + 1), [0.2, 1.0, 2.5, 4.0]),
    ("sigmoid(x)", lambda v: math.exp(-v) / (1 + math.exp(-v)) ** 2, [-4.0, -0.5, 0.0, 3.0]),
    ("tanh(x)", lambda v: 1 / math.cosh(v) ** 2, [-2.0, 0.0, 0.7, 3.0]),
    ("ln x", lambda v: 1 / v, [0.1, 1.0, 3.0, 50.0]),
    ("1/x", lambda v: -1 / v**2, [-3.0, -0.2, 0.5, 7.0]),
]


@pytest.mark.parametrize(("text", "derivative", "points"), AUTO_CASES, ids=[c[0] for c in AUTO_CASES])
def test_auto_is_accurate_to_1e_12(text: str, derivative, points: list[float]) -> None:
    dq = DifferenceQuotient(parse(text).expr, "x", "auto")
    for x in points:
        expected = derivative(x)
        assert abs(dq.best(x).value - expected) <= 1e-12 * abs(expected), x


def test_auto_agrees_with_mpmath_diff() -> None:
    dq = DifferenceQuotient(parse("sigmoid(x) sin(x^2) + softplus(x)").expr, "x", "auto")
    f = lambda v: 1 / (1 + mpmath.exp(-v)) * mpmath.sin(v**2) + mpmath.log(1 + mpmath.exp(v))
    with mpmath.workdps(30):
        for x in (-1.3, 0.4, 2.0):
            expected = float(mpmath.diff(f, mpmath.mpf(x)))
            assert abs(dq.best(x).value - expected) <= 1e-12 * abs(expected)


@pytest.mark.parametrize(("text", "x", "expected"), [("|x|", 2.0, 1.0), ("|x|", -0.5, -1.0),
                                                      ("relu(x)", 1.5, 1.0), ("floor(x) + x^2", 0.5, 1.0)])
def test_auto_uses_ridders_for_non_analytic_functions(text: str, x: float, expected: float) -> None:
    dq = DifferenceQuotient(parse(text).expr, "x", "auto")
    assert dq.auto_kind == "Richardson"
    assert dq.best(x).value == pytest.approx(expected, abs=1e-10)


@pytest.mark.parametrize(("text", "x"), [("ln x", -1.0), ("sqrt(x)", -1.0), ("acos(x)", 2.0)])
def test_auto_gives_no_value_where_f_has_no_real_value(text: str, x: float) -> None:
    # The complex step would read the complex continuation: Im ln(−1 + ih)/h = π/h.
    q = DifferenceQuotient(parse(text).expr, "x", "auto").best(x)
    assert q.value is None
    assert "no real value" in q.note


def test_parameters_are_cast_to_the_dtype() -> None:
    dq = DifferenceQuotient(parse("a x^2").expr, "x", "central", "float16", params={"a": 0.1})
    assert dq.f(np.float16(1.0)) == np.float16(0.1)
    assert dq.f(np.float16(1.0)).dtype == np.float16


def test_ridders_extrapolates_to_double_precision() -> None:
    assert ridders(math.sin, 1.0, 0.1)[0] == pytest.approx(math.cos(1.0), rel=1e-13)
    assert ridders(lambda v: v**5, 2.0, 0.5)[0] == pytest.approx(80.0, rel=1e-13)


def test_unknown_method_or_dtype_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown method"):
        DifferenceQuotient(QUADRATIC, "x", "sideways")
    with pytest.raises(ValueError, match="unknown dtype"):
        DifferenceQuotient(QUADRATIC, "x", "forward", "float128")
    assert set(METHODS) == {"forward", "backward", "central", "auto"}


@pytest.mark.parametrize("dtype", DTYPES)
def test_error_sweep_reaches_past_where_the_dtype_loses_h(dtype: str) -> None:
    hs = error_sweep_sizes(dtype)
    assert hs[0] == 1.0
    assert np.all(np.diff(hs) < 0)
    q = DifferenceQuotient(QUADRATIC, "x", "forward", dtype).at(1.0, float(hs[-1]))
    assert q.note  # the last h is lost: x + h == x, or h == 0
