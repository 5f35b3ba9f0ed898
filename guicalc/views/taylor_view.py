"""The Taylor plots: f with Pₙ and its centre, concavity shading; |f − Pₙ| on a log scale.

They draw arrays they are given and report what the user does (drags the centre,
presses arrow keys, pans); the mathematics is in guicalc.core.taylor.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from guicalc.i18n import translate
from guicalc.views.arrow_keys import nudge_step
from guicalc.views.curve_view import CACHED, DraggablePoint, _pen
from guicalc.views.focus import show_focus_frame

F_COLOR = "#0072B2"
POLY_COLOR = "#D55E00"
BAND_BRUSH = (0, 158, 115, 45)     # green: |f − Pₙ| below the tolerance
UP_BRUSH = (86, 180, 233, 28)      # sky blue: concave up
DOWN_BRUSH = (230, 159, 0, 28)     # orange: concave down
INFLECTION_COLOR = "#CC79A7"


class TaylorView(pg.PlotWidget):
    """f, Pₙ, the centre a, the tolerance band and concavity; objectName ``taylorPlot``."""

    centerDragged = QtCore.Signal(float)
    centerNudged = QtCore.Signal(int)
    rangeChanged = QtCore.Signal(float, float)

    def __init__(self) -> None:
        super().__init__(background="w")
        self.setObjectName("taylorPlot")
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setToolTip(translate("TaylorView", "Drag the centre a, or click here and use ← → (Shift: bigger "
                                                "steps); Ctrl+] and Ctrl+[ change the degree"))
        self.setAccessibleName(translate("TaylorView", "Taylor plot"))
        show_focus_frame(self)
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLabel("left", "y")
        _black_axes(plot)
        plot.addLine(x=0, pen=_pen("#888888", 1))
        plot.addLine(y=0, pen=_pen("#888888", 1))
        self.legend = plot.addLegend(offset=(10, 10), labelTextSize="12pt", labelTextColor="#000000",
                                     brush=pg.mkBrush(255, 255, 255, 220))
        self._regions: list[pg.LinearRegionItem] = []
        self.band = pg.LinearRegionItem(brush=pg.mkBrush(*BAND_BRUSH), movable=False, pen=pg.mkPen(None))
        self.band.setZValue(-5)
        self.f_curve = pg.PlotDataItem(connect="finite", pen=_pen(F_COLOR, 2.5), name="f")
        self.p_curve = pg.PlotDataItem(connect="finite", pen=_pen(POLY_COLOR, 2.5, QtCore.Qt.PenStyle.DashLine),
                                       name="P")
        self.inflections = pg.ScatterPlotItem(size=11, symbol="d", pen=_pen(INFLECTION_COLOR, 1.5),
                                              brush=pg.mkBrush(INFLECTION_COLOR))
        self.center = DraggablePoint()
        for item in (self.band, self.f_curve, self.p_curve, self.inflections, self.center):
            plot.addItem(item)
        self.legend.addItem(self.inflections, translate("TaylorView", "inflection"))
        self.center.sigDragged.connect(self.centerDragged)
        plot.getViewBox().sigXRangeChanged.connect(
            lambda: self.rangeChanged.emit(*(float(v) for v in plot.getViewBox().viewRange()[0])))

    def set_curves(self, xs: np.ndarray, f: np.ndarray, p: np.ndarray, degree: int, y_range: tuple[float, float]
                   ) -> None:
        self.f_curve.setData(xs, f)
        self.p_curve.setData(xs, p)
        for sample, label in self.legend.items:
            if sample.item is self.p_curve:
                label.setText(f"P{subscript(degree)}")
        self.p_curve.opts["name"] = f"P{subscript(degree)}"
        self.getPlotItem().getViewBox().setYRange(*y_range, padding=0.05)

    def set_center(self, x: float, y: float) -> None:
        self.center.setVisible(bool(np.isfinite(y)))
        if np.isfinite(y):
            self.center.setPos(x, y)

    def set_band(self, interval: tuple[float, float] | None) -> None:
        """Mark where |f − Pₙ| stays under the tolerance (hidden if nowhere)."""
        self.band.setVisible(interval is not None)
        if interval is not None:
            self.band.setRegion(interval)

    def set_concavity(self, intervals: tuple[tuple[float, float, int], ...], inflections: np.ndarray,
                      values: np.ndarray) -> None:
        """Shade each (from, to, sign of f″) and mark the inflection points (x, f(x))."""
        plot = self.getPlotItem()
        for region in self._regions:
            plot.removeItem(region)
        self._regions = []
        for lo, hi, sign in intervals:
            region = pg.LinearRegionItem((lo, hi), brush=pg.mkBrush(*(UP_BRUSH if sign > 0 else DOWN_BRUSH)),
                                         movable=False, pen=pg.mkPen(None))
            region.setZValue(-10)
            plot.addItem(region)
            self._regions.append(region)
        self.inflections.setData(inflections, values)

    def set_x_range(self, x0: float, x1: float) -> None:
        self.getPlotItem().getViewBox().setXRange(x0, x1, padding=0)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        step = nudge_step(event)
        if step is None:
            super().keyPressEvent(event)
            return
        self.centerNudged.emit(step)
        event.accept()


class TaylorErrorView(pg.PlotWidget):
    """|f − Pₙ| on a log scale with the tolerance and a probe x; objectName ``taylorErrorPlot``."""

    def __init__(self) -> None:
        super().__init__(background="w")
        self.setObjectName("taylorErrorPlot")
        self.setToolTip(translate("TaylorView", "The error |f − Pₙ| of the Taylor polynomial, on a log scale"))
        self.setAccessibleName(translate("TaylorView", "Taylor error plot"))
        plot = self.getPlotItem()
        plot.setLogMode(x=False, y=True)
        plot.getAxis("left").enableAutoSIPrefix(False)  # the decades are in the ticks, not "(x1e-15)"
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLabel("left", translate("TaylorView", "|f − Pₙ|"))
        _black_axes(plot)
        self.band = pg.LinearRegionItem(brush=pg.mkBrush(*BAND_BRUSH), movable=False, pen=pg.mkPen(None))
        self.curve = pg.PlotDataItem(connect="finite", pen=_pen(POLY_COLOR, 2))
        self.tolerance = pg.InfiniteLine(angle=0, pen=_pen("#009E73", 1.5, QtCore.Qt.PenStyle.DashLine),
                                         label=translate("TaylorView", "tolerance"),
                                         labelOpts={"position": 0.95, "color": "#009E73"})
        self.probe = pg.InfiniteLine(angle=90, pen=_pen("#000000", 1, QtCore.Qt.PenStyle.DotLine))
        for item in (self.band, self.curve, self.tolerance, self.probe):
            plot.addItem(item)

    def set_errors(self, xs: np.ndarray, errors: np.ndarray, tolerance: float,
                   interval: tuple[float, float] | None, probe: float) -> None:
        size = np.abs(errors)
        shown = np.isfinite(size) & (size > 0)
        self.curve.setData(xs[shown], size[shown]) if shown.any() else self.curve.setData([], [])
        self.tolerance.setValue(np.log10(tolerance))
        self.band.setVisible(interval is not None)
        if interval is not None:
            self.band.setRegion(interval)
        self.probe.setValue(probe)
        self.getPlotItem().getViewBox().setXRange(float(xs[0]), float(xs[-1]), padding=0)


def _black_axes(plot: pg.PlotItem) -> None:
    """Ticks in black at 11 pt, as on the curve plot, kept as pixmaps (their repaint is the costly part)."""
    font = QtGui.QFont()
    font.setPointSize(11)
    for name in ("bottom", "left"):
        axis = plot.getAxis(name)
        axis.setCacheMode(CACHED)
        axis.setTickFont(font)
        axis.setTextPen("#000000")


def subscript(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
