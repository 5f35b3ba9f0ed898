"""Keyboard-only helpers: keys go where a real keyboard sends them, and mouse clicks are counted."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

CLICKS = (QtCore.QEvent.Type.MouseButtonPress, QtCore.QEvent.Type.MouseButtonRelease,
          QtCore.QEvent.Type.MouseButtonDblClick)


class MouseClicks(QtCore.QObject):
    """Installed on the application: records every mouse press, release and double click.

    Hover and enter events (which the offscreen platform may synthesise) are not
    counted: they are not something a user did with a mouse button.
    """

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() in CLICKS:
            self.seen.append((event.type().name, type(watched).__name__))
        return False


def press(qtbot, window: QtWidgets.QWidget, key: QtCore.Qt.Key,
          modifiers: QtCore.Qt.KeyboardModifier = QtCore.Qt.KeyboardModifier.NoModifier) -> None:
    """One key press to the widget with the keyboard focus (the window if none has it)."""
    target = QtWidgets.QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def type_text(qtbot, window: QtWidgets.QWidget, text: str) -> None:
    """Type ``text`` into the focused widget."""
    qtbot.keyClicks(QtWidgets.QApplication.focusWidget() or window, text)


def accessible_text(widget: QtWidgets.QWidget) -> tuple[str, str]:
    """(name, description) as a screen reader gets them from Qt's accessibility interface."""
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)
