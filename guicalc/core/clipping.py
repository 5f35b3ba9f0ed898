"""Cut a polyline at the top and bottom of a view.

Qt's SVG generator writes no clip paths, so a curve that leaves the plot (1/x at
its pole, a long tangent) would be drawn over the axes in an exported figure.
The exporter clips the data itself: each segment is cut where it crosses
y = y0 or y = y1 (Liang–Barsky in y), with NaN where the line must break.
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
