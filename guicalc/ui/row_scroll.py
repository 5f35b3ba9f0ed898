"""A column of rows that scrolls instead of growing the window.

The function list and the parameter panel add a row per function or parameter: laid
out directly, 20 functions made the window 1456 px tall on a 1080-line screen (and 300
parameters 19 000 px). In a ``RowScroll`` the rows beyond what fits scroll, the column
keeps a few of them on screen, and a row just added is scrolled into view.
"""

from __future__ import annotations

import shiboken6
from PySide6 import QtCore, QtWidgets


class RowScroll(QtWidgets.QScrollArea):
    """Rows stacked from the top in ``rows`` (a QVBoxLayout ending in a stretch: insert
    before its last item); no frame, no horizontal scroll bar, never cut sideways."""

    def __init__(self, name: str, content_name: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, objectName=name, widgetResizable=True)
        content = QtWidgets.QWidget(objectName=content_name)
        self.rows = QtWidgets.QVBoxLayout(content)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addStretch(1)
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Tab goes to the rows; the column follows them
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        self._shown: QtWidgets.QWidget | None = None
        self.verticalScrollBar().rangeChanged.connect(self._show)

    def insert(self, index: int, row: QtWidgets.QWidget) -> None:
        """``row`` at ``index`` among the rows (0: first)."""
        self.rows.insertWidget(index, row)

    def append(self, row: QtWidgets.QWidget) -> None:
        """``row`` after the others (rows hidden on their way out included)."""
        self.rows.insertWidget(self.rows.count() - 1, row)

    def keep_visible(self, count: int) -> None:
        """Up to ``count`` rows shown whole however little room the window has, and every
        row as wide as it needs beside the scroll bar."""
        content = self.widget()
        content.adjustSize()
        shown = [w for w in (self.rows.itemAt(i).widget() for i in range(self.rows.count()))
                 if w is not None and not w.isHidden()]
        tallest = max((w.sizeHint().height() for w in shown), default=0)
        self.setMinimumHeight(min(content.sizeHint().height(), count * (tallest + max(0, self.rows.spacing()))))
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(content.minimumSizeHint().width() + bar)

    def show_row(self, widget: QtWidgets.QWidget) -> None:
        """``widget`` (in a row) scrolled into view, and kept there while it has the focus: a
        row just added gets its place, and the scroll bar its range, in a later layout pass,
        and the rows above grow a line when their typing pauses."""
        self._shown = widget
        self._show()

    def _show(self, *_: object) -> None:
        shown = self._shown
        if shown is not None and shiboken6.isValid(shown) and shown.hasFocus() and self.widget().isAncestorOf(shown):
            self.ensureWidgetVisible(shown)
