"""Adding a view kind is one registry entry: the table of f and f′ in tests/table_kind.py,
registered here and nowhere else, appears in the window's tabs (and the next Alt+N), in
``guicalc export --view``, in the self-test's views, in the undo history and in a
saved and reopened lesson."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import mpmath
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc import cli, selftest
from guicalc.core import examples as examples_module
from guicalc.core.view_kinds import view_kinds
from guicalc.core.workspace import document_to_dict
from guicalc.ui.view_tabs import view_tab
from tests.conftest import close_window, shown_window
from tests.table_kind import registered
from tests.ui.keyboard import press

Key, Mod = QtCore.Qt.Key, QtCore.Qt.KeyboardModifier


@pytest.fixture
def table_window(qtbot):
    with registered():
        window = shown_window(qtbot)
        window.activateWindow()
        qtbot.waitActive(window)  # for the Alt+N shortcuts
        yield window
        close_window(window)


def _cells(window) -> list[list[str]]:
    table = window.view_widgets["table"].table
    return [[table.item(i, j).text() for j in range(3)] for i in range(table.rowCount())]


def test_the_kind_is_a_tab_after_the_others_with_its_alt_key(qtbot, table_window):
    window = table_window
    tabs = window.tabs
    titles = [str(kind.title) for kind in view_kinds()]  # the registry's order; the new kind last
    assert titles[-1] == "Table"
    lazy = [str(kind.title) for kind in view_kinds() if view_tab(kind.name).lazy]  # surface: on first use
    assert [tabs.tabText(i) for i in range(tabs.count())] == [t for t in titles if t not in lazy]
    number = len(titles)  # Alt+N: the next number after the kinds registered before it
    assert window.findChild(QtGui.QAction, f"tab{number}Action").text() == "Table view"
    press(qtbot, window, Key(Key.Key_0.value + number), Mod.AltModifier)
    assert tabs.currentWidget() is window.view_widgets["table"] and window.document.view.tab == "table"
    window.show_surface()  # the lazy tab takes its place before the new one
    assert [tabs.tabText(i) for i in range(tabs.count())] == titles
    f = lambda x: 3 * x**2 - 4 * x  # noqa: E731 — the default lesson, 3x² − 4x
    expected = [[f"{x:g}", f"{f(x):g}", f"{float(mpmath.diff(f, x)):g}"] for x in (-1.0, 0.0, 1.0, 2.0)]
    assert _cells(window) == expected
    window.two_variable_panel.shutdown()


def test_its_state_is_saved_undone_and_reopened(qtbot, table_window, tmp_path, monkeypatch):
    window = table_window
    window.show_view("table")
    spin = window.findChild(QtWidgets.QSpinBox, "tableRowsSpin")
    spin.setFocus()
    press(qtbot, window, Key.Key_Up)
    press(qtbot, window, Key.Key_Up)
    assert window.document.states["table"].rows == 6 and len(_cells(window)) == 6
    assert window.undo_action.text() == "Undo change table rows"
    path = tmp_path / "table.guicalc"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_as_action.trigger()
    assert json.loads(path.read_text(encoding="utf-8"))["document"]["table"] == {"start": -1.0, "step": 1.0,
                                                                                 "rows": 6}
    window.undo_action.trigger()
    assert spin.value() == 4 and len(_cells(window)) == 4

    reopened = shown_window(qtbot)
    try:
        assert reopened.files.open_path(path)
        assert document_to_dict(reopened.document)["table"]["rows"] == 6
        assert reopened.tabs.currentWidget() is reopened.view_widgets["table"]  # the lesson's tab
        assert reopened.findChild(QtWidgets.QSpinBox, "tableRowsSpin").value() == 6 and len(_cells(reopened)) == 6
    finally:
        close_window(reopened)


def test_guicalc_export_offers_and_writes_the_new_figure(qtbot, tmp_path, capsys):
    with registered():
        assert "table" in cli._parser()._subparsers._group_actions[0].choices["export"]._option_string_actions[
            "--view"].choices
        output = tmp_path / "table.svg"
        assert cli.main(["export", "x^3", "--view", "table", "--at", "2", "-o", str(output)]) == 0
    assert capsys.readouterr().out.strip() == str(output)
    texts = {element.text.strip() for element in ET.parse(output).getroot().iter("{http://www.w3.org/2000/svg}text")
             if element.text and element.text.strip()}
    assert {"f′(x)", "-1", "0", "1", "2", "3", "8", "12"} <= texts  # x = -1 … 2, x³ and 3x²
    with pytest.raises(SystemExit):  # once unregistered, the command line no longer offers it
        cli.main(["export", "x^3", "--view", "table", "-o", str(output)])


@pytest.mark.slow  # the self-test in process: every example opened and exported
def test_the_self_test_checks_the_new_view(qtbot, capsys, monkeypatch):
    from guicalc.app import window_icon
    from guicalc.ui import MainWindow

    first = examples_module.all_examples()[0]
    monkeypatch.setattr(examples_module, "all_examples", lambda: [first])
    monkeypatch.setattr(selftest.SelfTest, "_runaway", lambda self: {})  # tests/test_selftest.py checks it
    app = QtGui.QGuiApplication.instance()
    monkeypatch.setattr(app, "windowIcon", window_icon)  # as app.py gives it
    with registered():
        window = MainWindow(deferred=True)
        qtbot.addWidget(window)
        window.show()
        status = selftest.run_self_test(app, window)
    summary = json.loads(capsys.readouterr().out)
    assert status == 0 and summary["errors"] == [], summary["errors"]
    table = summary["views"]["table"]
    assert [figure["name"] for figure in table] == ["table"]
    assert table[0]["svg"]["vectors"] > 0 and table[0]["png"]["ink"] > selftest.MIN_INK
