"""Small editors and layout pieces of the two-variable panel. The number fields announce
only finished edits, so typing "-10" does not redraw for "-" and "-1"."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guicalc.core.two_variable_state import COORDINATE_LIMIT
from guicalc.i18n import translate
from guicalc.ui.compact_row import labelled
from guicalc.ui.flow_layout import FlowLayout
from guicalc.ui.readout import Readout
from guicalc.views.text_size import keep_text_size

Range = tuple[float, float, float, float]
LIMIT = COORDINATE_LIMIT


def number_spin(name: str, value: float, step: float, decimals: int = 3,
                low: float = -LIMIT, high: float = LIMIT) -> QDoubleSpinBox:
    """A QDoubleSpinBox that reports on Enter or focus loss, not on every key."""
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setKeyboardTracking(False)
    spin.setAccelerated(True)
    return spin


def count_spin(name: str, value: int, low: int, high: int) -> QSpinBox:
    """An integer spin box that reports finished edits."""
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setKeyboardTracking(False)
    return spin


def set_quietly(spin: QDoubleSpinBox | QSpinBox, value: float) -> None:
    """Show a value that came from the model without sending it back."""
    with QSignalBlocker(spin):
        spin.setValue(value)


class RangeEditor(QWidget):
    """"x from a to b, y from c to d"; an empty range (from ≥ to) is refused."""

    rangeChanged = Signal(tuple)
    """The new (x from, x to, y from, y to)."""

    def __init__(self, name: str, value: Range, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        layout = QGridLayout(self)  # one line per axis: half the width of a single row
        layout.setContentsMargins(0, 0, 0, 0)
        self.x_label, self.y_label = QLabel("x"), QLabel("y")
        self.spins = [number_spin(f"{name}{part}", v, 0.5, 2)
                      for part, v in zip(("XFrom", "XTo", "YFrom", "YTo"), value, strict=True)]
        start, end = translate("RangeEditor", "from"), translate("RangeEditor", "to")
        for row, (label, low, high) in enumerate(((self.x_label, *self.spins[:2]), (self.y_label, *self.spins[2:]))):
            for col, widget in enumerate((label, QLabel(start), low, QLabel(end), high)):
                layout.addWidget(widget, row, col)
        for spin in self.spins:
            spin.valueChanged.connect(self._on_edited)
        self._value = value
        self.set_names("x", "y")

    def set_names(self, x: str, y: str) -> None:
        """Label the two ranges with the function's variables."""
        self.x_label.setText(x)
        self.y_label.setText(y)
        for variable, start, end in ((x, *self.spins[:2]), (y, *self.spins[2:])):
            start.setAccessibleName(self.tr("{0}: {1} from").format(self.title, variable))
            start.setAccessibleDescription(self.tr("Where the {0} axis starts").format(variable))
            end.setAccessibleName(self.tr("{0}: {1} to").format(self.title, variable))
            end.setAccessibleDescription(self.tr("Where the {0} axis ends").format(variable))

    def set_range(self, value: Range) -> None:
        """Show ``value`` without emitting."""
        self._value = value
        for spin, v in zip(self.spins, value, strict=True):
            set_quietly(spin, v)

    def value(self) -> Range:
        """The range shown."""
        return self._value

    def _on_edited(self) -> None:
        x0, x1, y0, y1 = (spin.value() for spin in self.spins)
        if x0 >= x1 or y0 >= y1:
            self.set_range(self._value)
            return
        self._value = (x0, x1, y0, y1)
        self.rangeChanged.emit(self._value)


def settings_box(title: str, *rows: QWidget) -> QGroupBox:
    """A titled box of a view's settings, one widget a line."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for row in rows:
        layout.addWidget(row)
    layout.addStretch(1)
    return box


def readout(name: str, title: str) -> Readout:
    """A selectable plain-text label in projector-sized type; ``title`` is its accessible name."""
    label = Readout(title, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    keep_text_size(label, at_least_points=13)
    return label


def group(title: str, fields: list[tuple[QLabel | None, QWidget]], readout: QLabel,
           more: list[tuple[QLabel | None, QWidget]] = ()) -> QGroupBox:
    """A titled box: one or two rows of labelled fields above a readout."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for line in (fields, more):
        if not line:
            continue
        row = FlowLayout()
        for label, widget in line:
            row.addWidget(labelled(label, widget))
        layout.addLayout(row)
    layout.addWidget(readout, 1, Qt.AlignmentFlag.AlignTop)
    return box
