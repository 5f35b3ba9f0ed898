"""The arrow-key nudge shared by the plots whose point moves with ← → (Shift: ten steps)."""

from __future__ import annotations

from PySide6 import QtCore, QtGui


def nudge_step(event: QtGui.QKeyEvent) -> int | None:
    """−1 or +1 for ← or → (×10 with Shift); None for any other key."""
    step = {QtCore.Qt.Key.Key_Left: -1, QtCore.Qt.Key.Key_Right: 1}.get(event.key())
    if step is not None and event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier:
        step *= 10
    return step
