"""Undo and redo through the Edit menu's actions."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets


def _action(window, name: str) -> QtGui.QAction:
    action = window.findChild(QtGui.QAction, name)
    assert action is not None, name
    return action


def test_undo_and_redo_an_edit_a_point_move_and_a_setting(qtbot, main_window):
    edit = main_window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    spin = main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin")
    method = main_window.findChild(QtWidgets.QComboBox, "methodCombo")
    undo, redo = _action(main_window, "undoAction"), _action(main_window, "redoAction")
    assert not undo.isEnabled()

    edit.setText("sin x")
    main_window.history.command(main_window.history.count() - 1).at -= 10  # a pause after typing
    spin.setValue(2.0)
    method.setCurrentText("central")
    assert undo.isEnabled()

    undo.trigger()
    assert method.currentText() == "forward"
    undo.trigger()
    assert spin.value() == 1.0
    undo.trigger()
    assert edit.text() == "3x^2 - 4x"
    assert "y = 2x − 3" in main_window.findChild(QtWidgets.QLabel, "tangentReadout").text()

    redo.trigger()
    redo.trigger()
    assert edit.text() == "sin x" and spin.value() == 2.0


def test_a_drag_is_one_undo_step(qtbot, main_window):
    view = main_window.curve_view
    for x in (1.1, 1.2, 1.3, 1.4):
        view.pointDragged.emit(x)
    assert main_window.document.curve.x == 1.4
    _action(main_window, "undoAction").trigger()
    assert main_window.document.curve.x == 1.0


def test_adding_a_function_can_be_undone(qtbot, main_window):
    add = main_window.findChild(QtWidgets.QPushButton, "addFunctionButton")
    qtbot.mouseClick(add, QtCore.Qt.MouseButton.LeftButton)
    assert len(main_window.function_list.rows) == 2
    _action(main_window, "undoAction").trigger()
    assert len(main_window.function_list.rows) == 1
    _action(main_window, "redoAction").trigger()
    assert len(main_window.function_list.rows) == 2


def test_two_variable_point_and_settings_undo_and_mark_the_lesson_changed(qtbot, main_window):
    main_window.function_list.rows[0].edit.setText("x0^2 + x1^2")
    qtbot.waitUntil(lambda: main_window.two_variable_panel is not None)
    panel = main_window.two_variable_panel
    main_window.history.setClean()  # as if just saved
    for x in (0.5, 0.25, 0.0):  # a drag of the point in the field view: one step
        panel.field_view.pointDragged.emit(x, -0.5)
    rate = panel.findChild(QtWidgets.QDoubleSpinBox, "learningRateSpin")
    rate.setValue(0.4)
    assert main_window.isWindowModified()
    _action(main_window, "undoAction").trigger()
    assert rate.value() == 0.1
    _action(main_window, "undoAction").trigger()
    assert panel.findChild(QtWidgets.QDoubleSpinBox, "twoVariablePointX").value() == 1.0
    assert panel.field_view.point_item.pos() == QtCore.QPointF(1.0, 1.0)
    assert not main_window.isWindowModified()
    panel.shutdown()
