"""Runaway symbolic work (issue 8): a giant derivative is stopped at its budget in the
worker process, the window keeps answering meanwhile, says what happened, and stays usable.

The figures (longest gap between ticks of a 10 ms timer, time to the answer) are
printed (``pytest -s``) and recorded as test properties (``--junitxml``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from guicalc.core.worker import BUDGET, Job

SINES = "*".join(f"sin({k}x)" for k in range(1, 150))  # 1 381 characters: within the parser's limits
NESTED = "sin(" * 90 + "x" + ")" * 90
MAX_GAP_S = 0.100
SLACK_S = 1.0  # a loaded two-core CI machine: polling, the kill, a slow child


@dataclass
class Ticks:
    """Times (``time.monotonic``, the worker's clock) of a 10 ms timer's ticks: a long
    gap between two means the event loop was blocked."""

    times: list[float] = field(default_factory=list)

    def longest_gap(self, start: float, end: float) -> float:
        inside = [start, *(t for t in self.times if start < t < end), end]
        return max(b - a for a, b in zip(inside, inside[1:], strict=False))


@pytest.fixture
def ticks(qtbot):
    ticks = Ticks()
    timer = QtCore.QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.times.append(time.monotonic()))
    timer.start()
    yield ticks
    timer.stop()


@pytest.fixture
def warm_window(qtbot, main_window):
    """The window with f″ shown and its worker started, as the application starts it
    after the first paint."""
    worker = main_window.controller.background.worker
    worker.start()
    qtbot.waitUntil(lambda: worker.poll() == [] and worker.ready, timeout=60_000)
    main_window.findChild(QtWidgets.QCheckBox, "showSecondBox").setChecked(True)
    return main_window


def _paste_and_wait(qtbot, window, text: str) -> tuple[dict[int, Job], float, float]:
    """Paste ``text`` into the expression field (Ctrl+V, from inside the running event
    loop) and wait until the worker has answered for f′ and f″; returns those jobs and
    when the paste was handled and answered."""
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    QtWidgets.QApplication.clipboard().setText(text)
    edit.setFocus()
    edit.selectAll()
    ended: dict[int, Job] = {}
    window.controller.background.jobEnded.connect(lambda job: ended.setdefault(job.key[1], job))
    moments: dict[str, float] = {}

    def paste() -> None:
        moments["pressed"] = time.monotonic()
        qtbot.keyClick(edit, QtCore.Qt.Key.Key_V, QtCore.Qt.KeyboardModifier.ControlModifier)
        moments["handled"] = time.monotonic()

    QtCore.QTimer.singleShot(0, paste)
    qtbot.waitUntil(lambda: "handled" in moments and set(ended) == {1, 2}, timeout=int((2 * BUDGET + 60) * 1000))
    qtbot.wait(50)  # the answer's own slot has run: its time counts in the gaps
    assert edit.text() == text
    return ended, moments["handled"] - moments["pressed"], moments["handled"]


def _figures(ended: dict[int, Job], ticks: Ticks, handling: float, handled: float) -> dict[str, float]:
    runaway = ended[2]
    return {
        "paste_handled_in": handling,
        "f1_answered_after": ended[1].seconds,
        "f2_ended_after": runaway.seconds,
        "longest_gap_while_f2_runs": ticks.longest_gap(runaway.started, runaway.finished + 0.05),
        "longest_gap_after_paste": ticks.longest_gap(handled, runaway.finished + 0.05),
    }


def _report(record_property, name: str, figures: dict[str, float]) -> None:
    for key, value in figures.items():
        record_property(f"{name}_{key}_s", round(value, 4))
    print(f"\n{name}: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in figures.items()))


def _message(window) -> str:
    return window.statusBar().currentMessage()


def _curve_labels(window) -> list[str]:
    view = window.curve_view
    return [view.curve(key).name() or "" for key in view.curve_keys()]


def _still_usable(qtbot, window) -> None:
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, "3x^2-4x")
    qtbot.waitUntil(lambda: not window.controller.typing)  # the readout comes after the typing pause
    window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin").setValue(1.0)
    readout = window.findChild(QtWidgets.QLabel, "tangentReadout").text()
    assert "slope f′(1) = 2" in readout
    assert "y = 2x − 3" in readout


@pytest.mark.slow  # runaway work on purpose: seconds each
def test_second_derivative_of_149_sines_is_stopped_and_the_window_answers(
        qtbot, warm_window, ticks, record_property):
    window = warm_window
    worker = window.controller.background.worker
    restarts = worker.restarts

    ended, handling, handled = _paste_and_wait(qtbot, window, SINES)

    figures = _figures(ended, ticks, handling, handled)
    _report(record_property, "sines_149", figures)
    f2 = ended[2]
    assert f2.timed_out and worker.restarts > restarts  # sympy needs minutes for it: killed
    assert f2.seconds < BUDGET + SLACK_S
    assert ended[1].seconds < BUDGET + SLACK_S  # f′: 89 000 nodes, too large to use, or stopped
    assert figures["longest_gap_while_f2_runs"] < MAX_GAP_S
    assert "f″ is too large to work out symbolically (stopped after 2 s)" in _message(window)
    assert "f″(x), numerical: too large to work out (stopped after 2 s)" in _curve_labels(window)
    # The readout and the table come from f numerically: no blank, no freeze.
    assert "slope f′(1) =" in window.findChild(QtWidgets.QLabel, "tangentReadout").text()
    _still_usable(qtbot, window)


@pytest.mark.slow  # runaway work on purpose: seconds each
def test_nested_sines_with_f2_shown_are_answered_within_the_budget(
        qtbot, warm_window, ticks, record_property):
    window = warm_window

    ended, handling, handled = _paste_and_wait(qtbot, window, NESTED)

    figures = _figures(ended, ticks, handling, handled)
    _report(record_property, "nested_sin_90", figures)
    assert all(job.seconds < BUDGET + SLACK_S for job in ended.values())
    assert figures["longest_gap_while_f2_runs"] < MAX_GAP_S
    assert "f″ is too large to work out symbolically" in _message(window)
    labels = _curve_labels(window)
    assert any(label.startswith("f′(x), numerical: too large to work out") for label in labels)
    assert any(label.startswith("f″(x), numerical: too large to work out") for label in labels)
    _still_usable(qtbot, window)


@pytest.mark.slow  # runaway work on purpose: seconds each
def test_closing_the_window_ends_the_worker(qtbot, warm_window):
    window = warm_window
    window.findChild(QtWidgets.QLineEdit, "expressionEdit").setText(SINES)  # the worker is busy now
    pid = window.controller.background.worker.pid
    assert pid is not None and Path(f"/proc/{pid}").exists()
    window.history.setClean()
    window.close()
    assert not Path(f"/proc/{pid}").exists()  # killed and reaped, not left behind
    assert window.controller.background.worker.pid is None


@pytest.mark.slow  # runaway work on purpose: seconds each
def test_a_giant_function_of_two_variables_is_refused_by_the_surface_not_frozen_on(qtbot, main_window):
    """The surface and field work out ∇f on the window's thread: a product of 99 factors
    took 17 s there, so they refuse it with a message and keep the last function."""
    edit = main_window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    edit.setText("x0^2 + x1^2")
    qtbot.waitUntil(lambda: main_window.two_variable_panel is not None)
    panel = main_window.two_variable_panel
    giant = "*".join(f"sin({k}x0 + x1)" for k in range(1, 100))
    started = time.monotonic()
    edit.setText(giant)
    handled = time.monotonic() - started
    print(f"\n99-factor f(x0, x1) refused in {handled * 1000:.0f} ms")
    assert handled < BUDGET
    assert "too large for the surface and field" in _message(main_window)
    assert panel.state.function.text == "x0^2 + x1^2"
    _still_usable(qtbot, main_window)
