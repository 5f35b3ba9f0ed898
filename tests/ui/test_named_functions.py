"""Issue 21: rows f(x) = …, g(x) = f(x) + 1 that call each other, typed into the real list."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets


def _curve(window, f):
    return window.curve_view.curve(f"{id(f)}:0")


def _type(qtbot, edit: QtWidgets.QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    controller = edit.window().controller
    qtbot.waitUntil(lambda: not controller.typing)  # the legend's formulas come after the typing pause


def test_g_calls_f_and_is_drawn_as_x2_plus_1_and_a_cycle_is_refused(qtbot, main_window):
    window = main_window
    rows = window.function_list.rows
    _type(qtbot, rows[0].edit, "f(x) = x^2")
    window.function_list.add_function()
    _type(qtbot, rows[1].edit, "g(x) = f(x) + 1")
    f, g = window.document.functions
    xs, ys = _curve(window, g).getData()
    finite = np.isfinite(ys)
    np.testing.assert_allclose(ys[finite], xs[finite] ** 2 + 1, rtol=1e-15)  # numpy's x² + 1
    assert _curve(window, g).name() == "g(x) = x² + 1"
    # Editing f changes g.
    _type(qtbot, rows[0].edit, "f(x) = 2x")
    xs, ys = _curve(window, g).getData()
    np.testing.assert_allclose(ys, 2 * xs + 1, rtol=1e-15)
    # f refers to g, which refers to f: refused, naming the cycle; the last good curves stay.
    _type(qtbot, rows[0].edit, "f(x) = g(x) - 1")
    error = rows[0].error_label
    assert error.isVisible()
    assert "f refers to itself: f → g → f" in error.text()
    assert rows[0].edit.error is not None  # underlined, at the call of g
    assert rows[0].edit.text()[rows[0].edit.error.position] == "g"
    assert "g refers to itself: g → f → g" in rows[1].error_label.text()  # g's row says so too
    xs, ys = _curve(window, g).getData()
    np.testing.assert_allclose(ys, 2 * xs + 1, rtol=1e-15)
    # Breaking the cycle clears both rows.
    _type(qtbot, rows[0].edit, "f(x) = sin x")
    assert not rows[0].error_label.isVisible() and not rows[1].error_label.isVisible()
    xs, ys = _curve(window, g).getData()
    np.testing.assert_allclose(ys, np.sin(xs) + 1, rtol=1e-15)


def test_a_row_may_call_the_derivative_of_another(qtbot, main_window):
    window = main_window
    window.document.functions[0].text = "f(x) = x^3"
    window.function_list.add_function()
    edit = window.function_list.rows[1].edit
    qtbot.keyClicks(edit, "h(x) = f")
    edit.insert("′")  # QTest types ASCII only: as from a character palette
    qtbot.keyClicks(edit, "(x)")
    h = window.document.functions[1]
    xs, ys = _curve(window, h).getData()
    np.testing.assert_allclose(ys, 3 * xs**2, rtol=1e-15)
    assert window.document.functions[1].parsed().name == "h"
    edit.selectAll()
    qtbot.keyClicks(edit, "h(x) = f''(x)")  # two apostrophes: f″
    xs, ys = _curve(window, h).getData()
    np.testing.assert_allclose(ys, 6 * xs, rtol=1e-15)
