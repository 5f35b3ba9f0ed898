"""The field view: contours of f, the −∇f quiver, the point, v, and descent paths.

Everything drawn here was computed in ``guicalc.core``; this module only turns
arrays into pyqtgraph items. The quiver and the contours are each one
``PlotCurveItem(connect="pairs")``, so thousands of arrows stay fast. Mouse
pan and zoom are off: a drag moves the point or the direction arrow, and a
click picks the start of gradient descent. The keyboard does the same (see
``FieldView.keyPressEvent``); the panel decides how far a key moves things.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QWidget

from guicalc.i18n import translate
from guicalc.views.focus import show_focus_frame
from guicalc.views.text_size import plot_font, plot_pixels
from guicalc.views.theme import Theme
from guicalc.views.two_variable_style import (
    CONTOUR,
    DESCENT,
    DIRECTION,
    POINT,
    QUIVER,
    label_style,
    pale_viridis_lut,
    tick_font,
)


class FieldView(pg.PlotWidget):
    """2D view of f(x, y) with −∇f arrows; the point and arrow tip can be dragged."""

    ink = "#000000"
    """The theme's text colour (``set_theme``)."""

    pointDragged = Signal(float, float)
    """The user moved the point to (x, y)."""
    directionDragged = Signal(float, float)
    """The user moved the direction arrow's tip; the new v = tip − point."""
    startClicked = Signal(float, float)
    """The user clicked at (x, y) to start gradient descent there."""
    pointNudged = Signal(int, int)
    """Arrow keys: move the point this many steps right and up (Shift: 10 steps)."""
    startNudged = Signal(int, int)
    """Ctrl+arrow keys: move the start of descent this many steps right and up."""
    directionTurned = Signal(int)
    """[ and ]: turn v this many steps counter-clockwise (Shift: 9 steps)."""
    runRequested = Signal()
    """Enter: run gradient descent from the start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldPlot")
        self.setAccessibleName(self.tr("Gradient field plot"))
        self.setToolTip(self.tr("Arrow keys move the point, Ctrl+arrows the start of descent, "
                                "[ and ] turn v, Enter runs descent (Shift: bigger steps)"))
        show_focus_frame(self)
        self.setBackground("w")
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setAspectLocked(True)
        self.showGrid(x=True, y=True, alpha=0.25)
        for side in ("bottom", "left"):
            self.getAxis(side).setStyle(tickFont=tick_font())
            self.getAxis(side).setTextPen("k")
            self.getAxis(side).setPen("k")
        self.setTitle(translate("FieldView", "−∇f points downhill"), color="k", size="14pt")

        self.background_item = pg.ImageItem(lut=pale_viridis_lut())
        self.contour_item = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(CONTOUR, width=1))
        self.quiver_item = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(QUIVER, width=1.5))
        self.path_item = pg.PlotDataItem(
            pen=pg.mkPen(DESCENT, width=3), symbol="o", symbolSize=7,
            symbolBrush=DESCENT, symbolPen=pg.mkPen("w", width=1))
        self.start_item = pg.ScatterPlotItem(
            symbol="star", size=20, brush=DESCENT, pen=pg.mkPen("k", width=1))
        self.direction_item = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(DIRECTION, width=3))
        self.direction_handle = pg.TargetItem(
            size=14, symbol="o", pen=pg.mkPen("k", width=1.5), brush=DIRECTION,
            hoverPen=pg.mkPen("k", width=3), hoverBrush=DIRECTION, label="v",
            labelOpts={"color": "k", "offset": (10, -10)})
        self.point_item = pg.TargetItem(
            size=18, symbol="o", pen=pg.mkPen("k", width=2), brush=POINT,
            hoverPen=pg.mkPen("k", width=4), hoverBrush=POINT)
        for z, item in enumerate((self.background_item, self.contour_item, self.quiver_item,
                                  self.path_item, self.start_item, self.direction_item,
                                  self.direction_handle, self.point_item)):
            item.setZValue(z - 10 if item is self.background_item else z)
            self.addItem(item)
        self.direction_handle.label().setFont(QFont(tick_font().family(), 14, QFont.Weight.Bold))

        self.point_item.sigPositionChanged.connect(self._on_point_moved)
        self.direction_handle.sigPositionChanged.connect(self._on_handle_moved)
        self.scene().sigMouseClicked.connect(self._on_clicked)

    def set_axis_labels(self, x: str, y: str) -> None:
        """Name the axes after the function's variables."""
        self.setLabel("bottom", x, **label_style(self.ink))
        self.setLabel("left", y, **label_style(self.ink))

    def set_theme(self, theme: Theme) -> None:
        """The handle's "v" in the theme's ink, at the plots' text size."""
        self.ink = theme.foreground
        label = self.direction_handle.label()
        label.setColor(theme.foreground)
        label.setFont(plot_font(plot_pixels(), bold=True))

    def set_view_range(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """Show exactly this data range (the grid the arrows are drawn on)."""
        self.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)

    def set_background(self, x: np.ndarray, y: np.ndarray, z: np.ndarray,
                       z_range: tuple[float, float]) -> None:
        """Colour the plane by f (pale viridis, the surface's colours), z[i, j] at (x[i], y[j])."""
        dx, dy = x[1] - x[0], y[1] - y[0]
        # ±inf (ln 0, overflow) at the ends of the scale: pyqtgraph's rescaling overflowed on them.
        self.background_item.setImage(np.clip(np.nan_to_num(z, nan=z_range[0]), *z_range), levels=z_range,
                                      autoLevels=False)
        self.background_item.setRect(QRectF(x[0] - dx / 2, y[0] - dy / 2,
                                            x[-1] - x[0] + dx, y[-1] - y[0] + dy))

    def set_contours(self, segments: np.ndarray) -> None:
        """Contour lines as (start, end) pairs of points."""
        self.contour_item.setData(segments[:, 0], segments[:, 1])

    def set_quiver(self, segments: np.ndarray) -> None:
        """All arrows as (start, end) pairs of points (see ``core.quiver``)."""
        self.quiver_item.setData(segments[:, 0], segments[:, 1])

    def set_point(self, x: float, y: float) -> None:
        """Move the point without announcing it as a user drag."""
        with QSignalBlocker(self.point_item):
            self.point_item.setPos(x, y)

    def set_direction(self, segments: np.ndarray, tip: tuple[float, float] | None) -> None:
        """The direction arrow's segments and its draggable tip (None hides both)."""
        self.direction_item.setData(segments[:, 0], segments[:, 1])
        self.direction_handle.setVisible(tip is not None)
        if tip is not None:
            with QSignalBlocker(self.direction_handle):
                self.direction_handle.setPos(*tip)

    def set_path(self, points: np.ndarray) -> None:
        """The descent path so far, (k, 2); points far outside are clipped by the view."""
        self.path_item.setData(points[:, 0], points[:, 1])

    def set_start(self, start: tuple[float, float] | None) -> None:
        """Mark where descent starts."""
        self.start_item.setData([] if start is None else [start[0]],
                                [] if start is None else [start[1]])

    def _on_point_moved(self, item: pg.TargetItem) -> None:
        pos = item.pos()
        self.pointDragged.emit(pos.x(), pos.y())

    def _on_handle_moved(self, item: pg.TargetItem) -> None:
        tip, point = item.pos(), self.point_item.pos()
        self.directionDragged.emit(tip.x() - point.x(), tip.y() - point.y())

    def _on_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted():
            return
        view_box = self.getViewBox()
        if not view_box.sceneBoundingRect().contains(event.scenePos()):
            return
        pos = view_box.mapSceneToView(event.scenePos())
        self.startClicked.emit(pos.x(), pos.y())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows: the point; Ctrl+arrows: the descent start; [ ]: v; Enter: run descent."""
        key, mods = event.key(), event.modifiers()
        big = 10 if mods & Qt.KeyboardModifier.ShiftModifier else 1
        move = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}.get(key)
        turn = {Qt.Key.Key_BracketLeft: -1, Qt.Key.Key_BracketRight: 1,
                Qt.Key.Key_BraceLeft: -9, Qt.Key.Key_BraceRight: 9}.get(key)
        if move is not None:
            signal = self.startNudged if mods & Qt.KeyboardModifier.ControlModifier else self.pointNudged
            signal.emit(move[0] * big, move[1] * big)
        elif turn is not None:
            self.directionTurned.emit(turn * (9 if big > 1 and abs(turn) == 1 else 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.runRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
