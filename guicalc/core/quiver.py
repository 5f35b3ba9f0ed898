"""Arrows as line segments in pairs, so thousands draw as one pyqtgraph item.

pyqtgraph has no quiver; 1 600 ``ArrowItem``s take 0.6 s to create, one
``PlotCurveItem(connect="pairs")`` 7.5 ms. Each arrow is three segments, six
points: the shaft tail → tip, then tip → left barb and tip → right barb.
"""

from __future__ import annotations

import numpy as np

POINTS_PER_ARROW = 6
HEAD_ANGLE = np.radians(28)


def arrow_segments(tails: np.ndarray, vectors: np.ndarray, head: float = 0.3,
                   min_head: float = 0.0) -> np.ndarray:
    """Segments (6n, 2) for arrows from ``tails`` (n, 2) along ``vectors`` (n, 2).

    The barbs are ``head`` times the arrow's length, at least ``min_head``
    (but never longer than the arrow). Arrows of zero or undefined length are
    left out: a point has no direction to show.
    """
    tails = np.asarray(tails, dtype=float).reshape(-1, 2)
    vectors = np.asarray(vectors, dtype=float).reshape(-1, 2)
    length = np.hypot(vectors[:, 0], vectors[:, 1])
    keep = np.isfinite(length) & np.isfinite(tails).all(axis=1) & (length > 0)
    tails, vectors, length = tails[keep], vectors[keep], length[keep]
    tips = tails + vectors
    barb = np.minimum(np.maximum(head * length, min_head), length)
    back = -vectors / length[:, None]
    out = np.empty((len(tails), POINTS_PER_ARROW, 2))
    out[:, 0], out[:, 1] = tails, tips
    for k, angle in ((2, HEAD_ANGLE), (4, -HEAD_ANGLE)):
        cos, sin = np.cos(angle), np.sin(angle)
        wing = np.column_stack([cos * back[:, 0] - sin * back[:, 1],
                                sin * back[:, 0] + cos * back[:, 1]])
        out[:, k] = tips
        out[:, k + 1] = tips + barb[:, None] * wing
    return out.reshape(-1, 2)


def quiver_vectors(u: np.ndarray, v: np.ndarray, spacing: float,
                   normalise: bool) -> np.ndarray:
    """Drawn vectors (n, 2): all of one length, or scaled so the longest fits a cell.

    Scaled arrows keep the ratio of |∇f| between points (the longest is 0.9 of
    the grid spacing); normalised ones show only the direction (0.8 spacing).
    """
    vec = np.column_stack([np.ravel(u), np.ravel(v)]).astype(float)
    length = np.hypot(vec[:, 0], vec[:, 1])
    finite = np.isfinite(length) & (length > 0)
    if not finite.any():
        return vec
    with np.errstate(divide="ignore", invalid="ignore"):
        if normalise:
            return vec * (0.8 * spacing / length)[:, None]
        return vec * (0.9 * spacing / length[finite].max())
