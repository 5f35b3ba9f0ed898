"""``guicalc lesson.guicalc``: a double-clicked lesson opens in the window, and a file
that is refused is named with its reason while the default example is shown."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6 import QtWidgets

from guicalc import app
from guicalc.core import workspace
from guicalc.core.document import Document


def run_app(argv: list[str], monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> QtWidgets.QWidget:
    """Run the application in this process until its window is ready; its window."""
    from guicalc.ui import MainWindow, crash

    # The app's crash dialog would wait for a click: record the errors instead.
    errors = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "install", lambda *_, **__: setattr(sys, "excepthook", lambda *e: errors.append(e)))
    before = set(QtWidgets.QApplication.topLevelWidgets())
    assert app.run([*argv, "--exit-when-ready"]) == 0
    assert errors == []
    (window,) = [w for w in QtWidgets.QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w not in before]

    def close() -> None:
        window.history.setClean()
        window.close()
        window.deleteLater()

    request.addfinalizer(close)
    return window


def test_a_lesson_given_as_argument_opens(tmp_path, monkeypatch, request):
    lesson = Document()
    lesson.functions[0].text = "sin(x)^2"
    lesson.curve.x = 0.5
    lesson.view.tab = "taylor"
    workspace.save(tmp_path / "lesson.guicalc", lesson)
    window = run_app([str(tmp_path / "lesson.guicalc")], monkeypatch, request)
    assert window.document.functions[0].text == "sin(x)^2" and window.document.curve.x == 0.5
    assert window.findChild(QtWidgets.QMessageBox, "cannotOpenBox") is None
    assert window.tabs.currentWidget() is window.view_widgets["taylor"]  # the view it was saved on
    # Ctrl+S writes back to the file given, not to a new one chosen in a dialog
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked for a name"))
    window.function_list.rows[0].edit.setText("cos(x)")
    window.save_action.trigger()
    assert workspace.load(tmp_path / "lesson.guicalc").functions[0].text == "cos(x)"
    assert "lesson.guicalc" in window.windowTitle()
    assert not QtWidgets.QApplication.windowIcon().isNull()


def test_a_refused_lesson_is_named_with_its_reason(tmp_path, monkeypatch, request, capsys):
    (tmp_path / "newer.guicalc").write_text('{"format": "guicalc", "version": 99, "document": {}}')
    window = run_app([str(tmp_path / "newer.guicalc")], monkeypatch, request)
    box = window.findChild(QtWidgets.QMessageBox, "cannotOpenBox")
    assert "newer.guicalc could not be opened" in box.text() and "format 99" in box.text()
    assert window.document.functions[0].text == Document().functions[0].text
    assert "newer.guicalc could not be opened" in capsys.readouterr().err


def test_qt_options_and_their_values_are_not_taken_for_the_file(tmp_path):
    (tmp_path / "empty.guicalc").write_text("")
    done = subprocess.run([sys.executable, "-m", "guicalc", "-platform", "offscreen", str(tmp_path / "empty.guicalc"),
                           "--exit-when-ready"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "guicalc: empty.guicalc could not be opened: the file is empty" in done.stderr.splitlines()
    assert "ready " in done.stdout
