"""The small plot of f per gradient-descent step, which says when descent diverges."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from guicalc.i18n import translate
from guicalc.views.text_size import plot_pixels
from guicalc.views.theme import Theme
from guicalc.views.two_variable_style import DESCENT, DIVERGED, label_style, tick_font


class LossView(pg.PlotWidget):
    """f(x_k) against k; a logarithmic axis when f is positive and spans decades."""

    ink = "#000000"
    """The theme's text colour (``set_theme``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossPlot")
        self.setAccessibleName(self.tr("Loss plot"))
        self.setBackground("w")
        self.setMenuEnabled(False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.25)
        for side in ("bottom", "left"):
            self.getAxis(side).setStyle(tickFont=tick_font())
            self.getAxis(side).setTextPen("k")
            self.getAxis(side).setPen("k")
        self.setLabel("bottom", translate("LossView", "step k"), **label_style())
        self.getAxis("left").enableAutoSIPrefix(False)  # "(x1e+09)" on a log axis misleads
        self.curve = self.plot(pen=pg.mkPen(DESCENT, width=2), symbol="o", symbolSize=6,
                               symbolBrush=DESCENT, symbolPen=None)
        self.set_losses(np.empty(0), translate("LossView", "f per step"), False)

    def set_theme(self, theme: Theme) -> None:
        self.ink = theme.foreground

    def set_losses(self, values: np.ndarray, title: str, warning: bool) -> None:
        """Show f per step with ``title`` above it, in the warning colour when ``warning``."""
        values = np.asarray(values, dtype=float)
        shown = values[np.isfinite(values)]
        # Decades only read well on a log axis when there are several of them.
        logarithmic = bool(shown.size and (shown > 0).all() and shown.max() > 100 * shown.min())
        self.setLogMode(y=logarithmic)
        self.setLabel("left", translate("LossView", "f (log scale)") if logarithmic else "f", **label_style(self.ink))
        self.curve.setData(np.arange(values.size)[np.isfinite(values)], shown)
        self.setTitle(title, color=DIVERGED if warning else self.ink, size=f"{plot_pixels()}px")
        self.enableAutoRange()
        self.setAccessibleDescription(self.tr("{0}: {1} values").format(title, shown.size))
