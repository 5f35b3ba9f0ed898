"""Hessians, eigenvalues and classifications against hand-written second partials and
numpy.linalg.eigh; Newton's method against an independent numpy implementation."""

from __future__ import annotations

import mpmath
import numpy as np
import pytest

from guicalc.core.hessian import Hessian, describe
from guicalc.core.newton import Newton, NewtonOutcome
from guicalc.core.parse import parse

ROSENBROCK = "(1 - x0)^2 + 100(x1 - x0^2)^2"
HIMMELBLAU = "(x0^2 + x1 - 11)^2 + (x0 + x1^2 - 7)^2"


def _himmelblau_hessian(x: float, y: float) -> np.ndarray:
    return np.array([[12 * x * x + 4 * y - 42, 4 * x + 4 * y], [4 * x + 4 * y, 4 * x + 12 * y * y - 26]])


def _himmelblau_stationary(guess: tuple[float, float]) -> tuple[float, float]:
    """A stationary point of Himmelblau's function near ``guess`` (mpmath, hand-written gradient)."""
    def gradient(x, y):
        return [4 * x * (x * x + y - 11) + 2 * (x + y * y - 7), 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)]

    with mpmath.workdps(30):
        x, y = mpmath.findroot(gradient, guess)
    return float(x), float(y)


def _curvature(text: str, x0: float, x1: float):
    return Hessian(parse(text).expr, ("x0", "x1")).at({"x0": x0, "x1": x1})


def test_rosenbrock_at_its_minimum():
    c = _curvature(ROSENBROCK, 1.0, 1.0)
    expected = np.array([[802.0, -400.0], [-400.0, 200.0]])  # 2 − 400(x1 − 3x0²), −400x0, 200
    assert np.array_equal(c.matrix, expected)
    assert np.allclose(c.eigenvalues, np.linalg.eigh(expected)[0], rtol=1e-14)
    assert c.classification == "minimum"
    assert c.condition_number == pytest.approx(np.linalg.cond(expected), rel=1e-12)
    assert c.max_stable_learning_rate == pytest.approx(2 / np.linalg.eigh(expected)[0][-1], rel=1e-14)


@pytest.mark.parametrize(("guess", "kind"), [
    ((3.0, 2.0), "minimum"), ((-2.8, 3.1), "minimum"), ((-3.8, -3.3), "minimum"), ((3.6, -1.8), "minimum"),
    ((-0.27, -0.92), "maximum"),
    ((0.09, 2.88), "saddle"), ((-3.07, -0.08), "saddle"), ((3.39, 0.07), "saddle"), ((-0.13, -1.95), "saddle"),
])
def test_himmelblau_at_its_stationary_points(guess, kind):
    x, y = _himmelblau_stationary(guess)
    c = _curvature(HIMMELBLAU, x, y)
    expected = _himmelblau_hessian(x, y)
    assert np.allclose(c.matrix, expected, rtol=1e-13, atol=1e-12)
    values, vectors = np.linalg.eigh(expected)
    assert np.allclose(c.eigenvalues, values, rtol=1e-12, atol=1e-12)
    for k in range(2):  # the same directions, up to sign
        assert abs(abs(c.eigenvectors[:, k] @ vectors[:, k]) - 1) < 1e-10
    assert c.classification == kind
    assert describe(c, stationary=True).startswith({"minimum": "Minimum", "maximum": "Maximum",
                                                    "saddle": "Saddle"}[kind])


def test_the_saddle_of_x0_squared_minus_x1_squared_and_a_degenerate_point():
    c = _curvature("x0^2 - x1^2", 0.0, 0.0)
    assert np.array_equal(c.matrix, [[2.0, 0.0], [0.0, -2.0]])
    assert list(c.eigenvalues) == [-2.0, 2.0] and c.classification == "saddle"
    assert c.curvature_along((1, 0)) == 2.0 and c.curvature_along((0, 1)) == -2.0
    assert c.curvature_along((1, 1)) == pytest.approx(0.0, abs=1e-15)
    flat = _curvature("x0^2 + x1^4", 0.0, 0.0)
    assert flat.classification == "degenerate" and flat.condition_number == float("inf")


def test_the_condition_number_of_the_kappa_100_quadratic_is_100():
    c = _curvature("x0^2 + 100x1^2", 0.3, -2.0)
    assert c.condition_number == pytest.approx(100.0, rel=1e-14)
    assert _curvature("x0^2 + 10x1^2", 0.0, 0.0).max_stable_learning_rate == pytest.approx(0.1, rel=1e-14)


def test_descent_diverges_just_above_two_over_lambda_max_and_converges_just_below():
    from guicalc.core.descent import Outcome, gradient_descent
    from guicalc.core.surface import TwoVariableFunction

    bound = _curvature("x0^2 + 10x1^2", -1.5, 1.5).max_stable_learning_rate
    assert bound == pytest.approx(2 / np.linalg.eigh(np.diag([2.0, 20.0]))[0][-1], rel=1e-15)
    fn = TwoVariableFunction.from_text("x0^2 + 10x1^2")
    assert gradient_descent(fn, (-1.5, 1.5), 1.1 * bound, 50).outcome is Outcome.DIVERGED
    assert gradient_descent(fn, (-1.5, 1.5), 0.9 * bound, 50).outcome is Outcome.CONVERGED
    # along the eigenvector of λmax each step multiplies x1 by 1 − ηλmax: −1.2 and −0.8 here
    above = gradient_descent(fn, (0.0, 1.0), 1.1 * bound, 5).points[:, 1]
    assert np.allclose(above, (1 - 1.1 * bound * 20) ** np.arange(6), rtol=1e-12)


def _independent_newton(start: np.ndarray, steps: int) -> list[np.ndarray]:
    """Newton on Rosenbrock with its gradient and Hessian written out by hand."""
    x, path = start.astype(float), [start.astype(float)]
    for _ in range(steps):
        a, b = x
        g = np.array([-2 * (1 - a) - 400 * a * (b - a * a), 200 * (b - a * a)])
        h = np.array([[2 - 400 * (b - 3 * a * a), -400 * a], [-400 * a, 200.0]])
        x = x - np.linalg.solve(h, g)
        path.append(x)
    return path


def test_newton_reaches_rosenbrocks_minimum_from_the_classic_start_in_at_most_10_steps():
    path = Newton(parse(ROSENBROCK).expr, ("x0", "x1")).run((-1.2, 1.0), steps=10)
    assert path.outcome is NewtonOutcome.MINIMUM and path.steps <= 10
    assert np.allclose(path.points[-1], [1.0, 1.0], rtol=0, atol=1e-12)
    reference = _independent_newton(np.array([-1.2, 1.0]), path.steps)
    assert np.allclose(path.points, reference, rtol=1e-9, atol=1e-12)
    assert np.allclose(path.step_sizes, [np.linalg.norm(b - a) for a, b in zip(reference, reference[1:], strict=False)],
                       rtol=1e-9)
    assert "minimum (1, 1)" in path.message


def test_newtons_failures_are_said_in_words():
    saddle = Newton(parse("x0^2 - x1^2").expr, ("x0", "x1")).run((1.0, 1.0))
    assert saddle.outcome is NewtonOutcome.SADDLE and "saddle" in saddle.message
    assert np.allclose(saddle.points[-1], [0, 0])
    singular = Newton(parse("x0^2").expr, ("x0", "x1")).run((1.0, 1.0))  # H = [[2, 0], [0, 0]]
    assert singular.outcome is NewtonOutcome.SINGULAR and "singular" in singular.message
    top = Newton(parse(HIMMELBLAU).expr, ("x0", "x1")).run((-0.3, -0.9))
    assert top.outcome is NewtonOutcome.MAXIMUM and "maximum" in top.message
    one_d = Newton(parse("x^2 - 2ln(x)").expr, ("x",)).run((3.0,))  # x ← x − f′/f″, minimum at 1
    assert one_d.outcome is NewtonOutcome.MINIMUM and abs(one_d.points[-1][0] - 1) < 1e-12


def test_stationary_means_a_negligible_newton_step_and_never_where_the_gradient_overflows():
    import warnings

    bowl = Hessian(parse("x0^2 + 3 x1^2").expr, ("x0", "x1"))
    near = np.array([2e-7, -1e-7])  # ∇f = (2x0, 6x1), H = diag(2, 6): the Newton step is the point itself
    assert bowl.at({"x0": near[0], "x1": near[1]}).is_stationary(np.array([4e-7, -6e-7]), near)
    assert not bowl.at({"x0": 0.5, "x1": 0.0}).is_stationary(np.array([1.0, 0.0]), np.array([0.5, 0.0]))
    steep = Hessian(parse("exp(100 x0) + x1").expr, ("x0", "x1")).at({"x0": 8.0, "x1": 0.0})
    gradient = np.array([np.inf, 1.0])  # ∂f/∂x0 = 100·e⁸⁰⁰ overflows float64
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # overflow in cond or solve used to warn from the curvature tab
        assert not steep.is_stationary(gradient, np.array([8.0, 0.0]))
