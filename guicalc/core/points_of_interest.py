"""Roots, extrema, inflection points, intersections and discontinuities of the curves in view.

Found as a graphing calculator does, robustly: a sign change between neighbouring samples
brackets a candidate, bisection (all brackets at once, on arrays) narrows it to the last
bit of float64, and the candidate is kept only if the function really is near zero there.
A sign change across a pole (tan x at π/2) or a jump (sign x at 0) narrows to a point where
|f| stays large: that is a discontinuity, never a root.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.sampling import locate_breaks
from guicalc.core.symbolic import display_number

if TYPE_CHECKING:
    from guicalc.core.analysis import CurveAnalysis

Function = Callable[[np.ndarray], np.ndarray]

SAMPLES = 2001
BISECTIONS = 80
"""Enough to narrow any bracket of the view to adjacent floats (float64 has 52 bits of mantissa)."""
SMALLER_BY = 1e-6
"""A root's |f| must end this much below |f| at its bracket's ends (a pole's or jump's does not)."""
TOUCHING = 1e-10
"""An extremum with |f| below this times the curve's spread is a root that touches (x² at 0)."""
SLOW_S = 0.02
"""A curve whose samples take longer than this to evaluate gets no points of interest (the
bisections evaluate it about fifty times more, on the window's thread)."""
MOST = 100
"""Points of one kind on one curve: sin(100x) over a wide view would otherwise cover it in dots."""
BUDGET_S = 0.5
"""Seconds the points of interest of all the curves may take together: they are worked out
on the window's thread after each change. Fifty curves of 180 sines (issue 22 §8) took
minutes, mostly bisecting the 1 225 pairs for intersections."""

KINDS: dict[str, Message] = {
    "root": QT_TRANSLATE_NOOP("PointsOfInterest", "root"),
    "minimum": QT_TRANSLATE_NOOP("PointsOfInterest", "local minimum"),
    "maximum": QT_TRANSLATE_NOOP("PointsOfInterest", "local maximum"),
    "inflection": QT_TRANSLATE_NOOP("PointsOfInterest", "inflection point"),
    "intersection": QT_TRANSLATE_NOOP("PointsOfInterest", "intersection"),
    "discontinuity": QT_TRANSLATE_NOOP("PointsOfInterest", "discontinuity"),
}
"""Each kind of point as the plot names it."""


@dataclass(frozen=True)
class PointOfInterest:
    """One point a student can click: what it is, where, and on which curve(s)."""

    kind: str
    """A key of :data:`KINDS`."""
    x: float
    y: float
    """f(x); NaN at a discontinuity (a pole has no value)."""
    function: int
    """Index of the curve in the list given to :func:`points_of_interest`."""
    other: int | None = None
    """The second curve of an intersection."""

    @property
    def label(self) -> Message:
        """``local minimum (0.666667, −1.33333)``, as a clicked dot shows it."""
        if not np.isfinite(self.y):
            return QT_TRANSLATE_NOOP("PointsOfInterest", "{kind} at x = {x}").format(
                kind=KINDS[self.kind], x=display_number(self.x))
        return QT_TRANSLATE_NOOP("PointsOfInterest", "{kind} ({x}, {y})").format(
            kind=KINDS[self.kind], x=display_number(self.x), y=display_number(self.y))


def _values(f: Function, xs: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        ys = np.asarray(f(xs), dtype=float) * np.ones_like(xs)
    return np.where(np.isfinite(ys), ys, np.nan)


def zeros(f: Function, xs: np.ndarray, ys: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The zeros of ``f`` over the samples ``xs`` (and ``ys = f(xs)`` if known), and the sign
    of f just left of each (−1, +1; 0 when the zero is a sample with no sign change).

    Exact zeros on isolated samples count; a run of zero samples (f ≡ 0) has no isolated zero.
    """
    ys = _values(f, xs) if ys is None else ys
    zero = ys == 0
    alone = zero & ~np.r_[False, zero[:-1]] & ~np.r_[zero[1:], False]
    on_samples = np.flatnonzero(alone)
    left_sign = np.sign(np.r_[np.nan, ys[:-1]][on_samples])
    right_sign = np.sign(np.r_[ys[1:], np.nan][on_samples])
    crossing_on = np.where(left_sign == -right_sign, left_sign, 0.0)
    i = np.flatnonzero(np.sign(ys[:-1]) * np.sign(ys[1:]) < 0)  # signs: 1e200·1e200 overflows
    a, b, fa, fb = xs[i], xs[i + 1], ys[i], ys[i + 1]
    ends = np.maximum(np.abs(fa), np.abs(fb))
    with np.errstate(all="ignore"):
        for _ in range(BISECTIONS):
            m = (a + b) / 2
            fm = _values(f, m)
            left = np.sign(fm) == np.sign(fa)
            a, fa = np.where(left, m, a), np.where(left, fm, fa)
            b, fb = np.where(left, b, m), np.where(left, fb, fm)
            hit = fm == 0
            a, b = np.where(hit, m, a), np.where(hit, m, b)
            if np.all(b - a <= 2 * np.spacing(np.maximum(np.abs(a), np.abs(b)))):
                break  # every bracket is down to neighbouring floats
        x = np.where(np.abs(fa) <= np.abs(fb), a, b)
        fx = _values(f, x)
    # At a root |f| has fallen from its size at the bracket's ends to rounding; at a pole
    # or a jump it has grown, or stayed as large.
    real = np.isfinite(fx) & (np.abs(fx) <= SMALLER_BY * ends)
    sign = np.sign(ys[i])
    found = np.r_[xs[on_samples], x[real]]
    signs = np.r_[crossing_on, sign[real]]
    order = np.argsort(found)
    return found[order], signs[order]


def _spread(ys: np.ndarray) -> float:
    finite = ys[np.isfinite(ys)]
    return float(finite.max() - finite.min()) if finite.size else 0.0


def curve_points(analysis: CurveAnalysis, x0: float, x1: float, index: int = 0,
                 samples: int = SAMPLES) -> list[PointOfInterest]:
    """Roots, local extrema, inflection points and discontinuities of one curve over [x0, x1]."""
    xs = np.linspace(x0, x1, samples)
    f = lambda v: analysis.values(v, 0)  # noqa: E731 - three one-line functions of the analysis
    f1 = lambda v: analysis.values(v, 1)  # noqa: E731
    f2 = lambda v: analysis.values(v, 2)  # noqa: E731
    started = time.perf_counter()
    ys = _values(f, xs)
    if not np.isfinite(ys).any() or time.perf_counter() - started > SLOW_S:
        return []  # nothing drawn, or each of the many evaluations would freeze the window
    spread = _spread(ys)
    points: list[PointOfInterest] = []
    roots, _ = zeros(f, xs, ys)
    # Extrema and inflections only from exact derivatives: numerical ones of a huge f (a
    # product of 149 sines) took seconds over the bisections.
    critical, before = zeros(f1, xs) if analysis.is_symbolic(1) else (np.array([]), np.array([]))
    for c, sign in zip(critical[:MOST], before[:MOST], strict=True):
        y = float(_values(f, np.array([c]))[0])
        if not np.isfinite(y) or sign == 0:
            continue  # f′ = 0 where f is undefined, or f′ touches 0 without changing sign
        points.append(PointOfInterest("minimum" if sign < 0 else "maximum", float(c), y, index))
        if abs(y) <= TOUCHING * spread and not np.any(np.abs(roots - c) <= 1e-9 * max(1.0, abs(c))):
            roots = np.sort(np.r_[roots, c])  # touches the axis: a root without a sign change
    points[:0] = [PointOfInterest("root", float(r), 0.0, index) for r in roots[:MOST]]
    for c in (zeros(f2, xs)[0][:MOST] if analysis.is_symbolic(2) else ()):
        y = float(_values(f, np.array([c]))[0])
        if np.isfinite(y):
            points.append(PointOfInterest("inflection", float(c), y, index))
    points.extend(PointOfInterest("discontinuity", float(b), float("nan"), index)
                  for b in discontinuities(f, xs, ys)[:MOST])
    return points


def discontinuities(f: Function, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Poles and jumps: where the sampled curve breaks (narrowed to adjacent floats), and
    samples that have no value between two that have (1/x sampled at 0)."""
    _, breaks = locate_breaks(f, xs, ys, BISECTIONS)
    finite = np.isfinite(ys)
    alone = ~finite & np.r_[False, finite[:-2] & finite[2:], False]
    found = np.sort(np.r_[breaks, xs[alone]])
    if found.size < 2:
        return found
    # A jump on a sample (sign x at 0) breaks the intervals on both sides of it: one point.
    apart = np.r_[True, np.diff(found) > 1.5 * (xs[1] - xs[0])]
    return found[apart]


def intersections(first: CurveAnalysis, second: CurveAnalysis, x0: float, x1: float, index: int = 0,
                  other: int = 1, samples: int = SAMPLES) -> list[PointOfInterest]:
    """Where two curves of the same variable cross over [x0, x1]."""
    if first.variable != second.variable:
        return []
    xs = np.linspace(x0, x1, samples)
    found, _ = zeros(lambda v: first.values(v, 0) - second.values(v, 0), xs)
    points = []
    for c in found[:MOST]:
        y = float(_values(lambda v: first.values(v, 0), np.array([c]))[0])
        if np.isfinite(y):
            points.append(PointOfInterest("intersection", float(c), y, index, other))
    return points


def points_of_interest(analyses: Sequence[CurveAnalysis | None], x0: float, x1: float,
                       samples: int = SAMPLES, known: KnownPoints | None = None,
                       budget: float = BUDGET_S, of: int | None = None) -> list[PointOfInterest]:
    """Every curve's own points, then the intersections of each pair (None: a curve not drawn).

    ``of``: only that curve's own points and its intersections with the others, as Desmos
    shows those of the selected curve (twelve curves' points and 66 pairs' crossings at
    once covered the plot with grey dots).

    ``known``: the points found by the call before, reused for the curves and pairs whose
    analyses and range are the same (an edit of one of 20 functions: 1 curve and 19 pairs
    worked out, not 20 and 190). Once ``budget`` seconds are spent, the curves and pairs
    not known get none this time (they are worked out at a later call)."""
    known = known if known is not None else KnownPoints()
    found: dict[tuple[object, ...], tuple[tuple[CurveAnalysis, ...], list[PointOfInterest]]] = {}
    started = time.perf_counter()

    def reuse(key: tuple[object, ...], of: tuple[CurveAnalysis, ...], work: Callable[[], list[PointOfInterest]]
              ) -> list[PointOfInterest]:
        kept = known.found.get(key)
        if kept is not None and all(a is b for a, b in zip(kept[0], of, strict=True)):
            result = kept[1]
        elif time.perf_counter() - started <= budget:
            result = work()
        else:
            return []
        found[key] = (of, result)
        return result

    points: list[PointOfInterest] = []
    for i, a in enumerate(analyses):
        if a is not None and of in (None, i):
            # f′ and f″ worked out in the background since: extrema and inflections found anew.
            exact = (a.is_symbolic(1), a.is_symbolic(2))
            points.extend(reuse((i, id(a), exact, x0, x1, samples), (a,),
                                lambda a=a, i=i: curve_points(a, x0, x1, i, samples)))
    for i, a in enumerate(analyses):
        for j in range(i + 1, len(analyses)):
            b = analyses[j]
            if a is not None and b is not None and of in (None, i, j):
                points.extend(reuse((i, j, id(a), id(b), x0, x1, samples), (a, b),
                                    lambda a=a, b=b, i=i, j=j: intersections(a, b, x0, x1, i, j, samples)))
    known.found = found
    return points


class KnownPoints:
    """What :func:`points_of_interest` found last, by curve and by pair; the analyses are kept
    with their points, so an ``id`` in a key always names the analysis it was found for."""

    def __init__(self) -> None:
        self.found: dict[tuple[object, ...], tuple[tuple[CurveAnalysis, ...], list[PointOfInterest]]] = {}
