"""Themes for the whole window, and the projector mode (F5 in, Esc out).

Presentation mode is full screen, the projector theme (fonts twice as large,
lines 2.5× thicker, high-contrast light), with only the curve and the readout
shown; leaving it restores the geometry, fonts, docks and theme exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.views.theme import BASE_LINE_WIDTH, THEMES, Theme, apply_plot_theme


def window_palette(theme: Theme) -> QtGui.QPalette:
    """Qt's standard palette, or a dark one for the dark theme."""
    palette = QtWidgets.QApplication.style().standardPalette()
    if theme.name == "dark":
        role = QtGui.QPalette.ColorRole
        for r, color in ((role.Window, "#2B2B2B"), (role.WindowText, "#E6E6E6"), (role.Base, "#1E1E1E"),
                         (role.AlternateBase, "#333333"), (role.Text, "#E6E6E6"), (role.Button, "#3A3A3A"),
                         (role.ButtonText, "#E6E6E6"), (role.ToolTipBase, "#333333"),
                         (role.ToolTipText, "#E6E6E6"), (role.Highlight, "#0072B2"),
                         (role.HighlightedText, "#FFFFFF")):
            palette.setColor(r, QtGui.QColor(color))
    return palette


def apply_theme(plots: list[pg.PlotWidget], theme: Theme) -> None:
    """The theme's colours on the application and on every plot."""
    QtWidgets.QApplication.instance().setPalette(window_palette(theme))
    for plot in plots:
        apply_plot_theme(plot, theme)
        if hasattr(plot, "set_line_width"):
            plot.set_line_width(BASE_LINE_WIDTH * theme.line_scale)


@dataclass
class _Saved:
    geometry: QtCore.QRect
    state: QtCore.QByteArray
    font: QtGui.QFont
    theme: str
    maximized: bool


class PresentationMode(QtCore.QObject):
    """Enters and leaves projector mode for a main window."""

    def __init__(self, window: QtWidgets.QMainWindow, hidden_docks: list[QtWidgets.QDockWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.hidden_docks = hidden_docks
        self.saved: _Saved | None = None

    @property
    def active(self) -> bool:
        return self.saved is not None

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active:
            return
        app = QtWidgets.QApplication.instance()
        w = self.window
        self.saved = _Saved(w.normalGeometry(), w.saveState(), QtGui.QFont(app.font()), w.theme_name,
                            w.isMaximized())
        font = QtGui.QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * THEMES["projector"].font_scale)
        app.setFont(font)
        w.set_theme("projector", remember=False)
        for dock in self.hidden_docks:
            dock.hide()
        w.showFullScreen()

    def leave(self) -> None:
        if self.saved is None:
            return
        saved, self.saved = self.saved, None
        QtWidgets.QApplication.instance().setFont(saved.font)
        self.window.set_theme(saved.theme, remember=False)
        self.window.showNormal()
        # setGeometry, not restoreGeometry: the latter shrinks a window to fit the screen.
        self.window.setGeometry(saved.geometry)
        self.window.restoreState(saved.state)
        if saved.maximized:
            self.window.showMaximized()
