"""Lessons saved, reopened, refused, autosaved and recovered through the window."""

from __future__ import annotations

import json

import pytest
from PySide6 import QtCore, QtWidgets

from guicalc.core.autosave import Autosave
from guicalc.core.workspace import document_to_dict
from guicalc.ui import MainWindow


@pytest.fixture
def answers(monkeypatch):
    """Scripted replies to the window's questions, and a record of its warnings."""
    replies: list[QtWidgets.QMessageBox.StandardButton] = []
    warnings: list[str] = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: replies.pop(0))
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    return replies, warnings


def _edit_a_lesson(window) -> None:
    window.function_list.rows[0].edit.setText("a x^2 - 4x")
    window.document.parameters["a"].value = 3.0
    window.function_list.add_function()
    window.function_list.rows[1].edit.setText("sin x")
    curve = window.document.curve
    curve.method, curve.dtype, curve.steps, curve.h, curve.x = "central", "float32", 6, 1e-3, 0.5


def _fresh_window(qtbot, **kwargs) -> MainWindow:
    window = MainWindow(**kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_save_quit_reopen_restores_the_same_lesson(qtbot, main_window, tmp_path, monkeypatch):
    _edit_a_lesson(main_window)
    path = tmp_path / "lesson.guicalc"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert main_window.isWindowModified()
    main_window.save_as_action.trigger()
    assert path.is_file()
    assert "lesson.guicalc" in main_window.windowTitle() and not main_window.isWindowModified()
    saved = document_to_dict(main_window.document)

    reopened = _fresh_window(qtbot)
    assert reopened.files.open_path(path)
    assert document_to_dict(reopened.document) == saved
    readout = reopened.findChild(QtWidgets.QLabel, "tangentReadout").text()
    assert "x = 0.5" in readout
    assert [row.edit.text() for row in reopened.function_list.rows] == ["a x^2 - 4x", "sin x"]
    assert path.as_posix() in [p.replace("\\", "/") for p in reopened.files.recent_files()]


@pytest.mark.parametrize("content", [
    "{not json",
    '{"format": "guicalc", "version": 1, "document": {"functions": [{"text": "x", "col',
    '{"format": "guicalc", "version": 1, "document": {"curve": {"x": "one"}}}',
    '{"format": "guicalc", "version": 99, "document": {}}',
    json.dumps({"format": "guicalc", "version": 1, "document": {"functions": [{"text": "x" * 10**6}]}}),
])
def test_a_broken_file_is_refused_and_nothing_changes(qtbot, main_window, tmp_path, answers, content):
    _, warnings = answers
    before = document_to_dict(main_window.document)
    path = tmp_path / "broken.guicalc"
    path.write_text(content)
    assert not main_window.files.open_path(path)
    assert len(warnings) == 1 and "Nothing was changed" in warnings[0]
    assert document_to_dict(main_window.document) == before


def test_closing_with_unsaved_changes_asks(qtbot, tmp_path, answers):
    replies, _ = answers
    window = _fresh_window(qtbot)
    window.function_list.rows[0].edit.setText("sin x")
    replies.append(QtWidgets.QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    replies.append(QtWidgets.QMessageBox.StandardButton.Discard)
    assert window.close()


def test_after_a_crash_the_next_start_offers_the_autosave(qtbot, tmp_path, answers):
    replies, _ = answers
    first = Autosave(tmp_path, pid=999_999, is_alive=lambda pid: False)
    crashed = _fresh_window(qtbot, autosave=first)
    qtbot.waitUntil(first.marker.exists)  # the window offered nothing and started autosaving
    crashed.function_list.rows[0].edit.setText("x^3 - 1/x")
    crashed.document.curve.x = 2.0
    crashed.autosave_now()
    lost = document_to_dict(crashed.document)
    crashed.history.setClean()
    crashed.files.timer.stop()  # the "crash": no finish(), the marker stays

    replies.append(QtWidgets.QMessageBox.StandardButton.Yes)
    second = Autosave(tmp_path, pid=1_000_000, is_alive=lambda pid: False)
    restarted = _fresh_window(qtbot, autosave=second)
    qtbot.waitUntil(second.marker.exists)  # after the question was answered
    assert not replies
    assert document_to_dict(restarted.document) == lost
    assert restarted.function_list.rows[0].edit.text() == "x^3 - 1/x"
    restarted.history.setClean()
    QtCore.QCoreApplication.processEvents()
