"""One rule for lessons (issue 22, §2, §3, §6, §9): a lesson opens whole or is refused with
the open document untouched; what the window can produce it saves and reopens; New and
Open replace everything, parameters included; dialogs show file names as plain text."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from guicalc.core import workspace
from guicalc.core.document import Document
from guicalc.core.workspace import document_to_dict
from guicalc.ui import MainWindow, dialogs
from tests.test_app import run_app

Button = QtWidgets.QMessageBox.StandardButton
NO_FUNCTIONS = json.dumps({"format": "guicalc", "version": 1, "document": {
    "functions": [], "parameters": {"a": {"value": 2, "minimum": 0, "maximum": 3}}}})


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the window execs, recorded and answered with ``answers`` (OK by default)."""
    shown: list[QtWidgets.QMessageBox] = []
    answers: list[Button] = []

    def exec_(box: QtWidgets.QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.textFormat()))
        return int((answers.pop(0) if answers else Button.Ok).value)

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", exec_)
    return shown, answers


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _quit(window: MainWindow) -> None:
    window.history.setClean()
    window.close()


def test_a_lesson_without_functions_given_at_start_is_refused_and_the_window_works(tmp_path, monkeypatch,
                                                                                   request):
    path = tmp_path / "empty.guicalc"
    path.write_text(NO_FUNCTIONS)
    window = run_app([str(path)], monkeypatch, request)
    box = window.findChild(QtWidgets.QMessageBox, "cannotOpenBox")
    assert "at least one function" in box.text()
    assert window.files is not None and window.statusBar().currentMessage() != "Loading…"
    assert window.function_list.rows and window.document.functions[0].text == Document().functions[0].text
    window.function_list.rows[0].edit.setText("x^3")
    assert "3" in window.point_panel.readout.text()


def test_a_lesson_without_functions_opened_from_the_menu_changes_nothing(qtbot, tmp_path, boxes):
    shown, _ = boxes
    window = _window(qtbot)
    window.function_list.add_function()
    window.function_list.add_function()
    window.history.setClean()
    before = document_to_dict(window.document)
    path = tmp_path / "empty.guicalc"
    path.write_text(NO_FUNCTIONS)
    assert not window.files.open_path(path)
    assert document_to_dict(window.document) == before and "a" not in window.document.parameters
    assert not window.isWindowModified()
    assert len(shown) == 1
    _quit(window)


def test_a_value_far_outside_the_slider_range_saves_and_reopens(qtbot, tmp_path, boxes):
    window = _window(qtbot)
    window.function_list.rows[0].edit.setText("a x")
    qtbot.waitUntil(lambda: "a" in window.parameter_panel.rows)  # a new slider waits for a pause in typing
    row = window.parameter_panel.rows["a"]
    row.min_spin.setValue(0)
    row.max_spin.setValue(0.001)
    row.value_spin.setValue(1_000_000)  # within the spin box, 10^9 slider widths away
    assert window.document.parameters["a"].value == 1_000_000
    assert row.slider.value() == row.slider.maximum()
    assert not row.slider.signalsBlocked() and not row.value_spin.signalsBlocked()
    row.slider.setValue(500)  # the row still answers
    assert window.document.parameters["a"].value == pytest.approx(0.0005)
    row.value_spin.setValue(1_000_000)
    path = tmp_path / "far.guicalc"
    window.files._write(path)
    saved = document_to_dict(window.document)
    _quit(window)

    again = _window(qtbot)
    assert again.files.open_path(path)
    assert document_to_dict(again.document) == saved
    assert again.parameter_panel.rows["a"].value_spin.value() == 1_000_000
    _quit(again)


def test_a_parameter_beyond_the_spin_boxes_is_refused_by_the_file(qtbot, tmp_path, boxes):
    text = json.dumps({"format": "guicalc", "version": 1, "document": {
        "functions": [{"text": "a x"}], "parameters": {"a": {"value": 1e12}}}})
    with pytest.raises(workspace.WorkspaceError, match="from -1e\\+06 to 1e\\+06"):
        workspace.loads(text)


def test_new_and_open_replace_the_parameters(qtbot, tmp_path, boxes):
    window = _window(qtbot)
    window.function_list.rows[0].edit.setText("a x + q")
    window.document.parameters["a"].value = 4.0
    window.document.parameters["secret"] = type(window.document.parameters["a"])("secret", 42.0)
    lesson_b = Document()
    lesson_b.functions[0].text = "a x^2"
    lesson_b.parameters["a"] = type(window.document.parameters["a"])("a", -2.0, -3.0, 3.0)
    path_b = tmp_path / "b.guicalc"
    workspace.save(path_b, lesson_b)

    window.history.setClean()
    assert window.files.open_path(path_b)
    assert set(window.document.parameters) == {"a"} and window.document.parameters["a"].value == -2.0
    assert set(window.parameter_panel.rows) == {"a"}
    assert window.parameter_panel.rows["a"].value_spin.value() == -2.0
    fresh = _window(qtbot)
    assert fresh.files.open_path(path_b)
    assert document_to_dict(window.document) == document_to_dict(fresh.document)  # as if A had never been open
    _quit(fresh)

    window.files.new()
    assert window.document.parameters == {} and not window.parameter_panel.isVisibleTo(window)
    saved = tmp_path / "new.guicalc"
    window.files._write(saved)
    assert json.loads(saved.read_text())["document"]["parameters"] == {}
    _quit(window)


def test_saving_over_a_file_another_window_saved_asks_first(qtbot, tmp_path, boxes):
    shown, answers = boxes
    path = tmp_path / "shared.guicalc"
    workspace.save(path, Document())
    one, two = _window(qtbot), _window(qtbot)
    assert one.files.open_path(path) and two.files.open_path(path)
    one.function_list.rows[0].edit.setText("sin x")
    assert one.files.save()
    two.function_list.rows[0].edit.setText("cos x")
    answers.append(Button.Cancel)
    assert not two.files.save()
    assert shown[-1][0] == "File changed on disk"
    assert workspace.load(path).functions[0].text == "sin x"  # the first save is not lost
    answers.append(Button.Save)
    assert two.files.save()
    assert workspace.load(path).functions[0].text == "cos x"
    assert not one.files.save()  # asked in turn; the answer (OK) is not Save: nothing overwritten
    assert workspace.load(path).functions[0].text == "cos x"
    _quit(one)
    _quit(two)


HOSTILE_NAME = '<h1 style="color:red">Licence expired<a href="mailto:x@example.com">repair here'


def test_file_names_in_dialogs_are_plain_text(qtbot, tmp_path, boxes):
    shown, _ = boxes
    window = _window(qtbot)
    folder = tmp_path / "d"
    folder.mkdir()
    path = folder / (HOSTILE_NAME.replace("/", "∕") + ".guicalc")
    path.write_text("{not json")
    assert not window.files.open_path(path)
    unreadable = folder / "missing" / (HOSTILE_NAME.replace("/", "∕") + ".guicalc")
    window.function_list.rows[0].edit.setText("x^5")
    assert not window.files._write(unreadable)
    assert [s[0] for s in shown] == ["Cannot open lesson", "Cannot save"]
    for _, text, text_format in shown:
        assert "<h1" in text and text_format == QtCore.Qt.TextFormat.PlainText
    _quit(window)


def test_the_cannot_open_box_at_start_is_plain_text(tmp_path, monkeypatch, request):
    path = tmp_path / (HOSTILE_NAME.replace("/", "∕") + ".guicalc")
    path.write_text("{not json")
    window = run_app([str(path)], monkeypatch, request)
    box = window.findChild(QtWidgets.QMessageBox, "cannotOpenBox")
    assert box.textFormat() == QtCore.Qt.TextFormat.PlainText and "<h1" in box.text()


def test_dialogs_never_guess_rich_text():
    assert dialogs.message_box(None, QtWidgets.QMessageBox.Icon.Warning, "t", "<b>x</b>").textFormat() \
        == QtCore.Qt.TextFormat.PlainText


def test_opening_a_lesson_of_many_functions_samples_each_curve_once(qtbot, tmp_path, monkeypatch, boxes):
    """Issue 22 §8: a 50-function lesson froze the window 37.6 s, mostly by resampling every
    curve after each function was put in (n² samplings)."""
    from guicalc.core.analysis import CurveAnalysis
    from guicalc.core.document import FunctionState

    lesson = Document()
    lesson.functions[0].text = "sin(x)"
    for k in range(2, 21):
        lesson.functions.append(FunctionState(f"sin({k}x) + {k}"))
    path = tmp_path / "many.guicalc"
    workspace.save(path, lesson)
    window = _window(qtbot)
    calls = []
    original = CurveAnalysis.sample
    monkeypatch.setattr(CurveAnalysis, "sample", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    assert window.files.open_path(path)
    qtbot.waitUntil(lambda: not window.controller.working, timeout=30_000)  # one function per turn
    QtWidgets.QApplication.processEvents()
    print(f"{len(calls)} samplings for 20 functions")
    assert len(window.curve_view.curve_keys()) >= 20
    assert len(calls) <= 2 * 20 + 5  # each curve once (f′ of the active one too), not 20 × 20
    _quit(window)


def _sines(shift: int, terms: int = 180) -> str:
    """sin((1+shift)x) + … + sin((terms+shift)x): 1 749 characters for shift 49, within the file's 2 000."""
    return "+".join(f"sin({k + shift}x)" for k in range(1, terms + 1))


@pytest.mark.slow  # fifty heavy functions read one per turn: ~20 s on a loaded two-core machine
def test_a_lesson_of_fifty_heavy_functions_opens_at_once_and_the_window_keeps_answering(qtbot, tmp_path, boxes):
    """Issue 22 §8: a 94 kB lesson of 50 functions of 180 sines froze the window 37.6 s (107 s
    under load) while it was analysed inline. Now the open returns with the active curve drawn
    and "Working…" said; the others arrive one per event-loop turn, f′ from the worker."""
    from guicalc.core.document import FunctionState

    lesson = Document()
    lesson.functions[0].text = _sines(0)
    for shift in range(1, 50):
        lesson.functions.append(FunctionState(_sines(shift)))
    path = tmp_path / "heavy.guicalc"
    workspace.save(path, lesson)
    assert path.stat().st_size > 90_000
    window = _window(qtbot)
    worker = window.controller.background.worker
    worker.start()  # as the application does after the first paint
    qtbot.waitUntil(lambda: worker.poll() == [] and worker.ready, timeout=60_000)
    ticks: list[float] = []
    timer = QtCore.QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    started = time.monotonic()
    assert window.files.open_path(path)
    opened = time.monotonic()
    first = window.document.functions[0]
    assert window.controller.working and window.statusBar().currentMessage().startswith("Working…")
    assert f"{id(first)}:0" in window.curve_view.curve_keys()  # the active curve is drawn at once
    qtbot.waitUntil(lambda: not window.controller.working, timeout=300_000)
    done = time.monotonic()
    analysis = window.controller.analyses[id(first)]
    qtbot.waitUntil(lambda: not analysis.outstanding(1), timeout=60_000)  # the worker answered for f′
    timer.stop()

    inside = [opened, *(t for t in ticks if opened < t < done), done]
    gap = max(b - a for a, b in zip(inside, inside[1:], strict=False))
    print(f"\nopen returned in {opened - started:.2f} s; all 50 drawn after {done - started:.1f} s, "
          f"{len(inside) - 2} ticks meanwhile, longest gap {gap:.2f} s")
    assert opened - started < 5.0
    assert len(inside) - 2 >= 25 and gap < 5.0  # the event loop ran throughout
    assert len(window.controller.analyses) == 50 and not window.statusBar().currentMessage().startswith("Working")
    keys = window.curve_view.curve_keys()
    assert len(keys) == 51  # fifty curves and the active one's f′
    # The curves against numpy's own sums: f₅₀ (shift 49) and f′ of the first, Σ k cos(kx).
    xs, ys = window.curve_view.curve(f"{id(window.document.functions[49])}:0").getData()
    k = np.arange(1, 181)[:, None]
    assert np.allclose(ys, np.sin((k + 49) * xs).sum(axis=0), rtol=1e-9, atol=1e-9)
    xs, ys = window.curve_view.curve(f"{id(first)}:1").getData()
    assert np.allclose(ys, (k * np.cos(k * xs)).sum(axis=0), rtol=1e-6, atol=1e-6)
    label = window.curve_view.curve(f"{id(first)}:1").name()
    assert label.startswith("f′(x) = cos(x) + 2cos(2x)") or "numerical: too large" in label
    _quit(window)
