"""Presentation mode, themes and the graph tab, through the window's own actions."""

from __future__ import annotations

import json

import pytest
from PySide6 import QtCore, QtGui, QtWidgets


@pytest.fixture
def settings(tmp_path, monkeypatch):
    """Settings in a temporary folder, so tests never touch the user's."""
    from guicalc import settings

    monkeypatch.setenv(settings.ENVIRONMENT, str(tmp_path))
    return settings


def test_f5_then_escape_restores_the_layout(qtbot, settings, main_window):
    app = QtWidgets.QApplication.instance()
    font_before = QtGui.QFont(app.font())
    pixels_before = QtGui.QFontInfo(font_before).pixelSize()
    geometry_before = main_window.geometry()
    docks_before = [d.isVisible() for d in (main_window.function_dock, main_window.limit_dock)]
    width_before = main_window.curve_view.tangent.opts["pen"].widthF()

    main_window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, QtCore.Qt.Key.Key_F5)
    assert main_window.presentation.active
    # The screen's height / 45: 22 px on the tests' 1000-line screen (24 at 1080, 16 at 720).
    assert QtGui.QFontInfo(app.font()).pixelSize() == round(main_window.screen().geometry().height() / 45)
    assert QtGui.QFontInfo(app.font()).pixelSize() >= 1.5 * pixels_before
    assert main_window.curve_view.tangent.opts["pen"].widthF() >= 2.5 * width_before
    assert not main_window.limit_dock.isVisible()
    assert main_window.isFullScreen()

    qtbot.keyClick(main_window, QtCore.Qt.Key.Key_Escape)
    assert not main_window.presentation.active
    assert app.font() == font_before
    assert main_window.curve_view.tangent.opts["pen"].widthF() == width_before
    assert [d.isVisible() for d in (main_window.function_dock, main_window.limit_dock)] == docks_before
    qtbot.waitUntil(lambda: main_window.geometry() == geometry_before)


def test_the_chosen_theme_persists(qtbot, settings, main_window):
    dark = main_window.findChild(QtGui.QAction, "themeDarkAction")
    dark.trigger()
    assert main_window.curve_view.backgroundBrush().color().name() == "#1e1e1e"
    assert json.loads(settings.path().read_text())["theme"] == "dark"
    from guicalc.ui import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.theme_name == "dark"
    assert again.findChild(QtGui.QAction, "themeDarkAction").isChecked()
    main_window.findChild(QtGui.QAction, "themeLightAction").trigger()


def test_the_graph_tab_follows_the_function_being_edited(qtbot, main_window):
    edit = main_window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    edit.setText("(a + b)*c")
    panel = main_window.graph_panel
    main_window.tabs.setCurrentWidget(panel)  # the hidden tab builds the function when shown
    for name, value in (("a", "50"), ("b", "70"), ("c", "2")):
        field = panel.findChild(QtWidgets.QLineEdit, f"graphInput_{name}")
        field.setText(value)
        field.editingFinished.emit()
    button = panel.findChild(QtWidgets.QPushButton, "graphStepBackward")
    while button.isEnabled():
        qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    assert panel.walk.trace.output == 240
    assert main_window.current_figure() is panel.view


def test_every_example_opens_from_the_menu(qtbot, main_window):
    from guicalc.core.examples import all_examples

    menus = [a.menu() for a in main_window.examples_menu.actions() if a.menu()]
    actions = [a for menu in menus for a in menu.actions()]
    assert [a.text() for a in actions] == [e.title for e in all_examples()]
    for action, example in zip(actions, all_examples(), strict=True):
        action.trigger()
        assert main_window.document.functions[0].text == example.expression
        assert main_window.statusBar().currentMessage() == f"Example: {example.title}"
    first = actions[0]
    first.trigger()
    readout = main_window.findChild(QtWidgets.QLabel, "tangentReadout").text()
    assert "y = 2x − 3" in readout
    quotients = [main_window.limit_panel.table.item(r, 1).text() for r in range(5)]
    assert quotients == ["2.30000", "2.03000", "2.00300", "2.00030", "2.00003"]


def test_a_two_variable_function_opens_the_surface_and_field(qtbot, main_window):
    main_window.findChild(QtWidgets.QLineEdit, "expressionEdit").setText("x0^2 + x1^2")
    panel = main_window.two_variable_panel
    assert panel is not None and main_window.tabs.currentWidget() is panel
    panel.set_point(-1.0, 2.0)
    readout = main_window.findChild(QtWidgets.QLabel, "gradientReadout").text()
    assert "(−2, 4)" in readout
