"""What the race is drawn on: f on a grid over the view, shaded by rank, with contours.

Test functions of optimization span decades (Rosenbrock: 0 in the valley, 2 500 on the
rim), so evenly spaced levels would all crowd the rim. Levels at quantiles of f, and
shades by f's rank on the grid, show the valley and the rim alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guicalc.core.contour import contour_segments
from guicalc.core.surface import TwoVariableFunction, surface_grid

GRID = 200
"""Samples per axis (the issue's 200² surface)."""
LEVELS = 14


@dataclass(frozen=True, eq=False)
class Backdrop:
    """``shade[i, j]`` in 0…1 (f's rank) at (x[i], y[j]); ``contours`` as (start, end) pairs."""

    x: np.ndarray
    y: np.ndarray
    shade: np.ndarray
    contours: np.ndarray


def race_backdrop(fn: TwoVariableFunction, view: tuple[float, float, float, float], grid: int = GRID) -> Backdrop:
    x0, x1, y0, y1 = view
    sampled = surface_grid(fn, (x0, x1), (y0, y1), (grid, grid))
    z = sampled.z
    finite = np.isfinite(z)
    shade = np.zeros_like(z)
    if finite.any():
        order = np.argsort(z[finite], kind="stable")
        ranks = np.empty(order.size)
        ranks[order] = np.linspace(0.0, 1.0, order.size)
        shade[finite] = ranks
        levels = np.unique(np.quantile(z[finite], np.linspace(0.03, 0.97, LEVELS)))
        # Every other sample is plenty for lines 1 px wide, and halves what a scrub and an SVG draw.
        pieces = [contour_segments(sampled.x[::2], sampled.y[::2], z[::2, ::2], float(level)) for level in levels]
        contours = np.concatenate(pieces) if pieces else np.empty((0, 2))
    else:
        contours = np.empty((0, 2))
    return Backdrop(sampled.x, sampled.y, shade, contours)
