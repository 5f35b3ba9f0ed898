"""The limit table beside the error-vs-h plot, both for the current point."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.analysis import ErrorSweep, LimitRow
from guicalc.core.symbolic import format_number
from guicalc.i18n import translate, translated
from guicalc.ui.readout import Readout
from guicalc.ui.steady_label import TextCell
from guicalc.views.error_view import ErrorView

BROKEN = QtGui.QColor("#FBE3D6")


class LimitPanel(QtWidgets.QSplitter):
    """``limitTable`` (h, quotient, error, note) and ``errorPlot`` side by side."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(QtCore.Qt.Orientation.Horizontal, parent)
        headers = ("h", translate("LimitPanel", "quotient"), translate("LimitPanel", "error"),
                   translate("LimitPanel", "note"))
        self.table = QtWidgets.QTableWidget(0, len(headers), objectName="limitTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("LimitPanel", "Limit table"))
        self.table.setToolTip(translate("LimitPanel", "The difference quotient for h = 10⁻¹ … 10⁻ⁿ and its error"))
        self.error_view = ErrorView()
        self.caption = Readout(translate("LimitPanel", "Limit table caption"), objectName="limitCaption")
        self.caption.setWordWrap(True)
        self.caption.bound_width()  # its numbers change with every move: they must not resize the panes
        left = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(TextCell(self.caption))
        layout.addWidget(self.table)
        self.addWidget(left)
        self.addWidget(self.error_view)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def set_rows(self, rows: Sequence[LimitRow], caption: str) -> None:
        self.caption.setText(caption)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            h_text = f"{row.h:.5f}" if row.h >= 1e-5 else f"{row.h:.0e}"
            note = translated(row.note)
            cells = (
                h_text,
                "—" if row.quotient is None else f"{row.quotient:.5f}",
                "—" if row.error is None else format_number(row.error, 3),
                note,
            )
            for j, text in enumerate(cells):
                item = self.table.item(i, j)
                if item is None:
                    item = QtWidgets.QTableWidgetItem()
                    self.table.setItem(i, j, item)
                item.setText(text)
                item.setToolTip(note or text)
                item.setBackground(BROKEN if note else QtGui.QBrush())
        self.fit_cells()

    def fit_cells(self) -> None:
        """Every digit shown: the columns follow the values (1e-05 is wider than 0.10000), and
        rows and columns the font (presentation mode doubles it). A few dozen cells: cheap."""
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self.fit_cells()

    def set_sweep(self, sweep: ErrorSweep, message: str, keep_range: bool = False) -> None:
        """``keep_range``: the same function, method and dtype as before (see ErrorView.set_sweep)."""
        self.error_view.set_sweep(sweep.h, sweep.error, sweep.best_h, message, keep_range)
