"""The race's two plots: the racers' trails over f, and f per step for each racer.

Trails and losses are computed in guicalc.core.race; these only draw them. The trails
are drawn up to the scrubber's step (a racer's marker sits at its θ of that step); the
loss plot shows every curve whole with a line at the step. Each trail is one
``TrailItem`` and all markers one ``MarkersItem`` (race_trails): a scrub repaints only the
pixels where a trail grew or shrank and where a marker was and is.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from guicalc.core.optimizers import NAMES
from guicalc.core.symbolic import display_number
from guicalc.i18n import translate, translated
from guicalc.views.focus import show_focus_frame
from guicalc.views.race_trails import PIXELS, MarkersItem, TrailItem, visible_steps
from guicalc.views.spaced_axis import SpacedAxis
from guicalc.views.two_variable_style import CONTOUR, label_style, pale_viridis_lut, tick_font

COLOURS = {  # Okabe–Ito, opaque (a translucent wide pen is slow, DESIGN.md)
    "gd": "#0072B2", "momentum": "#E69F00", "nesterov": "#009E73", "adagrad": "#CC79A7",
    "rmsprop": "#56B4E9", "adam": "#D55E00", "adamw": "#000000",
}
TRAIL_WIDTH = 2.5


LEGEND_MARGIN = 8  # pixels between the legend and the plot's edge
LEGEND_ALPHA = 170  # of 255: the trails under the legend stay visible


def quietest_corner(points: np.ndarray, marks: np.ndarray,
                    boxes: dict[tuple[int, int], tuple[float, float, float, float]]) -> tuple[int, int]:
    """Of ``boxes`` ({corner: (left, bottom, right, top)} in data units, the legend at each
    corner of the view), the one that covers the fewest ``marks`` (the start and where the
    racers end), then the fewest trail ``points``, both (n, 2); top left, where it always
    was, when none covers fewer."""
    def covered(box: tuple[float, float, float, float], xy: np.ndarray) -> int:
        left, bottom, right, top = box
        return int(np.sum((xy[:, 0] >= left) & (xy[:, 0] <= right) & (xy[:, 1] >= bottom) & (xy[:, 1] <= top)))

    return min(boxes, key=lambda corner: (covered(boxes[corner], marks), covered(boxes[corner], points),
                                          corner != (0, 0)))


CACHED = pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
"""For what a scrub does not change (f, its contours, the axes, the loss curves): painted
once into a pixmap and copied on every frame (issue 18 wants ≥ 30 updates per second)."""


def _axes(plot: pg.PlotWidget, grid: bool = True) -> None:
    plot.setBackground("w")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=grid, y=grid, alpha=0.25)
    for side in ("bottom", "left", "top", "right"):
        plot.getAxis(side).setCacheMode(CACHED)
    for side in ("bottom", "left"):
        plot.getAxis(side).setStyle(tickFont=tick_font())
        plot.getAxis(side).setTextPen("k")
        plot.getAxis(side).setPen("k")


class RaceFieldView(pg.PlotWidget):
    """f shaded by rank, its contours, each racer's trail so far and its marker, the start."""

    stepRequested = Signal(int)
    """Keys: move the scrubber by this many steps (Left/Right 1, Shift 10, PageUp/Down 100)."""
    endRequested = Signal(bool)
    """Home (False) or End (True)."""
    playToggled = Signal()
    """Space: play or pause."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raceField")
        self.setAccessibleName(translate("RaceFieldView", "Race of the optimizers"))
        self.setToolTip(translate("RaceFieldView", "Left and Right step back and forward (Shift: 10 steps), "
                                  "Home and End go to the start and the end, Space plays and pauses"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        show_focus_frame(self)
        _axes(self, grid=False)  # the contours are its grid; a grid's lines cost every frame
        self.setMouseEnabled(x=False, y=False)
        self.background_item = pg.ImageItem(lut=pale_viridis_lut())
        self.background_item.setZValue(-10)
        self.contour_item = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(CONTOUR, width=1))
        self.start_item = pg.ScatterPlotItem(symbol="star", size=20, brush="w", pen=pg.mkPen("k", width=1.5))
        self.marker_item = MarkersItem(pg.mkPen("k", width=1.5))
        self.marker_item.setZValue(20)
        self.start_item.setZValue(19)
        for item in (self.background_item, self.contour_item, self.start_item, self.marker_item):
            self.addItem(item)
        for item in (self.background_item, self.contour_item, self.start_item):
            item.setCacheMode(CACHED)
        # See-through, as matplotlib's: on a projector's small plot no corner is free of trails.
        self.legend = self.addLegend(offset=(8, 8), labelTextColor="k", brush=pg.mkBrush(255, 255, 255, LEGEND_ALPHA),
                                     pen=pg.mkPen("#4d4d4d"))
        self.legend.setZValue(40)
        self.trail_items: list[TrailItem] = []
        self._trail_points = self._marks = np.empty((0, 2))
        self.getViewBox().sigResized.connect(self._place_legend)  # the legend's size in data units changed

    def set_backdrop(self, x: np.ndarray, y: np.ndarray, shade: np.ndarray, contours: np.ndarray,
                     view: tuple[float, float, float, float], names: tuple[str, str]) -> None:
        """f over the view (``shade`` in 0…1 at (x[i], y[j])) and its contour segments."""
        dx, dy = x[1] - x[0], y[1] - y[0]
        self.background_item.setImage(shade, levels=(0.0, 1.0), autoLevels=False)
        self.background_item.setRect(QRectF(x[0] - dx / 2, y[0] - dy / 2, x[-1] - x[0] + dx, y[-1] - y[0] + dy))
        self.contour_item.setData(contours[:, 0], contours[:, 1])
        self.setRange(xRange=view[:2], yRange=view[2:], padding=0.02)
        self.setLabel("bottom", names[0], **label_style())
        self.setLabel("left", names[1], **label_style())

    def set_trails(self, kinds: Sequence[str], trails: Sequence[np.ndarray], start: tuple[float, float]) -> None:
        """One trail (k + 1, 2) per racer, in ``kinds``' colours, shown at step 0 (see :meth:`show_step`)."""
        for item in self.trail_items:
            self.removeItem(item)
        self.legend.clear()
        (x0, x1), (y0, y1) = self.getViewBox().viewRange()
        cell = max(x1 - x0, y1 - y0) / PIXELS
        self.trail_items = []
        for z, (kind, trail) in enumerate(zip(kinds, trails, strict=True)):
            trail = np.asarray(trail, dtype=float)
            item = TrailItem(trail, visible_steps(trail, cell), pg.mkPen(COLOURS[kind], width=TRAIL_WIDTH))
            item.setZValue(10 + z)
            self.addItem(item, ignoreBounds=True)
            self.legend.addItem(item, translated(NAMES[kind]))
            self.trail_items.append(item)
        self.legend.setCacheMode(CACHED)
        arrays = [np.reshape(np.asarray(t, dtype=float), (-1, 2)) for t in trails]
        self._trail_points = np.concatenate(arrays or [np.empty((0, 2))])
        self._marks = np.array([start, *(a[-1] for a in arrays if len(a))], dtype=float)
        self._place_legend()
        self.marker_item.set_markers([np.asarray(t, dtype=float)[0] for t in trails],
                                     [pg.mkBrush(COLOURS[kind]) for kind in kinds])
        self.start_item.setData([start[0]], [start[1]])

    def _place_legend(self) -> None:
        """The legend in the corner where it hides the least of the race (see ``quietest_corner``)."""
        if not self.trail_items:
            return
        box = self.getViewBox()
        (x0, x1), (y0, y1) = box.viewRange()
        px, py = box.viewPixelSize()
        width, height = self.legend.width() * px, self.legend.height() * py
        mx, my = LEGEND_MARGIN * px, LEGEND_MARGIN * py
        lefts, bottoms = (x0 + mx, x1 - mx - width), (y1 - my - height, y0 + my)
        boxes = {(r, b): (lefts[r], bottoms[b], lefts[r] + width, bottoms[b] + height) for r in (0, 1) for b in (0, 1)}
        corner = quietest_corner(self._trail_points, self._marks, boxes)
        offset = tuple(LEGEND_MARGIN * (1 - 2 * side) for side in corner)
        self.legend.anchor(itemPos=corner, parentPos=corner, offset=offset)

    def show_step(self, step: int) -> None:
        """Each trail up to ``step`` (or its end), its marker at that point."""
        for item in self.trail_items:
            item.set_step(step)
        self.marker_item.move([item.point() for item in self.trail_items])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        big = 10 if mods & Qt.KeyboardModifier.ShiftModifier else 1
        moves = {Qt.Key.Key_Left: -big, Qt.Key.Key_Right: big, Qt.Key.Key_PageUp: -100, Qt.Key.Key_PageDown: 100}
        if key in moves:
            self.stepRequested.emit(moves[key])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.endRequested.emit(key == Qt.Key.Key_End)
        elif key == Qt.Key.Key_Space:
            self.playToggled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class RaceLossView(pg.PlotWidget):
    """f against the step for every racer, a vertical line at the scrubber's step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": SpacedAxis("bottom")})  # narrow beside the field
        self.setObjectName("raceLoss")
        self.setAccessibleName(translate("RaceLossView", "Loss per step of every optimizer"))
        _axes(self)
        self.setMouseEnabled(x=False, y=False)
        self.getAxis("left").enableAutoSIPrefix(False)
        self.setLabel("bottom", translate("RaceLossView", "step k"), **label_style())
        self.step_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("k", width=1.5))
        self.step_line.setZValue(30)
        self.addItem(self.step_line)
        self.curves: list[pg.PlotDataItem] = []
        self.logarithmic = False

    def set_losses(self, kinds: Sequence[str], values: Sequence[np.ndarray], logarithmic: bool) -> None:
        """Each racer's f per step; on a log axis when asked and every f shown is positive
        (else linear, and the title says why)."""
        for curve in self.curves:
            self.removeItem(curve)
        self.curves = []
        finite = [np.asarray(v, dtype=float)[np.isfinite(v)] for v in values]
        positive = all((v > 0).all() for v in finite if v.size)
        self.logarithmic = bool(logarithmic and positive)
        self.setLogMode(y=self.logarithmic)
        for kind, v in zip(kinds, values, strict=True):
            v = np.asarray(v, dtype=float)
            keep = np.isfinite(v) & (v > 0 if self.logarithmic else True)
            curve = self.plot(np.arange(v.size)[keep], v[keep], pen=pg.mkPen(COLOURS[kind], width=2))
            curve.curve.setCacheMode(CACHED)
            self.curves.append(curve)
        if logarithmic and not positive:
            title = translate("RaceLossView", "f per step (linear: f < 0)")
        else:
            title = translate("RaceLossView", "f per step")
        self.setLabel("left", translate("RaceLossView", "f (log scale)") if self.logarithmic else "f",
                      **label_style())
        self.setTitle(title, color="k", size="13pt")
        self.setAccessibleDescription("; ".join(
            translate("RaceLossView", "{name}: f from {first} to {last} in {steps} steps").format(
                name=translated(NAMES[kind]), first=display_number(float(v[0])), last=display_number(float(v[-1])),
                steps=len(v) - 1) for kind, v in zip(kinds, values, strict=True) if len(v)))
        self._frame(values)

    def _frame(self, values: Sequence[np.ndarray]) -> None:
        """Every step on x; on y the starts' f down to the lowest f (a diverged racer's
        10⁷⁰ would flatten the others: the top is the highest start)."""
        starts = [float(v[0]) for v in values if len(v) and np.isfinite(v[0])]
        finite = np.concatenate([np.asarray(v, dtype=float) for v in values] or [np.empty(0)])
        finite = finite[np.isfinite(finite)]
        if not starts or not finite.size:
            self.enableAutoRange()
            return
        self.setXRange(0, max(len(v) for v in values) - 1, padding=0.02)
        top = max(starts)
        if self.logarithmic:
            low = float(finite[finite > 0].min())
            self.setYRange(np.log10(low), np.log10(top) + 0.3, padding=0.02)
        else:
            low = max(float(finite.min()), top - 10 * max(abs(top), 1.0))
            self.setYRange(low, top + 0.05 * (top - low or 1.0), padding=0.02)

    def show_step(self, step: int) -> None:
        self.step_line.setValue(step)
