"""Tracing a curve with the mouse: the point of the nearest curve under the cursor, snapped.

The mouse is never exactly on a curve, and never at a round x: the curve nearest the
cursor (in pixels, so a steep curve is found beside it as well as above it) gives the
point, and its x is put on the grid of the view (``curve_scene.snapped``), so that
hovering over x = 1 of 3x² − 4x reads (1, −1), not (1.00213, −0.99573).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from guicalc.core.curve_scene import grid_step, snapped
from guicalc.core.messages import Message
from guicalc.core.symbolic import display_number

if TYPE_CHECKING:
    from guicalc.core.analysis import CurveAnalysis

REACH_PX = 14.0
"""How far from a curve (in pixels) the cursor still traces it."""


@dataclass(frozen=True)
class TracedPoint:
    """The point of curve ``function`` the cursor traces."""

    x: float
    y: float
    function: int

    @property
    def label(self) -> Message:
        return coordinates(self.x, self.y)


def coordinates(x: float, y: float) -> Message:
    """``(1, −1)``: a point as the plot labels it."""
    return Message("", "({x}, {y})", {"x": display_number(x), "y": display_number(y)})


def traced(analyses: Sequence[CurveAnalysis | None], x: float, y: float, x_range: tuple[float, float],
           pixel: tuple[float, float], reach: float = REACH_PX) -> TracedPoint | None:
    """The snapped point of the curve nearest the cursor at (x, y), or None when every
    curve is farther than ``reach`` pixels; ``pixel`` is the size of a pixel in x and y."""
    px, py = pixel
    if not (px > 0 and py > 0):
        return None
    step = grid_step(x_range)
    offsets = np.arange(-np.ceil(reach * px / step), np.ceil(reach * px / step) + 1) * step
    xs = np.unique([snapped(v, x_range) for v in snapped(x, x_range) + offsets[:401]])
    best: tuple[float, TracedPoint] | None = None
    for i, a in enumerate(analyses):
        if a is None:
            continue
        with np.errstate(all="ignore"):
            ys = a.values(xs)
        distance = np.hypot((xs - x) / px, (ys - y) / py)
        distance[~np.isfinite(distance)] = np.inf
        j = int(np.argmin(distance))
        if distance[j] <= reach and (best is None or distance[j] < best[0]):
            best = (float(distance[j]), TracedPoint(float(xs[j]), float(ys[j]), i))
    return None if best is None else best[1]
