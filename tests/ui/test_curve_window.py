"""Issue 3's acceptance, driven through the real widgets."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from tests.ui.drag import drag, view_to_viewport


def _find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def _type_expression(qtbot, window, text: str) -> None:
    edit = _find(window, QtWidgets.QLineEdit, "expressionEdit")
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _table_column(window, column: int) -> list[str]:
    table = _find(window, QtWidgets.QTableWidget, "limitTable")
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _function_curve(window):
    view = window.curve_view
    key = next(k for k in view.curve_keys() if k.endswith(":0"))
    return view.curve(key)


def test_opens_with_the_default_example_at_x_1(main_window):
    readout = _find(main_window, QtWidgets.QLabel, "tangentReadout").text()
    assert "slope f′(1) = 2" in readout
    assert "y = 2x − 3" in readout
    assert _find(main_window, QtWidgets.QDoubleSpinBox, "pointXSpin").value() == 1.0


def test_typing_and_dragging_the_point_to_1_shows_the_tangent(qtbot, main_window):
    _type_expression(qtbot, main_window, "3x^2-4x")
    spin = _find(main_window, QtWidgets.QDoubleSpinBox, "pointXSpin")
    spin.setValue(2.0)
    assert "slope f′(2) = 8" in _find(main_window, QtWidgets.QLabel, "tangentReadout").text()

    view = main_window.curve_view
    start = view_to_viewport(view, 2.0, 4.0)  # f(2) = 12 − 8 = 4
    end = view_to_viewport(view, 1.0, -1.0)
    drag(view, start, end)

    readout = _find(main_window, QtWidgets.QLabel, "tangentReadout").text()
    assert spin.value() == pytest.approx(1.0)
    assert "slope f′(1) = 2" in readout
    assert "tangent: y = 2x − 3" in readout
    # The point stays on the curve: its y is f(1) = −1 wherever the mouse let go.
    assert view.point.pos().y() == pytest.approx(-1.0)


def test_forward_limit_table_at_1_reproduces_the_notes(qtbot, main_window):
    _find(main_window, QtWidgets.QComboBox, "methodCombo").setCurrentText("forward")
    _find(main_window, QtWidgets.QComboBox, "dtypeCombo").setCurrentText("float64")
    quotients = _table_column(main_window, 1)
    assert quotients[:5] == ["2.30000", "2.03000", "2.00300", "2.00030", "2.00003"]
    assert _table_column(main_window, 0)[:5] == ["0.10000", "0.01000", "0.00100", "0.00010", "0.00001"]


def test_float16_breakdown_is_shown_in_words(qtbot, main_window):
    combo = _find(main_window, QtWidgets.QComboBox, "dtypeCombo")
    combo.setFocus()
    combo.setCurrentText("float16")
    notes = _table_column(main_window, 3)
    assert any("rounds back to x in float16" in n for n in notes)
    assert any("rounds to 0 in float16" in n for n in notes)
    quotients = _table_column(main_window, 1)
    assert quotients[notes.index(next(n for n in notes if "rounds to 0" in n))] == "—"
    message = main_window.limit_panel.error_view.message
    qtbot.waitUntil(lambda: "float16" in message.toPlainText())
    assert message.isVisible()
    assert "float16 loses h" in message.toPlainText()
    assert "breaks down" in message.toPlainText()


def test_a_bad_expression_shows_its_column_and_keeps_the_plot(qtbot, main_window):
    _type_expression(qtbot, main_window, "3x^2")
    before = _function_curve(main_window).yData.copy()
    edit = _find(main_window, QtWidgets.QLineEdit, "expressionEdit")
    qtbot.keyClicks(edit, "-")  # now "3x^2-": the last good plot is 3x^2's
    assert edit.text() == "3x^2-"
    error = _find(main_window, QtWidgets.QLabel, "expressionError")
    assert error.isVisible()
    assert error.text().startswith("Column 6:")
    assert "Column 6" in edit.toolTip()
    assert "Column 6" in main_window.statusBar().currentMessage()
    np.testing.assert_array_equal(_function_curve(main_window).yData, before)


@pytest.mark.parametrize(("text", "poles"), [
    ("1/x", [0.0]),
    ("tan x", [-3 * math.pi / 2, -math.pi / 2, math.pi / 2, 3 * math.pi / 2]),
])
def test_no_segment_is_drawn_across_a_pole(qtbot, main_window, text, poles):
    main_window.curve_view.set_x_range(-5, 5)
    _type_expression(qtbot, main_window, text)
    qtbot.waitUntil(lambda: _function_curve(main_window).xData.min() < -4.9)
    curve = _function_curve(main_window)
    xs, ys = curve.xData, curve.yData
    drawn = np.isfinite(ys[:-1]) & np.isfinite(ys[1:])
    for pole in poles:
        crossing = drawn & (xs[:-1] < pole) & (xs[1:] > pole)
        assert not crossing.any(), f"a segment crosses the pole at {pole}"
    assert drawn.sum() > 1000  # the branches themselves are drawn


def test_arrow_keys_move_the_point_along_the_curve(qtbot, main_window):
    view = main_window.curve_view
    view.setFocus()
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Right)
    spin = _find(main_window, QtWidgets.QDoubleSpinBox, "pointXSpin")
    assert spin.value() == pytest.approx(1.01)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Left, QtCore.Qt.KeyboardModifier.ShiftModifier)
    assert spin.value() == pytest.approx(0.91)
    assert view.point.pos().y() == pytest.approx(3 * 0.91**2 - 4 * 0.91)


def test_derivative_toggles_add_and_remove_curves(qtbot, main_window):
    view = main_window.curve_view
    labels = lambda: [text.text for _, text in view.legend.items]  # noqa: E731
    assert any(label.startswith("f′(x) = 6x − 4") for label in labels())
    second = _find(main_window, QtWidgets.QCheckBox, "showSecondBox")
    qtbot.mouseClick(second, QtCore.Qt.MouseButton.LeftButton)
    assert any(label.startswith("f″(x) = 6") for label in labels())
    qtbot.mouseClick(second, QtCore.Qt.MouseButton.LeftButton)
    assert not any(label.startswith("f″") for label in labels())


def test_play_shrinks_h_and_the_secant_approaches_the_tangent(qtbot, main_window):
    readout = _find(main_window, QtWidgets.QLabel, "secantReadout")
    assert "= 2.3" in readout.text()
    play = _find(main_window, QtWidgets.QToolButton, "secantPlayButton")
    qtbot.mouseClick(play, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.document.curve.h < 1e-3, timeout=5000)
    qtbot.mouseClick(play, QtCore.Qt.MouseButton.LeftButton)
    slope = float(readout.text().split("= ")[-1].split()[0])
    assert abs(slope - 2) < 3e-3
    xs, ys = main_window.curve_view.secant.getData()
    assert (ys[1] - ys[0]) / (xs[1] - xs[0]) == pytest.approx(slope, rel=1e-6)


def test_free_symbols_become_sliders(qtbot, main_window):
    _type_expression(qtbot, main_window, "a x^2")
    qtbot.waitUntil(lambda: main_window.findChild(QtWidgets.QSlider, "param_a") is not None)  # after a pause
    slider = _find(main_window, QtWidgets.QSlider, "param_a")
    assert slider.isVisible()
    main_window.document.parameters["a"].value = 2.0
    readout = _find(main_window, QtWidgets.QLabel, "tangentReadout").text()
    assert "slope f′(1) = 4" in readout


def test_adding_a_second_function_plots_it_in_its_own_colour(qtbot, main_window):
    add = _find(main_window, QtWidgets.QPushButton, "addFunctionButton")
    qtbot.mouseClick(add, QtCore.Qt.MouseButton.LeftButton)
    row = main_window.function_list.rows[1]
    qtbot.keyClicks(row.edit, "sin x")
    view = main_window.curve_view
    assert len([k for k in view.curve_keys() if k.endswith(":0")]) == 2
    colors = {view.curve(k).opts["pen"].color().name() for k in view.curve_keys() if k.endswith(":0")}
    assert len(colors) == 2
    qtbot.mouseClick(row.remove_button, QtCore.Qt.MouseButton.LeftButton)
    assert len([k for k in view.curve_keys() if k.endswith(":0")]) == 1


def test_deferred_start_paints_first_then_builds_the_panels(qtbot):
    from guicalc.ui import MainWindow

    window = MainWindow(deferred=True)
    qtbot.addWidget(window)
    assert window.controller is None  # nothing that needs sympy before the first paint
    with qtbot.waitSignal(window.ready, timeout=10000):
        window.show()
    readout = _find(window, QtWidgets.QLabel, "tangentReadout").text()
    assert "y = 2x − 3" in readout
