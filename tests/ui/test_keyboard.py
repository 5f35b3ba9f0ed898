"""Issue 9: every action has keys, listed in the F1 cheat sheet; the lessons work without a mouse."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from tests.ui.keyboard import MouseClicks, accessible_text, press, type_text

Key, Mod = QtCore.Qt.Key, QtCore.Qt.KeyboardModifier
CONTENT_MENUS = ("recentMenu",)  # lists of files and examples: reached by Alt+letter and the arrows


@pytest.fixture
def clicks():
    """Mouse clicks delivered anywhere in the application during the test."""
    recorder = MouseClicks()
    app = QtWidgets.QApplication.instance()
    app.installEventFilter(recorder)
    yield recorder
    app.removeEventFilter(recorder)


@pytest.fixture
def keyboard_window(qtbot):
    """A window opened on f(x) = x² with the point at x = 0, active and ready for keys."""
    from guicalc.core.document import Document
    from guicalc.ui import MainWindow

    document = Document()
    document.functions[0].text = "x^2"
    document.curve.x = 0.0
    window = MainWindow(document)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.history.setClean()
    window.close()
    window.deleteLater()


def _menu_actions(window) -> list[QtGui.QAction]:
    from guicalc.ui.shortcuts_dialog import menu_rows

    return [action for _, action, _ in menu_rows(window.menuBar())]


def _content_action(window, action: QtGui.QAction) -> bool:
    """An example, a recent file or a language: an item of a list, not a command."""
    menus = [window.examples_menu, window.files.recent_menu, window.language_menu]
    parents = set(action.associatedObjects())
    return any(m in parents or any(sub.menu() in parents for sub in m.actions() if sub.menu()) for m in menus)


def test_every_menu_action_has_a_shortcut_shown_in_the_cheat_sheet(qtbot, keyboard_window):
    main_window = keyboard_window
    main_window.show_surface()  # every tab built
    qtbot.waitUntil(main_window.isActiveWindow)  # the 3D view recreated the window: focus comes back
    actions = _menu_actions(main_window)
    commands = [a for a in actions if not _content_action(main_window, a)]
    assert len(commands) >= 25  # File, Edit, View, Help: the walk found the menus
    missing = [a.text() for a in commands if a.shortcut().isEmpty()]
    assert missing == [], f"menu actions without a shortcut: {missing}"
    keys = [a.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText) for a in commands]
    assert len(set(keys)) == len(keys), f"a shortcut is used twice: {sorted(keys)}"

    press(qtbot, main_window, Key.Key_F1)
    dialog = main_window.findChild(QtWidgets.QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    shown = {(action, keys) for _, action, keys in dialog.rows()}
    for action in commands:
        text = action.text().replace("&", "")
        primary = action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        assert any(a == text and primary in k for a, k in shown), f"{text} ({primary}) not in the cheat sheet"
    examples = [row for row in dialog.rows() if row[0].startswith("Examples")]
    assert len(examples) == 16 and all(keys.startswith("Alt+X, ") for _, _, keys in examples)
    view_keys = dialog.view_table
    assert view_keys.rowCount() >= 10
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, main_window, Key.Key_Escape)
    assert not dialog.isVisible()


def test_toolbar_tooltips_name_the_keys(main_window):
    toolbar = main_window.findChild(QtWidgets.QToolBar, "mainToolBar")
    for action in toolbar.actions():
        keys = action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        assert keys and keys in action.toolTip(), action.toolTip()


def test_tab_shortcuts_switch_views_and_f6_focuses_the_view(qtbot, keyboard_window):
    main_window = keyboard_window
    for key, tab in ((Key.Key_2, lambda: main_window.graph_panel), (Key.Key_3, lambda: main_window.two_variable_panel),
                     (Key.Key_1, lambda: main_window.curve_view)):
        press(qtbot, main_window, key, Mod.AltModifier)
        qtbot.waitUntil(main_window.isActiveWindow)  # the 3D view recreates the window once
        assert main_window.tabs.currentWidget() is tab()
        press(qtbot, main_window, Key.Key_F6)
        assert QtWidgets.QApplication.focusWidget() in (tab(), getattr(tab(), "view", None),
                                                        getattr(tab(), "keyboard_view", None))


def test_d2l_tangent_lesson_without_a_mouse(qtbot, keyboard_window, clicks):
    window = keyboard_window
    assert QtWidgets.QApplication.focusWidget().objectName() == "expressionEdit"  # it opens ready to type
    press(qtbot, window, Key.Key_Tab)
    press(qtbot, window, Key.Key_L, Mod.ControlModifier)  # from anywhere, back to the expression field
    edit = QtWidgets.QApplication.focusWidget()
    assert edit.objectName() == "expressionEdit"
    press(qtbot, window, Key.Key_A, Mod.ControlModifier)
    type_text(qtbot, window, "3x^2 - 4x")
    assert window.document.functions[0].text == "3x^2 - 4x"

    press(qtbot, window, Key.Key_Tab)  # the plot is next: the point moves with the arrows
    plot = QtWidgets.QApplication.focusWidget()
    assert plot is window.curve_view
    while window.document.curve.x < 1:
        press(qtbot, window, Key.Key_Right, Mod.ShiftModifier)
    assert window.document.curve.x == pytest.approx(1.0)

    readout = window.point_panel.readout
    name, text = accessible_text(readout)
    assert name == "Tangent readout"
    assert "slope f′(1) = 2" in text
    assert "tangent: y = 2x − 3" in text
    _, plot_text = accessible_text(plot)
    assert plot_text == "Curve of f(x) = 3x² − 4x with the tangent at x = 1, slope 2"
    assert clicks.seen == []


def test_point_spin_box_reached_by_tab_sets_the_point(qtbot, keyboard_window, clicks):
    window = keyboard_window
    press(qtbot, window, Key.Key_L, Mod.ControlModifier)
    press(qtbot, window, Key.Key_Tab)
    press(qtbot, window, Key.Key_Tab)
    spin = QtWidgets.QApplication.focusWidget()
    assert spin.objectName() == "pointXSpin"
    press(qtbot, window, Key.Key_A, Mod.ControlModifier)
    type_text(qtbot, window, "1")
    press(qtbot, window, Key.Key_Return)
    assert window.document.curve.x == 1.0
    assert "slope f′(1) = 2" in accessible_text(window.point_panel.readout)[1]  # f = x², f′(1) = 2
    assert clicks.seen == []


def test_focused_plot_shows_a_focus_frame(qtbot, keyboard_window):
    from guicalc.export.figure import render_image
    from guicalc.views.focus import FOCUS_COLOR

    view = keyboard_window.curve_view
    edge = QtCore.QPoint(1, view.height() // 2)
    press(qtbot, keyboard_window, Key.Key_L, Mod.ControlModifier)
    assert view.grab().toImage().pixelColor(edge).name() != FOCUS_COLOR.lower()
    press(qtbot, keyboard_window, Key.Key_Tab)
    assert view.hasFocus()
    assert view.grab().toImage().pixelColor(edge).name() == FOCUS_COLOR.lower()
    assert render_image(view).pixelColor(edge).name() != FOCUS_COLOR.lower()  # not in exported figures
    assert view.grab().toImage().pixelColor(edge).name() == FOCUS_COLOR.lower()  # and back after export


def test_graph_steps_from_the_keyboard(qtbot, keyboard_window, clicks):
    window = keyboard_window
    press(qtbot, window, Key.Key_L, Mod.ControlModifier)
    press(qtbot, window, Key.Key_A, Mod.ControlModifier)
    type_text(qtbot, window, "3x^2 - 4x")
    press(qtbot, window, Key.Key_2, Mod.AltModifier)
    press(qtbot, window, Key.Key_F6)
    panel = window.graph_panel
    assert QtWidgets.QApplication.focusWidget() is panel.view
    walk = panel.walk
    total = len(walk.operations)
    assert total >= 3  # 3x^2 - 4x: powers, products and a sum
    press(qtbot, window, Key.Key_Right)
    press(qtbot, window, Key.Key_N)
    assert walk.forward_done == 2
    _, said = accessible_text(panel.view)
    assert said  # the caption (which pass, which rule) is the view's description
    press(qtbot, window, Key.Key_Home)
    assert walk.forward_done == 0
    for _ in range(total):
        press(qtbot, window, Key.Key_Space)
    assert walk.forward_done == total and not panel.step_forward.isEnabled()
    press(qtbot, window, Key.Key_Space)  # Space goes on into the backward pass
    press(qtbot, window, Key.Key_Left)
    assert walk.backward_done == 2
    press(qtbot, window, Key.Key_P)
    assert walk.backward_done == 3
    assert clicks.seen == []


def test_point_direction_and_descent_from_the_keyboard(qtbot, keyboard_window, clicks):
    window = keyboard_window
    press(qtbot, window, Key.Key_3, Mod.AltModifier)  # f(x0, x1) = x0² + x1², point (1, 1), v at 45°
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, Key.Key_F6)
    panel = window.two_variable_panel
    field = panel.field_view
    assert QtWidgets.QApplication.focusWidget() is field
    readout = panel.directional_label
    assert "D_u f = ∇f · u = 2.82843" in accessible_text(readout)[1]  # ∇f = (2, 2), u = (1, 1)/√2

    press(qtbot, window, Key.Key_BracketRight, Mod.ShiftModifier)  # +45°: v points up
    assert panel.angle_spin.value() == 90
    assert "D_u f = ∇f · u = 2\n" in readout.text()
    press(qtbot, window, Key.Key_BracketLeft)
    assert panel.angle_spin.value() == 85

    press(qtbot, window, Key.Key_BracketRight)
    press(qtbot, window, Key.Key_Up)
    press(qtbot, window, Key.Key_Right)
    assert panel.state.point == (1.1, 1.1)
    assert "D_u f = ∇f · u = 2.2\n" in readout.text()  # ∂f/∂x1 = 2 · 1.1
    press(qtbot, window, Key.Key_Left, Mod.ShiftModifier)
    assert panel.state.point == (0.1, 1.1)

    press(qtbot, window, Key.Key_Left, Mod.ControlModifier)
    assert panel.state.descent_start == (-1.6, 1.5)
    _, described = accessible_text(field)
    assert "point (x0, x1) = (0.1, 1.1)" in described and "v at 90°" in described
    assert "descent starts at (−1.6, 1.5)" in described
    press(qtbot, window, Key.Key_Return)
    assert panel.is_animating()  # the run is revealed step by step; its start is the one the keys chose
    assert panel.state.descent.points[0].tolist() == [-1.6, 1.5]
    qtbot.waitUntil(lambda: accessible_text(panel.status_label)[1].startswith("Step "))
    assert clicks.seen == []
