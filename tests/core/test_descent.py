"""Gradient descent: convergence, divergence shown as such, undefined gradients."""

from __future__ import annotations

import numpy as np
import pytest

from guicalc.core.descent import Outcome, gradient_descent
from guicalc.core.surface import TwoVariableFunction

BOWL = TwoVariableFunction.from_text("x0^2 + x1^2")
VIEW = (-2.0, 2.0, -2.0, 2.0)


def test_learning_rate_point_one_converges_to_the_origin() -> None:
    path = gradient_descent(BOWL, (-1.5, 1.5), 0.1, 50, VIEW)
    assert path.outcome is Outcome.CONVERGED
    assert path.steps == 50
    # x_k = (1 − 2η)^k x_0 exactly for this bowl.
    assert path.points[-1] == pytest.approx(0.8**50 * np.array([-1.5, 1.5]), rel=1e-9)
    assert np.all(np.diff(path.values) < 0)
    assert path.left_view_at is None
    assert path.message.startswith("Converged to (−2.141e−05, 2.141e−05) after 50 steps")


def test_learning_rate_one_point_one_diverges_and_says_so() -> None:
    path = gradient_descent(BOWL, (-1.5, 1.5), 1.1, 50, VIEW)
    assert path.outcome is Outcome.DIVERGED
    assert path.points[-1] == pytest.approx((-1.2) ** 50 * np.array([-1.5, 1.5]), rel=1e-9)
    assert path.left_view_at == 2  # |x_1| = 1.8, |x_2| = 2.16
    assert "Diverged after 50 steps: f grew from 4.5 to" in path.message
    assert "η = 1.1 is too large; the path leaves the view at step 2" in path.message


def test_huge_learning_rate_stops_before_overflow() -> None:
    path = gradient_descent(BOWL, (-1.5, 1.5), 1e3, 1000, VIEW)
    assert path.outcome is Outcome.DIVERGED
    assert path.steps < 10
    assert np.isfinite(path.points).all() and np.isfinite(path.values).all()


def test_learning_rate_one_bounces_forever() -> None:
    path = gradient_descent(BOWL, (-1.5, 1.5), 1.0, 20, VIEW)
    assert path.outcome is Outcome.UNFINISHED
    assert path.points[1] == pytest.approx((1.5, -1.5))
    assert path.message.startswith("Not converged after 20 steps")


def test_descent_stops_where_the_gradient_is_undefined() -> None:
    norm = TwoVariableFunction.from_text("norm(x1, x2)")
    path = gradient_descent(norm, (-1.0, 0.0), 0.5, 10, VIEW)
    assert path.outcome is Outcome.UNDEFINED
    assert path.points[-1] == pytest.approx((0.0, 0.0))
    assert "∇f is undefined at (0, 0)" in path.message


def test_descent_at_the_minimum_takes_no_step() -> None:
    path = gradient_descent(BOWL, (0.0, 0.0), 0.1, 10, VIEW)
    assert path.steps == 0
    assert path.outcome is Outcome.CONVERGED


def test_exponential_valley_keeps_descending() -> None:
    fn = TwoVariableFunction.from_text("3x1^2 + 5e^x2")
    path = gradient_descent(fn, (1.0, 1.0), 0.05, 40, VIEW)
    assert np.all(np.diff(path.values) < 0)
    assert abs(path.points[-1, 0]) < 1e-3  # the x1 direction settles at 0
