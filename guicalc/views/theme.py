"""Light, dark and projector looks for the plots.

The projector theme is light and high-contrast, with fonts at twice the size and
lines 2.5× thicker, readable from the back of a classroom.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6 import QtGui

from guicalc.views.text_size import plot_pixels, size_plot_text


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
BASE_LINE_WIDTH = 2.0
INKS = {"k", "#000", "#000000", *(theme.foreground for theme in THEMES.values())}
"""Text colours that are the theme's, not a meaning (a warning keeps its colour)."""


def apply_plot_theme(plot: pg.PlotWidget, theme: Theme) -> None:
    """Colours and text sizes of one pyqtgraph plot's background, axes, title and legend."""
    plot.setBackground(theme.background)
    item = plot.getPlotItem()
    for name in ("bottom", "left"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.foreground))
        axis.setTextPen(pg.mkPen(theme.foreground))
        axis.labelStyle = {**axis.labelStyle, "color": theme.foreground}
    title = item.titleLabel
    if title.text and title.opts.get("color") in INKS | {None}:
        title.setText(title.text, color=theme.foreground)
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(theme.foreground)
        background = QtGui.QColor(theme.background)
        background.setAlpha(220)
        legend.setBrush(pg.mkBrush(background))
        for _, label in legend.items:
            label.setText(label.text, color=theme.foreground)
    size_plot_text(plot, plot_pixels(theme.font_scale))
