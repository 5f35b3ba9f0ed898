"""Jacobians of vector functions, column by column and row by row, against sympy's ``jacobian``."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from guicalc.core.autodiff import AutodiffError
from guicalc.core.jacobian import FORWARD, REVERSE, VectorTrace, cheaper_mode, parse_vector
from guicalc.core.parse import ParseError

# (text typed by a user, the same components written with sympy, the point)
FUNCTIONS = [
    ("[x0*x1, sin(x0), x0 + x1^2]", lambda x0, x1: [x0 * x1, sp.sin(x0), x0 + x1**2], {"x0": 1.0, "x1": 2.0}),
    ("[exp(a)*b, a/b]", lambda a, b: [sp.exp(a) * b, a / b], {"a": 0.5, "b": -1.5}),
    ("[x*y*z, x^2 + y^2 + z^2, sigmoid(x - z), ln(1 + y^2)]",
     lambda x, y, z: [x * y * z, x**2 + y**2 + z**2, 1 / (1 + sp.exp(z - x)), sp.log(1 + y**2)],
     {"x": 0.3, "y": -1.2, "z": 2.0}),
    ("[tanh(u + 2v + 3w)]", lambda u, v, w: [sp.tanh(u + 2 * v + 3 * w)], {"u": 0.1, "v": 0.2, "w": -0.3}),
    ("[x^2, x^3, sqrt(x), exp(-x), x*ln(x)]",
     lambda x: [x**2, x**3, sp.sqrt(x), sp.exp(-x), x * sp.log(x)], {"x": 1.7}),
]


def sympy_jacobian(components, point: dict[str, float]) -> np.ndarray:
    """sympy's own Jacobian, evaluated with 50 digits."""
    symbols = [sp.Symbol(n, real=True) for n in sorted(point)]
    matrix = sp.Matrix(components(*symbols)).jacobian(symbols)
    values = {s: sp.Float(point[s.name], 50) for s in symbols}
    return np.array(matrix.subs(values).evalf(50).tolist(), dtype=float)


@pytest.mark.parametrize(("text", "components", "point"), FUNCTIONS)
def test_both_ways_equal_sympys_jacobian_with_n_and_m_passes(text, components, point):
    function = parse_vector(text)
    m, n = function.shape
    trace = VectorTrace(function, point)
    expected = sympy_jacobian(components, point)
    forward, reverse = trace.build(FORWARD), trace.build(REVERSE)
    np.testing.assert_allclose(forward.jacobian, expected, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(reverse.jacobian, expected, rtol=1e-12, atol=1e-12)
    assert forward.pass_count == n and reverse.pass_count == m
    for i, column in enumerate(forward.passes):
        np.testing.assert_allclose(column, expected[:, i], rtol=1e-12, atol=1e-12)
    for j, row in enumerate(reverse.passes):
        np.testing.assert_allclose(row, expected[j], rtol=1e-12, atol=1e-12)
    assert cheaper_mode((m, n)) == (FORWARD if n < m else REVERSE)


@pytest.mark.parametrize(("text", "components", "point"), FUNCTIONS)
def test_any_seed_and_any_direction(text, components, point):
    function = parse_vector(text)
    m, n = function.shape
    trace = VectorTrace(function, point)
    expected = sympy_jacobian(components, point)
    rng = np.random.default_rng(20)
    for _ in range(3):
        v, u = rng.normal(size=m), rng.normal(size=n)
        np.testing.assert_allclose(trace.vjp(v), v @ expected, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(trace.jvp(u), expected @ u, rtol=1e-12, atol=1e-12)


def test_the_notes_vjp_with_a_seed_v():
    # x·x at x = [0, 1, 2, 3] as four components: vᵀJ with v = [1, 1, 1, 1] is 2x.
    trace = VectorTrace(parse_vector("[x0*x0, x1*x1, x2*x2, x3*x3]"), {"x0": 0, "x1": 1, "x2": 2, "x3": 3})
    np.testing.assert_array_equal(trace.vjp([1, 1, 1, 1]), [0, 2, 4, 6])


def test_shared_and_constant_components():
    trace = VectorTrace(parse_vector("[x*y, x*y, 3, x]"), {"x": 2.0, "y": 5.0})
    expected = np.array([[5, 2], [5, 2], [0, 0], [1, 0]], dtype=float)
    np.testing.assert_array_equal(trace.build(FORWARD).jacobian, expected)
    np.testing.assert_array_equal(trace.build(REVERSE).jacobian, expected)
    np.testing.assert_array_equal(trace.outputs, [10, 10, 3, 2])


@pytest.mark.parametrize(("text", "column"), [
    ("[x, ]", 3), ("[x, y", 0), ("[x*, y]", 3), ("[x, y)]", 5), ("[(x, y]", 3)])
def test_parse_errors_point_at_the_column(text, column):
    with pytest.raises(ParseError) as info:
        parse_vector(text)
    assert info.value.position == column


def test_wrong_lengths_are_refused():
    trace = VectorTrace(parse_vector("[x*y, y]"), {"x": 1, "y": 2})
    with pytest.raises(AutodiffError, match="needs 2 numbers, not 3"):
        trace.vjp([1, 2, 3])
    with pytest.raises(AutodiffError, match="give a value for y"):
        VectorTrace(parse_vector("[x*y, y]"), {"x": 1})
