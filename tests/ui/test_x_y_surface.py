"""Issue 21: x and y are the two variables of a surface, as in Desmos 3D and GeoGebra."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


def test_typing_x2_plus_y2_opens_the_surface_and_field_in_x_and_y(qtbot, main_window):
    window = main_window
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "x^2 + y^2")
    qtbot.waitUntil(lambda: window.two_variable_panel is not None)
    panel = window.two_variable_panel
    qtbot.waitUntil(lambda: panel.state.function is not None and panel.state.function.text == "x^2 + y^2")
    assert window.document.view.tab == "surface"
    assert panel.state.function.variables == ("x", "y")
    assert "y" not in window.parameter_panel.rows  # no slider y
    panel.set_point(0.5, -2)
    field = panel.field_view.accessibleDescription()
    assert field.startswith("Contours and −∇f arrows of f(x, y) = x^2 + y^2")
    assert "point (x, y) = (0.5, −2), f = 4.25" in field  # 0.5² + (−2)²
    f, dfdx, dfdy = panel.state.function.exact(0.5, -2)
    assert (f, dfdx, dfdy) == (4.25, 1.0, -4.0)  # 2x, 2y
    panel.shutdown()


def test_numbered_variables_keep_working(qtbot, main_window):
    window = main_window
    window.function_list.rows[0].edit.setText("x0^2 + x1^2")
    qtbot.waitUntil(lambda: window.two_variable_panel is not None)
    assert window.two_variable_panel.state.function.variables == ("x0", "x1")
    window.two_variable_panel.shutdown()


def test_a_curve_in_y_alone_or_with_a_parameter_stays_a_curve(qtbot, main_window):
    window = main_window
    window.document.functions[0].text = "a*x + y"  # three letters: x the variable, a and y sliders
    assert window.controller.analyses[id(window.document.functions[0])].variable == "x"
    assert window.two_variable_panel is None
