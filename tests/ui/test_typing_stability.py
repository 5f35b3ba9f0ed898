"""Issue 21: typing never flashes a half-typed function as the lesson, and the sliders
always follow the text in the editor (typed key by key into the real window)."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets


def _edit(window) -> QtWidgets.QLineEdit:
    return window.findChild(QtWidgets.QLineEdit, "expressionEdit")


def _clear(qtbot, window) -> None:
    edit = _edit(window)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Delete)


def _visible_sliders(window) -> set[str]:
    return {s.objectName().removeprefix("param_") for s in window.findChildren(QtWidgets.QSlider)
            if s.objectName().startswith("param_") and s.isVisible()}


PAUSE_MS = 40


def _type_watching_sliders(qtbot, window, text: str) -> list[set[str]]:
    """Type ``text`` one key at a time, pausing after each key long enough for new sliders
    to come (the most a user could see); the sliders shown after each key."""
    window.controller.slider_pause_ms = PAUSE_MS
    seen = []
    for key in text:
        qtbot.keyClicks(_edit(window), key)
        qtbot.wait(3 * PAUSE_MS)
        seen.append(_visible_sliders(window))
    return seen


def _function_curve(window):
    key = next(k for k in window.curve_view.curve_keys() if k.endswith(":0"))
    return window.curve_view.curve(key)


def test_typing_sin_kx_shows_only_the_slider_k(qtbot, main_window):
    _clear(qtbot, main_window)
    seen = _type_watching_sliders(qtbot, main_window, "sin(k*x)")
    assert not set().union(*seen) & {"s", "i", "n"}, seen
    assert seen[-1] == {"k"}
    assert _edit(main_window).text() == "sin(k*x)"


def test_typing_a_dot_product_ends_with_no_slider(qtbot, main_window):
    _clear(qtbot, main_window)
    seen = _type_watching_sliders(qtbot, main_window, "2*dot(x, x)")
    assert not set().union(*seen) & {"d", "o", "t"}, seen
    assert seen[-1] == set()


def test_a_half_typed_name_keeps_the_last_plot_and_says_so_quietly(qtbot, main_window):
    window = main_window
    _clear(qtbot, window)
    qtbot.keyClicks(_edit(window), "x^2 + ")
    qtbot.keyClicks(_edit(window), "3")
    before = _function_curve(window).yData.copy()
    xs = _function_curve(window).xData
    np.testing.assert_allclose(before, xs**2 + 3)  # numpy's own x² + 3 on the drawn x
    qtbot.keyClicks(_edit(window), "si")
    np.testing.assert_array_equal(_function_curve(window).yData, before)  # no 3·s·i drawn
    hint = window.findChild(QtWidgets.QLabel, "expressionError")
    assert hint.isVisible() and "keep typing" in hint.text() and "sin" in hint.text()
    assert _edit(window).error is None  # nothing underlined: the word is being typed
    readout = window.findChild(QtWidgets.QLabel, "tangentReadout").text()
    assert readout.startswith("x = ")  # the point stays on x², not on a variable i
    assert _visible_sliders(window) == set()


def test_the_slider_panel_follows_the_text_not_the_edit_before(qtbot, main_window):
    window = main_window
    window.controller.slider_pause_ms = PAUSE_MS
    window.document.functions[0].text = "a*x"  # pasted
    qtbot.waitUntil(lambda: _visible_sliders(window) == {"a"})
    window.document.functions[0].text = "3x"  # pasted over it: a goes at once
    assert _visible_sliders(window) == set()
    window.document.functions[0].text = "b*x + c"
    qtbot.waitUntil(lambda: _visible_sliders(window) == {"b", "c"})


def test_a_new_slider_waits_for_a_pause_in_the_typing(qtbot, main_window):
    window = main_window
    _clear(qtbot, window)
    qtbot.keyClicks(_edit(window), "x + 3s")
    assert _visible_sliders(window) == set()  # "s" may be the start of sin: not yet
    qtbot.keyClicks(_edit(window), "in x")
    qtbot.wait(window.controller.slider_pause_ms + 200)
    assert _visible_sliders(window) == set()
    qtbot.keyClicks(_edit(window), " + a")
    qtbot.waitUntil(lambda: _visible_sliders(window) == {"a"})
