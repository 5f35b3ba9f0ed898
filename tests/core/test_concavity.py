"""Concave up and down regions and inflection points, against where they are known to be."""

from __future__ import annotations

import math

import mpmath

from guicalc.core.concavity import SecondDerivative
from guicalc.core.parse import parse


def _concavity(text: str, lo: float, hi: float):
    return SecondDerivative(parse(text).expr, "x").concavity(lo, hi)


def test_sine_bends_down_then_up_with_inflections_at_multiples_of_pi():
    c = _concavity("sin(x)", -4.0, 4.0)
    assert [round(x, 12) for x in c.inflections] == [round(-math.pi, 12), 0.0, round(math.pi, 12)]
    assert [sign for *_, sign in c.intervals] == [-1, 1, -1, 1]


def test_sigmoid_has_one_inflection_at_zero_and_a_pole_is_not_one():
    sigmoid = _concavity("sigmoid(x)", -3.0, 2.5)
    assert len(sigmoid.inflections) == 1 and abs(sigmoid.inflections[0]) < 1e-12
    assert _concavity("1/x", -2.0, 2.5).inflections == ()
    # tanh(x) − x/2 + x³/10: f″ = −2 tanh·sech² + 6x/10 has roots mpmath finds
    c = _concavity("tanh(x) - x/2 + x^3/10", -3.0, 3.0)
    f2 = lambda t: -2 * mpmath.tanh(t) * mpmath.sech(t) ** 2 + 6 * t / 10  # noqa: E731
    roots = sorted(float(mpmath.findroot(f2, g)) for g in (-0.8, 0.0, 0.8))
    assert len(c.inflections) == 3 and all(abs(a - b) < 1e-10 for a, b in zip(c.inflections, roots, strict=True))
