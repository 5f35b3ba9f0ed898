"""Tabs other than the curve are built when first shown (issue 16): the tab bar holds them
from the start, and building one after a lesson opened changes nothing of the lesson."""

from __future__ import annotations

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
