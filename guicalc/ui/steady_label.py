"""Labels whose text changes often without asking the layout around them to run again.

``QLabel.setText`` calls ``updateGeometry``; unless the label's width and height are both
fixed, that invalidates its parent's layout, and the next event loop pass lays out the
whole page again (the race's six equations, new numbers ten times a second while the
scrubber moves: about half the cost of showing them). So these labels have a fixed size,
worked out again when the font changes (projector mode). A ``TextCell`` does the same
for a word-wrapped readout whose width follows its dock: the layout runs again only when
the new text needs another number of lines.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.ui.readout import Readout


class SteadyLabel(QtWidgets.QLabel):
    """One line, as wide as ``widest`` (its longest text) and fixed both ways."""

    def __init__(self, widest: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.widest = widest
        self._fit()

    def _fit(self) -> None:
        shown = self.text()
        self.setText(self.widest)
        self.setFixedSize(self.fontMetrics().horizontalAdvance(self.widest) + 12, self.sizeHint().height())
        self.setText(shown)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._fit()


class SteadyCell(QtWidgets.QWidget):
    """Holds ``label`` at exactly the size the layout gives the cell, ``lines`` lines high."""

    def __init__(self, label: QtWidgets.QLabel, lines: int, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.label, self.lines = label, lines
        label.setParent(self)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(self.label.fontMetrics().lineSpacing() * self.lines + 8)
        self.label.setFixedSize(self.size())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        self.label.setFixedSize(event.size())
        super().resizeEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._fit()


class TextCell(QtWidgets.QWidget):
    """Holds a word-wrapped ``Readout`` at the width the layout gives the cell and the height
    its text needs there. The readout's size is fixed, so new text (every point move) repaints
    it without a layout pass; the cell's height, and with it the layout, changes only when
    the text needs more or fewer lines. It never asks for width: it wraps to what it gets."""

    def __init__(self, label: Readout, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.textChanged.connect(self._on_text)
        label.installEventFilter(self)  # its font changes with the theme and in projector mode
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        self._lines: int | None = None  # lines of the text fitted last, when none of them wrapped
        self._fit()

    def _on_text(self, text: str) -> None:
        """Fit again unless the text has as many lines as before and none of them wraps: that
        takes a width per line, where ``heightForWidth`` lays the text out (0.5 ms a move)."""
        lines = self._unwrapped_lines(text, self.width())
        if lines is None or lines != self._lines:
            self._fit()

    def _unwrapped_lines(self, text: str, width: int) -> int | None:
        """How many lines ``text`` has when none is wider than ``width``, with a character to spare."""
        metrics = self.label.fontMetrics()
        room = width - metrics.averageCharWidth()
        lines = text.split("\n")
        return len(lines) if all(metrics.horizontalAdvance(line) <= room for line in lines) else None

    def _fit(self) -> None:
        width = self.width()
        needed = self.label.heightForWidth(width) if self.label.wordWrap() else -1
        if needed < 0:
            needed = self.label.sizeHint().height()
        if needed != self.height() or self.maximumHeight() != needed:
            self.setFixedHeight(needed)  # the one layout pass: the text needs another number of lines
        self.label.setFixedSize(width, needed)
        self._lines = self._unwrapped_lines(self.label.text(), width)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.label and event.type() == QtCore.QEvent.Type.FontChange:
            QtCore.QTimer.singleShot(0, self, self._fit)  # after the label has taken its new font
        return False
