"""Cut a polyline at the edges of a view.

Some SVG viewers drop clip paths, so a curve that leaves the plot (1/x at its
pole, a long tangent) would be drawn over the axes in an exported figure. The
SVG writer clips the geometry itself: each segment is cut where it crosses an
edge (Liang–Barsky, one axis at a time), with NaN where the line must break.
"""

from __future__ import annotations

import numpy as np


def clip_polyline_y(xs: np.ndarray, ys: np.ndarray, y0: float, y1: float) -> tuple[np.ndarray, np.ndarray]:
    """The parts of the polyline inside y0 ≤ y ≤ y1, as points with NaN breaks."""
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    if xs.size < 2:
        inside = (ys >= y0) & (ys <= y1)
        return xs[inside], ys[inside]
    with np.errstate(all="ignore"):
        xa, xb, ya, yb = xs[:-1], xs[1:], ys[:-1], ys[1:]
        dy = yb - ya
        ta, tb = (y0 - ya) / dy, (y1 - ya) / dy
        flat = dy == 0
        flat_inside = flat & (ya >= y0) & (ya <= y1)
        enter = np.where(flat, np.where(flat_inside, 0.0, 1.0), np.clip(np.minimum(ta, tb), 0, 1))
        leave = np.where(flat, np.where(flat_inside, 1.0, 0.0), np.clip(np.maximum(ta, tb), 0, 1))
        # exp(1000x) spans ±1e308: a difference or a product can overflow; such a segment is not drawn.
        finite = np.isfinite(xa) & np.isfinite(xb) & np.isfinite(ya) & np.isfinite(yb) & np.isfinite(dy)
        visible = finite & (enter < leave)
        # Each visible segment: its entry point, its exit point, then a break unless the
        # next segment continues from exactly where this one left.
        continues = np.zeros_like(visible)
        continues[:-1] = visible[:-1] & visible[1:] & (leave[:-1] == 1) & (enter[1:] == 0)
        idx = np.flatnonzero(visible)
        e, lv = enter[idx], leave[idx]
        gap = np.full(idx.size, np.nan)
        px = np.stack([xa[idx] + e * (xb[idx] - xa[idx]), xa[idx] + lv * (xb[idx] - xa[idx]), gap], axis=1)
        py = np.stack([ya[idx] + e * dy[idx], ya[idx] + lv * dy[idx], gap], axis=1)
    keep = np.ones(px.shape, dtype=bool)
    keep[:, 2] = ~continues[idx]  # no break inside a continuous run
    return px[keep], py[keep]


def clip_polyline_rect(xs: np.ndarray, ys: np.ndarray, x0: float, y0: float, x1: float,
                       y1: float) -> tuple[np.ndarray, np.ndarray]:
    """The parts of the polyline inside the rectangle x0 ≤ x ≤ x1, y0 ≤ y ≤ y1, with NaN breaks."""
    xs, ys = clip_polyline_y(xs, ys, y0, y1)
    ys, xs = clip_polyline_y(ys, xs, x0, x1)  # the same cut with the axes swapped
    return xs, ys
