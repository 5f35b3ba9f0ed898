"""One text size for everything on screen, so presentation mode scales it all together.

The application font is the base. A widget that wants larger type (a readout, the
graph's controls) keeps a factor and a floor in points (:func:`keep_text_size`),
re-applied whenever the base changes (:func:`set_base_pixels`); a Qt widget with a
font of its own would otherwise keep its size when the application font grows.
Plots take their tick, label, legend and annotation size from :func:`plot_pixels`.
In presentation mode the base follows the screen: 24 px at 1080 lines, 16 px at 720.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

LINES_PER_SCREEN = 45
"""Presentation text is the screen's height divided by this: 24 px at 1080, 16 px at 720."""
MIN_PRESENTATION_PIXELS = 16
PLOT_POINTS = 11.0
"""The plots' text outside presentation mode (then times the theme's font scale)."""
_FACTOR, _FLOOR = "guicalcTextFactor", "guicalcTextFloor"
_presenting: int | None = None


def presentation_pixels(screen_height: int) -> int:
    """The base text size for a projector of ``screen_height`` lines."""
    return max(MIN_PRESENTATION_PIXELS, round(screen_height / LINES_PER_SCREEN))


def points_to_pixels(points: float) -> int:
    """``points`` on this screen, in pixels (as QFontInfo resolves them)."""
    font = QtGui.QFont(QtWidgets.QApplication.instance().font())
    font.setPointSizeF(points)
    return QtGui.QFontInfo(font).pixelSize()


def base_pixels() -> int:
    """The application font's size in pixels."""
    return QtGui.QFontInfo(QtWidgets.QApplication.instance().font()).pixelSize()


def presenting() -> int | None:
    """The base size while in presentation mode, else None."""
    return _presenting


def plot_pixels(font_scale: float = 1.0) -> int:
    """Tick labels, axis titles, legends and annotations of every plot, the 3D view's too."""
    if _presenting is not None:
        return _presenting
    return max(base_pixels(), round(points_to_pixels(PLOT_POINTS) * font_scale))


def keep_text_size(widget: QtWidgets.QWidget, factor: float = 1.0, at_least_points: float = 0.0) -> None:
    """``widget``'s text at ``factor`` × the base, never under ``at_least_points``, now and
    after every change of the base (its children inherit it)."""
    widget.setProperty(_FACTOR, factor)
    widget.setProperty(_FLOOR, at_least_points)
    _apply(widget)


def set_base_pixels(font: QtGui.QFont, presenting_pixels: int | None = None) -> None:
    """Make ``font`` the application's and resize every widget that keeps a relative size;
    ``presenting_pixels`` says presentation mode is on (None: off)."""
    global _presenting
    _presenting = presenting_pixels
    QtWidgets.QApplication.instance().setFont(font)
    for widget in QtWidgets.QApplication.allWidgets():
        if widget.property(_FACTOR) is not None:
            _apply(widget)


def _apply(widget: QtWidgets.QWidget) -> None:
    font = QtGui.QFont(widget.font())
    floor = points_to_pixels(widget.property(_FLOOR)) if widget.property(_FLOOR) else 0
    font.setPixelSize(max(round(base_pixels() * widget.property(_FACTOR)), floor))
    widget.setFont(font)


def plot_font(pixels: int, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont(QtWidgets.QApplication.instance().font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def size_plot_text(plot: pg.PlotWidget, pixels: int) -> None:
    """Every text of one pyqtgraph plot at ``pixels``: ticks, axis titles, the title, the
    legend and the annotations (TextItem, line labels)."""
    item = plot.getPlotItem()
    font = plot_font(pixels)
    for name in ("bottom", "left"):
        axis = item.getAxis(name)
        axis.setTickFont(font)
        axis.labelStyle = {**axis.labelStyle, "font-size": f"{pixels}px"}
        axis.label.setFont(font)
        axis._updateLabel()  # noqa: SLF001 - pyqtgraph re-reads labelStyle only here
    title = item.titleLabel
    if title.text:
        title.setText(title.text, size=f"{round(pixels * 1.1)}px")
    legend = item.legend
    if legend is not None:
        legend.setLabelTextSize(f"{pixels}px")
    for child in item.items:
        texts = [child] if isinstance(child, pg.TextItem) else []
        if isinstance(child, pg.InfiniteLine) and getattr(child, "label", None) is not None:
            texts.append(child.label)
        for text in texts:
            text.setFont(font)
