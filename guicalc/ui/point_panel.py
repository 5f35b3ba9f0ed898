"""Controls for the point and the quotient: x, h, method, dtype, what to show.

Two-way binding without loops: widgets write to the state; state changes update
the widgets inside a signal blocker.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.curve_scene import METHOD_NAMES
from guicalc.core.difference import DTYPES, METHODS
from guicalc.core.document import CurveState
from guicalc.i18n import translate, translated
from guicalc.ui.readout import Readout
from guicalc.ui.steady_label import TextCell
from guicalc.views.text_size import keep_text_size

H_MIN_EXP, H_MAX_EXP = -16.0, 0.0
H_SLIDER_SCALE = 10  # slider units per decade


def method_name(method: str) -> str:
    """A difference method as the interface names it (the document keeps the English key)."""
    return translated(METHOD_NAMES[method])


class PointPanel(QtWidgets.QWidget):
    """The point's x, the secant's h with a play button, method and dtype."""

    def __init__(self, state: CurveState, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.x_spin = QtWidgets.QDoubleSpinBox(objectName="pointXSpin")
        self.x_spin.setRange(-1e6, 1e6)
        self.x_spin.setDecimals(4)
        self.x_spin.setSingleStep(0.1)
        self.x_spin.setKeyboardTracking(False)
        self.x_spin.setToolTip(translate("PointPanel", "Where the tangent touches the curve"))
        self.x_spin.setAccessibleName(translate("PointPanel", "Point x"))
        self.method_combo = QtWidgets.QComboBox(objectName="methodCombo")
        for method in METHODS:
            self.method_combo.addItem(method_name(method), method)
        self.method_combo.setToolTip(translate("PointPanel", "forward (f(x+h)−f(x))/h · backward (f(x)−f(x−h))/h · "
                                     "central (f(x+h)−f(x−h))/2h · auto: complex step or Richardson"))
        self.method_combo.setAccessibleName(translate("PointPanel", "Difference method"))
        self.dtype_combo = QtWidgets.QComboBox(objectName="dtypeCombo")
        self.dtype_combo.addItems(DTYPES)
        self.dtype_combo.setToolTip(translate("PointPanel", "The floating-point type the quotient is computed in: "
                                    "float16 shows rounding break the limit early"))
        self.dtype_combo.setAccessibleName(translate("PointPanel", "Floating-point type"))
        self.h_slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal, objectName="hSlider")
        self.h_slider.setRange(int(H_MIN_EXP * H_SLIDER_SCALE), int(H_MAX_EXP * H_SLIDER_SCALE))
        self.h_slider.setToolTip(translate("PointPanel", "The secant's step h (log scale)"))
        self.h_slider.setAccessibleName(translate("PointPanel", "Step h"))
        self.h_label = QtWidgets.QLabel(objectName="hLabel")
        self.h_label.setMinimumWidth(90)
        self.h_slider.setMinimumWidth(120)  # in presentation mode the label and button squeezed it to a dot
        self.play_button = QtWidgets.QToolButton(objectName="secantPlayButton")
        self.play_button.setCheckable(True)
        self.play_button.setText(translate("PointPanel", "▶ shrink h"))
        self.play_button.setToolTip(translate("PointPanel",
                                              "Shrink h step by step: watch the secant turn into the tangent (Space)"))
        self.play_button.setAccessibleName(translate("PointPanel", "Shrink h"))
        self.steps_spin = QtWidgets.QSpinBox(objectName="stepsSpin")
        self.steps_spin.setRange(1, 20)
        self.steps_spin.setToolTip(translate("PointPanel", "Rows of the limit table: h = 10⁻¹ … 10⁻ⁿ"))
        self.first_box = QtWidgets.QCheckBox("f′", objectName="showFirstBox")
        self.first_box.setToolTip(translate("PointPanel", "Show the derivative f′ (Ctrl+1)"))
        self.second_box = QtWidgets.QCheckBox("f″", objectName="showSecondBox")
        self.second_box.setToolTip(translate("PointPanel", "Show the second derivative f″ (Ctrl+2)"))
        self.secant_box = QtWidgets.QCheckBox(translate("PointPanel", "secant"), objectName="showSecantBox")
        self.secant_box.setToolTip(translate("PointPanel", "Show the secant through x and x + h"))
        self.readout = Readout(objectName="tangentReadout")
        self.readout.setAccessibleName(translate("PointPanel", "Tangent readout"))
        keep_text_size(self.readout, 1.25)  # the lesson's numbers: larger than the rest, in F5 too
        self.readout.setWordWrap(True)
        self.secant_readout = Readout(self.tr("Secant readout"), objectName="secantReadout")
        self.secant_readout.setWordWrap(True)

        h_row = QtWidgets.QHBoxLayout()
        h_row.addWidget(self.h_slider, 1)
        h_row.addWidget(self.h_label)
        h_row.addWidget(self.play_button)
        show_row = QtWidgets.QHBoxLayout()
        for box in (self.first_box, self.second_box, self.secant_box):
            show_row.addWidget(box)
        show_row.addStretch(1)
        form = QtWidgets.QFormLayout(self)
        # A narrow dock (large presentation type) puts the field under its label, not off screen.
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("PointPanel", "Point &x"), self.x_spin)
        form.addRow(translate("PointPanel", "&Method"), self.method_combo)
        form.addRow(translate("PointPanel", "&Type"), self.dtype_combo)
        step_label = QtWidgets.QLabel(translate("PointPanel", "Step &h"))
        step_label.setBuddy(self.h_slider)  # a row of widgets has no buddy of its own: "&h" showed literally
        form.addRow(step_label, h_row)
        form.addRow(translate("PointPanel", "Table rows"), self.steps_spin)
        form.addRow(translate("PointPanel", "Show"), show_row)
        # In cells: a point move writes new numbers without laying the dock out again.
        form.addRow(TextCell(self.readout))
        form.addRow(TextCell(self.secant_readout))

        self._bind()
        self.play_timer = QtCore.QTimer(self)
        self.play_timer.setInterval(80)
        self.play_timer.timeout.connect(self._shrink_step)
        self.play_button.toggled.connect(self._on_play_toggled)

    def _bind(self) -> None:
        s = self.state
        self.x_spin.valueChanged.connect(lambda v: setattr(s, "x", float(v)))
        self.method_combo.currentIndexChanged.connect(
            lambda i: setattr(s, "method", self.method_combo.itemData(i)))
        self.dtype_combo.currentTextChanged.connect(lambda t: setattr(s, "dtype", t))
        self.h_slider.valueChanged.connect(lambda v: setattr(s, "h", 10 ** (v / H_SLIDER_SCALE)))
        self.steps_spin.valueChanged.connect(lambda v: setattr(s, "steps", int(v)))
        self.first_box.toggled.connect(lambda on: setattr(s, "show_first", on))
        self.second_box.toggled.connect(lambda on: setattr(s, "show_second", on))
        self.secant_box.toggled.connect(lambda on: setattr(s, "show_secant", on))
        s.events.connect(self.sync_from_state)
        self.sync_from_state()

    def sync_from_state(self, *_: object) -> None:
        """Show the state in the widgets without writing back."""
        s = self.state
        widgets = (self.x_spin, self.method_combo, self.dtype_combo, self.h_slider, self.steps_spin,
                   self.first_box, self.second_box, self.secant_box)
        blockers = [QtCore.QSignalBlocker(w) for w in widgets]
        self.x_spin.setValue(s.x)
        self.method_combo.setCurrentIndex(self.method_combo.findData(s.method))
        self.dtype_combo.setCurrentText(s.dtype)
        self.h_slider.setValue(round(math.log10(s.h) * H_SLIDER_SCALE))
        self.steps_spin.setValue(s.steps)
        self.first_box.setChecked(s.show_first)
        self.second_box.setChecked(s.show_second)
        self.secant_box.setChecked(s.show_secant)
        del blockers
        self.h_label.setText(f"h = {s.h:.0e}" if s.h < 1e-3 else f"h = {s.h:g}")
        self.h_slider.setEnabled(s.method != "auto")

    def _on_play_toggled(self, on: bool) -> None:
        if on:
            if self.h_slider.value() <= self.h_slider.minimum():
                self.h_slider.setValue(self.h_slider.maximum())
            self.play_button.setText(translate("PointPanel", "■ stop"))
            self.play_timer.start()
        else:
            self.play_button.setText(translate("PointPanel", "▶ shrink h"))
            self.play_timer.stop()

    def _shrink_step(self) -> None:
        if self.h_slider.value() <= self.h_slider.minimum():
            self.play_button.setChecked(False)
            return
        self.h_slider.setValue(self.h_slider.value() - 1)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() == QtCore.Qt.Key.Key_Space:
            self.play_button.toggle()
            return
        super().keyPressEvent(event)
