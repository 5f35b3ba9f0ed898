"""What theory says on quadratics (Goh, "Why Momentum Really Works", Distill 2017) against
what the race measures, and the verdicts: diverged where the path leaves the view, the
saddle stuck or escaped, converged after so many steps."""

from __future__ import annotations

import math

import numpy as np
import pytest

from guicalc.core.optimizer_presets import preset
from guicalc.core.optimizers import Hyperparameters
from guicalc.core.quadratic_theory import measured_rate, quadratic_theory
from guicalc.core.race import Racer, run_race
from guicalc.core.race_text import standings, theory_lines, update_equation
from guicalc.core.surface import TwoVariableFunction

ILL = "0.5*x0^2 + 50*x1^2"  # Hessian diag(1, 100): κ = 100
START = (-1.8, 0.6)


def _first_below(values: np.ndarray, level: float) -> int:
    return int(np.nonzero(values < level)[0][0])


def test_the_theory_of_the_ill_conditioned_quadratic():
    fn = TwoVariableFunction.from_text(ILL)
    theory = quadratic_theory(fn.expr, fn.variables)
    assert (theory.low, theory.high, theory.kappa) == pytest.approx((1, 100, 100), rel=1e-14)
    assert theory.best_lr == pytest.approx(2 / 101) and theory.stable_lr == pytest.approx(0.02)
    assert theory.momentum_beta == pytest.approx((9 / 11) ** 2) and theory.momentum_lr == pytest.approx(4 / 121)
    assert theory.minimum == (0.0, 0.0)
    # A tilted quadratic: the minimum of (x0 + 2x1 − 7)² + (2x0 + x1 − 5)² is (1, 3), H = [[10, 8], [8, 10]]
    booth = TwoVariableFunction.from_text("(x0 + 2*x1 - 7)^2 + (2*x0 + x1 - 5)^2")
    theory = quadratic_theory(booth.expr, booth.variables)
    assert theory.minimum == pytest.approx((1, 3)) and (theory.low, theory.high) == pytest.approx((2, 18))
    assert quadratic_theory(TwoVariableFunction.from_text("x0^4 + x1^2").expr, ("x0", "x1")) is None
    assert not quadratic_theory(TwoVariableFunction.from_text("x0^2 - x1^2").expr, ("x0", "x1")).positive_definite


def test_momentum_at_beta_star_beats_the_best_plain_descent_by_sqrt_kappa():
    """f < 1e-8 in at least 5× fewer steps (theory: ~√κ = 10 against κ = 100), and each run's
    measured rate is the theoretical one."""
    fn = TwoVariableFunction.from_text(ILL)
    theory = quadratic_theory(fn.expr, fn.variables)
    gd = Racer("gd", Hyperparameters(lr=theory.best_lr))
    heavy = Racer("momentum", Hyperparameters(lr=theory.momentum_lr, beta=theory.momentum_beta))
    race = run_race(fn.values, fn.gradient, START, [gd, heavy], 1000)
    plain, momentum = (_first_below(t.values, 1e-8) for t in race.trails)
    assert momentum * 5 <= plain, (plain, momentum)
    assert measured_rate(race.trails[0].points, theory.minimum) == pytest.approx(99 / 101, rel=1e-6)
    assert measured_rate(race.trails[1].points, theory.minimum) == pytest.approx(9 / 11, rel=0.03)
    assert theory.rate("momentum", heavy.hp) == pytest.approx(9 / 11, rel=1e-6)  # critically damped
    text = str(theory_lines(theory, race))
    assert "κ = 100" in text and "β* = ((√κ − 1)/(√κ + 1))² = 0.6694" in text
    assert "Gradient descent: measured rate 0.9802, theory 0.9802" in text


def test_descent_above_2_over_lambda_max_diverges_where_it_leaves_the_view():
    fn = TwoVariableFunction.from_text(ILL)
    view = (-2.0, 2.0, -1.0, 1.0)
    trail = run_race(fn.values, fn.gradient, START, [Racer("gd", Hyperparameters(lr=0.0201))], 300,
                     view=view).trails[0]
    outside = ~((np.abs(trail.points[:, 0]) <= 2) & (np.abs(trail.points[:, 1]) <= 1))
    left = int(np.nonzero(outside)[0][0])
    assert outside[left:].all() and 0 < left < 300
    assert trail.verdict.kind == "diverged" and trail.verdict.step == left
    assert trail.verdict.text.startswith(f"Diverged at step {left}, where the path leaves the view: f grew from "
                                         "19.62 to ")
    below = run_race(fn.values, fn.gradient, START, [Racer("gd", Hyperparameters(lr=0.0199))], 300,
                     view=view).trails[0]
    assert below.verdict.kind != "diverged"


def test_adam_escapes_the_saddle_and_descent_is_stuck_near_it():
    chosen = preset("saddle")
    fn = TwoVariableFunction.from_text(chosen.expression)
    race = run_race(fn.values, fn.gradient, chosen.start, [Racer("adam", Hyperparameters(lr=0.01)),
                                                           Racer("gd", Hyperparameters(lr=0.01))], 400,
                    view=chosen.view)
    adam, gd = race.trails
    assert adam.verdict.kind == "moving" and adam.verdict.saddle == (0.0, 0.0)
    assert adam.verdict.text.startswith("Escaped the saddle at (0, 0) by step ")
    assert adam.values[adam.verdict.step] < 0 <= adam.values[adam.verdict.step - 1]
    assert gd.verdict.kind == "saddle" and "Stuck near a saddle" in gd.verdict.text
    assert gd.verdict.saddle == (0.0, 0.0) and np.hypot(*gd.points[-1]) < 0.01 * np.hypot(*chosen.start)
    said = str(standings(race)).splitlines()
    assert said[0].startswith("Nobody converged in 400 steps; lowest f: Adam")
    assert said[1].startswith("Adam: Escaped the saddle") and said[2].startswith("Gradient descent: Stuck near")


def test_converged_says_where_and_when_and_the_race_who_won():
    chosen = preset("booth")
    fn = TwoVariableFunction.from_text(chosen.expression)
    race = run_race(fn.values, fn.gradient, chosen.start, [Racer("gd", Hyperparameters(lr=0.02)),
                                                           Racer("momentum", Hyperparameters(lr=0.01))], 300)
    gd, momentum = race.trails
    assert gd.verdict.kind == momentum.verdict.kind == "converged"
    assert gd.verdict.text.startswith(f"Converged to (1, 3) after {gd.verdict.step} steps")
    grad = np.hypot(*(np.array(fn.gradient(*gd.points.T))))
    tolerance = 1e-4 * grad[0]
    assert (grad[gd.verdict.step:] <= tolerance).all() and grad[gd.verdict.step - 1] > tolerance
    first = min(race.trails, key=lambda t: t.verdict.step)
    assert str(standings(race)).startswith(f"{'Gradient descent' if first is gd else 'Momentum'} got there first")


def test_the_update_is_shown_with_its_numbers():
    fn = TwoVariableFunction.from_text("x0^2 + x1^2")
    hp = Hyperparameters(lr=0.1)
    trail = run_race(fn.values, fn.gradient, (1.0, -2.0), [Racer("adam", hp)], 3).trails[0]
    text = str(update_equation(trail, 1))
    # step 1 by hand: g = (2, −4), m = 0.1g, v = 0.001g², m̂ = g, v̂ = g², θ = θ − 0.1·sign(g)
    assert "g = ∇f(θ) = (2, −4)" in text and "m ← β₁·m + (1 − β₁)·g = (0.2, −0.4)" in text
    assert "v ← β₂·v + (1 − β₂)·g² = (0.004, 0.016)" in text
    assert "m̂ = m/(1 − β₁ᵗ) = (2, −4), v̂ = v/(1 − β₂ᵗ) = (4, 16)" in text
    assert "θ ← θ − η·m̂/(√v̂ + ε) = (0.9, −1.9)" in text
    assert math.isclose(trail.points[1][0], 1 - 0.1 * 2 / (2 + 1e-8), rel_tol=1e-15)
