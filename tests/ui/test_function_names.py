"""Each function its own name (f, g, h) and a colour no tangent, secant or derivative has."""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets

from guicalc.ui.curve_controller import DERIVATIVE_STYLES
from guicalc.views.curve_view import SECANT_COLOR, TANGENT_COLOR


def _legend(window) -> list[str]:
    return [label.text for _, label in window.curve_view.legend.items]


def test_two_functions_have_their_own_names_and_colours(qtbot, main_window):
    window = main_window
    window.add_action.trigger()
    window.function_list.rows[1].edit.setText("sin(x)")
    window.add_action.trigger()
    window.function_list.rows[2].edit.setText("x^3")
    colours = [QtGui.QColor(f.color).name() for f in window.document.functions]
    reserved = {QtGui.QColor(c).name() for c in (TANGENT_COLOR, SECANT_COLOR,
                                                  *(color for _, color in DERIVATIVE_STYLES.values()))}
    assert len(set(colours)) == 3 and not set(colours) & reserved, colours
    legend = _legend(window)
    assert "f(x) = 3x² − 4x" in legend and "g(x) = sin(x)" in legend and "h(x) = x³" in legend, legend
    assert [row.name_label.text() for row in window.function_list.rows] == ["f(x) =", "g(x) =", "h(x) ="]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.function_list.rows[1].edit.setFocus()  # g becomes the function the tangent is drawn on
    qtbot.waitUntil(lambda: "g(x) = " in window.point_panel.readout.text())
    readout = window.point_panel.readout.text()
    assert "slope g′(1) = 0.5403" in readout, readout  # cos 1 = 0.54030…

    window.function_list.rows[0].remove_button.click()  # g is now the first: it becomes f
    assert [row.name_label.text() for row in window.function_list.rows] == ["f(x) =", "g(x) ="]
    assert "f(x) = sin(x)" in _legend(window), _legend(window)
    assert isinstance(window.function_list.rows[0].name_label, QtWidgets.QLabel)
