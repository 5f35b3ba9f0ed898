"""The keyboard cheat sheet (F1).

The menu rows are read from the window's menus when the dialog opens, so the
sheet cannot drift from the shortcuts the actions really have. Menus that list
content (examples, recent files) are reached with their Alt key and the arrow
keys. The keys that work inside the views are listed below the menu rows.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6 import QtCore, QtGui, QtWidgets

NATIVE = QtGui.QKeySequence.SequenceFormat.NativeText
translate = QtCore.QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls


def view_keys() -> list[tuple[str, str, str]]:
    """(where, keys, what they do) for the keys the views handle themselves."""
    curve = translate("ShortcutsDialog", "Curve plot")
    field = translate("ShortcutsDialog", "Gradient field plot")
    graph = translate("ShortcutsDialog", "Graph view")
    return [
        (curve, translate("ShortcutsDialog", "← →"),
         translate("ShortcutsDialog", "Move the point along the curve")),
        (curve, translate("ShortcutsDialog", "Shift+← →"),
         translate("ShortcutsDialog", "Move the point ten times as far")),
        (curve, translate("ShortcutsDialog", "[ ]"),
         translate("ShortcutsDialog", "Move the point to the previous or next point of interest")),
        (curve, translate("ShortcutsDialog", "Enter"),
         translate("ShortcutsDialog", "Pin a labelled point where the point is")),
        (translate("ShortcutsDialog", "Point and tangent"), translate("ShortcutsDialog", "Space"),
         translate("ShortcutsDialog", "Shrink h step by step, or stop")),
        (field, translate("ShortcutsDialog", "← → ↑ ↓"),
         translate("ShortcutsDialog", "Move the point (Shift: ten times as far)")),
        (field, translate("ShortcutsDialog", "[ ]"),
         translate("ShortcutsDialog", "Turn the direction v (Shift: 45°)")),
        (field, translate("ShortcutsDialog", "Ctrl+← → ↑ ↓"),
         translate("ShortcutsDialog", "Move the start of gradient descent")),
        (field, translate("ShortcutsDialog", "Enter"), translate("ShortcutsDialog", "Run gradient descent")),
        (graph, translate("ShortcutsDialog", "→ or N"), translate("ShortcutsDialog", "Step forward")),
        (graph, translate("ShortcutsDialog", "← or P"),
         translate("ShortcutsDialog", "Step backward (the gradient pass)")),
        (graph, translate("ShortcutsDialog", "Space"),
         translate("ShortcutsDialog", "Next step, forward then backward")),
        (graph, translate("ShortcutsDialog", "Home or R"), translate("ShortcutsDialog", "Back to the first step")),
        (translate("ShortcutsDialog", "Taylor view"), translate("ShortcutsDialog", "Ctrl+] Ctrl+["),
         translate("ShortcutsDialog", "Raise or lower the degree n")),
        (translate("ShortcutsDialog", "Taylor plot"), translate("ShortcutsDialog", "← →"),
         translate("ShortcutsDialog", "Move the centre a (Shift: ten times as far)")),
        (translate("ShortcutsDialog", "Everywhere"), translate("ShortcutsDialog", "Tab, Shift+Tab"),
         translate("ShortcutsDialog", "Next or previous control")),
    ]


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&Open…" → "Open…", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _mnemonic(text: str) -> str:
    """The letter after a single "&", upper-case; "" if the text has none."""
    i = text.replace("&&", "\0\0").find("&")
    return text[i + 1].upper() if 0 <= i < len(text) - 1 else ""


def menu_rows(menu_bar: QtWidgets.QMenuBar) -> Iterator[tuple[str, QtGui.QAction, str]]:
    """(menu path, action, keys) for every action in the menus. Keys are the action's
    shortcuts, or for content menus the way to open the menu ("Alt+X, then arrows")."""
    def walk(actions: list[QtGui.QAction], path: list[str], opener: str) -> Iterator[tuple[str, QtGui.QAction, str]]:
        for action in actions:
            if action.isSeparator():
                continue
            if action.menu() is not None:
                letter = _mnemonic(action.text())  # without one, the arrows reach the submenu
                keys = (f"Alt+{letter}" if not opener else f"{opener}, {letter}") if letter else opener
                yield from walk(action.menu().actions(), [*path, _plain(action.text())], keys)
                continue
            shortcuts = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
            by_menu = translate("ShortcutsDialog", "{0}, then arrows and Enter").format(opener) if opener else ""
            keys = shortcuts or by_menu
            yield " › ".join(path), action, keys

    yield from walk(menu_bar.actions(), [], "")


class ShortcutsDialog(QtWidgets.QDialog):
    """Two tables: the menus' actions with their keys, and the keys of the views."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(path, _plain(action.text()), keys) for path, action, keys in menu_rows(window.menuBar())]
        self.menu_table = self._table("shortcutsTable", self.tr("Menu and toolbar shortcuts"),
                                      (self.tr("Menu"), self.tr("Action"), self.tr("Keys")), rows)
        self.view_table = self._table("viewKeysTable", self.tr("Keys inside the views"),
                                      (self.tr("Where"), self.tr("Keys"), self.tr("What they do")), view_keys())
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        for title, table in ((self.tr("Menus"), self.menu_table), (self.tr("In the views"), self.view_table)):
            label = QtWidgets.QLabel(f"<b>{title}</b>")
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(760, 720)

    @staticmethod
    def _table(name: str, accessible: str, headers: tuple[str, str, str],
               rows: list[tuple[str, str, str]]) -> QtWidgets.QTableWidget:
        table = QtWidgets.QTableWidget(len(rows), len(headers), objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(accessible)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                table.setItem(i, j, QtWidgets.QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        return table

    def rows(self) -> list[tuple[str, str, str]]:
        """What the menu table shows, row by row (for tests and screen-reader checks)."""
        table = self.menu_table
        return [tuple(table.item(i, j).text() for j in range(3)) for i in range(table.rowCount())]
