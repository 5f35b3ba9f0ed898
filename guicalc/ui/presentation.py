"""Themes for the whole window, and the projector mode (F5 in, Esc out).

Presentation mode is full screen, the projector theme (lines 2.5× thicker,
high-contrast light) and one text size for everything, from the screen's height
(``views.text_size``: 24 px at 1080 lines, 16 px at 720), with only what the
current tab needs shown; leaving it restores the geometry, fonts, docks and theme
exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.views.text_size import presentation_pixels, set_base_pixels
from guicalc.views.theme import BASE_LINE_WIDTH, Theme, apply_plot_theme


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


def apply_theme(plots: list[QtWidgets.QWidget], theme: Theme) -> None:
    """The theme's colours on the application and on every view: the pyqtgraph plots, and
    the others (graph, 3D surface) through their ``set_theme``."""
    QtWidgets.QApplication.instance().setPalette(window_palette(theme))
    for plot in plots:
        if isinstance(plot, pg.PlotWidget):
            apply_plot_theme(plot, theme)
        if hasattr(plot, "set_theme"):
            plot.set_theme(theme)
        if hasattr(plot, "set_line_width"):
            plot.set_line_width(BASE_LINE_WIDTH * theme.line_scale)


def themed_views(root: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    """The views in ``root`` (itself included) that a theme restyles."""
    return [view for view in (root, *root.findChildren(QtWidgets.QWidget))
            if isinstance(view, pg.PlotWidget) or hasattr(view, "set_theme")]


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

    def enter(self, screen_height: int | None = None) -> None:
        """Full screen with text sized for ``screen_height`` lines (None: the window's screen)."""
        if self.active:
            return
        app = QtWidgets.QApplication.instance()
        w = self.window
        self.saved = _Saved(w.normalGeometry(), w.saveState(), QtGui.QFont(app.font()), w.theme_name,
                            w.isMaximized())
        pixels = presentation_pixels(screen_height or (w.screen() or app.primaryScreen()).geometry().height())
        font = QtGui.QFont(app.font())
        font.setPixelSize(pixels)
        set_base_pixels(font, pixels)
        w.set_theme("projector", remember=False)
        for dock in self.hidden_docks:
            dock.hide()
        w.show_docks_of_tab()
        w.showFullScreen()
        # The panel as wide as its rows in the larger type, so that none wraps under its label.
        panel = w.point_dock
        w.resizeDocks([panel], [panel.sizeHint().width()], QtCore.Qt.Orientation.Horizontal)

    def leave(self) -> None:
        if self.saved is None:
            return
        saved, self.saved = self.saved, None
        set_base_pixels(saved.font)
        self.window.set_theme(saved.theme, remember=False)
        self.window.showNormal()
        # setGeometry, not restoreGeometry: the latter shrinks a window to fit the screen.
        self.window.setGeometry(saved.geometry)
        self.window.restoreState(saved.state)
        if saved.maximized:
            self.window.showMaximized()
