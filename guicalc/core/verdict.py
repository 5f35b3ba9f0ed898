"""How a run of an optimizer ended, in words and numbers, and who won a race.

Four kinds, as ``guicalc descend --json`` prints them: ``converged`` (to which point,
after how many steps), ``diverged`` (at which step: where the path leaves the view, or
where f stops being a number; f grew to …), ``saddle`` (stuck where ∇f ≈ 0 but f curves
down in some direction) and ``moving`` (still going; if it went past a saddle and f fell
below it, the sentence says it escaped). Saddles are found, not assumed: Newton's method
from the trail's flattest point, then the sign of the Hessian's eigenvalues there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.symbolic import display_number

Gradient = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]
Values = Callable[[np.ndarray, np.ndarray], np.ndarray]

CONVERGED = 1e-4
"""|∇f| at most this times max(1, |∇f| at the start): arrived."""
NEAR_SADDLE = 1e-2
"""|∇f| at most this (relatively) at an indefinite Hessian: stuck near a saddle."""
KINDS = ("converged", "diverged", "saddle", "moving")
KIND_NAMES: dict[str, Message] = {
    "converged": QT_TRANSLATE_NOOP("verdict", "converged"),
    "diverged": QT_TRANSLATE_NOOP("verdict", "diverged"),
    "saddle": QT_TRANSLATE_NOOP("verdict", "stuck at a saddle"),
    "moving": QT_TRANSLATE_NOOP("verdict", "still moving"),
}
"""The kinds as a sentence says them (``guicalc descend --json`` prints the keys)."""


@dataclass(frozen=True)
class Verdict:
    """``kind`` (one of KINDS), the step it refers to, and the sentence."""

    kind: str
    step: int
    text: Message
    saddle: tuple[float, float] | None = None
    """The saddle the run was stuck at or escaped, if any."""


def judge(values: Values, gradient: Gradient, path: np.ndarray, loss: np.ndarray,
          view: tuple[float, float, float, float] | None, stopped: bool = False) -> Verdict:
    """The verdict on one trail (``path`` (k + 1, 2), ``loss`` f at each point); ``stopped``:
    the run ended early because θ or f stopped being a number or ran off every plot."""
    k = len(path) - 1
    with np.errstate(all="ignore"):
        gx, gy = gradient(path[:, 0], path[:, 1])
        norms = np.hypot(np.broadcast_to(gx, k + 1), np.broadcast_to(gy, k + 1))
    left = _left_view(path, view)
    first, last = display_number(loss[0]), display_number(loss[-1])
    end = _point(path[-1])
    finite = np.isfinite(loss) & np.isfinite(path).all(axis=1)
    grew = not np.isfinite(loss[-1]) or loss[-1] > loss[0] + 1e-12 * max(1.0, abs(loss[0]))
    saddle = _saddle_passed(values, gradient, path[finite], norms[finite]) if k else None
    if (stopped or left is not None) and grew:
        step = left if left is not None else k
        grew_text = (QT_TRANSLATE_NOOP("verdict", "f grew from {first} to {last}").format(first=first, last=last)
                     if np.isfinite(loss[-1]) else
                     QT_TRANSLATE_NOOP("verdict", "f went from {first} to a value too large to compute").format(
                         first=first))
        if left is not None:
            text = QT_TRANSLATE_NOOP("verdict", "Diverged at step {step}, where the path leaves the view: {grew}.")
        else:
            text = QT_TRANSLATE_NOOP("verdict", "Diverged at step {step}: {grew}.")
        return Verdict("diverged", step, text.format(step=step, grew=grew_text))
    if (stopped or left is not None) and saddle is not None and loss[-1] < saddle[1]:
        step = left if left is not None else k
        return Verdict("moving", _below(loss, saddle[1]), QT_TRANSLATE_NOOP(
            "verdict", "Escaped the saddle at {saddle} by step {escape}: f fell from {first} to {last} and keeps "
            "falling; the path leaves the view at step {step}.").format(
            saddle=_point(saddle[0]), escape=_below(loss, saddle[1]), first=first, last=last, step=step),
            saddle[0])
    if stopped or left is not None:
        step = left if left is not None else k
        return Verdict("moving", step, QT_TRANSLATE_NOOP(
            "verdict", "Still going downhill at step {step}, where it leaves the view: f fell from {first} "
            "to {last}.").format(step=step, first=first, last=last))
    tolerance = CONVERGED * max(1.0, float(norms[0]) if np.isfinite(norms[0]) else 1.0)
    stuck = saddle is not None and _near(path[-1], saddle[0], path)
    if norms[-1] <= NEAR_SADDLE / CONVERGED * tolerance and stuck:
        since = _settled(norms, NEAR_SADDLE / CONVERGED * tolerance)
        return Verdict("saddle", since, QT_TRANSLATE_NOOP(
            "verdict", "Stuck near a saddle since step {since}: at {end} ∇f is almost 0 (|∇f| = {norm}) but f "
            "curves down in some direction; f = {last}.").format(since=since, end=end,
                                                                   norm=display_number(norms[-1]), last=last),
            saddle[0])
    if norms[-1] <= tolerance:
        since = _settled(norms, tolerance)
        return Verdict("converged", since, QT_TRANSLATE_NOOP(
            "verdict", "Converged to {end} after {since} steps: f = {last}.").format(end=end, since=since, last=last))
    if grew:
        step = _above(loss)
        return Verdict("diverged", step, QT_TRANSLATE_NOOP(
            "verdict", "Diverged: f grew from {first} to {last}, above its start from step {step} on.").format(
            first=first, last=last, step=step))
    if saddle is not None and loss[-1] < saddle[1]:
        escape = _below(loss, saddle[1])
        return Verdict("moving", escape, QT_TRANSLATE_NOOP(
            "verdict", "Escaped the saddle at {saddle} by step {escape} and still moving after {k} steps: f fell "
            "from {first} to {last}, now at {end}.").format(saddle=_point(saddle[0]), escape=escape, k=k,
                                                           first=first, last=last, end=end), saddle[0])
    if abs(loss[-1] - loss[0]) <= 1e-2 * abs(loss[0]):
        return Verdict("moving", k, QT_TRANSLATE_NOOP(
            "verdict", "Crawling on a plateau: after {k} steps f has only gone from {first} to {last}; "
            "|∇f| = {norm} is too small for steps of η·∇f.").format(k=k, first=first, last=last,
                                                                   norm=display_number(norms[-1])))
    return Verdict("moving", k, QT_TRANSLATE_NOOP(
        "verdict", "Still moving after {k} steps: f went from {first} to {last}, now at {end} (|∇f| = {norm})."
    ).format(k=k, first=first, last=last, end=end, norm=display_number(norms[-1])))


def hessian(gradient: Gradient, point: Sequence[float]) -> np.ndarray:
    """The Hessian at ``point`` by central differences of the exact gradient."""
    x = np.asarray(point, dtype=float)
    h = 1e-5 * max(1.0, float(np.abs(x).max()))
    xs = np.array([x[0] + h, x[0] - h, x[0], x[0]])
    ys = np.array([x[1], x[1], x[1] + h, x[1] - h])
    with np.errstate(all="ignore"):
        gx, gy = (np.broadcast_to(g, 4) for g in gradient(xs, ys))
    columns = [(np.array([gx[0], gy[0]]) - np.array([gx[1], gy[1]])) / (2 * h),
               (np.array([gx[2], gy[2]]) - np.array([gx[3], gy[3]])) / (2 * h)]
    matrix = np.column_stack(columns)
    return (matrix + matrix.T) / 2


def _indefinite(gradient: Gradient, point: np.ndarray) -> bool:
    matrix = hessian(gradient, point)
    if not np.isfinite(matrix).all():
        return False
    low, high = np.linalg.eigvalsh(matrix)
    scale = max(abs(low), abs(high), 1e-300)
    return bool(low < -1e-6 * scale and high > 1e-6 * scale)


def _saddle_passed(values: Values, gradient: Gradient, path: np.ndarray,
                   norms: np.ndarray) -> tuple[tuple[float, float], float] | None:
    """A saddle point (and f there) near the trail: Newton from the trail's flattest point."""
    if len(path) < 2 or not np.isfinite(norms).any():
        return None
    x = path[int(np.nanargmin(norms))].astype(float)
    for _ in range(30):
        matrix = hessian(gradient, x)
        with np.errstate(all="ignore"):
            g = np.array([float(np.asarray(c)) for c in gradient(np.array(x[0]), np.array(x[1]))])
        if not (np.isfinite(matrix).all() and np.isfinite(g).all()) or abs(np.linalg.det(matrix)) < 1e-300:
            return None
        move = np.linalg.solve(matrix, g)
        x = x - move
        if np.linalg.norm(move) <= 1e-12 * max(1.0, np.linalg.norm(x)):
            break
    if not np.isfinite(x).all() or not _indefinite(gradient, x):
        return None
    span = float(np.ptp(path, axis=0).max()) or 1.0
    if float(np.hypot(*(path - x).T).min()) > span:  # the trail never came near it
        return None
    with np.errstate(all="ignore"):
        value = float(np.asarray(values(np.array(x[0]), np.array(x[1]))))
    return ((float(x[0]) + 0.0, float(x[1]) + 0.0), value) if np.isfinite(value) else None


def _near(point: np.ndarray, saddle: tuple[float, float], path: np.ndarray) -> bool:
    """``point`` within 5 % of the trail's extent from the saddle."""
    span = float(np.ptp(path, axis=0).max()) or 1.0
    return float(np.hypot(point[0] - saddle[0], point[1] - saddle[1])) <= 0.05 * span


def _settled(norms: np.ndarray, tolerance: float) -> int:
    """The first step from which |∇f| stays within ``tolerance``."""
    above = np.nonzero(~(norms <= tolerance))[0]
    return int(above[-1]) + 1 if above.size else 0


def _below(loss: np.ndarray, level: float) -> int:
    hits = np.nonzero(loss < level)[0]
    return int(hits[0]) if hits.size else len(loss) - 1


def _above(loss: np.ndarray) -> int:
    hits = np.nonzero(~(loss <= loss[0]))[0]
    return int(hits[0]) if hits.size else len(loss) - 1


def _left_view(path: np.ndarray, view: tuple[float, float, float, float] | None) -> int | None:
    """The step from which the path stays outside ``view`` to its end (None: it ends inside)."""
    if view is None:
        return None
    x0, x1, y0, y1 = view
    with np.errstate(invalid="ignore"):
        inside = (path[:, 0] >= x0) & (path[:, 0] <= x1) & (path[:, 1] >= y0) & (path[:, 1] <= y1)
    if inside[-1]:
        return None
    back = np.nonzero(inside)[0]
    return int(back[-1]) + 1 if back.size else 0


def _point(p: Sequence[float]) -> str:
    return f"({display_number(float(p[0]) + 0.0, 4)}, {display_number(float(p[1]) + 0.0, 4)})"
