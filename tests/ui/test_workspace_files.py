"""Lessons saved, reopened, refused, autosaved and recovered through the window."""

from __future__ import annotations

import json

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc import settings
from guicalc.core.document import THEMES
from guicalc.core.readers import choice
from guicalc.core.workspace import document_to_dict
from guicalc.ui import MainWindow, dialogs


@pytest.fixture
def answers(monkeypatch):
    """Scripted replies to the window's questions, and a record of its warnings."""
    replies: list[QtWidgets.QMessageBox.StandardButton] = []
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: replies.pop(0))
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append(text))
    return replies, warnings


def _edit_a_lesson(window) -> None:
    window.function_list.rows[0].edit.setText("a x^2 - 4x")
    window.document.parameters["a"].value = 3.0
    window.function_list.add_function()
    window.function_list.rows[1].edit.setText("sin x")
    curve = window.document.curve
    curve.method, curve.dtype, curve.steps, curve.h, curve.x = "central", "float32", 6, 1e-3, 0.5


def _type(qtbot, widget: QtWidgets.QWidget, text: str) -> None:
    """Select the field's text, type ``text`` and press Enter, as a user edits a field."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, QtCore.Qt.Key.Key_Return)


def _edit_the_views(qtbot, window) -> None:
    """The graph's inputs, seed, expand option and step, the dark theme, and the two-variable views' settings."""
    window.tabs.setCurrentWidget(window.graph_panel)
    graph = window.graph_panel
    _type(qtbot, graph.fields["x"], "[0, 1, 2]")
    _type(qtbot, graph.seed, "[1, 1, 1]")
    graph.expand.click()
    graph.step_forward.click()
    graph.step_forward.click()
    window.findChild(QtGui.QAction, "themeDarkAction").trigger()
    window.function_list.add_function()
    window.function_list.rows[2].edit.setText("x0^2 + x1^2")  # opens the surface and field tab
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.two_variable_panel)
    panel = window.two_variable_panel
    for name, text in (("twoVariablePointX", "0.5"), ("twoVariablePointY", "-1.25"), ("learningRateSpin", "0.3"),
                       ("descentStepsSpin", "12"), ("fieldRangeXTo", "3"), ("surfaceRangeYFrom", "-4")):
        _type(qtbot, panel.findChild(QtWidgets.QAbstractSpinBox, name), text)
    panel.normalise_check.click()


def _fresh_window(qtbot, **kwargs) -> MainWindow:
    window = MainWindow(**kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_save_quit_reopen_restores_the_same_lesson(qtbot, main_window, tmp_path, monkeypatch):
    _edit_a_lesson(main_window)
    _edit_the_views(qtbot, main_window)
    path = tmp_path / "lesson.guicalc"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert main_window.isWindowModified()
    main_window.save_as_action.trigger()
    assert path.is_file()
    assert "lesson.guicalc" in main_window.windowTitle() and not main_window.isWindowModified()
    saved = document_to_dict(main_window.document)
    assert saved["view"] == {"tab": "surface", "theme": "dark"}
    assert saved["graph"] == {"inputs": {"a": "1", "x": "[0, 1, 2]"}, "seed": "[1, 1, 1]", "mode": "reverse",
                              "expand": True, "step": 2, "dual": True}
    two = saved["two_variable"]
    assert (two["point"], two["learning_rate"], two["descent_steps"]) == ((0.5, -1.25), 0.3, 12)
    assert (two["field_range"][1], two["surface_range"][2], two["normalise_arrows"]) == (3.0, -4.0, True)
    main_window.findChild(QtGui.QAction, "themeLightAction").trigger()  # the user's theme goes back

    reopened = _fresh_window(qtbot)
    assert reopened.files.open_path(path)
    assert document_to_dict(reopened.document) == saved
    readout = reopened.findChild(QtWidgets.QLabel, "tangentReadout").text()
    assert "x = 0.5" in readout
    assert [row.edit.text() for row in reopened.function_list.rows] == ["a x^2 - 4x", "sin x", "x0^2 + x1^2"]
    assert path.as_posix() in [p.replace("\\", "/") for p in reopened.files.recent_files()]
    panel = reopened.two_variable_panel
    assert reopened.tabs.currentWidget() is panel
    assert panel.findChild(QtWidgets.QAbstractSpinBox, "twoVariablePointY").value() == -1.25
    assert panel.findChild(QtWidgets.QAbstractSpinBox, "descentStepsSpin").value() == 12
    assert panel.field_view.getViewBox().viewRange()[0][1] > 2.9  # the field shows x up to 3
    assert reopened.graph_panel.fields["x"].text() == "[0, 1, 2]" and reopened.graph_panel.seed.text() == "[1, 1, 1]"
    assert reopened.graph_panel.expand.isChecked() and reopened.graph_panel.walk.forward_done == 2
    assert reopened.findChild(QtGui.QAction, "themeDarkAction").isChecked()
    assert settings.value("theme", choice(THEMES), "light") == "light"  # a lesson does not change the user's choice
    reopened.two_variable_panel.shutdown()


def test_an_old_file_without_the_view_sections_still_opens(qtbot, main_window, tmp_path):
    path = tmp_path / "old.guicalc"
    path.write_text(json.dumps({"format": "guicalc", "version": 1, "document": {
        "functions": [{"text": "x^3", "color": "#0072B2", "visible": True}], "curve": {"x": 2.0}}}))
    assert main_window.files.open_path(path)
    saved = document_to_dict(main_window.document)
    assert saved["functions"][0]["text"] == "x^3" and saved["view"]["tab"] == "curve"
    assert saved["two_variable"]["point"] == (1.0, 1.0) and saved["graph"]["seed"] == ""


@pytest.mark.parametrize("content", [
    "{not json",
    '{"format": "guicalc", "version": 1, "document": {"functions": [{"text": "x", "col',
    '{"format": "guicalc", "version": 1, "document": {"curve": {"x": "one"}}}',
    '{"format": "guicalc", "version": 99, "document": {}}',
    '{"format": "guicalc", "version": 1, "document": {"two_variable": {"point": [1, "2"]}}}',
    '{"format": "guicalc", "version": 1, "document": {"two_variable": {"field_range": [2, -2, -2, 2]}}}',
    '{"format": "guicalc", "version": 1, "document": {"two_variable": {"descent_steps": 1e9}}}',
    '{"format": "guicalc", "version": 1, "document": {"graph": {"inputs": {"a": 5}}}}',
    '{"format": "guicalc", "version": 1, "document": {"view": {"tab": "print(1)", "theme": "dark"}}}',
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
