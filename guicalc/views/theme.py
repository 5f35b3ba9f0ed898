"""Light, dark and projector looks for the plots.

The projector theme is light and high-contrast, with fonts at twice the size and
lines 2.5× thicker, readable from the back of a classroom.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6 import QtGui


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    font_scale: float = 1.0
    line_scale: float = 1.0


THEMES = {
    "light": Theme("light", "#FFFFFF", "#000000"),
    "dark": Theme("dark", "#1E1E1E", "#E6E6E6"),
    "projector": Theme("projector", "#FFFFFF", "#000000", font_scale=2.0, line_scale=2.5),
}
BASE_TICK_POINTS = 11
BASE_LINE_WIDTH = 2.0


def apply_plot_theme(plot: pg.PlotWidget, theme: Theme) -> None:
    """Colours and font sizes of one pyqtgraph plot's background, axes and legend."""
    plot.setBackground(theme.background)
    item = plot.getPlotItem()
    font = QtGui.QFont()
    font.setPointSizeF(BASE_TICK_POINTS * theme.font_scale)
    for name in ("bottom", "left"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.foreground))
        axis.setTextPen(pg.mkPen(theme.foreground))
        axis.setTickFont(font)
        axis.label.setFont(font)
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(theme.foreground)
        legend.setLabelTextSize(f"{12 * theme.font_scale:g}pt")
        legend.setBrush(pg.mkBrush(theme.background))
        for _, label in legend.items:
            label.setText(label.text, color=theme.foreground, size=f"{12 * theme.font_scale:g}pt")
