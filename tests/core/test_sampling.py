"""Curves break at poles and jumps, and nowhere else."""

from __future__ import annotations

import math

import numpy as np
import pytest

from guicalc.core.analysis import CurveAnalysis
from guicalc.core.evaluate import Evaluator
from guicalc.core.parse import parse
from guicalc.core.sampling import find_breaks, sample


def sampled(text: str, x0: float, x1: float, count: int) -> tuple[np.ndarray, np.ndarray]:
    f = Evaluator(parse(text).expr)
    return sample(lambda xs: f(x=xs), x0, x1, count)


def drawn_segments(xs: np.ndarray, ys: np.ndarray) -> list[tuple[float, float]]:
    """The x-intervals a `connect='finite'` line draws: neighbours with both ends finite."""
    finite = np.isfinite(ys)
    return [(xs[i], xs[i + 1]) for i in range(len(xs) - 1) if finite[i] and finite[i + 1]]


@pytest.mark.parametrize(("text", "x0", "x1", "count", "poles"), [
    ("1/x", -1.0, 1.0, 400, [0.0]),                     # pole between two samples
    ("1/x", -1.0, 1.0, 401, [0.0]),                     # pole on a sample
    ("1/(x - 0.3)", -2.0, 2.0, 333, [0.3]),
    ("tan x", -5.0, 5.0, 1000, [-3 * math.pi / 2, -math.pi / 2, math.pi / 2, 3 * math.pi / 2]),
    ("floor(x)", -2.5, 2.5, 500, [-2.0, -1.0, 0.0, 1.0, 2.0]),
    ("sign(x)", -1.0, 1.3, 200, [0.0]),
    ("x^3 - 1/x", 0.1 - 3, 3.0, 600, [0.0]),
])
def test_no_drawn_segment_spans_a_pole_or_jump(text: str, x0: float, x1: float, count: int,
                                               poles: list[float]) -> None:
    xs, ys = sampled(text, x0, x1, count)
    assert np.all(np.diff(xs) > 0)
    segments = drawn_segments(xs, ys)
    for pole in poles:
        assert not [s for s in segments if s[0] <= pole <= s[1]], pole
    # The break is local: almost every sample is still drawn.
    assert np.isfinite(ys).sum() >= count - 2 * len(poles)


@pytest.mark.parametrize(("text", "x0", "x1"), [("x^2", -3.0, 3.0), ("sin x", -10.0, 10.0),
                                                ("e^x", -10.0, 10.0), ("3x^2 - 4x", 0.0, 3.0),
                                                ("x^3 - 1/x", 0.5, 3.0), ("|x|", -1.0, 1.0),
                                                ("sigmoid(10x)", -3.0, 3.0)])
def test_continuous_functions_get_no_breaks(text: str, x0: float, x1: float) -> None:
    xs, ys = sampled(text, x0, x1, 500)
    assert len(xs) == 500
    assert np.isfinite(ys).all()
    np.testing.assert_array_equal(xs, np.linspace(x0, x1, 500))


def test_undefined_parts_are_nan_and_the_rest_is_drawn() -> None:
    xs, ys = sampled("sqrt(x)", -1.0, 1.0, 201)
    assert np.isnan(ys[xs < 0]).all()
    np.testing.assert_allclose(ys[xs >= 0], np.sqrt(xs[xs >= 0]))


def test_constant_function_is_sampled_everywhere() -> None:
    xs, ys = CurveAnalysis(parse("3x^2 - 4x"), "x").sample(0.0, 3.0, 30, order=2)
    assert xs.shape == ys.shape == (30,)
    assert (ys == 6.0).all()


def test_find_breaks_returns_the_interval_of_the_jump() -> None:
    xs = np.linspace(0.0, 1.0, 11)
    f = lambda v: np.where(v < 0.55, 0.0, 1.0)
    np.testing.assert_array_equal(find_breaks(f, xs, f(xs)), [5])
