"""Double backward: f″ and Hessian-vector products through a second graph, against sympy."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from guicalc.core import functions as fn
from guicalc.core.autodiff import AutodiffError
from guicalc.core.double_backward import double_backward
from guicalc.core.parse import parse

SECOND = [
    ("x^3", 2.0), ("3x^2 - 4x", 1.0), ("x^3 - 1/x", 1.0), ("0.01x^2 + 0.1x", 5.0), ("exp(x)", 2.0),
    ("1/x", 4.0), ("sigmoid(x)", 0.5), ("softplus(x)", -0.3), ("tanh(x)", 0.7), ("sin(cos(exp(x)))", 0.4),
    ("x*sin(x)*exp(x)", 0.9), ("(x^2 + 1)/(x - 3)", 1.0), ("x^x", 1.5), ("x^(x^x)", 1.2), ("ln(x^2 + 1)", 2.0),
    ("sqrt(1 + x^2)", -2.0), ("atan(x)", 3.0), ("exp(-x^2)", 0.7), ("sin(x)/x", 1.1), ("2^x", 1.7),
    ("3x + 1", 1.0),
]
HVP = [
    ("x0^2 + x1^2", {"x0": -1.0, "x1": 2.0}, {"x0": 1.0, "x1": 0.5}),
    ("3x1^2 + 5e^x2", {"x1": 1.0, "x2": 0.0}, {"x1": -2.0, "x2": 3.0}),
    ("sqrt(x1^2 + x2^2)", {"x1": 1.0, "x2": 1.0}, {"x1": 1.0, "x2": -1.0}),
    ("x0^2*x1 + sin(x0*x1)", {"x0": 1.0, "x1": 2.0}, {"x0": 1.0, "x1": -2.0}),
    ("sigmoid(a*b) + a*exp(b)", {"a": 0.3, "b": -0.8}, {"a": 0.25, "b": 4.0}),
]


def written_out(expr: sp.Expr) -> sp.Expr:
    return expr.replace(lambda e: isinstance(e, (fn.sigmoid, fn.softplus)), lambda e: e.rewrite(sp.exp))


@pytest.mark.parametrize(("text", "x"), SECOND, ids=[s[0] for s in SECOND])
def test_f_second_equals_sympys(text, x):
    expr = parse(text).expr
    result = double_backward(expr, {"x": x})
    (symbol,) = expr.free_symbols or {sp.Symbol("x", real=True)}
    expected = float(sp.N(sp.diff(written_out(expr), symbol, 2).subs(symbol, sp.Float(x, 50)), 50))
    assert result.second_derivative == pytest.approx(expected, rel=1e-12, abs=1e-13)


def test_the_second_graph_is_built_from_the_first_and_reuses_its_values():
    result = double_backward(parse("x*sin(x)*exp(x)").expr, {"x": 0.9})
    assert result.second is not None and result.trace is not None
    first = result.first.expressions()
    second = result.second.expressions()
    assert result.shared and all(second[i] == first[j] for i, j in result.shared.items())
    # the second graph's output is the gradient the first graph's backward pass gave
    x = sp.Symbol("x", real=True)
    assert sp.simplify(result.product - sp.diff(parse("x*sin(x)*exp(x)").expr, x)) == 0
    assert float(result.trace.output) == pytest.approx(float(sp.N(result.product.subs(x, 0.9))), rel=1e-14)


@pytest.mark.parametrize(("text", "point", "v"), HVP, ids=[h[0] for h in HVP])
def test_hessian_vector_products_equal_sympys(text, point, v):
    expr = parse(text).expr
    result = double_backward(expr, point, v)
    symbols = sorted(expr.free_symbols, key=lambda s: s.name)
    hessian = sp.hessian(written_out(expr), symbols).subs({s: sp.Float(point[s.name], 50) for s in symbols})
    expected = np.array((hessian * sp.Matrix([v[s.name] for s in symbols])).evalf(50).tolist(), dtype=float)[:, 0]
    got = np.array([result.hvp[s.name] for s in symbols])
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-13)


def test_f_second_needs_one_variable_and_a_vector_reduction_is_refused():
    with pytest.raises(AutodiffError):
        _ = double_backward(parse("x*y").expr, {"x": 1.0, "y": 2.0}).second_derivative
    with pytest.raises(AutodiffError, match="reduces a vector"):
        double_backward(parse("dot(x, x)").expr, {"x": 1.0})
