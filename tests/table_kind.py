"""A small extra view kind, a table of f and f′ at a few x, added the way docs/architecture.md
says: its state, its Qt-free rows, its widget, one core registry entry and one tab entry.

It lives under tests/ and is registered only while a test runs (``registered``), which
shows that a kind needs no change anywhere else in guicalc.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from psygnal import evented
from PySide6 import QtWidgets

from guicalc.core.messages import QT_TRANSLATE_NOOP
from guicalc.core.readers import integer, number
from guicalc.core.view_kinds import ViewKind, register, unregister
from guicalc.i18n import translate
from guicalc.ui.view_tabs import ViewTab, register_tab, unregister_tab

# --- core: the state, its lesson-file section, its rows (no Qt) -------------------------


@evented
@dataclass
class TableState:
    """Which x the table lists: ``rows`` values from ``start`` in steps of ``step``."""

    start: float = -1.0
    step: float = 1.0
    rows: int = 4


TABLE_FIELDS = {"start": number(), "step": number(positive=True, high=1e6), "rows": integer(1, 50)}
TABLE_UNDO = {"rows": QT_TRANSLATE_NOOP("TableView", "table rows"), "start": "start", "step": "step"}


def table_rows(text: str, state: TableState) -> list[tuple[float, float, float]]:
    """(x, f(x), f′(x)) for each x of the table; f′ exact, as sympy differentiates it."""
    from guicalc.core.parse import parse
    from guicalc.core.symbolic import derivative, exact_value

    parsed = parse(text)
    variable = parsed.symbols[0] if parsed.symbols else "x"
    slope = derivative(parsed.expr, variable)
    xs = [state.start + i * state.step for i in range(state.rows)]
    return [(x, exact_value(parsed.expr, {variable: x}), exact_value(slope, {variable: x})) for x in xs]


TABLE = ViewKind("table", QT_TRANSLATE_NOOP("TableView", "Table"), TableState, TABLE_FIELDS, TABLE_UNDO)

# --- ui: the widget, bound to the document's TableState ----------------------------------


class TableView(QtWidgets.QWidget):
    """``tableRowsSpin`` (how many x) above ``tableView`` (x, f(x), f′(x))."""

    def __init__(self, document: object) -> None:
        super().__init__()
        self.document, self.state = document, document.states["table"]
        self.rows_spin = QtWidgets.QSpinBox(objectName="tableRowsSpin", minimum=1, maximum=50, value=self.state.rows)
        self.rows_spin.setAccessibleName(translate("TableView", "table rows"))
        self.table = QtWidgets.QTableWidget(0, 3, objectName="tableView")
        self.table.setAccessibleName(translate("TableView", "Table"))
        self.table.setHorizontalHeaderLabels(["x", "f(x)", "f′(x)"])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.rows_spin)
        layout.addWidget(self.table, 1)
        self.rows_spin.valueChanged.connect(lambda rows: setattr(self.state, "rows", rows))
        self.state.events.connect(lambda _info: self.refresh())
        self.state.events.rows.connect(lambda rows: self.rows_spin.setValue(rows))
        document.functions[0].events.text.connect(lambda _text: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from guicalc.core.parse import ParseError

        try:
            rows = table_rows(self.document.functions[0].text, self.state)
        except ParseError:
            return  # the last good table stays, as the other views keep their last good figure
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.table.setItem(i, j, QtWidgets.QTableWidgetItem(f"{value:g}"))


TABLE_TAB = ViewTab("table", lambda window: TableView(window.document),
                    lambda window: {"table": window.view_widgets["table"].table})


@contextmanager
def registered() -> Iterator[None]:
    """The table kind in both registries while the ``with`` block runs."""
    register(TABLE)
    register_tab(TABLE_TAB)
    try:
        yield
    finally:
        unregister_tab("table")
        unregister("table")
