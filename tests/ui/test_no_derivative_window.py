"""Issue 15 in the window: where f has no derivative the readout says so, with the one-sided slopes,
and the curve view draws the two half-tangents instead of a tangent."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets


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


def test_the_editor_shows_how_it_read_the_input(qtbot, main_window):
    reading = main_window.findChild(QtWidgets.QLabel, "expressionReading")
    for typed, shown in (("1/2x", "(1/2)·<i>x</i>"), ("e^2x", "e<sup>2</sup>·<i>x</i>"), ("log x", "ln(<i>x</i>)")):
        _type(qtbot, main_window, typed)
        qtbot.waitUntil(lambda shown=shown: reading.isVisible() and shown in reading.text())  # after the typing pause
        tip = reading.toolTip()  # the whole reading, as Qt shows it: formatted, not its tags
        assert QtGui.Qt.mightBeRichText(tip) and "<" not in QtGui.QTextDocumentFragment.fromHtml(tip).toPlainText()
    _type(qtbot, main_window, "2.5.3")
    assert not reading.isVisible()
    error = main_window.findChild(QtWidgets.QLabel, "expressionError")
    assert "two decimal points" in error.text()


def test_the_graph_says_where_it_used_relu_s_convention(qtbot, main_window):
    _type(qtbot, main_window, "relu(x)*x")
    panel = main_window.graph_panel
    main_window.tabs.setCurrentWidget(panel)
    field = panel.fields["x"]  # (the default example's x field waits for deleteLater)
    field.setText("0")
    field.editingFinished.emit()
    notes = panel.findChild(QtWidgets.QLabel, "graphNotes")
    qtbot.waitUntil(notes.isVisible, timeout=3000)
    assert "no derivative exists at 0" in notes.text() and "PyTorch" in notes.text()
    field.setText("2")
    field.editingFinished.emit()
    assert not notes.isVisible()


def test_the_graph_flags_a_gradient_that_vanished_in_float64(qtbot, main_window):
    _type(qtbot, main_window, "tanh(x)")
    panel = main_window.graph_panel
    main_window.tabs.setCurrentWidget(panel)
    field = panel.fields["x"]  # (the default example's x field waits for deleteLater)
    field.setText("20")
    field.editingFinished.emit()
    notes = panel.findChild(QtWidgets.QLabel, "graphNotes")
    qtbot.waitUntil(notes.isVisible, timeout=3000)
    # The exact 1 − tanh²(20), from mpmath: what float64 rounds to 0.
    import mpmath

    with mpmath.workdps(50):
        exact = mpmath.nstr(1 - mpmath.tanh(20) ** 2, 3, min_fixed=0, max_fixed=0)
    assert exact in notes.text() and "rounds to 0" in notes.text()


def test_auto_in_the_window_meets_its_target_where_float64_cancels(qtbot, main_window):
    import mpmath

    _type(qtbot, main_window, "sin(x)/x")
    main_window.findChild(QtWidgets.QComboBox, "methodCombo").setCurrentText("auto")
    main_window.document.curve.x = 1e-8  # finer than the spin box's 4 decimals
    table = main_window.findChild(QtWidgets.QTableWidget, "limitTable")
    # The point moved right after the method changed: the table follows within its interval.
    caption = main_window.limit_panel.caption
    qtbot.waitUntil(lambda: "x = 1e−08" in caption.text(), timeout=1000)
    caption = caption.text()
    with mpmath.workdps(50):
        x = mpmath.mpf(1e-8)
        exact = (x * mpmath.cos(x) - mpmath.sin(x)) / x**2
    error = float(table.item(0, 2).text().replace("−", "-"))
    assert error <= 1e-12 * abs(float(exact))
    assert "60+ digits" in table.item(0, 3).text()  # the method it used, said in the row
    assert "auto (central difference at 60+ digits), error " in caption, caption
