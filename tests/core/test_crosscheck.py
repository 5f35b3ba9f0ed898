"""The cross-check table against independent references.

The exact column against sympy's own derivative evaluated by sympy with 50
digits; every difference, complex-step and error column against numpy written
out here (the function as a numpy lambda, the quotient in the dtype).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp

from guicalc.core import functions as fn
from guicalc.core.crosscheck import TOLERANCE, CrossCheckError, cross_check
from guicalc.core.examples import all_examples
from guicalc.core.parse import parse

# (expression, numpy function of the variables in sorted order, point, variable)
SEEDS = [
    ("3x^2 - 4x", lambda x: 3 * x**2 - 4 * x, {"x": 1.0}, "x"),
    ("x^3 - 1/x", lambda x: x**3 - 1 / x, {"x": 1.0}, "x"),
    ("0.01x^2 + 0.1x", lambda x: x**2 * 0.01 + x * 0.1, {"x": 5.0}, "x"),
    ("3x1^2 + 5e^x2", lambda x1, x2: 3 * x1**2 + 5 * np.exp(x2), {"x1": 1.0, "x2": 0.0}, "x1"),
    ("3x1^2 + 5e^x2", lambda x1, x2: 3 * x1**2 + 5 * np.exp(x2), {"x1": 1.0, "x2": 0.0}, "x2"),
    ("sqrt(x1^2 + x2^2)", lambda x1, x2: np.sqrt(x1**2 + x2**2), {"x1": 1.0, "x2": 1.0}, "x1"),
    ("x0^2 + x1^2", lambda x0, x1: x0**2 + x1**2, {"x0": -1.0, "x1": 2.0}, "x1"),
    ("(a + b)*c", lambda a, b, c: (a + b) * c, {"a": 50.0, "b": 70.0, "c": 2.0}, "a"),
    ("(a + b)*c", lambda a, b, c: (a + b) * c, {"a": 50.0, "b": 70.0, "c": 2.0}, "b"),
    ("(a + b)*c", lambda a, b, c: (a + b) * c, {"a": 50.0, "b": 70.0, "c": 2.0}, "c"),
    ("exp(x)", np.exp, {"x": 2.0}, "x"),
    ("x*y", lambda x, y: x * y, {"x": 2.0, "y": 3.0}, "x"),
    ("x*y", lambda x, y: x * y, {"x": 2.0, "y": 3.0}, "y"),
    ("1/x", lambda x: 1 / x, {"x": 4.0}, "x"),
    ("sigmoid(x)", lambda x: 1 / (1 + np.exp(-x)), {"x": 0.0}, "x"),
    ("sin(t)^2 + 2cos(t)", lambda t: np.sin(t) ** 2 + 2 * np.cos(t), {"t": 1.0}, "t"),
    # 2·xᵀx at x = [0, 1, 2, 3], one element at a time: ∂/∂xᵢ = 4xᵢ
    ("2(x0^2 + x1^2 + x2^2 + x3^2)", lambda *x: 2 * sum(v**2 for v in x),
     {"x0": 0.0, "x1": 1.0, "x2": 2.0, "x3": 3.0}, "x3"),
]
MORE = [
    ("sin(x)", np.sin, {"x": 0.3}),
    ("cos(x)^3", lambda x: np.cos(x) ** 3, {"x": 1.2}),
    ("tan(x)", np.tan, {"x": 0.5}),
    ("x^x", lambda x: x**x, {"x": 1.5}),
    ("x^(x^x)", lambda x: x ** (x**x), {"x": 1.2}),
    ("ln(x^2 + 1)", lambda x: np.log(x**2 + 1), {"x": 2.0}),
    ("exp(-x^2)", lambda x: np.exp(-(x**2)), {"x": 0.7}),
    ("x*sin(x)*exp(x)", lambda x: x * np.sin(x) * np.exp(x), {"x": 0.9}),
    ("(x^2 + 1)/(x - 3)", lambda x: (x**2 + 1) / (x - 3), {"x": 1.0}),
    ("sin(cos(exp(x)))", lambda x: np.sin(np.cos(np.exp(x))), {"x": 0.4}),
    ("sqrt(1 + x^2)", lambda x: np.sqrt(1 + x**2), {"x": -2.0}),
    ("tanh(x)", np.tanh, {"x": 0.8}),
    ("softplus(x)", lambda x: np.log(1 + np.exp(x)), {"x": 1.0}),
    ("atan(x)", np.arctan, {"x": 3.0}),
    ("sinh(x) + cosh(2x)", lambda x: np.sinh(x) + np.cosh(2 * x), {"x": 0.5}),
    ("x^5 - 3x^3 + x", lambda x: x**5 - 3 * x**3 + x, {"x": 1.3}),
    ("1/(1 + x^2)", lambda x: 1 / (1 + x**2), {"x": 0.6}),
    ("ln(x)/x", lambda x: np.log(x) / x, {"x": 2.5}),
    ("exp(sin(x))", lambda x: np.exp(np.sin(x)), {"x": 2.0}),
    ("x^2*ln(x)", lambda x: x**2 * np.log(x), {"x": 3.0}),
    ("2^x", lambda x: 2**x, {"x": 1.7}),
    ("sigmoid(2x - 1)", lambda x: 1 / (1 + np.exp(-(2 * x - 1))), {"x": 0.3}),
    ("(x - 1)^4", lambda x: (x - 1) ** 4, {"x": 2.2}),
    ("sin(x)/x", lambda x: np.sin(x) / x, {"x": 1.1}),
    ("cos(x^2)", lambda x: np.cos(x**2), {"x": 1.4}),
    ("x/(1 + exp(-x))", lambda x: x / (1 + np.exp(-x)), {"x": -0.5}),
    ("sqrt(x)*exp(x)", lambda x: np.sqrt(x) * np.exp(x), {"x": 0.8}),
    ("asin(x)", np.arcsin, {"x": 0.3}),
    ("ln(sigmoid(x))", lambda x: np.log(1 / (1 + np.exp(-x))), {"x": 0.2}),
    ("x^3*y - y^2", lambda x, y: x**3 * y - y**2, {"x": 1.5, "y": -0.5}),
]
ALL = SEEDS + [(t, f, p, "x") for t, f, p in MORE]


def sympy_exact(text: str, point: dict[str, float], variable: str) -> sp.Float:
    """sympy's derivative (sigmoid and softplus rewritten as exp first), evaluated by sympy."""
    expr = parse(text).expr.replace(lambda e: isinstance(e, (fn.sigmoid, fn.softplus)), lambda e: e.rewrite(sp.exp))
    symbols = {s.name: s for s in expr.free_symbols}
    derivative = sp.diff(expr, symbols[variable])
    return sp.N(derivative.subs({symbols[n]: sp.Float(v, 60) for n, v in point.items()}), 50)


def numpy_quotient(f, point: dict[str, float], variable: str, method: str, dtype: str, h: float) -> float:
    t = np.dtype(dtype).type
    args = {n: t(v) for n, v in point.items()}
    hd, x = t(h), args[variable]
    lo, hi, width = {"forward": (x, x + hd, hd), "backward": (x - hd, x, hd),
                     "central": (x - hd, x + hd, t(2) * hd)}[method]
    names = sorted(point)
    with np.errstate(all="ignore"):
        high = f(*(hi if n == variable else args[n] for n in names))
        low = f(*(lo if n == variable else args[n] for n in names))
        return float(t(t(high) - t(low)) / width), float(abs(high) + abs(low))


def numpy_error(value: float, exact: float) -> float:
    return abs(np.float64(value) - np.float64(exact)) / abs(np.float64(exact)) if exact else abs(value)


@pytest.mark.parametrize("dtype", ["float64", "float32", "float16"])
@pytest.mark.parametrize(("text", "f", "point", "variable"), ALL, ids=[f"{a[0]}-d{a[3]}" for a in ALL])
def test_every_column_matches_the_references(text, f, point, variable, dtype):
    table = cross_check(parse(text).expr, point, variable, dtype)
    exact = sympy_exact(text, point, variable)
    assert abs(table.exact - float(exact)) <= 1e-15 * abs(float(exact))
    assert [r.method for r in table.rows] == ["symbolic", "forward", "backward", "central", "complex step",
                                              "forward mode", "reverse mode"]
    assert table.tolerance == TOLERANCE[dtype]
    for row in table.rows:
        assert row.value is not None, row
        expected_error = numpy_error(row.value, float(exact))
        assert row.relative_error == pytest.approx(expected_error, rel=1e-6, abs=5e-16), row
        if abs(expected_error - table.tolerance) > 1e-9 * table.tolerance:
            assert row.passed == (expected_error <= table.tolerance), row
        if not row.passed:
            assert row.note, row
        if row.method in ("forward", "backward", "central"):
            quotient, size = numpy_quotient(f, point, variable, row.method, dtype, row.h)
            # One rounding in f's last place moves a quotient by ε|f|/h: allow a few.
            slack = 8 * float(np.finfo(dtype).eps) * size / float(np.dtype(dtype).type(row.h))
            assert abs(row.value - quotient) <= slack, (row, quotient)
        if row.method == "complex step":
            x = {n: complex(v) for n, v in point.items()}
            x[variable] += 1e-20j
            step = np.imag(f(*(x[n] for n in sorted(point)))) / 1e-20
            assert row.value == pytest.approx(float(step), rel=1e-13, abs=1e-15)
        if row.method in ("symbolic", "complex step", "forward mode", "reverse mode"):
            assert row.relative_error < 1e-12, row  # float64 whatever the dtype of the differences


def test_a_step_too_large_fails_by_truncation_and_one_too_small_by_rounding():
    expr = parse("exp(x)").expr
    large = cross_check(expr, {"x": 1.0}, "x", h=1e-2).row("forward")
    assert not large.passed and large.note.startswith("truncation")
    assert large.relative_error == pytest.approx(numpy_error((np.exp(1.01) - np.exp(1)) / 1e-2, math.e), rel=1e-9)
    small = cross_check(expr, {"x": 1.0}, "x", h=1e-13).row("forward")
    assert not small.passed and small.note.startswith("rounding")
    assert cross_check(expr, {"x": 1.0}, "x", h=1e-13).row("complex step").passed


def test_a_kink_is_named_and_the_complex_step_refuses():
    table = cross_check(parse("abs(x) + x^2").expr, {"x": 0.0}, "x")
    assert table.kink.startswith("a kink")
    assert table.row("forward").value == pytest.approx(1.0, abs=1e-7)
    assert table.row("backward").value == pytest.approx(-1.0, abs=1e-7)
    assert not table.row("forward").passed and table.row("forward").note == table.kink
    complex_step = table.row("complex step")
    assert complex_step.value is None and not complex_step.passed and "analytic" in complex_step.note


def test_h_lost_in_float16_is_said():
    row = cross_check(parse("3x^2 - 4x").expr, {"x": 1.0}, "x", "float16", h=1e-50).row("forward")
    assert row.value is None and not row.passed and "rounds to 0" in row.note


@pytest.mark.parametrize(("text", "point", "variable"), [
    ("x^2", {}, "x"), ("x^2", {"x": 1.0}, "y"), ("ln(x)", {"x": -1.0}, "x")])
def test_bad_requests_are_refused_in_words(text, point, variable):
    with pytest.raises(CrossCheckError):
        cross_check(parse(text).expr, point, variable)


def test_every_scalar_example_of_the_lessons_is_checked():
    checked = 0
    for example in all_examples():
        expr = parse(example.expression).expr
        names = sorted(s.name for s in expr.free_symbols)
        point = dict(example.inputs) if example.inputs else {names[0]: example.x}
        if any(isinstance(v, list) for v in point.values()):
            continue  # the vector example is checked element by element in SEEDS
        for variable in names:
            table = cross_check(expr, point, variable)
            assert abs(table.exact - float(sympy_exact(example.expression, point, variable))) <= 1e-14 * max(
                1.0, abs(table.exact))
            assert all(r.passed for r in table.rows if r.method != "complex step" or r.value is not None)
            checked += 1
    assert checked >= 15
