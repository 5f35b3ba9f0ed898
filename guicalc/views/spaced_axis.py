"""A horizontal axis whose tick labels never run into one another.

pyqtgraph picks the major ticks from the axis length alone and always labels them: on a
1280 × 720 projector the race's loss plot is about 100 pixels wide, and 0 … 1000 steps
came out as "200600800". This axis widens the major spacing to the next 1, 2 or 5 × 10ⁿ
that leaves room for its widest label (finer levels keep their marks; pyqtgraph labels
them only where their text fits).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

ROOM = 1.25
"""Space for a label: its own width and a quarter more between neighbours."""


def nice_step(least: float) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ at least ``least`` (> 0)."""
    decade = 10.0 ** math.floor(math.log10(least))
    return next(m * decade for m in (1, 2, 5, 10) if m * decade >= least)


class SpacedAxis(pg.AxisItem):
    """A linear axis (bottom or top) with its major labels at least ``ROOM`` labels apart."""

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:  # noqa: N802, N803
        levels = super().tickSpacing(minVal, maxVal, size)
        span = abs(maxVal - minVal)
        if not levels or span == 0 or size <= 0 or self._tickSpacing is not None:
            return levels
        metrics = QFontMetricsF(self.style["tickFont"] or QFont())
        widest = max(metrics.horizontalAdvance(f"{value:g}") for value in (minVal, maxVal))
        least = widest * ROOM / size * span  # data units between two labels that fit
        if levels[0][0] >= least:
            return levels
        major = nice_step(least)
        return [(major, 0.0), *((spacing, offset) for spacing, offset in levels if spacing < major)]
