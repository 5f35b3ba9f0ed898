"""A readout label that a screen reader and a keyboard can reach.

Its accessible name says what it is ("Tangent readout"); its accessible
description is what it says now, kept current by :meth:`Readout.setText`. Tab
reaches it and Shift+arrows select its text, so the numbers can be read out or
copied without a mouse.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

SELECTABLE = (QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
              | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard)


class Readout(QtWidgets.QLabel):
    """A selectable, focusable label whose text is also its accessible description."""

    textChanged = QtCore.Signal(str)
    """Emitted after ``setText`` (a ``TextCell`` holding the readout fits its height to it)."""

    def __init__(self, name: str = "", parent: QtWidgets.QWidget | None = None, *,
                 objectName: str = "") -> None:  # noqa: N803 - Qt's keyword
        super().__init__(parent, objectName=objectName)
        self.setTextInteractionFlags(SELECTABLE)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)  # Tab reaches it, not only a click
        if name:
            self.setAccessibleName(name)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setAccessibleDescription(text.replace("\n", "; "))
        if self.sizePolicy().horizontalPolicy() == QtWidgets.QSizePolicy.Policy.Ignored:
            self.setToolTip(text)  # a line too long to wrap is cut at the edge: here it is whole
        self.textChanged.emit(text)

    def set_selectable(self, on: bool) -> None:
        """Selectable text is a text document, laid out again and repainted a second time on
        every ``setText`` (a third of a point move): plain while the numbers change with the
        moving point, selectable when it rests. Tab reaches it either way."""
        flags = SELECTABLE if on else QtCore.Qt.TextInteractionFlag.NoTextInteraction
        if self.textInteractionFlags() != flags:
            policy = self.focusPolicy()  # QLabel sets one of its own with the flags
            self.setTextInteractionFlags(flags)
            self.setFocusPolicy(policy)

    def bound_width(self) -> None:
        """Never ask the layout for more width than it has (a derivative can be thousands of
        pixels without a space to wrap at): the rest is cut, and the whole text is the tooltip."""
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self.setToolTip(self.text())
