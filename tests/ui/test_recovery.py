"""Crash recovery through the window: every crashed session's work is offered, "No" keeps
it, only "Discard" deletes it, and an unwritable folder leaves the window working.

The four scenarios of issue 22 (§4), each against the real window and real files. A
crash is the window left without its clean exit: ``Autosave.abandon()`` drops the lock
as the kernel does when a process dies, and the files stay.
"""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets

from guicalc.core.autosave import Autosave
from guicalc.core.workspace import document_to_dict, load
from guicalc.ui import MainWindow, dialogs

Button = QtWidgets.QMessageBox.StandardButton


@pytest.fixture
def replies(monkeypatch):
    """Scripted answers to the window's questions; the questions asked are recorded."""
    answers: list[Button] = []
    asked: list[str] = []

    def ask(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(dialogs, "warn", lambda *a: asked.append(a[2]))
    return answers, asked


def _start(qtbot, folder, fallback=None) -> tuple[MainWindow, Autosave]:
    autosave = Autosave(folder, fallback=fallback or folder)
    window = MainWindow(autosave=autosave)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: autosave.active or autosave.problem is not None)
    return window, autosave


def _crash_with(qtbot, folder, text: str) -> dict:
    """A window that typed ``text``, autosaved, and died; what it had."""
    window, autosave = _start(qtbot, folder)
    window.function_list.rows[0].edit.setText(text)
    window.document.curve.x = 2.0
    window.autosave_now()
    lost = document_to_dict(window.document)
    autosave.abandon()
    window.files.timer.stop()
    window.history.setClean()
    window.close()
    return lost


def _quit(window: MainWindow) -> None:
    window.history.setClean()
    window.close()
    QtCore.QCoreApplication.processEvents()


def test_two_crashed_windows_are_both_offered(qtbot, tmp_path, replies):
    answers, asked = replies
    first = _crash_with(qtbot, tmp_path, "x^3 - 1/x")
    answers.append(Button.No)  # the second window is offered the first one's work, and keeps it
    second = _crash_with(qtbot, tmp_path, "sin(x) + x")
    answers.extend([Button.No, Button.Yes])  # not the newest now; the other one
    window, _ = _start(qtbot, tmp_path)
    assert len(asked) == 3 and "2 sessions left unsaved work" in asked[1]
    assert document_to_dict(window.document) == first
    assert window.isWindowModified()  # restored work is unsaved work
    _quit(window)

    answers.append(Button.Yes)  # the one declined is offered at the next start
    again, _ = _start(qtbot, tmp_path)
    assert document_to_dict(again.document) == second
    _quit(again)


def test_a_restart_with_the_same_pid_offers_the_crashed_work(qtbot, tmp_path, replies):
    """Both sessions run in this test's process, so they have the same PID, as every
    launch has in a fresh PID namespace (Flatpak, bubblewrap)."""
    answers, _ = replies
    lost = _crash_with(qtbot, tmp_path, "tanh(3x)")
    answers.append(Button.Yes)
    window, autosave = _start(qtbot, tmp_path)
    assert document_to_dict(window.document) == lost
    window.autosave_now()
    assert document_to_dict(load(autosave.path)) == lost  # on disk until saved
    _quit(window)


def test_no_keeps_the_work_for_the_next_start_and_discard_deletes_it(qtbot, tmp_path, replies):
    answers, asked = replies
    lost = _crash_with(qtbot, tmp_path, "e^(-x^2)")
    answers.append(Button.No)
    window, _ = _start(qtbot, tmp_path)
    assert document_to_dict(window.document) != lost
    _quit(window)  # a clean exit of the session that said no

    answers.append(Button.Yes)
    window, _ = _start(qtbot, tmp_path)
    assert document_to_dict(window.document) == lost
    _quit(window)
    assert len(asked) == 2

    lost = _crash_with(qtbot, tmp_path, "ln(x)")
    answers.append(Button.Discard)
    window, _ = _start(qtbot, tmp_path)
    _quit(window)
    assert list(tmp_path.glob("autosave-*.guicalc")) == []
    window, _ = _start(qtbot, tmp_path)
    assert len(asked) == 3  # nothing more to offer
    _quit(window)


def test_an_unwritable_autosave_folder_is_said_once_and_the_window_goes_on(qtbot, tmp_path, replies):
    blocked = tmp_path / "read-only"
    blocked.write_text("a file where the folder should be")
    window, autosave = _start(qtbot, blocked / "guicalc", fallback=tmp_path / "fallback")
    assert autosave.active and autosave.directory == tmp_path / "fallback"
    assert "not writable" in window.statusBar().currentMessage()
    window.function_list.rows[0].edit.setText("x^4")
    window.autosave_now()
    assert load(autosave.path).functions[0].text == "x^4"
    _quit(window)

    window, autosave = _start(qtbot, blocked / "guicalc", fallback=blocked / "fallback")
    assert not autosave.active
    assert window.statusBar().currentMessage().startswith("Autosave is off")
    window.function_list.rows[0].edit.setText("x^5")
    window.autosave_now()  # nothing to write to, nothing raised
    assert window.document.functions[0].text == "x^5"
    _quit(window)  # the exit raises nothing either
