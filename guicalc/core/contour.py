"""Contour lines as independent segments, by vectorised marching squares.

The segments come out in pairs (start, end), the layout of one
``PlotCurveItem(connect="pairs")``, so all contour lines of a level draw as one item.
pyqtgraph's ``isocurve`` walks the cells in Python; this does every cell at once.
"""

from __future__ import annotations

import math

import numpy as np

# For each of the 16 corner cases (bit 0: corner (i, j), 1: (i+1, j), 2: (i+1, j+1),
# 3: (i, j+1) above the level) the edge pairs crossed, edges numbered
# 0: (i, j)–(i+1, j), 1: (i+1, j)–(i+1, j+1), 2: (i+1, j+1)–(i, j+1), 3: (i, j+1)–(i, j).
# Saddles (5 and 10) get two rows each, 16–19, chosen by the cell's mean value.
_NONE = (-1, -1)
_TABLE = np.array([
    (_NONE, _NONE), ((3, 0), _NONE), ((0, 1), _NONE), ((3, 1), _NONE),
    ((1, 2), _NONE), (_NONE, _NONE), ((0, 2), _NONE), ((3, 2), _NONE),
    ((2, 3), _NONE), ((0, 2), _NONE), (_NONE, _NONE), ((1, 2), _NONE),
    ((1, 3), _NONE), ((0, 1), _NONE), ((0, 3), _NONE), (_NONE, _NONE),
    ((0, 1), (2, 3)),  # 5, centre above: the two low corners are cut off
    ((3, 0), (1, 2)),  # 5, centre below: the two high corners are cut off
    ((3, 0), (1, 2)),  # 10, centre above
    ((0, 1), (2, 3)),  # 10, centre below
])

DRAWN_LIMIT = 1e300
"""Values drawn (contours, the surface's z range) are clipped to ±this: differences and
means of two stay finite floats, so levels, ticks and the box can be computed, and
values beyond are drawn at the edge."""


def contour_segments(x: np.ndarray, y: np.ndarray, z: np.ndarray, level: float) -> np.ndarray:
    """Segments (2k, 2) of the curve z = ``level``; cells touching NaN are skipped."""
    z = np.clip(z, -DRAWN_LIMIT, DRAWN_LIMIT)  # NaN stays NaN
    a, b, c, d = z[:-1, :-1], z[1:, :-1], z[1:, 1:], z[:-1, 1:]
    with np.errstate(invalid="ignore"):
        case = ((a > level) * 1 + (b > level) * 2 + (c > level) * 4 + (d > level) * 8)
        valid = np.isfinite(a) & np.isfinite(b) & np.isfinite(c) & np.isfinite(d)
        centre_above = (a + b + c + d) / 4 > level
    case = np.where(case == 5, np.where(centre_above, 16, 17), case)
    case = np.where(case == 10, np.where(centre_above, 18, 19), case)
    i, j = np.nonzero(valid & (case != 0) & (case != 15))
    if i.size == 0:
        return np.empty((0, 2))
    cell_case = case[i, j]
    x0, x1, y0, y1 = x[i], x[i + 1], y[j], y[j + 1]
    za, zb, zc, zd = a[i, j], b[i, j], c[i, j], d[i, j]
    with np.errstate(divide="ignore", invalid="ignore"):
        edges = np.stack([
            np.column_stack([x0 + (x1 - x0) * _t(za, zb, level), y0]),
            np.column_stack([x1, y0 + (y1 - y0) * _t(zb, zc, level)]),
            np.column_stack([x1 + (x0 - x1) * _t(zc, zd, level), y1]),
            np.column_stack([x0, y1 + (y0 - y1) * _t(zd, za, level)]),
        ])
    pieces = []
    for k in (0, 1):
        first, second = _TABLE[cell_case, k, 0], _TABLE[cell_case, k, 1]
        used = first >= 0
        cells = np.nonzero(used)[0]
        start = edges[first[used], cells]
        end = edges[second[used], cells]
        pieces.append(np.stack([start, end], axis=1).reshape(-1, 2))
    return np.concatenate(pieces)


def _t(z0: np.ndarray, z1: np.ndarray, level: float) -> np.ndarray:
    """Where along an edge from z0 to z1 the level is crossed (0 at z0, 1 at z1)."""
    return (level - z0) / (z1 - z0)


def contour_levels(z: np.ndarray, count: int = 10) -> np.ndarray:
    """About ``count`` round levels strictly inside the finite range of z."""
    finite = z[np.isfinite(z)]
    if finite.size == 0:
        return np.empty(0)
    lo, hi = (float(np.clip(v, -DRAWN_LIMIT, DRAWN_LIMIT)) for v in (finite.min(), finite.max()))
    if hi <= lo:
        return np.empty(0)
    ticks = nice_ticks(lo, hi, count)
    return ticks[(ticks > lo) & (ticks < hi)]


def nice_ticks(lo: float, hi: float, count: int = 5) -> np.ndarray:
    """Round values (multiples of 1, 2 or 5 × 10ⁿ) covering [lo, hi], about ``count``."""
    if not (np.isfinite(lo) and np.isfinite(hi)) or hi <= lo:
        return np.array([lo]) if np.isfinite(lo) else np.empty(0)
    raw = hi / max(count, 1) - lo / max(count, 1)  # not (hi - lo) / count: that overflows near ±1e308
    power = 10.0 ** np.floor(np.log10(raw))
    with np.errstate(over="ignore", invalid="ignore"):  # near ±1.8e308 a tick may pass the largest float
        step = next((m * power for m in (1, 2, 5, 10) if m * power >= raw), math.inf)
        if not np.isfinite(step) or step <= 0:
            return np.array([lo, hi])
        first = np.ceil(lo / step - 1e-9) * step
        ticks = first + step * np.arange(int(np.floor(hi / step - first / step + 1e-9)) + 1)
        ticks = np.round(ticks / step) * step
    return ticks[np.isfinite(ticks)]
