"""A line editor that underlines the column of its text's parse error."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.parse import Parsed, ParseError, UnfinishedNameError
from guicalc.core.readers import MAX_LENGTH
from guicalc.i18n import located, translate

ERROR_COLOR = QtGui.QColor("#D55E00")


WINDOW_KEYS = QtGui.QKeySequence("Ctrl+E")


class ExpressionEdit(QtWidgets.QLineEdit):
    """Shows what its owner found parsing the text (``show_result``): the error's column
    underlined and named in the tooltip. It does not parse: the document's function does
    (``FunctionState.parsed``), once per keystroke for every view.
    """

    def __init__(self, text: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("ExpressionEdit", "type a function, e.g. 3x^2 - 4x"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(MAX_LENGTH)  # what a lesson file holds, so that anything typed can be saved
        self.error: ParseError | None = None
        self.setText(text)

    def show_result(self, result: Parsed | ParseError) -> None:
        """The parse of the current text: a ParseError is underlined, anything else clears it."""
        # A name still being typed (UnfinishedNameError) is no error to underline.
        self.error = result if isinstance(result, ParseError) and not isinstance(result, UnfinishedNameError) else None
        self.setToolTip("" if self.error is None else located(self.error))
        self.update()

    def event(self, event: QtCore.QEvent) -> bool:
        # On X11 a line edit takes Ctrl+E as "end of line" (End does that too): here it is
        # the window's Export figure, which must work while the expression has the focus.
        if event.type() == QtCore.QEvent.Type.ShortcutOverride and QtGui.QKeySequence(
                event.keyCombination()) == WINDOW_KEYS:
            event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        super().paintEvent(event)
        if self.error is None:
            return
        # Find the x of the error's characters by moving a copy of the cursor there.
        text = self.text()
        start = min(self.error.position, len(text))
        end = min(self.error.end, max(len(text), start + 1))
        keep = self.cursorPosition()
        blocker = QtCore.QSignalBlocker(self)
        self.setCursorPosition(start)
        x0 = self.cursorRect().center().x()
        self.setCursorPosition(min(end, len(text)))
        x1 = self.cursorRect().center().x()
        self.setCursorPosition(keep)
        del blocker
        if x1 <= x0:
            x1 = x0 + self.fontMetrics().horizontalAdvance("m")
        y = self.cursorRect().bottom()
        painter = QtGui.QPainter(self)
        pen = QtGui.QPen(ERROR_COLOR, 2)
        painter.setPen(pen)
        path = QtGui.QPainterPath(QtCore.QPointF(x0, y))
        up, x = True, float(x0)
        while x < x1:  # a wavy underline, as a spelling checker draws it
            x += 3
            path.lineTo(x, y - 2 if up else y)
            up = not up
        painter.drawPath(path)
        painter.end()
