"""A keystroke redraws the curve at once; the legend's formula, the readout and the limit
table follow when the typing pauses (issue 16: they were 4/5 of a keystroke's cost)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from guicalc.core.parse import parse
from guicalc.core.typed import reading as reading_of
from guicalc.i18n import translate

PAUSE_MS = 1500
"""Longer than the app's pause, so that the checks between keystroke and pause hold on a loaded machine."""


class _Paints(QtCore.QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QtWidgets.QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QtCore.QEvent.Type.Paint:
            self.count += 1
        return False


def _legend(window) -> list[str]:
    return [label.text for _, label in window.curve_view.legend.items]


def _readout(window) -> str:
    return window.findChild(QtWidgets.QLabel, "tangentReadout").text()


def _function_curve(window):
    return window.curve_view.curve(next(k for k in window.curve_view.curve_keys() if k.endswith(":0")))


def test_a_keystroke_repaints_the_curve_and_the_rest_follows_after_the_pause(qtbot, main_window):
    window = main_window
    window.controller.typing_pause_ms = PAUSE_MS
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    window.document.functions[0].text = "3x^2 - 4x + 0"  # set whole (not typed): shown at once
    assert edit.text() == "3x^2 - 4x + 0" and window.document.curve.x == 1.0
    before = _readout(window)
    assert "slope f′(1) = 2" in before and "f(x) = −1" in before
    table = window.findChild(QtWidgets.QTableWidget, "limitTable")
    quotients = [table.item(r, 1).text() for r in range(table.rowCount())]
    paints = _Paints(window.curve_view.viewport())
    reading = window.findChild(QtWidgets.QLabel, "expressionReading")
    read_before = reading.text()

    edit.setFocus()
    edit.setSelection(len(edit.text()) - 1, 1)
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_X)  # 3x^2 - 4x + x: f(1) = 0, f′(1) = 3
    assert reading.text() == read_before  # "read as" waits for the pause too
    qtbot.waitUntil(lambda: paints.count > 0, timeout=PAUSE_MS // 2)

    # At once: the new curve and f′ (against numpy's own 3x² − 3x and 6x − 3), the point on it, the tangent
    # through it and the secant's ends on it (forward, h = 0.1).
    xs, ys = _function_curve(window).getData()
    assert np.allclose(ys, 3 * xs**2 - 3 * xs)
    dxs, dys = window.curve_view.curve(next(k for k in window.curve_view.curve_keys() if k.endswith(":1"))).getData()
    assert np.allclose(dys, 6 * dxs - 3)  # f′ too
    assert window.curve_view.point.pos().y() == pytest.approx(0.0)
    tx, ty = window.curve_view.tangent.getData()
    assert np.allclose(ty, 3 * (tx - 1))
    ends = window.curve_view.secant_points.getData()
    assert np.allclose(ends[1], 3 * ends[0] ** 2 - 3 * ends[0]) and np.allclose(ends[0], [1.0, 1.1])
    # Not yet: the legend's formula, the readout and the table wait for the pause.
    assert window.controller.typing
    assert _readout(window) == before
    assert "f(x) = 3x² − 4x" in _legend(window)
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == quotients

    qtbot.waitUntil(lambda: not window.controller.typing, timeout=3 * PAUSE_MS)
    readout = _readout(window)
    assert "f(x) = 0" in readout and "slope f′(1) = 3" in readout and "y = 3x − 3" in readout
    assert "f(x) = 3x² − 3x" in _legend(window), _legend(window)
    # Forward quotients of 3x² − 3x at 1, worked by hand: (f(1 + h) − f(1))/h = 3 + 3h.
    assert [table.item(r, 1).text() for r in range(3)] == ["3.30000", "3.03000", "3.00300"]
    # The editor's "read as" line follows the text after its own pause (as long as the app's).
    qtbot.waitUntil(lambda: reading.text() != read_before)
    assert reading.text() == translate("FunctionList", "read as: {reading}").format(
        reading=reading_of(parse(edit.text()).typed, html=True))


def test_a_figure_taken_before_the_pause_shows_the_text_typed(qtbot, main_window):
    """Export or copy right after a keystroke: the figure's legend and readout are those of
    the new text, not of the text before it."""
    window = main_window
    window.controller.typing_pause_ms = 60_000  # the pause never comes during the test
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    window.document.functions[0].text = "3x^2 - 4x + 0"
    edit.setSelection(len(edit.text()) - 1, 1)
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_X)
    assert window.controller.typing and "f(x) = 3x² − 3x" not in _legend(window)

    assert window.current_figure() is window.curve_view
    assert not window.controller.typing
    assert "f(x) = 3x² − 3x" in _legend(window)
    assert "slope f′(1) = 3" in _readout(window)


def test_no_tangent_is_drawn_at_a_kink_while_typing_and_the_half_tangents_come_at_the_pause(qtbot, main_window):
    """|x| at 0 has no derivative: float64's |x|′(0) = 0 would draw a flat tangent through
    the corner for as long as the typing lasts."""
    window = main_window
    window.controller.typing_pause_ms = PAUSE_MS
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    window.document.functions[0].text = "|x| + 0"
    window.document.curve.x = 0.0
    qtbot.waitUntil(lambda: "no derivative at x = 0" in _readout(window))
    edit.setSelection(len(edit.text()) - 1, 1)
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_1)  # |x| + 1: the corner is now at (0, 1)
    assert window.controller.typing
    assert window.curve_view.point.pos().y() == pytest.approx(1.0)
    tx, _ = window.curve_view.tangent.getData()
    assert tx is None or len(tx) == 0  # no line until the verdict

    qtbot.waitUntil(lambda: not window.controller.typing, timeout=3 * PAUSE_MS)
    assert "no derivative at x = 0" in _readout(window)
    tx, ty = window.curve_view.tangent.getData()
    # The half-tangents: slope −1 to the left of the corner, 1 to the right (|x| + 1 itself).
    assert len(tx) == 4 and np.allclose(ty, np.abs(tx) + 1)


def test_away_from_the_kink_the_tangent_is_drawn_at_once(qtbot, main_window):
    window = main_window
    window.controller.typing_pause_ms = 60_000
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    window.document.functions[0].text = "|x| + 0"
    window.document.curve.x = 2.0
    edit.setSelection(len(edit.text()) - 1, 1)
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_3)  # |x| + 3: slope 1 at x = 2
    assert window.controller.typing
    tx, ty = window.curve_view.tangent.getData()
    assert len(tx) == 2 and np.allclose(ty, tx + 3)
