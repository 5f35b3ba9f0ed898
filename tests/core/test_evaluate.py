"""The exec-free evaluator: numpy in the user's dtype, complex step, and mpmath reference values."""

from __future__ import annotations

import math
import time

import mpmath
import numpy as np
import pytest
import sympy as sp

from guicalc.core import symbolic
from guicalc.core.evaluate import Evaluator, NotAnalyticError
from guicalc.core.parse import parse

XS = np.array([-2.5, -1.0, -0.3, 0.2, 0.7, 1.0, 2.0, 3.5])


def sigmoid(v: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-v))


CASES = [
    ("3x^2 - 4x", lambda v: 3 * v**2 - 4 * v),
    ("sin(x) + cos(2x)", lambda v: np.sin(v) + np.cos(2 * v)),
    ("e^x", np.exp),
    ("tanh x", np.tanh),
    ("sigmoid(x)", sigmoid),
    ("relu(x)", lambda v: np.maximum(v, 0)),
    ("softplus(x)", lambda v: np.log1p(np.exp(v))),
    ("|x|", np.abs),
    ("norm(x, 2)", lambda v: np.hypot(v, 2)),
    ("dot(x, x)", lambda v: v * v),
    ("floor(x) + ceil(x)", lambda v: np.floor(v) + np.ceil(v)),
    ("x^3 - 1/x", lambda v: v**3 - 1 / v),
    ("x^x", lambda v: np.power(v, v)),  # real only at x > 0 and at negative integers
    ("atan(x) + sinh(x)", lambda v: np.arctan(v) + np.sinh(v)),
    ("2^x", lambda v: 2.0**v),
    ("pi x", lambda v: np.pi * v),
]


@pytest.mark.parametrize(("text", "reference"), CASES, ids=[c[0] for c in CASES])
def test_numpy_backend_matches_numpy(text: str, reference) -> None:
    values = Evaluator(parse(text).expr)(x=XS)
    with np.errstate(invalid="ignore", divide="ignore"):
        expected = reference(XS)
    finite = np.isfinite(expected)
    np.testing.assert_allclose(values[finite], expected[finite], rtol=1e-14, atol=1e-15)
    assert np.isnan(values[~finite]).all()


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_arithmetic_stays_in_the_chosen_dtype(dtype: str) -> None:
    t = np.dtype(dtype).type
    for text in ("3x^2 - 4x", "0.01x^2 + 0.1x", "sin(x) + pi", "sigmoid(x)", "1/x"):
        result = Evaluator(parse(text).expr, dtype=dtype)(x=np.array([0.5, 1.0, 2.0]))
        assert result.dtype == np.dtype(dtype), text
    # float16 holds 0.1 as 0.0999755859375: the constant is rounded, not kept in float64.
    assert Evaluator(parse("0.1").expr, dtype=dtype)() == t(0.1)


def test_domain_errors_give_nan_without_warnings() -> None:
    # pytest turns warnings into errors: a RuntimeWarning here fails the test.
    at = np.array([-1.0, -8.0, 2.0])
    assert np.isnan(Evaluator(parse("sqrt(x)").expr)(x=at)[:2]).all()
    assert np.isnan(Evaluator(parse("ln x").expr)(x=at)[:2]).all()
    assert np.isnan(Evaluator(parse("asin(x)").expr)(x=at[1:])).all()
    assert np.isnan(Evaluator(parse("x^(1/4)").expr)(x=at)[:2]).all()  # complex: not plotted
    # Odd roots are real (issue 15: x^(1/3) at −8 is −2, as GeoGebra): numpy's own real cube root.
    assert np.allclose(Evaluator(parse("x^(1/3)").expr)(x=at), np.cbrt(at), rtol=1e-15, atol=0)
    assert Evaluator(parse("1/x").expr)(x=0.0) == np.inf


def test_integer_powers_keep_negative_bases_real() -> None:
    np.testing.assert_array_equal(Evaluator(parse("x^3").expr)(x=np.array([-2.0, 2.0])), [-8.0, 8.0])
    np.testing.assert_array_equal(Evaluator(parse("x^-2").expr)(x=np.array([-2.0, 2.0])), [0.25, 0.25])


def test_float16_overflow_is_infinity_without_warnings() -> None:
    expr = parse("1e5 x").expr
    assert Evaluator(expr, dtype="float16")(x=1.0) == np.inf
    assert Evaluator(parse("x").expr, dtype="float16")(x=1e5) == np.inf


def test_mpmath_backend_gives_50_digits() -> None:
    expr = parse("sin(x) e^x").expr
    value = Evaluator(expr, "mpmath", precision=50)(x=0.5)
    with mpmath.workdps(50):
        expected = mpmath.sin(mpmath.mpf(0.5)) * mpmath.exp(mpmath.mpf(0.5))
        assert abs(value - expected) < mpmath.mpf(10) ** -48
    assert symbolic.exact_value(parse("pi").expr, {}) == math.pi


def test_mpmath_backend_has_no_complex_values() -> None:
    for text in ("sqrt(x)", "ln x", "x^0.5", "acos(x)"):
        assert mpmath.isnan(Evaluator(parse(text).expr, "mpmath")(x=-4.0)), text


def test_undefined_constants_evaluate_to_nan() -> None:
    # d/dx 0^x is sympy's nan, which mpmath cannot convert; zoo and oo have no real value.
    x = sp.Symbol("x", real=True)
    assert sp.diff(parse("0^x").expr, x) is sp.nan
    for value in (sp.nan, sp.zoo, sp.oo, -sp.oo, sp.nan * x):
        assert np.isnan(Evaluator(value)(x=1.0))
        assert np.isnan(Evaluator(value, dtype="float16")(x=1.0))
        assert mpmath.isnan(Evaluator(value, "mpmath")(x=1.0))


@pytest.mark.parametrize("text", ["exp(exp(exp(exp(exp(x)))))", "x^x^x^x^x^x^x^x", "sin(x^(10^300))",
                                  "exp(x^(10^300))", "x^(10^308)"])
def test_mpmath_gives_infinity_or_nan_at_once_for_giant_values(text: str) -> None:
    start = time.perf_counter()
    value = Evaluator(parse(text).expr, "mpmath")(x=3.0)
    assert mpmath.isinf(value) or mpmath.isnan(value)
    assert time.perf_counter() - start < 1.0


def test_mpmath_keeps_large_but_representable_values() -> None:
    # Far beyond float64, yet cancelled back into range: exact to 50 digits.
    value = Evaluator(parse("e^(x^2) / e^(x^2 - 1)").expr, "mpmath")(x=40.0)
    with mpmath.workdps(50):
        assert abs(value - mpmath.e) < mpmath.mpf(10) ** -48
    assert Evaluator(parse("(-x)^999").expr, "mpmath")(x=3.0) < 0


def test_mpmath_giant_powers_keep_their_sign() -> None:
    def at(text: str, value: float) -> mpmath.mpf:
        return Evaluator(parse(text).expr, "mpmath")(x=value)

    assert at("x^10000", -3.0) == mpmath.inf
    assert at("x^10001", -3.0) == -mpmath.inf
    assert at("x^-10001", -3.0) == 0
    assert at("x^10000", 0.5) == 0
    assert mpmath.isnan(at("x^10000.5", -3.0))


def test_complex_backend_refuses_non_analytic_functions() -> None:
    for text in ("|x|", "floor(x)", "relu(x)", "sign(x)", "ceil(x)"):
        with pytest.raises(NotAnalyticError):
            Evaluator(parse(text).expr, "complex")
    value = Evaluator(parse("sin(x)").expr, "complex")(x=complex(1.0, 1e-20))
    assert value.imag / 1e-20 == pytest.approx(math.cos(1.0), rel=1e-15)


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown backend"):
        Evaluator(parse("x").expr, "lambdify")


def test_evaluating_runs_no_code(no_code_runs) -> None:
    expr = parse("sigmoid(x) + ln x + |x| + x^x").expr
    with no_code_runs():
        Evaluator(expr)(x=XS)
        Evaluator(expr, dtype="float16")(x=XS)
        value = Evaluator(expr, "mpmath")(x=1.5)
    assert float(value) == pytest.approx(sigmoid(1.5) + math.log(1.5) + 1.5 + 1.5**1.5, rel=1e-14)
