"""The race's optimizers against an independent implementation of the update rules as
PyTorch's documentation writes them (the algorithm boxes of torch.optim.SGD, Adagrad,
RMSprop, Adam and AdamW), with hand-written gradients: the first 100 steps on Rosenbrock
and on the saddle agree to 1e-12 relative. ``benchmarks/check_optimizers_against_torch.py``
compares with torch itself when it is installed."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from guicalc.core.optimizer_presets import preset
from guicalc.core.optimizers import DEFAULTS, KINDS, Hyperparameters
from guicalc.core.race import Racer, run_race
from guicalc.core.schedules import Schedule
from guicalc.core.surface import TwoVariableFunction

ROSENBROCK = ("(1 - x0)^2 + 100*(x1 - x0^2)^2", (-1.5, 2.0),
              lambda t: np.array([-2 * (1 - t[0]) - 400 * t[0] * (t[1] - t[0] ** 2), 200 * (t[1] - t[0] ** 2)]))
SADDLE = ("x0^2 - x1^2", (1.5, 1e-3), lambda t: np.array([2 * t[0], -2 * t[1]]))


def documented(kind: str, hp: Hyperparameters, grad, start, steps: int, rate=lambda t: None) -> np.ndarray:
    """θ₀ … θ_steps by the formulas of PyTorch's documentation (dampening 0, no lr decay,
    no amsgrad, weight decay only in AdamW)."""
    theta = np.array(start, dtype=float)
    b = s = v = m = np.zeros(2)
    path = [theta.copy()]
    for t in range(1, steps + 1):
        g = grad(theta)
        gamma = hp.lr if rate(t - 1) is None else rate(t - 1)
        if kind in ("gd", "momentum", "nesterov"):
            if kind != "gd":
                b = g if t == 1 else hp.beta * b + g
                g = g + hp.beta * b if kind == "nesterov" else b
            theta = theta - gamma * g
        elif kind == "adagrad":
            s = s + g * g
            theta = theta - gamma * g / (np.sqrt(s) + hp.eps)
        elif kind == "rmsprop":
            v = hp.beta * v + (1 - hp.beta) * g * g
            theta = theta - gamma * g / (np.sqrt(v) + hp.eps)
        else:
            if kind == "adamw":
                theta = theta - gamma * hp.weight_decay * theta
            m = hp.beta1 * m + (1 - hp.beta1) * g
            v = hp.beta2 * v + (1 - hp.beta2) * g * g
            m_hat, v_hat = m / (1 - hp.beta1 ** t), v / (1 - hp.beta2 ** t)
            theta = theta - gamma * m_hat / (np.sqrt(v_hat) + hp.eps)
        path.append(theta.copy())
    return np.array(path)


def _agree(ours: np.ndarray, reference: np.ndarray) -> None:
    assert ours.shape == reference.shape
    error = np.linalg.norm(ours - reference, axis=1)
    assert (error <= 1e-12 * np.linalg.norm(reference, axis=1)).all(), float(np.max(error / np.linalg.norm(
        reference, axis=1)))


@pytest.mark.parametrize("surface", [ROSENBROCK, SADDLE], ids=["rosenbrock", "saddle"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_first_100_steps_follow_pytorchs_documented_rules(surface, kind):
    expression, start, grad = surface
    name = "rosenbrock" if surface is ROSENBROCK else "saddle"
    hp = replace(DEFAULTS[kind], lr=preset(name).rates[kind])
    fn = TwoVariableFunction.from_text(expression)
    race = run_race(fn.values, fn.gradient, start, [Racer(kind, hp)], 100)
    trail = race.trails[0]
    assert trail.steps == 100
    _agree(trail.points, documented(kind, hp, grad, start, 100))
    # f along the way is f of the path, as numpy computes it by hand
    x0, x1 = trail.points.T
    expected = (1 - x0) ** 2 + 100 * (x1 - x0**2) ** 2 if surface is ROSENBROCK else x0**2 - x1**2
    np.testing.assert_allclose(trail.values, expected, rtol=1e-12, atol=1e-300)


@pytest.mark.parametrize("kind", ["momentum", "nesterov", "rmsprop", "adamw"])
def test_other_hyperparameters_follow_the_rules_too(kind):
    hp = Hyperparameters(lr=0.0003, beta=0.5, beta1=0.7, beta2=0.95, eps=1e-3, weight_decay=0.2)
    expression, start, grad = ROSENBROCK
    fn = TwoVariableFunction.from_text(expression)
    _agree(run_race(fn.values, fn.gradient, start, [Racer(kind, hp)], 100).trails[0].points,
           documented(kind, hp, grad, start, 100))


@pytest.mark.parametrize("schedule", [Schedule("step", 0.5, 7), Schedule("exponential", 0.97),
                                      Schedule("cosine", horizon=100)], ids=lambda s: s.kind)
def test_schedules_are_pytorchs_closed_forms(schedule):
    """StepLR γ^⌊t/s⌋, ExponentialLR γ^t, CosineAnnealingLR (1 + cos(πt/T))/2, t steps taken."""
    closed = {"step": lambda t: 0.01 * 0.5 ** (t // 7), "exponential": lambda t: 0.01 * 0.97**t,
              "cosine": lambda t: 0.01 * (1 + np.cos(np.pi * t / 100)) / 2}[schedule.kind]
    expression, start, grad = SADDLE
    fn = TwoVariableFunction.from_text(expression)
    hp = Hyperparameters(lr=0.01)
    trail = run_race(fn.values, fn.gradient, start, [Racer("adam", hp)], 100, schedule).trails[0]
    np.testing.assert_allclose(trail.rates, [closed(t) for t in range(100)], rtol=1e-14)
    _agree(trail.points, documented("adam", hp, grad, start, 100, closed))


def test_noise_is_seeded_the_same_for_every_racer_and_reproducible():
    expression, start, grad = SADDLE
    fn = TwoVariableFunction.from_text(expression)
    racers = [Racer("gd"), Racer("momentum")]
    one = run_race(fn.values, fn.gradient, start, racers, 50, noise=0.3, seed=7)
    again = run_race(fn.values, fn.gradient, start, racers, 50, noise=0.3, seed=7)
    other = run_race(fn.values, fn.gradient, start, racers, 50, noise=0.3, seed=8)
    assert np.array_equal(one.trails[1].points, again.trails[1].points)
    assert not np.array_equal(one.trails[1].points, other.trails[1].points)
    draws = np.random.default_rng(7).standard_normal((50, 2)) * 0.3
    exact = np.array([grad(p) for p in one.trails[0].points[:-1]])
    np.testing.assert_allclose(one.trails[0].gradients, exact + draws, rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(one.trails[1].gradients - np.array([grad(p) for p in one.trails[1].points[:-1]]),
                               draws, atol=1e-13)
