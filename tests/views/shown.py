"""Panels shown at a size where every control and plot has room, as a user sees them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def shown(qtbot, widget: QWidget) -> QWidget:
    """``widget`` owned by ``qtbot``, 1400 × 900, shown and exposed."""
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
