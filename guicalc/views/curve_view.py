"""The curve plot: functions, f′ and f″, the point with its tangent and secant.

It draws arrays it is given and reports what the user does (drags the point,
presses arrow keys, pans); it computes no mathematics.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.readers import LARGEST
from guicalc.i18n import translate
from guicalc.views.arrow_keys import nudge_step
from guicalc.views.explore_items import ExploreItems
from guicalc.views.focus import show_focus_frame

POINT_COLOR = "#000000"
TANGENT_COLOR = "#D55E00"
SECANT_COLOR = "#009E73"
CACHED = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache

MIN_RANGE = 1e-9
"""The narrowest view: its two ends stay distinct floats wherever the lesson is."""


class CurveItem(pg.PlotDataItem):
    """A curve whose automatic downsampling survives a view far wider than its samples.

    pyqtgraph divides the view's width by the samples' spacing: after a jump of the view
    (Ctrl+0's opposite, a file's range, a burst of wheel ticks before the curve is
    resampled) the factor can pass numpy's largest array dimension, and every repaint
    raises. Samples spanning less than a millionth of the view fit in a pixel: they are
    drawn as they are.
    """

    def updateItems(self, styleUpdate: bool = True) -> None:  # noqa: N803 - pyqtgraph's name
        if not (self.opts["autoDownsample"] and self._within_a_pixel()):
            super().updateItems(styleUpdate)
            return
        self.opts["autoDownsample"] = False
        try:
            super().updateItems(styleUpdate)
        finally:
            self.opts["autoDownsample"] = True

    def _within_a_pixel(self) -> bool:
        xs, box = self.xData, self.getViewBox()
        if xs is None or len(xs) < 2 or box is None:
            return False
        x0, x1 = box.viewRange()[0]
        return not (xs[-1] - xs[0]) * 1e6 > (x1 - x0)  # also NaN


def _pen(color: str, width: float, style: QtCore.Qt.PenStyle = QtCore.Qt.PenStyle.SolidLine) -> QtGui.QPen:
    # Wide pens stay opaque: a translucent wide pen is ~70x slower in pyqtgraph.
    pen = pg.mkPen(color, width=width, style=style)
    pen.setCosmetic(True)
    return pen


class DraggablePoint(pg.TargetItem):
    """The point on the curve: a drag reports the cursor's x, the window puts it on f.

    TargetItem's own drag moves the item by the mouse's offset, which drifts once
    the item is put back on the curve after each move; the cursor's x does not.
    """

    sigDragged = QtCore.Signal(float)

    def __init__(self) -> None:
        super().__init__(pos=(0, 0), size=16, symbol="o", pen=_pen(POINT_COLOR, 2),
                         brush=pg.mkBrush("#FFFFFF"), hoverBrush=pg.mkBrush("#F0E442"),
                         movable=True)
        self.setZValue(20)

    def mouseDragEvent(self, ev: object) -> None:
        if ev.button() != QtCore.Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        self.sigDragged.emit(float(self.getViewBox().mapSceneToView(ev.scenePos()).x()))


def hover_between_drags(scene: pg.GraphicsScene) -> None:
    """pyqtgraph looks for the items under the pointer on every move, also in the middle of a
    drag, where no item may take the hover (8 ms a move here: more than the rest of the drag);
    look only between drags. The release looks again (``mouseReleaseEvent``)."""
    send = scene.sendHoverEvents

    def send_unless_dragging(ev: object, exitOnly: bool = False) -> None:  # noqa: N803 - pyqtgraph's keyword
        if exitOnly or not scene.dragButtons:
            send(ev, exitOnly)

    scene.sendHoverEvents = send_unless_dragging


class CurveView(pg.PlotWidget):
    """f and friends on one plot; objectName ``curvePlot``.

    Signals: ``pointDragged(x)`` while the user drags the point, ``pointNudged(steps)``
    for arrow keys (±1, ±10 with Shift), ``rangeChanged(x0, x1)`` after pan or zoom.
    """

    pointDragged = QtCore.Signal(float)
    pointNudged = QtCore.Signal(int)
    rangeChanged = QtCore.Signal(float, float)
    interestJumped = QtCore.Signal(int)  # ] and [: the point to the next or previous point of interest
    pinRequested = QtCore.Signal()  # Enter: pin a labelled point where the point is

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("curvePlot")
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setToolTip(translate("CurveView",
                                  "Drag the point along the curve, or click here and use ← → (Shift: bigger steps)"))
        self.setAccessibleName(translate("CurveView", "Curve plot"))
        show_focus_frame(self)
        hover_between_drags(self.scene())
        self.line_width = 2.0
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        # Draw about one sample per pixel whatever was computed: 100 000 samples
        # would cost tens of ms per repaint with the thick pens a projector needs.
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        plot.setLabel("bottom", "x")
        plot.setLabel("left", "y")
        for axis in ("bottom", "left"):  # with their grids, the costliest part of a repaint
            plot.getAxis(axis).setCacheMode(CACHED)
        plot.addLine(x=0, pen=_pen("#888888", 1))
        plot.addLine(y=0, pen=_pen("#888888", 1))
        self.legend = plot.addLegend(offset=(10, 10), labelTextSize="12pt", labelTextColor="#000000",
                                     brush=pg.mkBrush(255, 255, 255, 220))
        font = QtGui.QFont()
        font.setPointSize(11)
        for axis in ("bottom", "left"):
            plot.getAxis(axis).setTickFont(font)
            plot.getAxis(axis).setTextPen("#000000")
        self._curves: dict[str, pg.PlotDataItem] = {}
        self.tangent = pg.PlotCurveItem(pen=_pen(TANGENT_COLOR, 2))
        self.secant = pg.PlotCurveItem(pen=_pen(SECANT_COLOR, 2, QtCore.Qt.PenStyle.DashLine))
        self.secant_points = pg.ScatterPlotItem(size=10, pen=_pen(SECANT_COLOR, 2), brush=pg.mkBrush(SECANT_COLOR))
        self.point = DraggablePoint()
        for item in (self.tangent, self.secant, self.secant_points, self.point):
            plot.addItem(item)
        self.legend.addItem(self.tangent, translate("CurveView", "tangent"))
        self.legend.addItem(self.secant, translate("CurveView", "secant"))
        self._cache_legend()
        self.point.sigDragged.connect(self.pointDragged)
        # Zoom and pan stop where a lesson file's coordinates do (±1e100): a range beyond
        # could not be saved, and far beyond pyqtgraph's own arithmetic gives NaN ranges.
        plot.getViewBox().setLimits(xMin=-LARGEST, xMax=LARGEST, yMin=-LARGEST, yMax=LARGEST,
                                    minXRange=MIN_RANGE, minYRange=MIN_RANGE)
        self.explore = ExploreItems(plot)
        plot.getViewBox().sigXRangeChanged.connect(self._on_x_range_changed)
        plot.getViewBox().sigRangeChanged.connect(self._drop_caches)

    # -- curves ----------------------------------------------------------------------
    def set_curve(self, key: str, xs: np.ndarray, ys: np.ndarray, color: str, label: str,
                  dashed: bool = False) -> None:
        """Show (or replace) one curve; NaN in ``ys`` breaks the line."""
        item = self._curves.get(key)
        style = QtCore.Qt.PenStyle.DashLine if dashed else QtCore.Qt.PenStyle.SolidLine
        pen = _pen(color, self.line_width * (0.75 if dashed else 1.0), style)
        if item is None:
            item = CurveItem(connect="finite", pen=pen, name=label)
            # The curve stands still while the point moves: repaint it from a pixmap
            # (20 curves: ~15 ms a paint instead of ~110), dropped whenever it is out of date.
            item.curve.setCacheMode(CACHED)
            self.getPlotItem().addItem(item)
            self._curves[key] = item
            self._cache_legend()
        else:
            if item.opts["pen"] != pen:  # a keystroke keeps the pen: setPen would restyle the curve for nothing
                item.setPen(pen)
            self._rename(item, label)
        item.setData(xs, ys)
        _drop_cache(item)

    def _cache_legend(self) -> None:
        """Each legend entry repaints from a pixmap (redrawn when its text changes): its rich
        text cost ~0.2 ms a repaint, 4 ms with 20 functions, at every keystroke and point move."""
        for sample, label in self.legend.items:
            for item in (sample, label.item):
                item.setCacheMode(CACHED)

    def remove_curve(self, key: str) -> None:
        item = self._curves.pop(key, None)
        if item is not None:
            self.getPlotItem().removeItem(item)
            self.legend.removeItem(item)

    def curve_keys(self) -> list[str]:
        return list(self._curves)

    def curve(self, key: str) -> pg.PlotDataItem:
        return self._curves[key]

    def rename_curve(self, key: str, label: str) -> None:
        """A new legend label for a curve whose samples stay as they are."""
        self._rename(self._curves[key], label)

    def _rename(self, item: pg.PlotDataItem, label: str) -> None:
        item.opts["name"] = label  # what item.name() answers
        for sample, text in self.legend.items:
            if sample.item is item and text.text != label:
                text.setText(label)

    # -- point, tangent, secant ------------------------------------------------------
    def set_point(self, x: float, y: float) -> None:
        """Place the point (hidden where f is undefined)."""
        visible = bool(np.isfinite(y))
        self.point.setVisible(visible)
        if visible:
            self.point.setPos(x, y)

    def set_tangent(self, x: float, y: float, slope: float,
                    left: float | None = None, right: float | None = None) -> None:
        """The tangent across the whole visible range; where f has no derivative, the
        half-tangents of its finite one-sided slopes (|x| at 0: slope −1 leftwards, 1
        rightwards); hidden where there are none."""
        x0, x1 = self.getPlotItem().getViewBox().viewRange()[0]
        if not all(np.isfinite(v) for v in (x, y)):
            self.tangent.setData([], [])
        elif np.isfinite(slope):
            xs = np.array([x0, x1])
            self.tangent.setData(xs, y + slope * (xs - x), connect="all")
        else:
            xs, ys = [], []
            for end, side in ((x0, left), (x1, right)):
                if side is not None and np.isfinite(side):
                    xs += [x, end]
                    ys += [y, y + side * (end - x)]
            self.tangent.setData(np.array(xs, dtype=float), np.array(ys, dtype=float), connect="pairs")

    def set_secant(self, xa: float, ya: float, xb: float, yb: float) -> None:
        if not all(np.isfinite(v) for v in (xa, ya, xb, yb)) or xa == xb:
            self.secant.setData([], [])
            self.secant_points.setData([], [])
            return
        slope = (yb - ya) / (xb - xa)
        x0, x1 = self.getPlotItem().getViewBox().viewRange()[0]
        xs = np.array([x0, x1])
        self.secant.setData(xs, ya + slope * (xs - xa))
        self.secant_points.setData([xa, xb], [ya, yb])

    def hide_secant(self) -> None:
        self.set_secant(0, 0, 0, 0)

    def set_line_width(self, width: float) -> None:
        """Thicker lines for a projector; every curve keeps its colour."""
        self.line_width = width
        for item in self._curves.values():
            pen = QtGui.QPen(item.opts["pen"])
            dashed = pen.style() != QtCore.Qt.PenStyle.SolidLine
            pen.setWidthF(width * (0.75 if dashed else 1.0))
            item.setPen(pen)
        for item in (self.tangent, self.secant):
            pen = QtGui.QPen(item.opts["pen"])
            pen.setWidthF(width)
            item.setPen(pen)

    # -- range -----------------------------------------------------------------------
    def set_x_range(self, x0: float, x1: float, y_range: tuple[float, float] | None = None) -> None:
        vb = self.getPlotItem().getViewBox()
        vb.setXRange(x0, x1, padding=0)
        if y_range is not None:
            vb.setYRange(*y_range, padding=0.05)

    def x_range(self) -> tuple[float, float]:
        x0, x1 = self.getPlotItem().getViewBox().viewRange()[0]
        return float(x0), float(x1)

    # -- events ----------------------------------------------------------------------
    def _on_x_range_changed(self) -> None:
        self.rangeChanged.emit(*self.x_range())

    def _drop_caches(self) -> None:
        for item in self._curves.values():
            _drop_cache(item)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        jump = {QtCore.Qt.Key.Key_BracketRight: 1, QtCore.Qt.Key.Key_BracketLeft: -1}.get(event.key())
        if jump is not None:
            self.interestJumped.emit(jump)
            event.accept()
            return
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.pinRequested.emit()
            event.accept()
            return
        step = nudge_step(event)
        if step is None:
            super().keyPressEvent(event)
            return
        self.pointNudged.emit(step)
        event.accept()


def _drop_cache(item: pg.PlotDataItem) -> None:
    """Paint the curve afresh once. Qt reuses a device-coordinate cache across a range change
    that only moves the curve, and once showed a piece of an earlier f′ under the legend of a
    lesson given at start (screenshot, 2026-12-03; never in ``grab()``)."""
    item.curve.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.NoCache)
    item.curve.setCacheMode(CACHED)
