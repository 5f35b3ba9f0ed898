"""A layout that wraps its widgets onto the next line instead of widening the window.

Qt's flow-layout example: a row of controls that needs 1 000 px on a wide screen
takes two or three lines on a 1024×768 projector, so the window's minimum width
is the widest single control, not the sum of them.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


class FlowLayout(QtWidgets.QLayout):
    """Left to right, wrapping at the right edge; height follows the width."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QtWidgets.QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QtWidgets.QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def addWidget(self, widget: QtWidgets.QWidget) -> None:  # noqa: N802 - Qt's name
        # Qt's own addWidget wraps the widget in an item that caches its size hint, which
        # stayed stale for controls whose font grew on a hidden tab ("Type" cut to "Typ").
        self.insert_widget(len(self._items), widget)

    def insert_widget(self, index: int, widget: QtWidgets.QWidget) -> None:
        """``widget`` at position ``index`` (QLayout has no insert of its own)."""
        self.addChildWidget(widget)
        self._items.insert(index, QtWidgets.QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QtWidgets.QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QtWidgets.QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> QtCore.Qt.Orientation:  # noqa: N802 - Qt's name
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QtCore.QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QtCore.QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 - Qt's name
        """All on one line, where there is room."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self.spacing() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QtCore.QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QtCore.QSize:  # noqa: N802 - Qt's name
        """The widest single item: everything else wraps."""
        size = QtCore.QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QtCore.QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QtWidgets.QLayoutItem]:
        return [item for item in self._items if not (item.widget() and item.widget().isHidden())]

    def _arrange(self, rect: QtCore.QRect, move: bool) -> int:
        """Place the items line by line in ``rect`` (or only measure); the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QtWidgets.QLayoutItem, int, QtCore.QSize]] = []
        for item in self._visible():
            hint = _natural_size(item).boundedTo(QtCore.QSize(max(area.width(), 1), 1 << 20))
            hint = hint.expandedTo(item.minimumSize())
            if line and x + hint.width() > area.right() + 1:
                self._place(line, y, line_height, move)
                x, y, line_height, line = area.x(), y + line_height + self.spacing(), 0, []
            line.append((item, x, hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        self._place(line, y, line_height, move)
        return y + line_height - rect.y() + margins.bottom()

    @staticmethod
    def _place(line: list[tuple[QtWidgets.QLayoutItem, int, QtCore.QSize]], y: int, height: int,
               move: bool) -> None:
        """One line, each item centred vertically in it."""
        if not move:
            return
        for item, x, hint in line:
            item.setGeometry(QtCore.QRect(QtCore.QPoint(x, y + (height - hint.height()) // 2), hint))


def _natural_size(item: QtWidgets.QLayoutItem) -> QtCore.QSize:
    """The size ``item`` wants on its line. A widget that ignores its width (a title bound to
    the window's width, cut where the line ends) has none in ``item.sizeHint()``, which left
    the surface tab's title one pixel wide: here it gets its text's width, up to the line's."""
    widget = item.widget()
    if widget is not None and widget.sizePolicy().horizontalPolicy() == QtWidgets.QSizePolicy.Policy.Ignored:
        return QtCore.QSize(widget.sizeHint().width(), item.sizeHint().height())
    return item.sizeHint()
