"""Where f is concave up or down (the sign of f″) and its inflection points, on a range.

f″ comes from sympy once per expression and is sampled with numpy; a sign change
is refined by bisection and counted as an inflection only where f″ is small at the
crossing (a pole of f″, as in 1/x, changes sign too but is no inflection).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import sympy as sp

from guicalc.core.evaluate import Evaluator
from guicalc.core.symbolic import derivative

BISECTIONS = 60


@dataclass(frozen=True, eq=False)
class Concavity:
    """Intervals of one sign of f″ (+1 concave up, −1 concave down) and the inflection x."""

    intervals: tuple[tuple[float, float, int], ...]
    inflections: tuple[float, ...]


class SecondDerivative:
    """f″ compiled once, so the shading follows a pan without differentiating again."""

    def __init__(self, expr: sp.Expr, variable: str, others: dict[str, float] | None = None) -> None:
        self.variable, self.others = variable, dict(others or {})
        self._f2 = Evaluator(derivative(expr, variable, 2))

    def values(self, xs: np.ndarray) -> np.ndarray:
        xs = np.asarray(xs, dtype=float)
        return np.broadcast_to(np.asarray(self._f2(**self.others, **{self.variable: xs}), dtype=float),
                               xs.shape).copy()

    def concavity(self, lo: float, hi: float, samples: int = 801) -> Concavity:
        xs = np.linspace(lo, hi, samples)
        f2 = self.values(xs)
        signs = np.where(np.isfinite(f2), np.sign(f2), np.nan)
        inflections: list[float] = []
        intervals: list[tuple[float, float, int]] = []
        run_start, run_sign, last = None, 0, None  # the current run of one sign; the last signed sample
        for i, s in enumerate(signs):
            if np.isnan(s):  # undefined: the run ends here, and no inflection spans it
                if run_start is not None:
                    intervals.append((run_start, float(xs[last]), run_sign))
                run_start, last = None, None
                continue
            if s == 0:
                continue
            if run_start is None:
                run_start, run_sign = float(xs[i]), int(s)
            elif s != run_sign:
                root = self._bisect(float(xs[last]), float(xs[i]))
                edge = root if root is not None else float(xs[i])
                intervals.append((run_start, edge, run_sign))
                if root is not None:
                    inflections.append(root)
                run_start, run_sign = edge, int(s)
            last = i
        if run_start is not None:
            intervals.append((run_start, float(xs[last]), run_sign))
        return Concavity(tuple(intervals), tuple(inflections))

    def _bisect(self, a: float, b: float) -> float | None:
        fa, fb = self.values(np.array([a, b]))
        scale = max(abs(fa), abs(fb))
        for _ in range(BISECTIONS):
            m = 0.5 * (a + b)
            (fm,) = self.values(np.array([m]))
            if not np.isfinite(fm):
                return None
            if np.sign(fm) == np.sign(fa):
                a, fa = m, fm
            else:
                b = m
        (at,) = self.values(np.array([0.5 * (a + b)]))
        return 0.5 * (a + b) if abs(at) <= scale else None  # a pole's f″ grows as the bracket closes
