"""A label and its field kept together, so a wrapping row never splits "η =" from its box."""

from __future__ import annotations

from PySide6 import QtWidgets


def labelled(text: str | QtWidgets.QLabel | None, field: QtWidgets.QWidget,
             *more: QtWidgets.QWidget) -> QtWidgets.QWidget:
    """One unit of a ``FlowLayout``: the label (its buddy is ``field``), the field, ``more``."""
    unit = QtWidgets.QWidget()
    row = QtWidgets.QHBoxLayout(unit)
    row.setContentsMargins(0, 0, 0, 0)
    if text is not None:
        label = text if isinstance(text, QtWidgets.QLabel) else QtWidgets.QLabel(text)
        label.setBuddy(field)
        row.addWidget(label)
    row.addWidget(field)
    for widget in more:
        row.addWidget(widget)
    return unit
