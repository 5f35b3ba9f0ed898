"""Gradient descent x ← x − η∇f(x), with an honest verdict on how it went.

A learning rate that is too large makes the loss grow; the path is kept and
labelled "diverged", not hidden. Iteration stops early once the numbers are
beyond any plot (or not numbers at all), so nothing overflows downstream.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.surface import TwoVariableFunction
from guicalc.core.symbolic import display_number

ESCAPE = 1e8          # |x| beyond this (relative to the start's scale) has diverged
STATIONARY = 1e-12    # |∇f| below this: nothing left to descend
CONVERGED = 1e-3      # |∇f| at the end relative to max(1, |∇f| at the start)


class Outcome(Enum):
    """How a run ended."""

    CONVERGED = "converged"
    DIVERGED = "diverged"
    UNDEFINED = "undefined"
    UNFINISHED = "not converged"


@dataclass(frozen=True, eq=False)
class DescentPath:
    """Points x₀ … x_k (k + 1, 2) and f at each, with the verdict and its reason."""

    points: np.ndarray
    values: np.ndarray
    learning_rate: float
    outcome: Outcome
    message: str
    left_view_at: int | None

    @property
    def steps(self) -> int:
        """Steps taken (the start is point 0)."""
        return len(self.points) - 1


def gradient_descent(fn: TwoVariableFunction, start: tuple[float, float], learning_rate: float,
                     steps: int, view: tuple[float, float, float, float] | None = None
                     ) -> DescentPath:
    """Run ``steps`` steps of descent from ``start``; ``view`` (x0, x1, y0, y1) is the
    plotted range, so the verdict can say when the path leaves it."""
    point = np.array(start, dtype=float)
    points, values = [point.copy()], [float(fn.values(*point))]
    first_norm = None
    stop = None
    bound = ESCAPE * (1.0 + float(np.abs(point).max()))
    for _ in range(steps):
        gx, gy = (float(g) for g in fn.gradient(*point))
        norm = float(np.hypot(gx, gy))
        first_norm = norm if first_norm is None else first_norm
        if not np.isfinite(norm):
            stop = Outcome.UNDEFINED
            break
        if norm < STATIONARY:
            break
        point = point - learning_rate * np.array([gx, gy])
        points.append(point.copy())
        values.append(float(fn.values(*point)))
        if not np.isfinite(point).all() or np.abs(point).max() > bound or not np.isfinite(values[-1]):
            stop = Outcome.DIVERGED
            break
    path = np.array(points)
    loss = np.array(values)
    left = _left_view(path, view)
    outcome = stop or _verdict(fn, path, loss, first_norm)
    return DescentPath(path, loss, learning_rate, outcome,
                       _message(outcome, path, loss, learning_rate, left), left)


def _verdict(fn: TwoVariableFunction, path: np.ndarray, loss: np.ndarray,
             first_norm: float | None) -> Outcome:
    if len(loss) > 1 and loss[-1] > loss[0] + 1e-12 * max(1.0, abs(loss[0])):
        return Outcome.DIVERGED
    last = float(np.hypot(*(float(g) for g in fn.gradient(*path[-1]))))
    if not np.isfinite(last):
        return Outcome.UNDEFINED
    if last <= CONVERGED * max(1.0, first_norm or 0.0):
        return Outcome.CONVERGED
    return Outcome.UNFINISHED


def _left_view(path: np.ndarray, view: tuple[float, float, float, float] | None) -> int | None:
    if view is None:
        return None
    x0, x1, y0, y1 = view
    with np.errstate(invalid="ignore"):
        outside = ~((path[:, 0] >= x0) & (path[:, 0] <= x1) & (path[:, 1] >= y0) & (path[:, 1] <= y1))
    hits = np.nonzero(outside)[0]
    return int(hits[0]) if hits.size else None


def _message(outcome: Outcome, path: np.ndarray, loss: np.ndarray, rate: float,
             left: int | None) -> Message:
    k = len(path) - 1
    end = f"({display_number(path[-1, 0] + 0.0, 4)}, {display_number(path[-1, 1] + 0.0, 4)})"
    first, last = display_number(loss[0]), display_number(loss[-1])
    if outcome is Outcome.DIVERGED:
        if left is None:
            said = QT_TRANSLATE_NOOP("descent", "Diverged after {k} steps: {grew}. The learning rate η = {rate} "
                                     "is too large.")
        else:
            said = QT_TRANSLATE_NOOP("descent", "Diverged after {k} steps: {grew}. The learning rate η = {rate} "
                                     "is too large; the path leaves the view at step {left}.")
        grew = (QT_TRANSLATE_NOOP("descent", "f grew from {first} to {last}") if np.isfinite(loss[-1])
                else QT_TRANSLATE_NOOP("descent", "f went from {first} to a value too large to compute"))
        return said.format(k=k, grew=grew.format(first=first, last=last), rate=display_number(rate), left=left)
    if outcome is Outcome.UNDEFINED:
        return QT_TRANSLATE_NOOP("descent", "Stopped after {k} steps: ∇f is undefined at {end}, "
                                 "so there is no step to take.").format(k=k, end=end)
    if outcome is Outcome.CONVERGED:
        return QT_TRANSLATE_NOOP("descent", "Converged to {end} after {k} steps: f = {last}.").format(
            end=end, k=k, last=last)
    if left is None:
        said = QT_TRANSLATE_NOOP("descent", "Not converged after {k} steps: f went from {first} to {last}, "
                                 "now at {end}. Try more steps or another learning rate.")
    else:
        said = QT_TRANSLATE_NOOP("descent", "Not converged after {k} steps: f went from {first} to {last}, "
                                 "now at {end}. Try more steps or another learning rate; "
                                 "the path leaves the view at step {left}.")
    return said.format(k=k, first=first, last=last, end=end, left=left)
