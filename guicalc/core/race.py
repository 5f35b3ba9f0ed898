"""The race: several optimizers from the same start on the same f(x0, x1), step by step.

Every optimizer sees the same gradient field and, with noise σ > 0, the same seeded
noise draws (so a race is reproducible and fair). One vectorised gradient evaluation
per step serves all racers. A racer whose θ or f stops being a number, or runs beyond
any plot, stops there; its trail is kept to that step and judged (core/verdict.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from guicalc.core.optimizers import DEFAULTS, Hyperparameters, Optimizer
from guicalc.core.schedules import Schedule
from guicalc.core.verdict import Verdict, judge

if TYPE_CHECKING:
    from guicalc.core.race_state import RaceState
    from guicalc.core.surface import TwoVariableFunction

Gradient = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]
Values = Callable[[np.ndarray, np.ndarray], np.ndarray]
View = tuple[float, float, float, float]

ESCAPE = 1e8
"""|θ| beyond this times (1 + |start|) is off any plot: the racer stops."""
MAX_STEPS = 5000


@dataclass(frozen=True)
class Racer:
    """One entrant: an optimizer with its hyperparameters."""

    kind: str
    hp: Hyperparameters = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.hp is None:
            object.__setattr__(self, "hp", DEFAULTS[self.kind])


@dataclass(frozen=True, eq=False)
class Trail:
    """One racer's run: θ₀ … θ_k (k + 1, 2), f at each, and what each step used."""

    racer: Racer
    points: np.ndarray
    values: np.ndarray
    gradients: np.ndarray
    """(k, 2): the gradient step i + 1 used (noise included)."""
    rates: np.ndarray
    """(k,): η of step i + 1 after the schedule."""
    buffers: dict[str, np.ndarray]
    """{buffer: (k, 2)} after each step (velocity, sum, square_avg, m, v)."""
    scalars: dict[str, np.ndarray]
    """{name: (k,)} after each step (Adam's bias corrections c1, c2)."""
    verdict: Verdict

    @property
    def steps(self) -> int:
        return len(self.points) - 1


@dataclass(frozen=True, eq=False)
class Race:
    """Every trail of one race, in the racers' order."""

    trails: tuple[Trail, ...]
    start: tuple[float, float]
    steps: int
    schedule: Schedule
    noise: float
    seed: int


def run_race(values: Values, gradient: Gradient, start: Sequence[float], racers: Sequence[Racer], steps: int,
             schedule: Schedule | None = None, noise: float = 0.0, seed: int = 0,
             view: View | None = None) -> Race:
    """Run every racer ``steps`` steps from ``start``; ``view`` (x0, x1, y0, y1) is the plotted
    range, so that each verdict can say when its racer left it."""
    steps = int(min(max(steps, 0), MAX_STEPS))
    schedule = schedule or Schedule()
    n = len(racers)
    optimizers = [Optimizer(r.kind, r.hp) for r in racers]
    theta = np.tile(np.asarray(start, dtype=float), (n, 1))
    bound = ESCAPE * (1.0 + float(np.abs(theta[0]).max()))
    points = np.full((steps + 1, n, 2), np.nan)
    points[0] = theta
    grads = np.full((steps, n, 2), np.nan)
    rates = np.full((steps, n), np.nan)
    buffers: list[dict[str, np.ndarray]] = [{} for _ in racers]
    scalars: list[dict[str, np.ndarray]] = [{} for _ in racers]
    length = np.full(n, steps)
    rng = np.random.default_rng(seed)
    live = list(range(n))
    for t in range(steps):
        draws = rng.standard_normal(2) * noise if noise > 0 else None  # the same draw for every racer
        if not live:
            break
        with np.errstate(all="ignore"):
            gx, gy = gradient(theta[live, 0], theta[live, 1])
        g_live = np.empty((len(live), 2))
        g_live[:, 0], g_live[:, 1] = gx, gy
        if draws is not None:
            g_live += draws
        for g, i in zip(g_live, list(live), strict=True):
            lr = schedule.rate(racers[i].hp.lr, t)
            new = optimizers[i].step(theta[i], g, lr)
            grads[t, i], rates[t, i] = g, lr
            for name, buffer in optimizers[i].state.items():
                if name not in buffers[i]:
                    buffers[i][name] = np.full((steps, 2), np.nan)
                buffers[i][name][t] = buffer
            for name, value in optimizers[i].extra.items():
                if name not in scalars[i]:
                    scalars[i][name] = np.full(steps, np.nan)
                scalars[i][name][t] = value
            theta[i] = points[t + 1, i] = new
            x, y = float(new[0]), float(new[1])
            if not (abs(x) <= bound and abs(y) <= bound and math.isfinite(g[0] + g[1])):  # NaN fails too
                live.remove(i)
                length[i] = t + 1
    with np.errstate(all="ignore"):
        f = values(points[..., 0], points[..., 1])
    trails = []
    for i, racer in enumerate(racers):
        k = int(length[i])
        path, loss = points[: k + 1, i], np.asarray(f[: k + 1, i], dtype=float)
        verdict = judge(values, gradient, path, loss, view, stopped=k < steps)
        trails.append(Trail(racer, path, loss, grads[:k, i], rates[:k, i],
                            {name: b[:k] for name, b in buffers[i].items()},
                            {name: s[:k] for name, s in scalars[i].items()}, verdict))
    return Race(tuple(trails), (float(start[0]), float(start[1])), steps, schedule, noise, seed)


def race_of_state(state: RaceState) -> tuple[TwoVariableFunction, Race]:
    """The race ``state`` describes, run (its f parsed: a ParseError or ValueError if it is
    not a function of at most two variables)."""
    from guicalc.core.surface import TwoVariableFunction

    fn = TwoVariableFunction.from_text(state.expression)
    racers = [Racer(kind, state.hyperparameters(kind)) for kind in state.racers]
    schedule = Schedule(state.schedule, state.schedule_gamma, state.schedule_period, state.steps)
    race = run_race(fn.values, fn.gradient, state.start, racers, state.steps, schedule, state.noise, state.seed,
                    state.view_range)
    return fn, race
