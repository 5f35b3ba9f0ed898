"""Exact derivatives, gradients, reference values and the text a student reads."""

from __future__ import annotations

import math

import mpmath
import pytest
import sympy as sp

from guicalc.core import functions, symbolic
from guicalc.core.analysis import CurveAnalysis
from guicalc.core.parse import parse, symbol

x, t = sp.Symbol("x", real=True), sp.Symbol("t", real=True)
x1, x2 = sp.Symbol("x1", real=True), sp.Symbol("x2", real=True)


def d(text: str, variable: str = "x", order: int = 1) -> sp.Expr:
    return symbolic.derivative(parse(text).expr, variable, order)


RULES = [
    ("3x^2 - 4x", 6 * x - 4),                           # power and sum rules
    ("5x^3", 15 * x**2),                                # constant multiple
    ("x sin x", sp.sin(x) + x * sp.cos(x)),             # product rule
    ("sin(x)/x", sp.cos(x) / x - sp.sin(x) / x**2),     # quotient rule
    ("e^x", sp.exp(x)),
    ("ln x", 1 / x),
    ("x^3 - 1/x", 3 * x**2 + 1 / x**2),
    ("e^(x^2)", 2 * x * sp.exp(x**2)),                  # chain rule
    ("sigmoid(x)", functions.sigmoid(x) * (1 - functions.sigmoid(x))),
    ("softplus(x)", functions.sigmoid(x)),
    ("relu(x)", sp.Heaviside(x)),
    ("tanh(x)", 1 - sp.tanh(x) ** 2),
]


@pytest.mark.parametrize(("text", "expected"), RULES, ids=[r[0] for r in RULES])
def test_derivative_rules(text: str, expected: sp.Expr) -> None:
    assert sp.expand(d(text) - expected) == 0


def test_second_derivative() -> None:
    assert d("3x^2 - 4x", order=2) == 6
    assert sp.expand(d("x^3 - 1/x", order=2) - (6 * x - 2 / x**3)) == 0


def test_chain_rule_through_intermediates_of_the_notes() -> None:
    # f = x1² + 2x2 with x1 = sin t, x2 = cos t: df/dt = 2 sin t cos t − 2 sin t.
    assert sp.expand(d("sin(t)^2 + 2cos(t)", "t") - (2 * sp.sin(t) * sp.cos(t) - 2 * sp.sin(t))) == 0


def test_gradient_in_the_order_given() -> None:
    assert symbolic.gradient(parse("3x1^2 + 5e^x2").expr, ["x1", "x2"]) == [6 * x1, 5 * sp.exp(x2)]
    assert symbolic.gradient(parse("3x1^2 + 5e^x2").expr, ["x2", "x1"]) == [5 * sp.exp(x2), 6 * x1]


def test_gradient_of_the_norm() -> None:
    # ∇‖x‖₂ = x/‖x‖₂
    grad = symbolic.gradient(parse("norm(x1, x2)").expr, ["x1", "x2"])
    norm = functions.norm(x1, x2)
    assert grad == [x1 / norm, x2 / norm]
    values = [symbolic.exact_value(g, {"x1": 3.0, "x2": 4.0}) for g in grad]
    assert values == [pytest.approx(0.6, rel=1e-15), pytest.approx(0.8, rel=1e-15)]


def test_is_exact_detects_unevaluated_derivatives() -> None:
    assert symbolic.is_exact(d("x^2"))
    x = symbol("x")
    assert not symbolic.is_exact(sp.Derivative(sp.floor(x), x))


def test_piecewise_constant_functions_have_derivative_zero_between_their_jumps() -> None:
    # Issue 15: floor′(0.5), sign′(1) exist (they are 0); sympy writes them Derivative(floor(x), x)
    # and 2·DiracDelta(x), which must never reach a student.
    for text, at in (("floor(x)", 0.5), ("ceil(x)", 0.5), ("sign(x)", 1.0), ("floor(x^2)", 1.5)):
        derivative = d(text)
        assert not derivative.has(sp.Derivative, sp.DiracDelta, sp.Subs), (text, derivative)
        assert CurveAnalysis(parse(text), "x").exact(1, at) == 0.0


def test_exact_value_is_the_50_digit_reference() -> None:
    expr = d("sin(x) e^x")
    value = symbolic.mp_value(expr, {"x": 0.25})
    with mpmath.workdps(50):
        a = mpmath.mpf(0.25)
        expected = mpmath.exp(a) * (mpmath.sin(a) + mpmath.cos(a))
        assert abs(value - expected) < mpmath.mpf(10) ** -48
    assert symbolic.exact_value(expr, {"x": 0.25}) == float(expected)
    assert math.isnan(symbolic.exact_value(parse("sqrt(x)").expr, {"x": -1.0}))


def test_tangent_of_the_notes() -> None:
    tangent = CurveAnalysis(parse("3x^2 - 4x"), "x").tangent(1.0)
    assert (tangent.x, tangent.y, tangent.slope, tangent.intercept) == (1.0, -1.0, 2.0, -3.0)
    assert tangent.equation() == "y = 2x - 3"
    assert tangent.equation(unicode_minus=True) == "y = 2x − 3"
    assert CurveAnalysis(parse("sqrt(x)"), "x").tangent(-1.0).equation() == "no tangent here"


@pytest.mark.parametrize(("text", "expected"), [
    ("3x^2 - 4x", "3x^2 - 4x"),
    ("6x - 4", "6x - 4"),
    ("sigmoid(x)", "sigmoid(x)"),
    ("sum(x, 2x)", "sum(x, 2x)"),
    ("2(x + 1)", "2x + 2"),
    ("x1 * 2", "2x1"),
    ("1e-5 x", "1.0e-5x"),
])
def test_to_text(text: str, expected: str) -> None:
    assert symbolic.to_text(parse(text).expr) == expected


def test_to_text_round_trips_through_the_parser() -> None:
    for text in ("3x^2 - 4x", "x^3 - 1/x", "sin(x)cos(x) + e^(2x)", "sigmoid(x)(1 - sigmoid(x))"):
        expr = parse(text).expr
        assert parse(symbolic.to_text(expr)).expr == expr
        assert parse(symbolic.to_text(expr, unicode_minus=True)).expr == expr


def test_to_latex() -> None:
    assert symbolic.to_latex(d("3x^2 - 4x")) == "6 x - 4"
    assert symbolic.to_latex(parse("sigmoid(x)").expr) == r"\sigma\left(x\right)"
    assert symbolic.to_latex(parse("norm(x, y)").expr) == r"\left\|x, y\right\|_2"


@pytest.mark.parametrize(("value", "text"), [(2.0, "2"), (-3.0, "-3"), (0.2, "0.2"), (0.0, "0"),
                                              (1.5e-8, "1.5e-08"), (123456789.0, "1.23457e+08"),
                                              (float("nan"), "undefined"), (float("inf"), "∞"),
                                              (float("-inf"), "-∞")])
def test_format_number(value: float, text: str) -> None:
    assert symbolic.format_number(value) == text


@pytest.mark.parametrize(("slope", "intercept", "equation"), [
    (2.0, -3.0, "y = 2x - 3"),
    (1.0, 1.0, "y = x + 1"),
    (-1.0, 0.0, "y = -x"),
    (0.0, 5.0, "y = 5"),
    (0.0, -5.0, "y = -5"),
    (0.2, -0.25, "y = 0.2x - 0.25"),
])
def test_line_equation(slope: float, intercept: float, equation: str) -> None:
    assert symbolic.line_equation(slope, intercept) == equation
    assert symbolic.line_equation(slope, intercept, "t", unicode_minus=True) == (
        equation.replace("x", "t").replace("-", "−"))


def test_differentiating_runs_no_code(no_code_runs) -> None:
    expr = parse("sigmoid(x) ln x + |x|^3 + relu(x) + x^x").expr
    with no_code_runs():
        first = symbolic.derivative(expr, "x")
        text = symbolic.to_text(first)
        latex = symbolic.to_latex(first)
        value = symbolic.exact_value(first, {"x": 2.0})
    assert "sigmoid" in text and r"\sigma" in latex
    s = 1 / (1 + math.exp(-2.0))
    expected = s * (1 - s) * math.log(2.0) + s / 2.0 + 3 * 4.0 + 1.0 + 4.0 * (math.log(2.0) + 1)
    assert value == pytest.approx(expected, rel=1e-14)
