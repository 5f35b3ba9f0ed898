"""Colours and fonts of the two-variable views, chosen for a classroom projector.

Okabe–Ito colours (safe for colour-blind viewers), opaque pens, and viridis for
f in both views (each over its own range): dark is low, yellow is high.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont

from guicalc.views.text_size import plot_pixels

DESCENT = "#D55E00"    # vermillion: the descent path, in both views
POINT = "#E69F00"      # orange: the point
DIRECTION = "#CC79A7"  # reddish purple: the direction v and the gradient arrow in 3D
QUIVER = "#000000"     # black arrows over the pale colour map
CONTOUR = "#4d4d4d"    # dark grey contour lines
DIVERGED = "#D55E00"   # the warning colour of the loss plot

FONT_SIZE = 13


def viridis_lut() -> np.ndarray:
    """Viridis as (256, 3) floats in 0…1."""
    return pg.colormap.get("viridis").getLookupTable(nPts=256, mode="float")


def pale_viridis_lut(whiten: float = 0.55) -> np.ndarray:
    """Viridis blended towards white, (256, 3) bytes: a background black arrows read on."""
    lut = viridis_lut() * (1 - whiten) + whiten
    return np.round(lut * 255).astype(np.uint8)


def tick_font() -> QFont:
    """Tick labels readable from the back of a room."""
    font = QFont()
    font.setPointSize(FONT_SIZE)
    return font


def label_style(ink: str = "#000000") -> dict[str, str]:
    """Axis-title style for ``PlotItem.setLabel``: the plots' text size (``views.text_size``)."""
    return {"color": ink, "font-size": f"{plot_pixels()}px"}
