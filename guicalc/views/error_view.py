"""The error of a difference quotient against h, on log–log axes.

Right of the best h the error falls with h (truncation: the secant is not yet
the tangent); left of it rounding takes over and the error grows again. The two
sides are shaded and named so a student sees why h = 1e-4 is the usual choice.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from guicalc.i18n import translate

ERROR_COLOR = "#0072B2"
BEST_COLOR = "#D55E00"
CURRENT_COLOR = "#009E73"


class ErrorView(pg.PlotWidget):
    """Log–log error plot; objectName ``errorPlot``."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("errorPlot")
        self.setToolTip(translate("ErrorView", "Error of the quotient against the exact derivative, for each h"))
        self.setAccessibleName(translate("ErrorView", "Error plot"))
        plot = self.getPlotItem()
        plot.setLogMode(x=True, y=True)
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLabel("bottom", "h")
        plot.setLabel("left", translate("ErrorView", "|error|"))
        plot.getViewBox().invertX(True)  # h shrinks to the right, as in the table
        for axis in ("bottom", "left"):  # log axes with grids are slow to draw: keep a pixmap
            plot.getAxis(axis).setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
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
        self.message = pg.TextItem("", color="#000000", anchor=(0.5, 0), fill=pg.mkBrush(255, 255, 255, 230))
        for item in (self.truncation, self.rounding, self.curve, self.best, self.current,
                     self.truncation_label, self.rounding_label, self.message):
            plot.addItem(item)

    def set_sweep(self, h: np.ndarray, error: np.ndarray, best_h: float | None, message: str = "") -> None:
        """Draw the sweep; ``message`` says in words when the quotient broke down."""
        positive = np.isfinite(error) & (error > 0)
        self.curve.setData(h[positive], error[positive]) if positive.any() else self.curve.setData([], [])
        lo, hi = np.log10(h.min()), np.log10(h.max())
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
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if message:  # at the top, above the curve
            top = np.log10(error[positive]).max() if positive.any() else 0
            self.message.setPos((lo + hi) / 2, top)

    def set_current_h(self, h: float) -> None:
        self.current.setValue(np.log10(h))
