"""Cells side by side when each column can hold a readable line, one under another when not.

The race shows each racer's update equations in a cell; two columns of them were cut at
the right on a 1280 × 720 projector (the plots beside take the rest of the width). The
box counts the columns of at least ``COLUMN_CHARS`` characters that fit, and places the
cells again only when that count changes; the labels wrap what is longer in their cell.
"""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets

from guicalc.ui.steady_label import SteadyCell

COLUMN_CHARS = 48
"""Characters of the narrowest column: most update lines whole, the longest wrapped once."""
EDGE = 28
"""Pixels a cell needs beside its text: the label's coloured border and padding, and the
layout's spacing."""


class FittingColumns(QtWidgets.QWidget):
    """Up to ``most`` columns of ``SteadyCell``s, as many columns of ``COLUMN_CHARS`` as fit."""

    def __init__(self, most: int = 2, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.most = most
        self.grid = QtWidgets.QGridLayout(self)
        self.cells: list[SteadyCell] = []
        self._columns = 0

    def set_cells(self, cells: list[SteadyCell]) -> None:
        """Show ``cells`` instead of the ones before (which the caller deletes)."""
        for cell in self.cells:
            self.grid.removeWidget(cell)
        self.cells = list(cells)
        self._columns = 0
        self.refit()

    def refit(self) -> None:
        """Place the cells again if another number of columns fits (the box was resized)."""
        if not self.cells:
            return
        column = self.cells[0].label.fontMetrics().averageCharWidth() * COLUMN_CHARS + EDGE
        columns = max(1, min(self.most, self.width() // column))
        if columns == self._columns:
            return
        self._columns = columns
        for cell in self.cells:
            self.grid.removeWidget(cell)
        for i, cell in enumerate(self.cells):
            self.grid.addWidget(cell, i // columns, i % columns)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.refit()
