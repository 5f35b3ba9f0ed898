"""Which figure Export and Copy take where a tab shows more than one: the one pressed last."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class ClickedFigure(QObject):
    """Watches mouse presses on widgets and remembers the figure each belongs to.

    Focus would not do: plots take no keyboard focus, and a window that is not
    active has none.
    """

    def __init__(self, parent: QObject, figures: Iterable[tuple[QWidget, QWidget]], default: QWidget) -> None:
        super().__init__(parent)
        self.current = default
        self._figures: dict[QObject, QWidget] = {}
        for watched, figure in figures:
            self._figures[watched] = figure
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and watched in self._figures:
            self.current = self._figures[watched]
        return False
