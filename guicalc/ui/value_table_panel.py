"""The table of values: x, f(x), f′(x) and the other functions, the x column typed or filled by a step."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from guicalc.core.document import Document
from guicalc.core.symbolic import display_number
from guicalc.core.value_table import MAX_ROWS, ValueRows, ValueTableState, value_rows
from guicalc.i18n import translate
from guicalc.ui.compact_row import labelled
from guicalc.ui.flow_layout import FlowLayout

UNDEFINED = "—"


def read_x(text: str) -> float | None:
    """A typed x (``0.5``, ``π/2``, ``-1e-3``): a constant expression of the calculator's
    language, parsed by our own parser and evaluated exactly; None if it is no number."""
    from guicalc.core.parse import ParseError, parse
    from guicalc.core.symbolic import exact_value

    try:
        parsed = parse(text)
    except ParseError:
        return None
    if parsed.symbols:
        return None
    value = exact_value(parsed.expr, {})
    return value if math.isfinite(value) and abs(value) <= 1e100 else None


class ValueTablePanel(QtWidgets.QWidget):
    """The step controls above ``valueTable``; the x column is editable, its last row empty
    for one more x."""

    opened = QtCore.Signal()  # shown: the curve plot starts drawing the table's points

    def __init__(self, document: Document, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.state: ValueTableState = document.states["values"]
        self.shown = ValueRows(("x",), (), ())
        s = self.state
        self.start_spin = self._spin("valueTableStart", s.start, -1e6, 1e6,
                                     translate("ValueTable", "The first x when the column is filled by a step"))
        self.step_spin = self._spin("valueTableStep", s.step, 1e-6, 1e6, translate("ValueTable", "The step between x"))
        self.rows_spin = QtWidgets.QSpinBox(objectName="valueTableRows", minimum=1, maximum=MAX_ROWS, value=s.rows)
        self.rows_spin.setToolTip(translate("ValueTable", "How many x the step fills"))
        self.rows_spin.setAccessibleName(translate("ValueTable", "Rows"))
        self.fill_button = QtWidgets.QPushButton(translate("ValueTable", "Fill by step"), objectName="valueTableFill")
        self.fill_button.setToolTip(translate("ValueTable", "Replace the x column by start, start + step, …"))
        self.fill_button.setAccessibleName(translate("ValueTable", "Fill by step"))
        self.points_box = QtWidgets.QCheckBox(translate("ValueTable", "Points on the plot"),
                                              objectName="valueTablePoints")
        self.points_box.setChecked(s.show_points)
        self.points_box.setToolTip(translate("ValueTable", "Draw each row's point (x, f(x)) on the curve plot"))
        self.points_box.setAccessibleName(translate("ValueTable", "Points on the plot"))
        self.table = QtWidgets.QTableWidget(0, 1, objectName="valueTable")
        self.table.setAccessibleName(translate("ValueTable", "Table of values"))
        self.table.setToolTip(translate("ValueTable", "Type an x in the first column (π/2 works); "
                                                      "the last row adds one"))
        self.table.verticalHeader().setVisible(False)

        controls = FlowLayout()  # wraps on a narrow screen instead of widening the window
        for label, widget in ((translate("ValueTable", "from"), self.start_spin),
                              (translate("ValueTable", "step"), self.step_spin),
                              (translate("ValueTable", "rows"), self.rows_spin)):
            controls.addWidget(labelled(label, widget))
        controls.addWidget(self.fill_button)
        controls.addWidget(self.points_box)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)

        self.start_spin.valueChanged.connect(lambda v: self._fill(start=float(v)))
        self.step_spin.valueChanged.connect(lambda v: self._fill(step=float(v)))
        self.rows_spin.valueChanged.connect(lambda v: self._fill(rows=int(v)))
        self.fill_button.clicked.connect(lambda: self._fill())
        self.points_box.toggled.connect(lambda on: setattr(s, "show_points", on))
        self.table.itemChanged.connect(self._on_item_changed)
        s.events.connect(lambda *_: self._sync())
        document.functions.events.inserted.connect(lambda _, f: self._watch(f))
        document.functions.events.removed.connect(lambda *_: self.refresh())
        for f in document.functions:
            self._watch(f)
        self._sync()

    def showEvent(self, event: QtCore.QEvent) -> None:
        self.refresh()  # the sliders may have moved while another tab was shown
        self.opened.emit()
        super().showEvent(event)

    @staticmethod
    def _spin(name: str, value: float, low: float, high: float, tip: str) -> QtWidgets.QDoubleSpinBox:
        spin = QtWidgets.QDoubleSpinBox(objectName=name)
        spin.setRange(low, high)
        spin.setDecimals(6)
        spin.setValue(value)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        spin.setAccessibleName(tip)
        return spin

    def _watch(self, f: object) -> None:
        # Hidden, the table waits to be shown (showEvent): filling it on every keystroke cost
        # 135 ms with 20 functions for a tab nobody looked at.
        f.events.text.connect(lambda _: self.isVisible() and self.refresh())
        self.refresh()

    def _fill(self, **changes: float) -> None:
        """The x column filled by the step again, with the step's settings changed."""
        for name, value in changes.items():
            setattr(self.state, name, value)
        self.state.xs = ()

    def _sync(self) -> None:
        s = self.state
        for widget, value in ((self.start_spin, s.start), (self.step_spin, s.step), (self.rows_spin, s.rows),
                              (self.points_box, s.show_points)):
            blocker = QtCore.QSignalBlocker(widget)
            widget.setChecked(value) if widget is self.points_box else widget.setValue(value)
            del blocker
        self.refresh()

    def refresh(self) -> None:
        """The rows of the document's functions at the state's x."""
        self.shown = value_rows(self.document, self.state)
        blocker = QtCore.QSignalBlocker(self.table)
        self.table.setColumnCount(len(self.shown.headers))
        self.table.setHorizontalHeaderLabels(list(self.shown.headers))
        self.table.setRowCount(len(self.shown.rows) + 1)
        for i, row in enumerate(self.shown.rows):
            for j, value in enumerate(row):
                self.table.setItem(i, j, self._cell(value, editable=j == 0))
        last = len(self.shown.rows)
        self.table.setItem(last, 0, self._cell(None, editable=True))
        for j in range(1, len(self.shown.headers)):
            self.table.setItem(last, j, self._cell(None, editable=False))
        del blocker

    @staticmethod
    def _cell(value: float | None, editable: bool) -> QtWidgets.QTableWidgetItem:
        text = "" if value is None else display_number(value) if math.isfinite(value) else UNDEFINED
        item = QtWidgets.QTableWidgetItem(text)
        item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        if not editable:
            item.setFlags(item.flags() & ~QtCore.Qt.ItemFlag.ItemIsEditable)
        return item

    def _on_item_changed(self, item: QtWidgets.QTableWidgetItem) -> None:
        """An x typed: the column becomes the typed list (an emptied cell removes its row)."""
        if item.column() != 0:
            return
        xs = list(self.state.x_column())
        text = item.text().strip()
        if not text:
            if item.row() < len(xs):
                del xs[item.row()]
            self.state.xs = tuple(xs) or self.state.x_column()[:1]
            self.refresh()
            return
        x = read_x(text)
        if x is None or (item.row() >= len(xs) and len(xs) >= MAX_ROWS):
            self.refresh()  # not a number: the cell shows its value again
            return
        if item.row() < len(xs):
            xs[item.row()] = x
        else:
            xs.append(x)
        self.state.xs = tuple(xs)
