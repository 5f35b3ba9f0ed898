"""Newton's method x ← x − H⁻¹∇f(x): jump to the stationary point of the quadratic model.

In one variable it is x ← x − f′(x)/f″(x). Near a minimum with H positive
definite it converges quadratically and needs no learning rate; it fails in ways
gradient descent does not, and each is said in words: H singular (the model has
no unique stationary point), a saddle or a maximum reached (Newton seeks ∇f = 0,
not a minimum), steps that run away.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
import sympy as sp

from guicalc.core.evaluate import Evaluator
from guicalc.core.hessian import Hessian, hessian_entries
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.parse import symbol
from guicalc.core.symbolic import display_number

TOLERANCE = 1e-10     # |step| below this relative to max(1, |x|): converged
SINGULAR = 1e-13      # 1/κ(H) below this: H is singular for float64
ESCAPE = 1e8


class NewtonOutcome(Enum):
    MINIMUM = "minimum"
    SADDLE = "saddle"
    MAXIMUM = "maximum"
    DEGENERATE = "degenerate"
    SINGULAR = "singular"
    DIVERGED = "diverged"
    UNDEFINED = "undefined"
    UNFINISHED = "not converged"


@dataclass(frozen=True, eq=False)
class NewtonPath:
    """x₀ … x_k (k + 1, n), f at each, the length of each step, and the verdict."""

    points: np.ndarray
    values: np.ndarray
    step_sizes: np.ndarray
    outcome: NewtonOutcome
    message: Message

    @property
    def steps(self) -> int:
        return len(self.points) - 1


class Newton:
    """f's gradient and Hessian compiled once for float64 steps."""

    def __init__(self, expr: sp.Expr, variables: Sequence[str],
                 hessian: Sequence[Sequence[sp.Expr]] | None = None) -> None:
        """``hessian``: its entries when already worked out (the curvature tab's :class:`Hessian`)."""
        self.expr, self.variables = expr, tuple(variables)
        self._f = Evaluator(expr)
        self._gradient = [Evaluator(sp.diff(expr, symbol(v))) for v in self.variables]
        entries = hessian if hessian is not None else hessian_entries(expr, self.variables)
        self._hessian = [[Evaluator(e) for e in row] for row in entries]

    def _at(self, x: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        env = dict(zip(self.variables, (float(v) for v in x), strict=True))
        value = float(self._f(**env))
        g = np.array([float(ev(**env)) for ev in self._gradient])
        h = np.array([[float(ev(**env)) for ev in row] for row in self._hessian])
        return value, g, h

    def run(self, start: Sequence[float], steps: int = 20) -> NewtonPath:
        """At most ``steps`` Newton steps from ``start``; stops when the step is negligible."""
        x = np.array(start, dtype=float)
        value, g, h = self._at(x)
        points, values, sizes = [x.copy()], [value], []
        outcome = NewtonOutcome.UNFINISHED
        bound = ESCAPE * (1.0 + float(np.abs(x).max()))
        for _ in range(steps):
            if not (np.isfinite(value) and np.isfinite(g).all() and np.isfinite(h).all()):
                outcome = NewtonOutcome.UNDEFINED
                break
            if not g.any():
                outcome = _kind(self, x)
                break
            if np.linalg.cond(h) * SINGULAR > 1:
                outcome = NewtonOutcome.SINGULAR
                break
            step = np.linalg.solve(h, -g)
            x = x + step
            value, g, h = self._at(x)
            points.append(x.copy())
            values.append(value)
            sizes.append(float(np.linalg.norm(step)))
            if not np.isfinite(x).all() or np.abs(x).max() > bound:
                outcome = NewtonOutcome.DIVERGED
                break
            if sizes[-1] <= TOLERANCE * max(1.0, float(np.abs(x).max())):
                outcome = _kind(self, x)
                break
        path = np.array(points)
        return NewtonPath(path, np.array(values), np.array(sizes), outcome, _message(outcome, path, self.variables))


def _kind(newton: Newton, x: np.ndarray) -> NewtonOutcome:
    """What the stationary point reached is, by the signs of H's eigenvalues there (50 digits)."""
    curvature = Hessian(newton.expr, newton.variables).at(dict(zip(newton.variables, map(float, x), strict=True)))
    return {"minimum": NewtonOutcome.MINIMUM, "maximum": NewtonOutcome.MAXIMUM, "saddle": NewtonOutcome.SADDLE,
            "degenerate": NewtonOutcome.DEGENERATE}.get(curvature.classification, NewtonOutcome.UNDEFINED)


def _message(outcome: NewtonOutcome, path: np.ndarray, variables: Sequence[str]) -> Message:
    k = len(path) - 1
    end = "(" + ", ".join(display_number(v + 0.0, 6) for v in path[-1]) + ")"
    said = {
        NewtonOutcome.MINIMUM: QT_TRANSLATE_NOOP("newton", "Newton reached the minimum {end} in {k} steps."),
        NewtonOutcome.SADDLE: QT_TRANSLATE_NOOP(
            "newton", "Newton stopped at a saddle point {end} after {k} steps: it jumps to where ∇f = 0, "
                      "and a saddle is such a point. It is attracted to saddles; gradient descent is not."),
        NewtonOutcome.MAXIMUM: QT_TRANSLATE_NOOP(
            "newton", "Newton climbed to a maximum {end} after {k} steps: the quadratic model curves down, "
                      "so its stationary point is its top, not a minimum."),
        NewtonOutcome.DEGENERATE: QT_TRANSLATE_NOOP(
            "newton", "Newton stopped at {end} after {k} steps, where ∇f = 0 but the Hessian has a zero "
                      "eigenvalue: the second derivatives cannot tell what this point is."),
        NewtonOutcome.SINGULAR: QT_TRANSLATE_NOOP(
            "newton", "Newton cannot step from {end} (after {k} steps): the Hessian is singular there, so the "
                      "quadratic model has no single stationary point to jump to."),
        NewtonOutcome.DIVERGED: QT_TRANSLATE_NOOP(
            "newton", "Newton diverged after {k} steps: the quadratic model is a poor guide far from a "
                      "minimum, and the jumps grow."),
        NewtonOutcome.UNDEFINED: QT_TRANSLATE_NOOP(
            "newton", "Newton stopped after {k} steps: f, ∇f or the Hessian is undefined at {end}."),
        NewtonOutcome.UNFINISHED: QT_TRANSLATE_NOOP(
            "newton", "Newton has not converged after {k} steps; now at {end}."),
    }[outcome]
    return said.format(end=end, k=k)
