"""The numerical gradient by central differences, as the notes compute it.

Perturb one coordinate by ±h, take the central quotient, restore it; for a batch
of points every row at once.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import sympy as sp

from guicalc.core.evaluate import Evaluator

GRADIENT_H = 1e-4


def numeric_gradient(expr: sp.Expr, variables: Sequence[str], points: np.ndarray,
                     h: float = GRADIENT_H) -> np.ndarray:
    """∇f by central differences at one point (shape (n,)) or a batch ((m, n))."""
    f = Evaluator(expr)
    pts = np.array(points, dtype=float)
    grad = np.empty_like(pts)
    for i in range(len(variables)):
        keep = pts[..., i].copy()
        pts[..., i] = keep + h
        upper = _call(f, variables, pts)
        pts[..., i] = keep - h
        lower = _call(f, variables, pts)
        pts[..., i] = keep
        grad[..., i] = (upper - lower) / (2 * h)
    return grad


def _call(f: Evaluator, variables: Sequence[str], pts: np.ndarray) -> np.ndarray:
    values = f(**{v: pts[..., i] for i, v in enumerate(variables)})
    return np.broadcast_to(np.asarray(values, dtype=float), pts.shape[:-1])
