"""Labels whose text changes often without asking the layout around them to run again.

``QLabel.setText`` calls ``updateGeometry``; unless the label's width and height are both
fixed, that invalidates its parent's layout, and the next event loop pass lays out the
whole page again (the race's six equations, new numbers ten times a second while the
scrubber moves: about half the cost of showing them). So these labels have a fixed size,
worked out again when the font changes (projector mode).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets


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
