"""Sliders for the free symbols other than the variable (a, b, k…)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from guicalc.core.document import ParameterState
from guicalc.core.workspace import PARAMETER_LIMIT
from guicalc.i18n import translate

SLIDER_STEPS = 1000
VISIBLE_ROWS = 3


class ParameterRow(QtWidgets.QWidget):
    """name [min] ——slider—— [max] = value; the range is editable."""

    def __init__(self, state: ParameterState, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal, objectName=f"param_{state.name}")
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setAccessibleName(translate("ParameterPanel", "Parameter {name}").format(name=state.name))
        self.value_spin = self._spin(state.value, translate("ParameterPanel",
                                                            "The value of {name}").format(name=state.name))
        self.min_spin = self._spin(state.minimum, translate("ParameterPanel", "Smallest value on the slider"))
        self.max_spin = self._spin(state.maximum, translate("ParameterPanel", "Largest value on the slider"))
        # The slider gets a line of its own: in a narrow dock four fields beside it squeeze it away.
        layout = QtWidgets.QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QtWidgets.QLabel(f"<b>{state.name}</b>"), 0, 0)
        layout.addWidget(self.slider, 0, 1, 1, 3)
        layout.addWidget(self.value_spin, 0, 4)
        layout.addWidget(QtWidgets.QLabel(translate("ParameterPanel", "from")), 1, 1,
                         QtCore.Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.min_spin, 1, 2)
        layout.addWidget(self.max_spin, 1, 4)
        layout.addWidget(QtWidgets.QLabel(translate("ParameterPanel", "to")), 1, 3, QtCore.Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(1, 1)
        self.slider.valueChanged.connect(self._on_slider)
        self.value_spin.valueChanged.connect(lambda v: setattr(state, "value", float(v)))
        self.min_spin.valueChanged.connect(lambda v: setattr(state, "minimum", float(v)))
        self.max_spin.valueChanged.connect(lambda v: setattr(state, "maximum", float(v)))
        state.events.connect(self._sync)
        self._sync()

    @staticmethod
    def _spin(value: float, tip: str) -> QtWidgets.QDoubleSpinBox:
        spin = QtWidgets.QDoubleSpinBox()
        spin.setRange(-PARAMETER_LIMIT, PARAMETER_LIMIT)
        spin.setDecimals(3)
        spin.setValue(value)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        return spin

    def _on_slider(self, position: int) -> None:
        s = self.state
        s.value = s.minimum + (s.maximum - s.minimum) * position / SLIDER_STEPS

    def _sync(self, *_: object) -> None:
        s = self.state
        widgets = (self.slider, self.value_spin, self.min_spin, self.max_spin)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.slider.setValue(slider_position(s.value, s.minimum, s.maximum))
            self.value_spin.setValue(s.value)
            self.min_spin.setValue(s.minimum)
            self.max_spin.setValue(s.maximum)
        finally:  # a row whose signals stayed blocked would stop answering
            for widget in widgets:
                widget.blockSignals(False)


def slider_position(value: float, minimum: float, maximum: float) -> int:
    """Where ``value`` sits on the slider, clamped to its ends (a value outside the range,
    typed in the spin box, would otherwise overflow QSlider's int)."""
    span = maximum - minimum
    if not span > 0:
        return 0
    return round(min(max((value - minimum) / span, 0.0), 1.0) * SLIDER_STEPS)


class ParameterPanel(QtWidgets.QGroupBox):
    """One row per parameter; hidden when there are none."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(translate("ParameterPanel", "Parameters"), parent)
        self.setObjectName("parameterPanel")
        self.rows: dict[str, ParameterRow] = {}
        # Rows in a scroll area: 300 parameters scroll, the window does not grow 19 000 px tall.
        content = QtWidgets.QWidget(objectName="parameterRows")
        self._rows = QtWidgets.QVBoxLayout(content)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addStretch(1)
        scroll = self._scroll = QtWidgets.QScrollArea(objectName="parameterScroll", widgetResizable=True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Tab goes to the rows; it follows them
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.setLayout(QtWidgets.QVBoxLayout())
        self.layout().setContentsMargins(4, 4, 4, 4)
        self.layout().addWidget(scroll)
        self.setVisible(False)

    def show_parameters(self, states: list[ParameterState]) -> None:
        names = [s.name for s in states]
        by_name = {s.name: s for s in states}
        for name in list(self.rows):
            if name not in names or self.rows[name].state is not by_name[name]:  # gone, or a new lesson's
                row = self.rows.pop(name)
                row.hide()  # at once: deleteLater waits for the event loop
                row.deleteLater()
        for state in states:
            if state.name not in self.rows:
                self.rows[state.name] = ParameterRow(state)
                self._rows.insertWidget(self._rows.count() - 1, self.rows[state.name])
        # Up to VISIBLE_ROWS rows shown whole; more scroll.
        content = self._scroll.widget()
        content.adjustSize()
        row_height = max((row.sizeHint().height() for row in self.rows.values()), default=0)
        self._scroll.setMinimumHeight(min(content.sizeHint().height(), VISIBLE_ROWS * (row_height + 6)))
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(content.minimumSizeHint().width() + bar)  # rows whole, beside the scroll bar
        self.setVisible(bool(states))
