"""What the curve plot adds for exploring, as in Desmos: the traced point under the mouse,
grey dots at the points of interest (their coordinates shown when clicked), pinned points.

It draws what it is given and reports where the mouse is; the curve nearest the cursor,
the snapping and the points themselves are worked out in the core (core/trace.py,
core/points_of_interest.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

INTEREST_COLOR = "#777777"
TRACE_COLOR = "#000000"
TABLE_COLOR = "#E69F00"


def _label(color: str) -> pg.TextItem:
    label = pg.TextItem(color=color, anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 230))
    font = QtGui.QFont()
    font.setPointSize(11)
    label.setFont(font)
    label.setZValue(40)
    label.setVisible(False)
    return label


class _Marker(pg.ScatterPlotItem):
    """Points a click goes through: the traced point follows the mouse, so a click under it
    is a click on the plot (to pin); so is a click on a table's point."""

    def mouseClickEvent(self, ev: object) -> None:
        ev.ignore()


def _show(item: pg.ScatterPlotItem, xs: list[float], ys: list[float], **options: object) -> None:
    """``item`` with these points, hidden while it has none; none before and after: untouched
    (an edit's redraw would repaint an empty scatter item for nothing)."""
    if xs or item.isVisible():
        item.setData(xs, ys, **options)
    item.setVisible(bool(xs))


class ExploreItems(QtCore.QObject):
    """The trace marker, the points of interest and the pinned points of one plot.

    Signals: ``hovered(x, y)`` in data coordinates while the mouse is over the plot,
    ``left()`` when it leaves, ``clicked(x, y)`` for a left click no item took.
    """

    hovered = QtCore.Signal(float, float)
    left = QtCore.Signal()
    clicked = QtCore.Signal(float, float)

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__()
        self.plot = plot
        self.trace = _Marker(size=13, pen=pg.mkPen(TRACE_COLOR, width=2), brush=pg.mkBrush(None))
        self.trace_label = _label(TRACE_COLOR)
        self.interest = pg.ScatterPlotItem(size=10, pen=pg.mkPen(INTEREST_COLOR, width=1),
                                           brush=pg.mkBrush(INTEREST_COLOR), hoverable=True,
                                           hoverBrush=pg.mkBrush("#F0E442"), tip=None)
        self.interest_label = _label(INTEREST_COLOR)
        self.pins = pg.ScatterPlotItem(size=11, pen=pg.mkPen(TRACE_COLOR, width=1), brush=pg.mkBrush(TRACE_COLOR))
        self.pin_labels: list[pg.TextItem] = []
        self.table_points = _Marker(size=10, symbol="d", pen=pg.mkPen(TABLE_COLOR, width=1),
                                               brush=pg.mkBrush(TABLE_COLOR))
        self.table_points.setZValue(24)
        plot.addItem(self.table_points)
        for z, item in ((30, self.trace), (25, self.interest), (26, self.pins)):
            item.setZValue(z)
            plot.addItem(item)
        for label in (self.trace_label, self.interest_label):
            plot.addItem(label)
        self.trace.setVisible(False)
        for item in (self.interest, self.pins, self.table_points):
            item.setVisible(False)  # until they have points: an empty ScatterPlotItem still costs ~1 ms a repaint
        self.interest.sigClicked.connect(self._on_interest_clicked)
        scene = plot.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)

    # -- the traced point ------------------------------------------------------------
    def show_trace(self, x: float, y: float, text: str) -> None:
        self.trace.setData([x], [y])
        self.trace.setVisible(True)
        self.trace_label.setText(text)
        self.trace_label.setPos(x, y)
        self.trace_label.setVisible(True)

    def hide_trace(self) -> None:
        self.trace.setVisible(False)
        self.trace_label.setVisible(False)

    @property
    def trace_text(self) -> str:
        """The traced point's coordinates as shown ("" when nothing is traced)."""
        return self.trace_label.textItem.toPlainText() if self.trace_label.isVisible() else ""

    # -- points of interest ----------------------------------------------------------
    def set_points_of_interest(self, xs: Sequence[float], ys: Sequence[float], texts: Sequence[str],
                               symbols: Sequence[str] | None = None) -> None:
        """Grey dots (or other ``symbols``: "x" for a discontinuity); each dot's text is shown
        when it is clicked (or chosen by key)."""
        _show(self.interest, list(xs), list(ys), data=list(texts), symbol=list(symbols) if symbols is not None else "o")
        self.interest_label.setVisible(False)

    def show_interest(self, x: float, y: float, text: str) -> None:
        """The label of one point of interest."""
        self.interest_label.setText(text)
        self.interest_label.setPos(x, y)
        self.interest_label.setVisible(True)

    @property
    def interest_text(self) -> str:
        return self.interest_label.textItem.toPlainText() if self.interest_label.isVisible() else ""

    def _on_interest_clicked(self, _item: object, points: Sequence[object], _ev: object) -> None:
        if len(points):
            pos = points[0].pos()
            self.show_interest(pos.x(), pos.y(), str(points[0].data()))

    # -- pinned points ---------------------------------------------------------------
    def set_pins(self, points: Sequence[tuple[float, float, str]]) -> None:
        """Pinned points with their labels (replacing those shown)."""
        _show(self.pins, [p[0] for p in points], [p[1] for p in points])
        for label in self.pin_labels:
            self.plot.removeItem(label)
        self.pin_labels = []
        for x, y, text in points:
            label = _label(TRACE_COLOR)
            label.setText(text)
            label.setPos(x, y)
            label.setVisible(True)
            self.plot.addItem(label)
            self.pin_labels.append(label)

    @property
    def pin_texts(self) -> list[str]:
        return [label.textItem.toPlainText() for label in self.pin_labels]

    # -- the table of values' points ---------------------------------------------------
    def set_table_points(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        _show(self.table_points, list(xs), list(ys))

    # -- the mouse -------------------------------------------------------------------
    def _on_mouse_moved(self, scene_pos: QtCore.QPointF) -> None:
        vb = self.plot.getViewBox()
        # A drag moves the point or pans: nothing to trace, and each move must only repaint.
        if self.plot.scene().dragButtons or not vb.sceneBoundingRect().contains(scene_pos):
            self.left.emit()
            return
        pos = vb.mapSceneToView(scene_pos)
        self.hovered.emit(float(pos.x()), float(pos.y()))

    def _on_mouse_clicked(self, ev: object) -> None:
        if ev.isAccepted() or ev.button() != QtCore.Qt.MouseButton.LeftButton:
            return  # a dot or the point took it
        vb = self.plot.getViewBox()
        if vb.sceneBoundingRect().contains(ev.scenePos()):
            pos = vb.mapSceneToView(ev.scenePos())
            self.clicked.emit(float(pos.x()), float(pos.y()))

    def pixel_size(self) -> tuple[float, float]:
        """The size of one screen pixel in data units, in x and in y."""
        px, py = self.plot.getViewBox().viewPixelSize()
        return float(px), float(py)
