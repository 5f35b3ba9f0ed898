"""The keystroke's float64 slope: the derivative where it exists, NaN where f may have none.

Checked against slopes worked by hand and numpy's own float64 derivative; the 60-digit
verdict shown at the pause is tested in test_issue15_examples.py and test_derivative_property.py.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from guicalc.core.analysis import CurveAnalysis
from guicalc.core.parse import parse


def _quick(text: str, x: float) -> float:
    return CurveAnalysis(parse(text), "x", {}).quick_slope(x)


@pytest.mark.parametrize(("text", "x"), [("|x|", 0.0), ("relu(x)", 0.0), ("floor(x)", 1.0), ("sqrt(x)", 0.0),
                                         ("|x - 1| + x^2", 1.0), ("sign(x)", 0.0), ("x^(1/3)", 0.0)])
def test_where_there_is_no_derivative_there_is_no_quick_slope(text: str, x: float) -> None:
    assert math.isnan(_quick(text, x))


@pytest.mark.parametrize(("text", "x", "slope"), [("|x|", 2.0, 1.0), ("|x|", -0.5, -1.0), ("relu(x)", -1.0, 0.0),
                                                  ("floor(x)", 1.5, 0.0), ("sqrt(x)", 4.0, 0.25),
                                                  ("|x - 1| + x^2", 3.0, 7.0)])
def test_away_from_a_break_it_is_the_slope(text: str, x: float, slope: float) -> None:
    assert _quick(text, x) == pytest.approx(slope, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("x", [0.0, 1.0, -2.5, 50.0])
def test_a_smooth_function_is_answered_by_its_derivative_alone(x: float) -> None:
    # numpy's float64 value of the derivative of sin(x)·eˣ, written out by hand.
    assert _quick("sin(x) exp(x)", x) == pytest.approx(np.exp(x) * (np.sin(x) + np.cos(x)), rel=1e-12)
