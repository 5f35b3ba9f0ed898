"""The Taylor view in the window, driven by keys: degree, centre, error readout, concavity,
undo, save and reopen; the numbers against mpmath."""

from __future__ import annotations

import json
import math
import re

import mpmath
import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from guicalc.core.view_kinds import view_kinds
from tests.conftest import close_window, shown_window
from tests.ui.keyboard import press, type_text

Key, Mod = QtCore.Qt.Key, QtCore.Qt.KeyboardModifier


@pytest.fixture
def window(qtbot):
    window = shown_window(qtbot)
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    close_window(window)


def _open_taylor(qtbot, window, expression: str):
    window.document.functions[0].text = expression
    number = [kind.name for kind in view_kinds()].index("taylor") + 1
    press(qtbot, window, getattr(Key, f"Key_{number}"), Mod.AltModifier)
    panel = window.view_widgets["taylor"]
    assert window.tabs.currentWidget() is panel and window.document.view.tab == "taylor"
    return panel


def test_sin_degree_5_and_its_error_at_1_as_mpmath_gives_it(qtbot, window):
    panel = _open_taylor(qtbot, window, "sin(x)")
    state = window.document.states["taylor"]
    assert state.degree == 3 and state.center == 0
    press(qtbot, window, Key.Key_F6)  # the plot has the keys
    assert QtWidgets.QApplication.focusWidget() is panel.taylor_view
    press(qtbot, window, Key.Key_BracketRight, Mod.ControlModifier)
    press(qtbot, window, Key.Key_BracketRight, Mod.ControlModifier)
    assert state.degree == 5 and panel.degree_slider.value() == 5
    assert panel.formula.text() == "P₅(x) = x − 0.1666666667·x³ + 0.008333333333·x⁵"

    panel.probe_spin.setFocus()
    press(qtbot, window, Key.Key_A, Mod.ControlModifier)
    type_text(qtbot, window, "1")
    press(qtbot, window, Key.Key_Return)
    with mpmath.workdps(50):
        expected = abs(mpmath.sin(1) - (1 - mpmath.mpf(1) / 6 + mpmath.mpf(1) / 120))
    shown = re.search(r"at x = 1: \|f − P5\| = ([0-9.e−+]+)", panel.caption.text()).group(1)
    assert abs(float(shown.replace("−", "-")) - float(expected)) < 1e-12
    xs, errors = panel.error_view.curve.getData()  # the plotted |f − P₅| (log axis: log10 stored)
    i = int(np.argmin(np.abs(xs - 1.0)))
    with mpmath.workdps(50):
        at = mpmath.mpf(float(xs[i]))
        reference = abs(mpmath.sin(at) - (at - at**3 / 6 + at**5 / 120))
    assert abs(10 ** errors[i] - float(reference)) < 1e-12


def test_keys_move_the_centre_and_the_band_and_concavity_follow(qtbot, window):
    panel = _open_taylor(qtbot, window, "sin(x)")
    state = window.document.states["taylor"]
    press(qtbot, window, Key.Key_F6)
    press(qtbot, window, Key.Key_Right, Mod.ShiftModifier)  # a = 1
    assert state.center == 1.0 and panel.center_spin.value() == 1.0
    lo, hi = panel.taylor_view.band.getRegion()
    assert lo < 1 < hi
    # sin is concave down on (0, π) and up on (π, 2π): inflections at −π, 0, π in [−4, 4]
    xs, _ = panel.taylor_view.inflections.getData()
    assert np.allclose(sorted(xs), [-math.pi, 0, math.pi], atol=1e-9)
    panel.concavity_check.setFocus()
    press(qtbot, window, Key.Key_Space)
    assert state.show_concavity is False and len(panel.taylor_view.inflections.getData()[0]) == 0


def test_a_pole_at_the_centre_is_said_and_the_view_stays_usable(qtbot, window):
    panel = _open_taylor(qtbot, window, "1/(1-x)")
    window.document.states["taylor"].center = 1.0
    assert panel.message.isVisible() and "no Taylor polynomial at x = 1" in panel.message.text()
    assert panel.polynomial() is None
    window.document.states["taylor"].center = 0.0
    assert not panel.message.isVisible()
    assert panel.polynomial().coefficients == (1.0, 1.0, 1.0, 1.0)


def test_the_degree_is_undone_saved_and_reopened(qtbot, window, tmp_path, monkeypatch):
    panel = _open_taylor(qtbot, window, "exp(x)")
    panel.degree_slider.setFocus()
    press(qtbot, window, Key.Key_Right)
    press(qtbot, window, Key.Key_Right)
    assert window.document.states["taylor"].degree == 5
    assert window.undo_action.text() == "Undo change Taylor degree"
    path = tmp_path / "taylor.guicalc"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_as_action.trigger()
    saved = json.loads(path.read_text(encoding="utf-8"))["document"]["taylor"]
    assert saved["degree"] == 5 and saved["center"] == 0.0
    window.undo_action.trigger()
    assert panel.degree_slider.value() == 3 and panel.formula.text().startswith("P₃(x) = 1 + x")
    reopened = shown_window(qtbot)
    try:
        assert reopened.files.open_path(path)
        again = reopened.view_widgets["taylor"]
        assert reopened.tabs.currentWidget() is again and again.degree_slider.value() == 5
        assert again.formula.text().startswith("P₅(x) = 1 + x + 0.5·x²")
    finally:
        close_window(reopened)


def test_a_large_function_never_freezes_the_view(qtbot, window):
    """sympy's f″ of a product of many sines takes minutes: the view refuses or skips it in words."""
    import time

    panel = _open_taylor(qtbot, window, "sin(x)")
    started = time.perf_counter()
    assert not panel.set_expression("*".join(f"sin({k}x)" for k in range(1, 150)))
    assert "too large for the Taylor view" in panel.message.text()
    assert panel.formula.text().startswith("P₃(x) = x")  # the last good figure stays
    window.document.states["taylor"].center = 1.0
    assert panel.set_expression(" + ".join(f"sin({k}x)*exp(x/{k})" for k in range(1, 30)))
    assert time.perf_counter() - started < 5
    assert "too large to shade" in panel.caption.text()
    with mpmath.workdps(30):
        def f(t):
            return mpmath.fsum(mpmath.sin(k * t) * mpmath.exp(t / k) for k in range(1, 30))

        expected = float(mpmath.taylor(f, 1, 3)[3])
    assert expected != 0 and panel.polynomial().coefficients[3] == pytest.approx(expected, rel=1e-12)
