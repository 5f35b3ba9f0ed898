"""The dark theme reaches every view: the plots, the graph, the 3D surface and its export."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from guicalc.views.theme import THEMES

DARK = QtGui.QColor(THEMES["dark"].background)


def _dark(color: QtGui.QColor) -> bool:
    return color.lightness() < 60


def test_the_dark_theme_changes_every_plot_background(qtbot, main_window):
    window = main_window
    window.findChild(QtGui.QAction, "themeDarkAction").trigger()
    panel = window.show_view("surface")  # built after the choice: it must take the theme too
    window.show_view("graph")
    window.show_view("surface")
    qtbot.waitExposed(panel)
    plots = window.findChildren(pg.PlotWidget)  # every tab's, those added by later kinds too
    assert {window.curve_view, window.limit_panel.error_view, panel.field_view, panel.loss_view} <= set(plots)
    for plot in plots:
        assert plot.backgroundBrush().color() == DARK, plot.objectName()
        ticks = plot.getPlotItem().getAxis("bottom").textPen().color()
        assert not _dark(ticks), plot.objectName()  # light text on the dark background
    assert window.graph_panel.view.backgroundBrush().color() == DARK
    if panel.surface_view.has_gl:
        qtbot.waitUntil(lambda: not panel.surface_view.grab_frame().isNull())
        frame = panel.surface_view.grab_frame()
        assert _dark(frame.pixelColor(3, 3)), frame.pixelColor(3, 3).name()
    figure = QtGui.QImage(400, 300, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(figure)
    panel.surface_view.paint_figure(painter)  # what Export writes
    painter.end()
    assert _dark(figure.pixelColor(3, 3))

    window.findChild(QtGui.QAction, "themeLightAction").trigger()
    assert panel.field_view.backgroundBrush().color() == QtGui.QColor("#FFFFFF")
    assert window.graph_panel.view.backgroundBrush().color() == QtGui.QColor("#FFFFFF")
    QtCore.QSettings().remove("theme")
