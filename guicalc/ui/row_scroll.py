"""A column of rows that scrolls instead of growing the window.

The function list and the parameter panel add a row per function or parameter: laid
out directly, 20 functions made the window 1456 px tall on a 1080-line screen (and 300
parameters 19 000 px). In a ``RowScroll`` the rows beyond what fits scroll, the column
keeps a few of them on screen, and a row that takes the focus is scrolled into view.
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
        self._focused: QtWidgets.QWidget | None = None
        QtWidgets.QApplication.instance().focusChanged.connect(self._follow_focus)
        self.verticalScrollBar().rangeChanged.connect(self._show_focused)

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

    def _follow_focus(self, _: QtWidgets.QWidget | None, now: QtWidgets.QWidget | None) -> None:
        self._focused = now if now is not None and self.widget().isAncestorOf(now) else None
        if self._focused is not None:
            self._show_focused()

    def _show_focused(self, *_: object) -> None:
        """The row with the focus in view. Called again whenever the rows' height changes: a
        row just added gets its place, and the scroll bar its range, in a later layout pass,
        and rows above grow a line when their typing pauses."""
        focused = self._focused
        if focused is not None and shiboken6.isValid(focused) and self.widget().isAncestorOf(focused):
            self.ensureWidgetVisible(focused)
