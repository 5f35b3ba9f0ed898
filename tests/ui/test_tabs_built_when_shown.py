"""Tabs other than the curve are built when first shown (issue 16): the tab bar holds them
from the start, and building one after a lesson opened changes nothing of the lesson."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtWidgets

from guicalc.core.workspace import document_to_dict
from tests.conftest import close_window, shown_window

LATE = ("graph", "lab", "taylor", "values")


def test_every_tab_is_in_the_bar_and_built_when_first_shown(qtbot, main_window):
    titles = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert titles[:5] == ["Curve", "Graph", "Autodiff lab", "Taylor", "Table of values"]
    assert not any(name in main_window.view_widgets for name in LATE)  # only the curve was built
    main_window.tabs.setCurrentIndex(titles.index("Taylor"))  # a click on the tab
    taylor = main_window.view_widgets.get("taylor")
    assert taylor is not None and main_window.tabs.currentWidget() is taylor
    assert main_window.document.view.tab == "taylor"
    assert [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())] == titles  # in its place


def test_a_tab_built_after_a_lesson_opened_changes_nothing_of_it(qtbot, tmp_path):
    first = shown_window(qtbot)
    lesson = first.document
    lesson.graph.inputs, lesson.graph.step, lesson.graph.mode = {"x": "2"}, 2, "forward"
    taylor = lesson.states["taylor"]
    taylor.center, taylor.degree = 0.5, 5
    lab = lesson.states["lab"]
    lab.point, lab.page, lab.dtype = "x=2", "jacobian", "float32"
    lesson.states["values"].start = -2.0
    path = tmp_path / "lesson.guicalc"
    first.files._write(path)
    close_window(first)

    reopened = shown_window(qtbot)
    try:
        assert reopened.files.open_path(path)
        saved = _lesson(reopened)
        assert saved["graph"]["step"] == 2 and saved["graph"]["inputs"] == {"x": "2"}
        for name in LATE:
            reopened.show_view(name)
            QtWidgets.QApplication.processEvents()
            assert _lesson(reopened) == saved, name
        assert reopened.graph_panel.walk.position == 2 and reopened.graph_panel.fields["x"].text() == "2"
    finally:
        close_window(reopened)


def _lesson(window) -> dict:
    """What the lesson file keeps, but the tab shown (showing a tab changes it, rightly)."""
    saved = document_to_dict(window.document)
    saved["view"].pop("tab")
    return saved


def _surface_lesson(qtbot, tmp_path) -> Path:
    first = shown_window(qtbot)
    first.document.functions[0].text = "x^2 - y^2"
    first.show_view("surface")
    path = tmp_path / "saddle.guicalc"
    first.files._write(path)
    close_window(first)
    return path


def _shown_surface(window) -> tuple[str, str]:
    """The surface tab's title and its readout at the point (1, 1)."""
    panel = window.view_widgets["surface"]
    title = panel.findChild(QtWidgets.QLabel, "functionTitle").text()
    readout = " ".join(label.text() for label in panel.findChildren(QtWidgets.QLabel) if "f(1, 1)" in label.text())
    return title, readout


@pytest.mark.parametrize("how", ["given at start", "opened from the menu"])
def test_a_lesson_saved_on_the_surface_tab_shows_its_own_function_there(qtbot, tmp_path, how):
    """The surface tab is built after the lesson's functions were read in: it showed the
    panel's example f(x0, x1) = x0^2 + x1^2 instead of the lesson's saddle."""
    from guicalc.app import _load
    from guicalc.ui import MainWindow

    path = _surface_lesson(qtbot, tmp_path)
    if how == "given at start":
        document, refusal = _load(str(path))
        assert refusal is None
        window = MainWindow(document, deferred=True)
        window.show()
    else:
        window = shown_window(qtbot)
        assert window.files.open_path(path)
    try:
        qtbot.waitUntil(lambda: "surface" in window.view_widgets, timeout=5000)
        title, readout = _shown_surface(window)
        assert title == "f(x, y) = x^2 - y^2"
        assert "f(1, 1) = 0" in readout  # 1² − 1², not the example's 2
        assert window.tabs.currentWidget() is window.view_widgets["surface"]
    finally:
        close_window(window)
