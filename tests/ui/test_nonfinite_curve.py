"""NaN, ±inf, overflow, complex values and empty domains in the curve view and its export.

Each function is typed into the real expression field, the point is put where f or f′ is
undefined, and the user must see gaps in the curve and words in the readouts, never an
exception (pytest-qt fails a test on an exception in a Qt virtual, pyproject on a Qt
warning) and never a frozen window (the point still moves afterwards).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.export.figure import export

CASES = [
    # text, a point outside the domain (or at a pole), whether the curve has finite parts
    ("sqrt(x)", -2.0, True),
    ("ln(x)", 0.0, True),
    ("1/x", 0.0, True),
    ("exp(1000x)", 1.0, True),
    ("(-1)^x", 0.5, True),  # real only at the integers: isolated points
    ("asin(x)", 3.0, True),
    ("x^x", -1.5, True),
    ("sqrt(-1-x^2)", 1.0, False),
]


def _type(qtbot, window, text: str) -> None:
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.waitUntil(lambda: not window.controller.typing)  # the readout comes after the typing pause


def _label(window, name: str) -> str:
    return window.findChild(QtWidgets.QLabel, name).text()


def _function_curve(window) -> tuple[np.ndarray, np.ndarray]:
    view = window.curve_view
    key = next(k for k in view.curve_keys() if k.endswith(":0"))
    return view.curve(key).getData()


@pytest.mark.parametrize(("text", "x", "finite_somewhere"), CASES, ids=[c[0] for c in CASES])
def test_undefined_values_are_gaps_and_words(qtbot, main_window, tmp_path, text: str, x: float,
                                             finite_somewhere: bool) -> None:
    _type(qtbot, main_window, text)
    spin = main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin")
    spin.setValue(x)
    qtbot.wait(20)  # the coalesced error sweep and resampling run on the next turns

    xs, ys = _function_curve(main_window)
    assert np.isnan(ys).any(), "an undefined stretch must be a gap"
    assert np.isfinite(ys).any() == finite_somewhere
    # Every point of CASES is where f itself is not a finite number (NaN, ±inf, complex):
    # the readout names the point, says there is no derivative and writes the value so.
    readout = _label(main_window, "tangentReadout")
    said = f"x = {x:g}: f has no derivative here (value ".replace("-", "−")
    assert readout.startswith(said), readout
    assert readout[len(said):].split(",")[0] in ("undefined", "∞", "−∞"), readout
    if not finite_somewhere:
        assert "no real value" in main_window.statusBar().currentMessage()
    table = main_window.findChild(QtWidgets.QTableWidget, "limitTable")
    assert table.rowCount() > 0
    assert all(table.item(r, c) is not None and table.item(r, c).text()
               for r in range(table.rowCount()) for c in range(3))

    main_window.limit_panel.error_view.grab()
    for suffix in ("svg", "png"):
        path = export(main_window.curve_view, tmp_path / f"curve.{suffix}", 1)
        assert path.stat().st_size > 0
    ET.parse(tmp_path / "curve.svg")
    assert not QtGui.QImage(str(tmp_path / "curve.png")).isNull()

    # Not frozen: a good function and point still answer.
    _type(qtbot, main_window, "3x^2-4x")
    spin.setValue(1.0)
    assert "slope f′(1) = 2" in _label(main_window, "tangentReadout")


def test_a_point_outside_the_domain_says_so(qtbot, main_window) -> None:
    _type(qtbot, main_window, "sqrt(x)")
    main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin").setValue(-2.0)
    readout = _label(main_window, "tangentReadout")
    assert "no derivative here" in readout and "undefined" in readout
    tangent_xs, _ = main_window.curve_view.tangent.getData()
    assert tangent_xs is None or len(tangent_xs) == 0  # no line is drawn where none exists
