"""Issue 15 in the window: where f has no derivative the readout says so, with the one-sided slopes,
and the curve view draws the two half-tangents instead of a tangent."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets


def _type(qtbot, window, text: str) -> None:
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _readout(window) -> str:
    return window.findChild(QtWidgets.QLabel, "tangentReadout").text()


def _table_notes(window) -> list[str]:
    table = window.findChild(QtWidgets.QTableWidget, "limitTable")
    texts = []
    for r in range(table.rowCount()):
        row = [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        row += [table.item(r, 0).toolTip() if table.item(r, 0) else ""]
        texts.append(" ".join(row))
    return texts


def test_abs_at_its_kink_reads_no_derivative_with_both_one_sided_slopes(qtbot, main_window):
    _type(qtbot, main_window, "|x|")
    main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin").setValue(0.0)
    readout = _readout(main_window)
    assert "no derivative at x = 0" in readout
    assert "left slope −1, right slope 1" in readout
    assert "slope f′(0) = 0" not in readout and "tangent: y = 0" not in readout
    # The half-tangents: from the point leftwards with slope −1, rightwards with slope 1.
    xs, ys = main_window.curve_view.tangent.getData()
    assert len(xs) == 4
    for (xa, xb), (ya, yb) in zip(xs.reshape(2, 2), ys.reshape(2, 2), strict=True):
        assert (xa, ya) == (0.0, 0.0)
        assert yb == abs(xb)  # |x| itself: slope −1 to the left, 1 to the right
    assert any(x < 0 for x in xs) and any(x > 0 for x in xs)


def test_relu_at_zero_is_not_slope_one_half(qtbot, main_window):
    _type(qtbot, main_window, "relu(x)")
    main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin").setValue(0.0)
    readout = _readout(main_window)
    assert "0.5" not in readout
    assert "left slope 0, right slope 1" in readout


def test_moving_off_the_kink_gives_the_tangent_back(qtbot, main_window):
    _type(qtbot, main_window, "|x|")
    spin = main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin")
    spin.setValue(0.0)
    spin.setValue(0.5)
    readout = _readout(main_window)
    assert "slope f′(0.5) = 1" in readout and "no derivative" not in readout
    xs, ys = main_window.curve_view.tangent.getData()
    assert np.allclose(ys, xs)  # the tangent of |x| at 0.5 is y = x


def test_floor_between_its_jumps_has_slope_zero_and_no_derivative_text(qtbot, main_window):
    _type(qtbot, main_window, "floor(x)")
    main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin").setValue(0.5)
    readout = _readout(main_window)
    assert "slope f′(0.5) = 0" in readout
    assert "Derivative" not in readout and "DiracDelta" not in readout
