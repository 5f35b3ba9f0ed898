"""The error of a difference quotient against h, on log–log axes.

Right of the best h the error falls with h (truncation: the secant is not yet
the tangent); left of it rounding takes over and the error grows again. The two
sides are shaded and named so a student sees why h = 1e-4 is the usual choice.
When the quotient breaks down, the words saying so are a banner above the plot
(wrapped to its width), never a box over the data or the "best h" label.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.i18n import translate
from guicalc.views.theme import Theme

ERROR_COLOR = "#0072B2"
BEST_COLOR = "#D55E00"
CURRENT_COLOR = "#009E73"
SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
PADDING = 0.02
"""Of the range fitted, each side: the points at the ends of the sweep stay whole."""


class PowerAxis(pg.AxisItem):
    """Log-axis ticks all written as powers of ten (10⁻⁶, 10⁰), never "0.0001" beside "10⁻⁶"."""

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        strings = []
        for value in values:
            power = float(value) + np.log10(scale)
            whole = round(power)
            strings.append(f"10{str(whole).translate(SUPERSCRIPTS)}" if abs(power - whole) < 1e-6 else "")
        return strings


class ErrorView(pg.PlotWidget):
    """Log–log error plot; objectName ``errorPlot``."""

    ink = "#000000"
    """The theme's text colour (``set_theme``)."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent, background="w",
                         axisItems={side: PowerAxis(side) for side in ("bottom", "left")})
        self.setObjectName("errorPlot")
        self.setToolTip(translate("ErrorView", "Error of the quotient against the exact derivative, for each h"))
        self.setAccessibleName(translate("ErrorView", "Error plot"))
        plot = self.getPlotItem()
        plot.setLogMode(x=True, y=True)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLabel("bottom", "h")
        plot.setLabel("left", translate("ErrorView", "|error|"))
        plot.getViewBox().invertX(True)  # h shrinks to the right, as in the table
        # The range is set by set_sweep, in whole decades: following each sweep's data moved
        # it on every point move, and both log axes and their grids were drawn again each time.
        plot.getViewBox().disableAutoRange()
        self._fitted: tuple[tuple[float, float], tuple[float, float]] | None = None
        for axis in ("bottom", "left"):  # log axes with grids are slow to draw: keep a pixmap
            plot.getAxis(axis).setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
            # A log axis has its decades in its ticks: errors all within 10⁻¹⁶ … 10⁻¹⁵ labelled
            # the axis "|error| (x1e-15)", a scale its ticks do not use.
            plot.getAxis(axis).enableAutoSIPrefix(False)
        self.rounding = pg.LinearRegionItem(brush=pg.mkBrush(213, 94, 0, 30), movable=False, pen=pg.mkPen(None))
        self.truncation = pg.LinearRegionItem(brush=pg.mkBrush(0, 114, 178, 25), movable=False,
                                              pen=pg.mkPen(None))
        self.curve = pg.PlotDataItem(pen=pg.mkPen(ERROR_COLOR, width=2), connect="finite",
                                     symbol="o", symbolSize=4, symbolBrush=ERROR_COLOR, symbolPen=None)
        self.best = pg.InfiniteLine(angle=90, pen=pg.mkPen(BEST_COLOR, width=2),
                                    label=translate("ErrorView", "best h"), labelOpts={"position": 0.9,
                                                                                       "color": BEST_COLOR})
        self.current = pg.InfiniteLine(angle=90, pen=pg.mkPen(CURRENT_COLOR, width=1.5,
                                                               style=QtCore.Qt.PenStyle.DashLine),
                                       label="h", labelOpts={"position": 0.1, "color": CURRENT_COLOR})
        self.truncation_label = pg.TextItem(translate("ErrorView", "truncation"), color=ERROR_COLOR, anchor=(0, 0))
        self.rounding_label = pg.TextItem(translate("ErrorView", "rounding"), color=BEST_COLOR, anchor=(1, 0))
        for item in (self.truncation, self.rounding, self.curve, self.best, self.current,
                     self.truncation_label, self.rounding_label):
            plot.addItem(item)
        plot.setTitle("")
        plot.setTitle(None)
        self._banner = ""
        self.message: QtWidgets.QGraphicsTextItem = plot.titleLabel.item
        """The banner's text, above the plot (``toPlainText``; visible when the quotient broke down)."""
        plot.getViewBox().sigRangeChanged.connect(self._place_best_label)
        # The left axis widens once its ticks are known (10⁻¹⁶ is wider than 10⁰): wrap the banner again.
        plot.getAxis("left").geometryChanged.connect(self._fit_banner)

    def set_sweep(self, h: np.ndarray, error: np.ndarray, best_h: float | None, message: str = "",
                  keep_range: bool = False) -> None:
        """Draw the sweep; ``message`` says in words when the quotient broke down.

        ``keep_range``: the same function, method and dtype as the sweep before (the point
        moved): the range stays, widened by whole decades only if the data leaves it."""
        positive = np.isfinite(error) & (error > 0)
        self.curve.setData(h[positive], error[positive]) if positive.any() else self.curve.setData([], [])
        lo, hi = np.log10(h.min()), np.log10(h.max())
        self._fit((lo, hi), error[positive], keep_range)
        has_best = best_h is not None
        for item in (self.best, self.truncation, self.rounding, self.truncation_label, self.rounding_label):
            item.setVisible(has_best)
        if has_best:
            b = np.log10(best_h)
            self.best.setValue(b)
            self.truncation.setRegion((b, hi))
            self.rounding.setRegion((lo, b))
            top = np.log10(error[positive].max()) if positive.any() else 0
            self.truncation_label.setPos(hi, top)
            self.rounding_label.setPos(lo, top)
        self._set_banner(message)
        self._place_best_label()

    def _fit(self, x_range: tuple[float, float], errors: np.ndarray, keep_range: bool) -> None:
        """The view around h's span and the errors' decades; left alone while the decades
        shown still hold the data (a view the user zoomed stays too)."""
        if errors.size:
            logs = np.log10(errors)
            y_range = (float(np.floor(logs.min())), float(np.ceil(logs.max())))
            if y_range[0] == y_range[1]:
                y_range = (y_range[0] - 1, y_range[1] + 1)
        else:
            y_range = self._fitted[1] if self._fitted else (-16.0, 0.0)
        if keep_range and self._fitted is not None:
            (x0, x1), (y0, y1) = self._fitted
            x_range = (min(x0, x_range[0]), max(x1, x_range[1]))
            y_range = (min(y0, y_range[0]), max(y1, y_range[1]))
        wanted = (x_range, y_range)
        if wanted != self._fitted:
            self._fitted = wanted
            self.getPlotItem().getViewBox().setRange(xRange=x_range, yRange=y_range, padding=PADDING)

    def set_theme(self, theme: Theme) -> None:
        """The banner in the theme's ink; its type was resized: wrap it again."""
        self.ink = theme.foreground
        if self._banner:
            self.getPlotItem().setTitle(self._banner, color=self.ink)
        self._fit_banner()

    def _set_banner(self, message: str) -> None:
        if message == self._banner:
            return  # setting the title again lays the window out again: every panel repainted
        self._banner = message
        plot = self.getPlotItem()
        if not message:
            plot.setTitle(None)
            return
        plot.setTitle(message, color=self.ink)
        self._fit_banner()

    def _fit_banner(self) -> None:
        """Wrap the banner to the plot's width and give its row the lines it needs."""
        plot = self.getPlotItem()
        label = plot.titleLabel
        if not label.isVisible():
            return
        # The banner sits above the plot area, right of the left axis.
        label.item.setTextWidth(max(80, self.width() - plot.getAxis("left").width() - 16))
        height = label.item.boundingRect().height()
        label.updateMin()
        label.setMinimumWidth(0)  # never widen the plot past its view: the text wraps instead
        label.setMaximumHeight(height)
        plot.layout.setRowFixedHeight(0, height)

    def _place_best_label(self) -> None:
        """"best h" beside its line on the side where the plot has room (not cut at an edge)."""
        view, label = self.getPlotItem().getViewBox(), self.best.label
        if not self.best.isVisible():
            return
        x = view.mapViewToScene(QtCore.QPointF(self.best.value(), 0)).x()
        left_half = x < view.sceneBoundingRect().center().x()
        anchor = (0, 0.5) if left_half else (1, 0.5)
        label.anchors = [anchor, anchor]
        label.updatePosition()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if "best" in self.__dict__:  # pyqtgraph resizes during its __init__, before ours ran
            self._fit_banner()
            self._place_best_label()

    def set_current_h(self, h: float) -> None:
        self.current.setValue(np.log10(h))
