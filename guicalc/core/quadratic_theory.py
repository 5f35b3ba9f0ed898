"""What theory says about optimizers on a quadratic f(x) = ½xᵀHx + bᵀx + c (Goh, "Why
Momentum Really Works", Distill 2017), and the rate a run really had.

With eigenvalues λmin ≤ λmax of H and κ = λmax/λmin: plain descent is stable for
η < 2/λmax and fastest at η = 2/(λmin + λmax), where the error shrinks by (κ − 1)/(κ + 1)
per step; heavy-ball momentum (PyTorch's b ← βb + g, θ ← θ − ηb) is fastest at
η = (2/(√λmin + √λmax))², β* = ((√κ − 1)/(√κ + 1))², with rate (√κ − 1)/(√κ + 1).
For any η and β the rate is the spectral radius of the step's 2 × 2 matrix on each
eigendirection, computed here; adaptive methods (AdaGrad, RMSProp, Adam) have none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from guicalc.core.optimizers import Hyperparameters


@dataclass(frozen=True)
class QuadraticTheory:
    """H's eigenvalues, κ, the minimum and the best settings of descent and momentum."""

    hessian: np.ndarray
    low: float
    """λmin"""
    high: float
    """λmax"""
    minimum: tuple[float, float] | None
    """x* = −H⁻¹b, if H is positive definite (None: a saddle or a valley)."""

    @property
    def positive_definite(self) -> bool:
        return self.low > 0

    @property
    def kappa(self) -> float:
        return self.high / self.low if self.low > 0 else math.inf

    @property
    def stable_lr(self) -> float:
        """Plain descent diverges for η above 2/λmax."""
        return 2 / self.high if self.high > 0 else math.inf

    @property
    def best_lr(self) -> float:
        """2/(λmin + λmax): the fastest plain descent."""
        return 2 / (self.low + self.high)

    @property
    def best_rate(self) -> float:
        return (self.kappa - 1) / (self.kappa + 1)

    @property
    def momentum_lr(self) -> float:
        return (2 / (math.sqrt(self.low) + math.sqrt(self.high))) ** 2

    @property
    def momentum_beta(self) -> float:
        """β* = ((√κ − 1)/(√κ + 1))²"""
        root = math.sqrt(self.kappa)
        return ((root - 1) / (root + 1)) ** 2

    @property
    def momentum_rate(self) -> float:
        root = math.sqrt(self.kappa)
        return (root - 1) / (root + 1)

    def rate(self, kind: str, hp: Hyperparameters) -> float | None:
        """The error's asymptotic shrink factor per step of ``kind`` with ``hp`` (None: no
        closed form, as for the adaptive methods)."""
        eta, beta = hp.lr, hp.beta
        if kind == "gd":
            return max(abs(1 - eta * lam) for lam in (self.low, self.high))
        if kind in ("momentum", "nesterov"):
            worst = 0.0
            for lam in (self.low, self.high):
                # State (θ, b) on one eigendirection: b' = βb + λθ, θ' = θ − η(b' or λθ + βb').
                if kind == "momentum":
                    matrix = np.array([[1 - eta * lam, -eta * beta], [lam, beta]])
                else:
                    matrix = np.array([[1 - eta * lam * (1 + beta), -eta * beta * beta], [lam, beta]])
                worst = max(worst, float(np.abs(np.linalg.eigvals(matrix)).max()))
            return worst
        return None


def quadratic_theory(expr: object, variables: tuple[str, str]) -> QuadraticTheory | None:
    """The theory of ``expr`` (sympy) if it is a quadratic in ``variables`` with a non-zero
    curvature; None otherwise."""
    import sympy as sp

    own = {s.name: s for s in expr.free_symbols}  # the parser's symbols carry assumptions (real=True)
    symbols = [own.get(name, sp.Symbol(name, real=True)) for name in variables]
    try:
        poly = sp.Poly(expr, *symbols)
    except (sp.PolynomialError, sp.GeneratorsNeeded):
        return None
    if poly.total_degree() != 2 or not all(c.is_number for c in poly.coeffs()):
        return None
    hessian = np.array(sp.hessian(expr, symbols).tolist(), dtype=float)
    low, high = (float(v) for v in np.linalg.eigvalsh(hessian))
    if high <= 0:
        return None
    minimum = None
    if low > 0:
        b = np.array([float(sp.diff(expr, s).subs({t: 0 for t in symbols})) for s in symbols])
        x = -np.linalg.solve(hessian, b)
        minimum = (float(x[0]) + 0.0, float(x[1]) + 0.0)
    return QuadraticTheory(hessian, low, high, minimum)


def measured_rate(points: np.ndarray, minimum: tuple[float, float]) -> float | None:
    """The error ‖θ_k − x*‖'s shrink factor per step, as a geometric mean from where it has
    fallen 100-fold (past the start's transient) to where it reaches 1e-10 of its start
    (before rounding takes over); None if the run never got that far or did not shrink."""
    error = np.hypot(points[:, 0] - minimum[0], points[:, 1] - minimum[1])
    if not np.isfinite(error).all() or error[0] == 0:
        return None
    begin = np.nonzero(error <= 1e-2 * error[0])[0]
    end = np.nonzero(error <= 1e-10 * error[0])[0]
    first = int(begin[0]) if begin.size else None
    last = int(end[0]) if end.size else len(error) - 1
    if first is None or last - first < 5 or error[last] <= 0:
        return None
    return float((error[last] / error[first]) ** (1 / (last - first)))
