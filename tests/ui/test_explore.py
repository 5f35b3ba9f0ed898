"""Issue 21: trace, points of interest and pinned points on the real curve plot."""

from __future__ import annotations

import math

import mpmath
import pytest
import sympy as sp
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from tests.ui.drag import send_mouse, view_to_viewport


def _hover(qtbot: QtBot, view, x: float, y: float) -> None:
    pos = view_to_viewport(view, x, y)
    send_mouse(view.viewport(), QtCore.QEvent.Type.MouseMove, pos, QtCore.Qt.MouseButton.NoButton)
    QtWidgets.QApplication.processEvents()


def _click(qtbot: QtBot, view, x: float, y: float) -> None:
    pos = view_to_viewport(view, x, y).toPoint()
    qtbot.mouseMove(view.viewport(), pos)
    qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=pos)
    QtWidgets.QApplication.processEvents()


def _settled_points(qtbot, window):
    window.explore.refresh_points()
    return window.explore.points


def test_hovering_over_the_default_curve_at_x_1_shows_1_minus_1(qtbot, main_window):
    view = main_window.curve_view
    assert main_window.document.functions[0].text == "3x^2 - 4x"
    _hover(qtbot, view, 1.0, -1.0)
    assert view.explore.trace_text == "(1, −1)"
    _hover(qtbot, view, 1.003, -0.9)  # beside the curve, off the grid: snapped onto it
    assert view.explore.trace_text == "(1, −1)"
    x0, x1 = view.x_range()
    _hover(qtbot, view, 2.0, 30.0 if x1 > 0 else 0)  # far from the curve: nothing traced
    assert view.explore.trace_text == ""


def test_clicking_while_tracing_pins_a_labelled_point(qtbot, main_window):
    view = main_window.curve_view
    _click(qtbot, view, 2.0, 4.0)  # 3·2² − 4·2 = 4 (the point itself sits at x = 1)
    assert view.explore.pin_texts == ["(2, 4)"]
    x, y = view.explore.pins.getData()
    assert (list(x), list(y)) == ([2.0], [4.0])
    assert main_window.document.curve.pins == ((0, 2.0),)  # saved with the lesson
    assert main_window.undo_action.text() == "Undo change pinned points"
    main_window.undo_action.trigger()
    assert view.explore.pin_texts == []
    main_window.redo_action.trigger()
    main_window.document.functions[0].text = "x^3"  # a pin stays on its curve: (2, 8) now
    assert view.explore.pin_texts == ["(2, 8)"]


def test_enter_pins_the_point_and_brackets_jump_to_points_of_interest(qtbot, main_window):
    view = main_window.curve_view
    view.setFocus()
    main_window.document.curve.x = 0.1
    qtbot.keyClick(view, QtCore.Qt.Key.Key_BracketRight)
    assert main_window.document.curve.x == pytest.approx(2 / 3, abs=1e-12)  # the minimum
    assert view.explore.interest_text == "local minimum (0.666667, −1.33333)"
    qtbot.keyClick(view, QtCore.Qt.Key.Key_BracketRight)
    assert main_window.document.curve.x == pytest.approx(4 / 3, abs=1e-12)  # the root
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Return)
    assert view.explore.pin_texts == ["(1.33333, 0)"]
    qtbot.keyClick(view, QtCore.Qt.Key.Key_BracketLeft)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_BracketLeft)
    assert main_window.document.curve.x == 0.0  # the root at 0


def test_the_default_lesson_shows_its_roots_and_minimum_as_grey_dots(qtbot, main_window):
    points = _settled_points(qtbot, main_window)
    x = sp.Symbol("x", real=True)
    roots = sorted(float(r) for r in sp.solve(3 * x**2 - 4 * x, x))
    found = sorted(p.x for p in points if p.kind == "root")
    assert found == pytest.approx(roots, abs=1e-12)
    minimum = next(p for p in points if p.kind == "minimum")
    assert (minimum.x, minimum.y) == pytest.approx((2 / 3, -4 / 3), abs=1e-12)
    dots = main_window.curve_view.explore.interest
    xs, ys = dots.getData()
    assert sorted(xs) == pytest.approx(sorted([*roots, 2 / 3]), abs=1e-12)
    # A click on the dot shows its coordinates.
    _click(qtbot, main_window.curve_view, minimum.x, minimum.y)
    assert main_window.curve_view.explore.interest_text == "local minimum (0.666667, −1.33333)"


def test_tan_shows_no_root_at_its_poles(qtbot, main_window):
    main_window.document.functions[0].text = "tan x"
    main_window.curve_view.set_x_range(-5, 5)
    qtbot.wait(50)
    points = _settled_points(qtbot, main_window)
    for p in points:
        if p.kind == "root":
            k = round(p.x / math.pi)
            assert abs(p.x - float(k * mpmath.pi)) < 1e-12
    poles = [p.x for p in points if p.kind == "discontinuity"]
    assert poles == pytest.approx([float((k + 0.5) * mpmath.pi) for k in (-2, -1, 0, 1)], abs=1e-12)


def test_two_functions_intersect_at_plus_and_minus_1(qtbot, main_window):
    window = main_window
    window.document.functions[0].text = "x^2"
    window.function_list.add_function()
    qtbot.keyClicks(window.function_list.rows[1].edit, "2 - x^2")
    window.curve_view.set_x_range(-3, 3)
    qtbot.wait(50)
    crossings = sorted(p.x for p in _settled_points(qtbot, window) if p.kind == "intersection")
    assert crossings == pytest.approx([-1.0, 1.0], abs=1e-12)


def _grey_dots(window) -> list[tuple[float, str]]:
    """The points of interest on the plot: (x, label) of each dot, left to right."""
    interest = window.curve_view.explore.interest
    return sorted((float(x), str(text)) for x, text in zip(interest.data["x"], interest.data["data"], strict=True))


def test_only_the_active_functions_points_and_crossings_are_shown(qtbot, main_window):
    """As in Desmos: the selected curve's own points and where it crosses the others; the
    other curves' roots and extrema wait until their row is clicked."""
    window = main_window
    window.activateWindow()
    qtbot.waitActive(window)  # a click in a row's editor gives it the focus, and makes it the active row
    window.document.functions[0].text = "x^2"
    for text in ("2 - x^2", "x + 10"):
        window.function_list.add_function()
        qtbot.keyClicks(window.function_list.rows[-1].edit, text)
    window.curve_view.set_x_range(-3, 3)
    qtbot.mouseClick(window.function_list.rows[0].edit, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_grey_dots(window)) == 5)  # after the curves settle
    # f = x²: its minimum and root at 0, crossing g at ±1 and h at (1 − √41)/2.
    xs = [x for x, _ in _grey_dots(window)]
    assert xs == pytest.approx([(1 - math.sqrt(41)) / 2, -1, 0, 0, 1], abs=1e-9)
    qtbot.mouseClick(window.function_list.rows[1].edit, QtCore.Qt.MouseButton.LeftButton)
    # g = 2 − x²: its roots ±√2 and maximum at 0, crossing f at ±1 (h never meets it).
    qtbot.waitUntil(lambda: [x for x, _ in _grey_dots(window)] == pytest.approx(
        [-math.sqrt(2), -1, 0, 1, math.sqrt(2)], abs=1e-9))
    assert any("maximum" in text for _, text in _grey_dots(window))
