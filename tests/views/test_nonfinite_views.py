"""NaN, ±inf and overflow in the surface, field, descent and graph views, and their export.

Functions undefined on part of the plane (or at the point, or everywhere the descent
goes) must leave gaps and say so in words, never raise (pytest-qt fails a test on an
exception in a Qt virtual, pyproject on a Qt warning) and never freeze the panel.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.export.figure import export
from guicalc.ui.graph_panel import GraphPanel
from guicalc.ui.two_variable_panel import TwoVariablePanel
from tests.views.shown import shown
from tests.views.test_graph_view import caption, node_texts
from tests.views.test_two_variable_panel import arrows_on_plot, text_of, type_into


@pytest.fixture
def panel(qtbot) -> TwoVariablePanel:
    panel = TwoVariablePanel()
    panel.animation_interval_ms = 0  # the whole path at once
    return shown(qtbot, panel)


def _exports(widget: QtWidgets.QWidget, folder, name: str) -> None:
    for suffix in ("svg", "png"):
        assert export(widget, folder / f"{name}.{suffix}", 1).stat().st_size > 0
    ET.parse(folder / f"{name}.svg")
    assert not QtGui.QImage(str(folder / f"{name}.png")).isNull()


TWO_VARIABLES = [
    # text, a point where f or ∇f is undefined or overflows
    ("sqrt(x0)·x1", (-1.0, 1.0)),
    ("sqrt(x0·x1)", (-1.0, 1.0)),
    ("exp(100 x0)", (1.0, 0.0)),
    ("ln(x0^2 + x1^2)", (0.0, 0.0)),
]


@pytest.mark.parametrize(("text", "point"), TWO_VARIABLES, ids=[c[0] for c in TWO_VARIABLES])
def test_two_variable_views_show_gaps_and_words(qtbot, panel: TwoVariablePanel, tmp_path, text: str,
                                                point: tuple[float, float]) -> None:
    panel.set_expression(text)
    type_into(qtbot, panel, "twoVariablePointX", str(point[0]))
    type_into(qtbot, panel, "twoVariablePointY", str(point[1]))
    readout = text_of(panel, "gradientReadout")
    assert readout and ("undefined" in readout or "∞" in readout or "e+" in readout), readout
    assert text_of(panel, "directionalReadout")
    assert np.isfinite(arrows_on_plot(panel)).all()  # undefined arrows are left out, not drawn as NaN
    mesh = panel.surface_view.surface_mesh()[0]
    assert not np.isinf(mesh).any()

    type_into(qtbot, panel, "descentStartX", str(point[0]))
    type_into(qtbot, panel, "descentStartY", str(point[1]))
    with qtbot.waitSignal(panel.descentFinished, timeout=10_000):
        panel.findChild(QtWidgets.QPushButton, "descentRunButton").click()
    status = text_of(panel, "descentStatus")
    assert status and not status.startswith("Step"), status

    for widget, name in ((panel.field_view, "field"), (panel.surface_view, "surface"),
                         (panel.loss_view, "loss")):
        _exports(widget, tmp_path, name)

    panel.set_expression("x0^2 + x1^2")  # not frozen: a good function answers
    type_into(qtbot, panel, "twoVariablePointX", "-1")
    type_into(qtbot, panel, "twoVariablePointY", "2")
    assert "∇f = (−2, 4)" in text_of(panel, "gradientReadout")


@pytest.fixture
def graph_panel(qtbot) -> GraphPanel:
    return shown(qtbot, GraphPanel())


@pytest.mark.parametrize(("text", "values"), [("ln(a)", {"a": -1}), ("1/a", {"a": 0}),
                                              ("exp(a)·b", {"a": 1000, "b": 0}), ("sqrt(a)", {"a": "[-1, 4]"})])
def test_graph_view_shows_undefined_values_in_words(qtbot, graph_panel: GraphPanel, tmp_path, text: str,
                                                    values: dict) -> None:
    graph_panel.set_expression(text, values)
    for name in ("graphStepForward", "graphStepBackward"):
        button = graph_panel.findChild(QtWidgets.QPushButton, name)
        for _ in range(20):
            if button.isEnabled():
                qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    shown = " ".join([*node_texts(graph_panel, "value").values(), *node_texts(graph_panel, "note").values(),
                      caption(graph_panel), graph_panel.findChild(QtWidgets.QLabel, "graphMessage").text()])
    assert any(word in shown for word in ("undefined", "nan", "inf", "∞", "no real value")), shown
    _exports(graph_panel.view, tmp_path, "graph")
    assert graph_panel.set_expression("(a + b)*c", {"a": 50, "b": 70, "c": 2})  # still answers
