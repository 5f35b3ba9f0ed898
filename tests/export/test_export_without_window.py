"""``guicalc export`` builds the figure asked for from a document, with no main window:
every registered figure (and a kind registered by a test) is written while constructing
a ``MainWindow`` raises, and it shows what the same figure shows in the window."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6 import QtWidgets

from guicalc import cli, ui
from guicalc.core.document import Document
from guicalc.core.view_kinds import figure_names, kind_of_figure
from guicalc.export.figure import export
from guicalc.ui import main_window as main_window_module
from guicalc.ui.view_tabs import view_tab
from tests.conftest import close_window
from tests.export.svg_checks import texts
from tests.table_kind import registered

SIZE = (900, 600)
CASES = {  # per kind: an expression and --at, as a user gives them
    "curve": ("3x^2 - 4x", "1.5"),
    "graph": ("(a + b)*c", "a=50,b=70,c=2"),
    "surface": ("x0^2 + x1^2", "1,-0.5"),
    "table": ("x^3", "2"),
    "lab": ("x*sin(x)", "2"),
    "taylor": ("sin(x)", "0"),
    "values": ("3x^2 - 4x", "0"),
    "race": ("x0^2 + 10*x1^2", "1.5,0.8"),
}


@pytest.fixture
def no_window(monkeypatch):
    """Constructing a MainWindow fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("guicalc export built a MainWindow")

    monkeypatch.setattr(ui, "MainWindow", refuse)
    monkeypatch.setattr(main_window_module, "MainWindow", refuse)


def _export(figure: str, path) -> ET.Element:
    expression, at = CASES[kind_of_figure(figure).name]
    assert cli.main(["export", expression, "--view", figure, "--at", at, "--size", "x".join(map(str, SIZE)),
                     "-o", str(path)]) == 0
    return ET.parse(path).getroot()


def test_every_figure_of_every_kind_is_exported_without_a_window(qtbot, no_window, tmp_path, capsys):
    with registered():
        names = figure_names()
        assert {"curve", "limit", "graph", "surface", "field", "table"} <= set(names)
        for name in names:
            assert view_tab(kind_of_figure(name).name).figure is not None, f"{name} needs a window to export"
            root = _export(name, tmp_path / f"{name}.svg")
            drawn = len(list(root.iter())) > 20 or len(texts(root)) >= 3  # a plot, or a page of text (the lab's rules)
            assert root.get("width") and drawn, name
    assert capsys.readouterr().out.split() == [str(tmp_path / f"{name}.svg") for name in names]


@pytest.mark.parametrize("figure", ["curve", "limit", "graph", "field"])
def test_the_figure_shows_what_the_window_shows(qtbot, tmp_path, figure):
    """The same words and numbers as the window's figure of the same expression and point
    (the 3D surface is compared with its GL frame in test_two_variable_export.py)."""
    alone = texts(_export(figure, tmp_path / "alone.svg"))
    expression, at = CASES[kind_of_figure(figure).name]
    point = cli._export_point(figure, expression, at)
    kind = kind_of_figure(figure).name
    lesson = Document()
    if kind == "curve":
        # A lesson that opens at the point, as the export does: a point moved there would keep
        # the error plot's range from where it was (issue 16), with other decades ticked.
        lesson.functions[0].text, lesson.curve.x = expression, point
    window = ui.MainWindow(lesson)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.document.functions[0].text = expression
        if kind == "curve":
            window.controller.home()
        elif kind == "graph":
            window.graph_panel.set_expression(expression, point)
            while window.graph_panel.step_backward.isEnabled():
                window.graph_panel.step_backward.click()
        else:
            qtbot.waitUntil(lambda: window.two_variable_panel is not None)
            window.two_variable_panel.set_point(*point)
        window.show_view(kind)
        widget = view_tab(kind).figures(window)[figure]
        widget.setParent(None)
        widget.resize(*SIZE)
        widget.show()
        QtWidgets.QApplication.processEvents()
        in_window = texts(ET.parse(export(widget, tmp_path / "window.svg")).getroot())
        widget.close()
    finally:
        if window.two_variable_panel is not None:
            window.two_variable_panel.shutdown()
        close_window(window)
    assert alone == in_window
