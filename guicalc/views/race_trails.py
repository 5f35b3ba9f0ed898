"""The race's trails and markers as items that a scrub repaints only where they changed.

Issue 18 wants the scrubber at ≥ 30 updates per second with 6 racers × 1 000 steps. A
``PlotCurveItem`` given new data marks its whole old and new bounding box dirty, and so does
a ``ScatterPlotItem`` holding all markers: every step repainted most of the plot (the shaded
f, the contours, every trail). Here each trail holds its segments once per race and a step
only changes how many are drawn; the item marks dirty the box of the segments that appeared
or went and the old and new marker, a few pixels wide on a drag. What is drawn is what the
pyqtgraph items drew: the same segments (``drawLines``, as ``PlotCurveItem`` draws a wide
opaque pen), the same pen, a 13 px circle at each racer's step.
"""

from __future__ import annotations

import math
from bisect import bisect_right

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QBrush, QPainter, QPen

PIXELS = 400
"""Cells per side of the view in which a trail keeps one point per visit: about 1.5 px in a
plot 600 px wide, finer than the 2.5 px pen."""
MARKER_SIZE = 13
"""Pixels across a racer's marker."""
SLACK = 3.0
"""Pixels added around a dirty box (Qt's own 2 px for antialiased edges, and rounding)."""


def visible_steps(trail: np.ndarray, cell: float) -> np.ndarray:
    """The steps of ``trail`` that land in another ``cell``-sized square than the step before:
    a converging run's last hundreds of steps share a pixel, and a wide pen pays for each
    point it draws (DESIGN.md), so the trail is drawn through these and its current point."""
    with np.errstate(invalid="ignore", over="ignore"):
        squares = np.floor(trail / cell)
    moved = np.ones(len(trail), dtype=bool)
    moved[1:] = (squares[1:] != squares[:-1]).any(axis=1)
    return np.nonzero(moved)[0]


def _finite_box(points: np.ndarray) -> QRectF | None:
    """The box around the finite rows of ``points`` (n, 2), or None."""
    points = points[np.isfinite(points).all(axis=1)]
    if not points.size:
        return None
    (x0, y0), (x1, y1) = points.min(axis=0).tolist(), points.max(axis=0).tolist()
    return QRectF(x0, y0, x1 - x0, y1 - y0)


def _box_of(xy: list[list[float]], steps: list[int]) -> QRectF | None:
    """The box around the finite points ``xy[k]`` for k in ``steps``, or None: a few points on
    a drag, where plain Python is several times quicker than numpy's calls."""
    xs = [xy[k][0] for k in steps]
    ys = [xy[k][1] for k in steps]
    finite = [(x, y) for x, y in zip(xs, ys, strict=True) if math.isfinite(x) and math.isfinite(y)]
    if len(finite) < len(xs):
        if not finite:
            return None
        xs, ys = [x for x, _ in finite], [y for _, y in finite]
    x0, y0 = min(xs), min(ys)
    return QRectF(x0, y0, max(xs) - x0, max(ys) - y0)


class _StepItem(pg.GraphicsObject):
    """What the trail and the markers share: a fixed bounding box (a scrub never changes the
    geometry, which would repaint all of it) and dirty boxes grown by a margin in pixels."""

    margin_pixels = SLACK

    def __init__(self) -> None:
        super().__init__()
        self._bounds = QRectF()
        self._view = QRectF()
        """The view grown by the margin, and a pixel's width and height in data units: kept
        from the last change of the view's transform, as a scrub asks for them hundreds of times."""
        self._pixel = (0.0, 0.0)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _grown(self, box: QRectF | None) -> QRectF:
        """``box`` grown by the margin, cut to the view (a diverged racer is at 10⁷⁰); empty
        when it is None, outside the view, or the item is in no view yet."""
        w, h = self._pixel
        if box is None or not w or not h:
            return QRectF()
        m = self.margin_pixels
        grown = box.adjusted(-m * w, -m * h, m * w, m * h)
        return grown.intersected(self._view) if grown.intersects(self._view) else QRectF()

    def _dirty(self, box: QRectF | None) -> None:
        grown = self._grown(box)
        if not grown.isEmpty():
            self.update(grown)

    def viewTransformChanged(self) -> None:
        """A resize or a new range changes how wide a pixel is: the boxes follow."""
        super().viewTransformChanged()
        px, py = self.pixelVectors()
        view = self.viewRect()
        if px is None or view is None:
            self._pixel, self._view = (0.0, 0.0), QRectF()
        else:
            w, h = abs(px.x()) + abs(py.x()), abs(px.y()) + abs(py.y())
            m = self.margin_pixels
            self._pixel, self._view = (w, h), view.adjusted(-m * w, -m * h, m * w, m * h)
        self._reframe()

    def _reframe(self) -> None:
        """The bounding box after a change of the view."""
        raise NotImplementedError


class TrailItem(_StepItem):
    """One racer's trail from the start to the scrubber's step.

    The segments between the steps that moved a visible amount are built once per race;
    a step draws the first n of them and the last one to the step itself."""

    def __init__(self, points: np.ndarray, kept: np.ndarray, pen: QPen) -> None:
        super().__init__()
        self.margin_pixels = pen.widthF() / 2 + SLACK
        self.opts = {"pen": pen, "antialias": False, "symbol": None, "fillLevel": None}
        """What the legend's sample reads (pyqtgraph's ``ItemSample``)."""
        self._points, self._kept = points, kept
        starts, ends = kept[:-1], kept[1:]
        finite = np.isfinite(points[starts]).all(axis=1) & np.isfinite(points[ends]).all(axis=1)
        self._ends_list = ends[finite].tolist()
        """The step at which each finite segment ends."""
        self._xy, self._kept_list = points.tolist(), kept.tolist()
        self._lines = PrimitiveArray(QLineF, 4)
        self._lines.resize(int(finite.sum()))
        if len(self._lines):
            self._lines.ndarray()[:] = np.hstack([points[starts[finite]], points[ends[finite]]])
        self.step = 0
        self._count, self._tail = 0, None
        self._reframe()

    def _reframe(self) -> None:
        self.prepareGeometryChange()
        self._bounds = self._grown(_finite_box(self._points))

    def set_step(self, step: int) -> None:
        """Draw up to ``step`` (the last point past the end); repaint what changed."""
        step = int(min(max(step, 0), len(self._points) - 1))
        if step == self.step:
            return
        # Lists and bisect, not numpy: a scrub calls this for every racer, and numpy's
        # per-call cost is most of the time on a few points.
        low, high = sorted((self.step, step))
        kept, xy = self._kept_list, self._xy
        first = bisect_right(kept, low) - 1
        last = bisect_right(kept, high)
        self.step = step
        self._count = bisect_right(self._ends_list, step)
        end = kept[bisect_right(kept, step) - 1]
        tail = [*xy[end], *xy[step]]
        self._tail = QLineF(*tail) if end != step and all(map(math.isfinite, tail)) else None
        if last - first > 64:  # a jump across much of the race
            self._dirty(_finite_box(self._points[np.concatenate((self._kept[first:last], (low, high)))]))
        else:
            self._dirty(_box_of(xy, [*kept[first:last], low, high]))

    def point(self) -> list[float]:
        """θ at the step shown: where the racer's marker sits."""
        return self._xy[self.step]

    def segments(self) -> np.ndarray:
        """The segments drawn, (n, 4) rows of x1, y1, x2, y2 in the order they are drawn."""
        drawn = self._lines.ndarray()[: self._count].copy() if self._count else np.empty((0, 4))
        if self._tail is not None:
            drawn = np.vstack([drawn, [[self._tail.x1(), self._tail.y1(), self._tail.x2(), self._tail.y2()]]])
        return drawn

    def paint(self, painter: QPainter, *args: object) -> None:
        exported = self._exportOpts is not False and self._exportOpts.get("antialias", True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, bool(exported))
        painter.setPen(self.opts["pen"])
        if self._count:
            pointer = self._lines.drawargs()
            if len(pointer) == 2:  # a pointer to the array and a count: draw the first n
                painter.drawLines(pointer[0], self._count)
            else:
                painter.drawLines(pointer[0][: self._count])
        if self._tail is not None:
            painter.drawLine(self._tail)


class MarkersItem(_StepItem):
    """A circle at each racer's point of the scrubber's step, in the racer's colour."""

    margin_pixels = MARKER_SIZE / 2 + SLACK

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self._pen = pen
        self._xy = np.empty((0, 2))
        self._brushes: list[QBrush] = []

    def _reframe(self) -> None:
        self.prepareGeometryChange()
        self._bounds = QRectF(self._view)

    def set_markers(self, xy: np.ndarray, brushes: list[QBrush]) -> None:
        """Every marker at once (a new race): the whole view repaints."""
        self._xy, self._brushes = np.asarray(xy, dtype=float).reshape(-1, 2), list(brushes)
        self.update()

    def move(self, xy: np.ndarray) -> None:
        """The markers to ``xy`` (one row per racer); repaints the old and new circles."""
        xy = np.asarray(xy, dtype=float).reshape(self._xy.shape)
        for old, new in zip(self._xy.tolist(), xy.tolist(), strict=True):
            if old != new:
                for x, y in (old, new):
                    if math.isfinite(x) and math.isfinite(y):
                        self._dirty(QRectF(x, y, 0.0, 0.0))
        self._xy = xy

    def getData(self) -> tuple[np.ndarray, np.ndarray]:
        """The markers' x and y (as ``ScatterPlotItem.getData``)."""
        return self._xy[:, 0].copy(), self._xy[:, 1].copy()

    def paint(self, painter: QPainter, *args: object) -> None:
        # Circles of a fixed size in pixels: drawn in the device's coordinates, as
        # ScatterPlotItem does (its symbols are antialiased; so are these).
        to_device = painter.transform()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        radius = MARKER_SIZE / 2
        for (x, y), brush in zip(self._xy, self._brushes, strict=True):
            if np.isfinite(x) and np.isfinite(y):
                painter.setBrush(brush)
                painter.drawEllipse(to_device.map(QPointF(x, y)), radius, radius)
        painter.setTransform(to_device)
