"""Taylor coefficients against sympy's series and mpmath's taylor; the error against mpmath."""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
import sympy as sp

from guicalc.core.parse import parse
from guicalc.core.taylor import TaylorError, TaylorSeries, within_tolerance

X = sp.Symbol("x")
# The notes' functions written for sympy by hand (not through our parser): sigmoid as 1/(1 + e^−x).
REFERENCES = {
    "sin(x)": sp.sin(X), "exp(x)": sp.exp(X), "ln(1+x)": sp.log(1 + X), "1/(1-x)": 1 / (1 - X),
    "sigmoid(x)": 1 / (1 + sp.exp(-X)),
}
DEGREE = 8


def _sympy_coefficients(expr: sp.Expr, center: int, degree: int) -> list[float]:
    t = sp.Symbol("t")
    series = sp.series(expr.subs(X, center + t), t, 0, degree + 1).removeO()
    return [float(series.coeff(t, k)) for k in range(degree + 1)]


@pytest.mark.parametrize("text", REFERENCES)
@pytest.mark.parametrize("center", [0, 1])
def test_coefficients_equal_sympys_series(text, center):
    series = TaylorSeries(parse(text).expr, "x")
    if text == "1/(1-x)" and center == 1:
        with pytest.raises(TaylorError, match="no Taylor polynomial at x = 1"):
            series.polynomial(1.0, DEGREE)  # a pole: sympy's answer is a Laurent series, not a polynomial
        return
    ours = series.polynomial(float(center), DEGREE).coefficients
    expected = _sympy_coefficients(REFERENCES[text], center, DEGREE)
    assert np.allclose(ours, expected, rtol=0, atol=1e-12), (ours, expected)


@pytest.mark.parametrize(("text", "function"), [
    ("tanh(x)*exp(sin(x))", lambda t: mpmath.tanh(t) * mpmath.exp(mpmath.sin(t))),
    ("sqrt(x) + atan(x) + asin(x/2)", lambda t: mpmath.sqrt(t) + mpmath.atan(t) + mpmath.asin(t / 2)),
    ("x^x + softplus(x)", lambda t: t**t + mpmath.log(1 + mpmath.exp(t))),
    ("abs(x - 2) + sec(x)", lambda t: abs(t - 2) + mpmath.sec(t)),
])
def test_degree_12_coefficients_equal_mpmaths_taylor_at_50_digits(text, function):
    with mpmath.workdps(50):
        expected = mpmath.taylor(function, mpmath.mpf("0.75"), 12)
        ours = TaylorSeries(parse(text).expr, "x").polynomial(0.75, 12).exact
        assert all(abs(a - b) <= mpmath.mpf(10) ** -40 * max(1, abs(b)) for a, b in zip(ours, expected, strict=True))


def test_the_error_of_p5_of_sin_at_1_is_mpmaths():
    series = TaylorSeries(parse("sin(x)").expr, "x")
    p5 = series.polynomial(0.0, 5)
    with mpmath.workdps(50):
        expected = mpmath.sin(1) - (1 - mpmath.mpf(1) / 6 + mpmath.mpf(1) / 120)
    (error,) = series.errors(p5, np.array([1.0]))
    assert abs(error - float(expected)) < 1e-12
    assert abs(error) == pytest.approx(1.9568e-4, rel=1e-4)


def test_corners_jumps_and_poles_have_no_polynomial():
    for text, center in (("abs(x)", 0.0), ("relu(x)", 0.0), ("floor(x)", 2.0), ("1/x", 0.0), ("sqrt(x)", 0.0),
                         ("ln(x)", -1.0)):
        with pytest.raises(TaylorError):
            TaylorSeries(parse(text).expr, "x").polynomial(center, 3)


def test_the_polynomial_as_text_and_the_tolerance_interval():
    series = TaylorSeries(parse("exp(x)").expr, "x")
    p = series.polynomial(0.0, 3)
    assert p.text() == "1 + x + 0.5·x² + 0.1666666667·x³"
    # copied from the window into the function editor, it is the same polynomial
    pasted = parse(series.polynomial(0.5, 4).text()).expr
    (x,) = pasted.free_symbols
    exact = sum(sp.exp(sp.Rational(1, 2)) * (x - sp.Rational(1, 2)) ** k / sp.factorial(k) for k in range(5))
    assert all(abs(float(pasted.subs(x, t) / exact.subs(x, t)) - 1) < 1e-9 for t in (-1, 0, 2))  # 10 digits shown
    assert series.polynomial(1.0, 1).text(unicode=False) == "2.718281828 + 2.718281828*(x - 1)"
    xs = np.linspace(-3, 3, 601)
    errors = series.errors(p, xs)
    lo, hi = within_tolerance(xs, errors, 0.0, 1e-2)
    # e^x − P₃ ≈ x⁴/24: |error| < 0.01 for |x| below about (0.24)^(1/4) ≈ 0.70 (mpmath finds the crossings)
    right = mpmath.findroot(lambda t: mpmath.exp(t) - (1 + t + t**2 / 2 + t**3 / 6) - 0.01, 0.7)
    left = mpmath.findroot(lambda t: mpmath.exp(t) - (1 + t + t**2 / 2 + t**3 / 6) - 0.01, -0.7)
    assert abs(hi - float(right)) <= 0.01 and abs(lo - float(left)) <= 0.01
