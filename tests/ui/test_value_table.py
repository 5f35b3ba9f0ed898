"""Issue 21: the table of values, a view kind of its own: x = 0, 0.5, …, 2 with f and f′ of the
default lesson (checked against mpmath), its points on the curve plot, typed x, saved and undone."""

from __future__ import annotations

import json

import mpmath
import pytest
from PySide6 import QtCore, QtWidgets

from guicalc.core.symbolic import display_number
from tests.conftest import close_window, shown_window


def f(x):
    return 3 * x**2 - 4 * x  # the default lesson


def _cells(panel) -> list[list[str]]:
    table = panel.table
    return [[table.item(i, j).text() for j in range(table.columnCount())] for i in range(table.rowCount() - 1)]


def _headers(panel) -> list[str]:
    return [panel.table.horizontalHeaderItem(j).text() for j in range(panel.table.columnCount())]


def test_the_default_lesson_from_0_to_2_by_halves_with_its_points_on_the_plot(qtbot, main_window):
    window = main_window
    assert len(window.curve_view.explore.table_points.getData()[0]) == 0  # no table looked at: no points
    panel = window.show_view("values")
    assert window.document.view.tab == "values"
    assert _headers(panel) == ["x", "f(x)", "f′(x)"]
    xs = [0, 0.5, 1, 1.5, 2]
    expected = [[display_number(x), display_number(float(f(mpmath.mpf(x)))),
                 display_number(float(mpmath.diff(f, mpmath.mpf(x))))] for x in xs]
    assert _cells(panel) == expected
    assert expected[1] == ["0.5", "−1.25", "−1"]
    window.show_curve()
    qtbot.wait(10)
    px, py = window.curve_view.explore.table_points.getData()
    assert list(px) == xs and list(py) == [float(f(mpmath.mpf(x))) for x in xs]
    box = panel.findChild(QtWidgets.QCheckBox, "valueTablePoints")
    box.setChecked(False)
    assert len(window.curve_view.explore.table_points.getData()[0]) == 0


def test_typing_an_x_and_filling_by_a_step(qtbot, main_window):
    window = main_window
    panel = window.show_view("values")
    table = panel.table
    table.setCurrentCell(1, 0)
    table.editItem(table.item(1, 0))
    editor = table.findChild(QtWidgets.QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "pi/3")
    qtbot.keyClick(editor, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits on the next turn
    with mpmath.workdps(50):
        x = mpmath.pi / 3  # the typed x, evaluated exactly and rounded once
    assert _cells(panel)[1] == [display_number(float(x)), display_number(float(f(x))),
                                display_number(float(mpmath.diff(f, x)))]
    assert window.document.states["values"].xs[1] == float(x)
    window.undo_action.trigger()
    assert _cells(panel)[1][0] == "0.5"
    # The empty last row adds an x.
    last = table.rowCount() - 1
    table.item(last, 0).setText("10")
    assert _cells(panel)[-1][:2] == ["10", "260"]
    # Fill by step: the column from the step's settings again.
    step = panel.findChild(QtWidgets.QDoubleSpinBox, "valueTableStep")
    step.setValue(1.0)
    assert [row[0] for row in _cells(panel)] == ["0", "1", "2", "3", "4"]


def test_other_functions_get_a_column_each(qtbot, main_window):
    window = main_window
    window.document.functions[0].text = "f(x) = x^2"
    window.function_list.add_function()
    window.document.functions[1].text = "g(x) = f(x) + 1"
    panel = window.show_view("values")
    assert _headers(panel) == ["x", "f(x)", "f′(x)", "g(x)"]
    assert [row[3] for row in _cells(panel)] == ["1", "1.25", "2", "3.25", "5"]


def test_the_table_is_saved_and_reopened(qtbot, main_window, tmp_path, monkeypatch):
    window = main_window
    panel = window.show_view("values")
    panel.findChild(QtWidgets.QSpinBox, "valueTableRows").setValue(3)
    path = tmp_path / "values.guicalc"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_as_action.trigger()
    saved = json.loads(path.read_text(encoding="utf-8"))["document"]["values"]
    assert saved == {"start": 0.0, "step": 0.5, "rows": 3, "xs": [], "show_points": True}
    reopened = shown_window(qtbot)
    try:
        assert reopened.files.open_path(path)
        assert [row[0] for row in _cells(reopened.view_widgets["values"])] == ["0", "0.5", "1"]
    finally:
        close_window(reopened)


@pytest.mark.parametrize("bad", [{"rows": 10**9}, {"xs": [1] * 1000}, {"xs": ["import os"]}, {"step": -1}])
def test_a_hostile_section_is_refused(bad, tmp_path):
    from guicalc.core.document import Document
    from guicalc.core.readers import WorkspaceError
    from guicalc.core.workspace import document_from_dict, document_to_dict

    data = document_to_dict(Document())
    data["values"].update(bad)
    with pytest.raises(WorkspaceError):
        document_from_dict(data)
