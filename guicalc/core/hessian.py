"""The Hessian at a point: its eigenvalues and directions, the point's kind, κ and 2/λₘₐₓ.

The quadratic model f(p + d) ≈ f(p) + ∇f·d + ½ dᵀHd explains gradient descent:
along the eigenvector of λ the step multiplies the error by 1 − ηλ, so descent
is stable only for η < 2/λₘₐₓ, and κ = λmax/λmin says how unequal the directions
are. The entries are sympy's second partials in 50 digits and the eigenvalues come
from mpmath's symmetric eigensolver in 50 digits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import mpmath
import numpy as np
import sympy as sp

from guicalc.core.contour import DRAWN_LIMIT
from guicalc.core.evaluate import Evaluator
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.parse import symbol
from guicalc.core.symbolic import count_nodes, display_number

EXACT_DIGITS = 50
FLAT = 1e-10
STATIONARY = 1e-5
"""The point counts as stationary when the model's stationary point is this close (relative to max(1, |x|))."""
"""|λ| below FLAT · max(1, max|λ|) counts as zero: the test of the second derivative says nothing."""
KINDS = ("minimum", "maximum", "saddle", "degenerate", "undefined")


@dataclass(frozen=True, eq=False)
class Curvature:
    """H at a point with what follows from it."""

    matrix: np.ndarray
    """n × n, symmetric."""
    eigenvalues: np.ndarray
    """Ascending."""
    eigenvectors: np.ndarray
    """Columns, unit length, in the order of the eigenvalues."""

    @property
    def defined(self) -> bool:
        return bool(np.isfinite(self.matrix).all())

    @property
    def classification(self) -> str:
        """minimum, maximum, saddle or degenerate, by the signs of the eigenvalues (the
        point is taken as stationary: elsewhere this is the shape of the quadratic model)."""
        if not self.defined:
            return "undefined"
        lam = self.eigenvalues
        flat = FLAT * max(1.0, float(np.abs(lam).max()))
        if (lam > flat).any() and (lam < -flat).any():
            return "saddle"
        if (np.abs(lam) <= flat).any():
            return "degenerate"
        return "minimum" if (lam > 0).all() else "maximum"

    @property
    def condition_number(self) -> float:
        """κ = max|λ| / min|λ| (∞ when an eigenvalue is 0)."""
        size = np.abs(self.eigenvalues)
        if not self.defined or size.min() == 0:
            return float("inf")
        return float(size.max() / size.min())

    @property
    def max_stable_learning_rate(self) -> float | None:
        """2/λₘₐₓ: descent with a larger η diverges near here; None when no λ is positive."""
        top = float(self.eigenvalues[-1]) if self.defined else float("nan")
        return 2.0 / top if top > 0 else None

    def is_stationary(self, gradient: np.ndarray, point: np.ndarray) -> bool:
        """∇f = 0 to the digits the point was given with: the Newton step H⁻¹∇f is negligible
        (a point typed to six digits has |∇f| ≈ 1e-5, which no fixed bound on |∇f| would
        forgive). Where ∇f or H overflow (exp(100x0) at x0 = 8) the point is not stationary."""
        if not (self.defined and np.isfinite(gradient).all()):
            return False
        scale = STATIONARY * max(1.0, float(np.abs(point).max()))
        with np.errstate(over="ignore", invalid="ignore"):
            if np.linalg.cond(self.matrix) < 1e12:
                return float(np.linalg.norm(np.linalg.solve(self.matrix, gradient))) <= scale
            return float(np.linalg.norm(gradient)) <= scale

    def curvature_along(self, direction: Sequence[float]) -> float:
        """vᵀ·H·v/|v|²: the second derivative of f along v."""
        v = np.asarray(direction, dtype=float)
        return float(v @ self.matrix @ v / (v @ v))


MAX_GRADIENT_NODES = 300
"""Largest ∂f/∂vᵢ (nodes of its tree) whose Hessian the window works out at once: 55 nested
sines (1 707 nodes) took 110 s of the GUI thread for H and Newton; 300 is about 1 s."""


class HessianTooLargeError(ValueError):
    """f's second derivatives would take too long to work out here; ``args[0]`` says so."""


def hessian_entries(expr: sp.Expr, variables: Sequence[str], limit: int | None = None) -> list[list[sp.Expr]]:
    """∂²f/∂vᵢ∂vⱼ (the upper triangle differentiated, the lower one copied). With ``limit``,
    :class:`HessianTooLargeError` when a first derivative has more nodes than that."""
    first = [sp.diff(expr, symbol(v)) for v in variables]
    if limit is not None and any(count_nodes(g, limit) > limit for g in first):
        raise HessianTooLargeError(QT_TRANSLATE_NOOP("hessian", "f is too large for its Hessian to be worked out "
                                                     "here (a first derivative has more than {limit} nodes)")
                                   .format(limit=limit))
    rows: list[list[sp.Expr]] = [[sp.S.Zero] * len(variables) for _ in variables]
    for i, gi in enumerate(first):
        for j in range(i, len(variables)):
            rows[i][j] = rows[j][i] = sp.diff(gi, symbol(variables[j]))
    return rows


class Hessian:
    """H of f compiled once (50-digit and float64 evaluators of each entry)."""

    def __init__(self, expr: sp.Expr, variables: Sequence[str], limit: int | None = None) -> None:
        self.variables = tuple(variables)
        self.entries = hessian_entries(expr, self.variables, limit)
        self._exact = [[Evaluator(e, "mpmath", precision=EXACT_DIGITS) for e in row] for row in self.entries]

    def at(self, point: Mapping[str, float]) -> Curvature:
        """H at ``point`` in 50 digits, with its eigen-decomposition."""
        with mpmath.workdps(EXACT_DIGITS):
            entries = mpmath.matrix([[ev(**point) for ev in row] for row in self._exact])
            values = [[float(entries[i, j]) for j in range(entries.cols)] for i in range(entries.rows)]
            matrix = np.array(values, dtype=float)
            if not np.isfinite(matrix).all():
                n = len(self.variables)
                return Curvature(matrix, np.full(n, np.nan), np.full((n, n), np.nan))
            eigenvalues, vectors = mpmath.eigsy(entries)
            order = sorted(range(len(eigenvalues)), key=lambda k: eigenvalues[k])
            lam = np.array([float(eigenvalues[k]) for k in order])
            vec = np.array([[float(vectors[i, k]) for k in order] for i in range(vectors.rows)])
        return Curvature(matrix, lam, vec)


def describe(curvature: Curvature, stationary: bool) -> Message:
    """The point's kind in words, with the numbers that decide it."""
    lam = ", ".join(display_number(v, 6) for v in curvature.eigenvalues)
    kind = curvature.classification
    if kind == "undefined":
        return QT_TRANSLATE_NOOP("hessian", "The Hessian is undefined here.")
    if not stationary:
        said = {
            "minimum": QT_TRANSLATE_NOOP("hessian", "Not a stationary point (∇f ≠ 0); the quadratic model is a bowl "
                                                    "curving up (λ = {lam})."),
            "maximum": QT_TRANSLATE_NOOP("hessian", "Not a stationary point (∇f ≠ 0); the quadratic model is a cap "
                                                    "curving down (λ = {lam})."),
            "saddle": QT_TRANSLATE_NOOP("hessian", "Not a stationary point (∇f ≠ 0); the quadratic model is a "
                                                   "saddle (λ = {lam})."),
            "degenerate": QT_TRANSLATE_NOOP("hessian", "Not a stationary point (∇f ≠ 0); the quadratic model is flat "
                                                       "along one direction (λ = {lam})."),
        }[kind]
        return said.format(lam=lam)
    said = {
        "minimum": QT_TRANSLATE_NOOP("hessian", "Minimum: ∇f = 0 and every eigenvalue is positive (λ = {lam})."),
        "maximum": QT_TRANSLATE_NOOP("hessian", "Maximum: ∇f = 0 and every eigenvalue is negative (λ = {lam})."),
        "saddle": QT_TRANSLATE_NOOP("hessian", "Saddle point: ∇f = 0, f curves up along one eigenvector and down "
                                               "along another (λ = {lam})."),
        "degenerate": QT_TRANSLATE_NOOP("hessian", "Degenerate: ∇f = 0 but an eigenvalue is 0, so the second "
                                                   "derivatives cannot tell (λ = {lam})."),
    }[kind]
    return said.format(lam=lam)


def learning_rate_caption(curvature: Curvature) -> Message:
    """The bound shown on the descent control."""
    bound = curvature.max_stable_learning_rate
    if bound is None:
        return QT_TRANSLATE_NOOP("hessian", "No positive curvature here: no learning-rate bound from H.")
    return QT_TRANSLATE_NOOP("hessian", "stable for η < 2/λₘₐₓ = {bound} (λₘₐₓ = {top})").format(
        bound=display_number(bound, 6), top=display_number(float(curvature.eigenvalues[-1]), 6))


def quadratic_model(value: float, gradient: Sequence[float], curvature: Curvature, center: Sequence[float],
                    xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """f(p) + ∇f·d + ½ dᵀHd at the points (xs, ys), d = (x, y) − p: the surface Newton minimises.

    Huge values (10^307·x0³·x1) overflow to ±inf, then are clipped to what can be drawn."""
    dx, dy = np.asarray(xs) - center[0], np.asarray(ys) - center[1]
    (a, b), (_, c) = curvature.matrix
    with np.errstate(over="ignore", invalid="ignore"):
        z = value + gradient[0] * dx + gradient[1] * dy + 0.5 * (a * dx * dx + 2 * b * dx * dy + c * dy * dy)
    return np.clip(z, -DRAWN_LIMIT, DRAWN_LIMIT)  # NaN (inf − inf) stays NaN


def quadratic_wireframe(value: float, gradient: Sequence[float], curvature: Curvature, center: Sequence[float],
                        half: tuple[float, float], lines: int = 7, samples: int = 16) -> np.ndarray:
    """The quadratic model over the rectangle centre ± half as a wireframe: (k, 2, 3)
    segments in data coordinates, ``lines`` curves each way of ``samples`` points."""
    u = np.linspace(-1.0, 1.0, lines)
    t = np.linspace(-1.0, 1.0, samples)
    curves = []
    for fixed in u:
        for xs, ys in ((center[0] + half[0] * t, np.full(samples, center[1] + half[1] * fixed)),
                       (np.full(samples, center[0] + half[0] * fixed), center[1] + half[1] * t)):
            zs = quadratic_model(value, gradient, curvature, center, xs, ys)
            points = np.column_stack([xs, ys, zs])
            curves.append(np.stack([points[:-1], points[1:]], axis=1))
    return np.concatenate(curves)
