"""Issue 5's graph view, driven through the real widgets: what the student sees on the graph."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from guicalc.ui.graph_panel import GraphPanel
from guicalc.views.graph_view import GraphView
from tests.views.shown import shown

NOTES = {"a": 50, "b": 70, "c": 2}


@pytest.fixture
def panel(qtbot):
    return shown(qtbot, GraphPanel())


def find(panel: GraphPanel, cls, name: str):
    widget = panel.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def view(panel: GraphPanel) -> GraphView:
    return find(panel, GraphView, "graphView")


def texts(panel: GraphPanel, kind: str) -> list[QtWidgets.QGraphicsItem]:
    return [i for i in view(panel).scene().items() if i.data(0) == kind]


def edge_texts(panel: GraphPanel) -> dict[tuple[str, str, int], str]:
    """(source's text, target's text, input index) -> the text drawn on that edge."""
    return {(i.data(1), i.data(2), i.data(3)): i.text() for i in texts(panel, "edge")}


def node_texts(panel: GraphPanel, kind: str) -> dict[str, str]:
    """node's text -> its drawn "label", "value" or "note"."""
    return {i.data(1): i.text() for i in texts(panel, kind)}


def caption(panel: GraphPanel) -> str:
    (item,) = texts(panel, "caption")
    return item.toPlainText()


def click_until_disabled(qtbot, panel: GraphPanel, name: str) -> int:
    button = find(panel, QtWidgets.QPushButton, name)
    clicks = 0
    while button.isEnabled():
        qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
        clicks += 1
        assert clicks < 100
    return clicks


def test_backpropagation_of_the_notes_example_on_the_edges(qtbot, panel):
    panel.set_expression("(a + b)*c", NOTES)
    assert set(edge_texts(panel).values()) == {""}  # nothing passed back yet
    assert click_until_disabled(qtbot, panel, "graphStepBackward") == 2
    edges = edge_texts(panel)
    assert edges[("a", "a + b", 0)] == "2"
    assert edges[("b", "a + b", 1)] == "2"
    assert edges[("c", "c·(a + b)", 0)] == "120"
    assert edges[("a + b", "c·(a + b)", 1)] == "2"
    assert [i.text() for i in texts(panel, "seed")] == ["1"]
    assert node_texts(panel, "value")["c·(a + b)"] == "240"
    assert node_texts(panel, "note") == {"a": "grad 2", "b": "grad 2", "c": "grad 120",
                                         "a + b": "", "c·(a + b)": ""}
    assert "Backward pass complete: ∂z/∂a = 2, ∂z/∂b = 2, ∂z/∂c = 120." in caption(panel)


def test_each_backward_step_shows_its_rule(qtbot, panel):
    panel.set_expression("(a + b)*c", NOTES)
    qtbot.mouseClick(find(panel, QtWidgets.QPushButton, "graphStepBackward"), QtCore.Qt.MouseButton.LeftButton)
    assert "to a + b: 1 × c = 1 × 2 = 2" in caption(panel)
    edges = edge_texts(panel)
    assert edges[("a + b", "c·(a + b)", 1)] == "2" and edges[("a", "a + b", 0)] == ""
    qtbot.mouseClick(find(panel, QtWidgets.QPushButton, "graphStepBackward"), QtCore.Qt.MouseButton.LeftButton)
    assert "+ passes the upstream gradient 2 unchanged to a, b" in caption(panel)


def test_stepping_forward_fills_in_one_value_at_a_time(qtbot, panel):
    panel.set_expression("(a + b)*c", NOTES)
    values = node_texts(panel, "value")
    assert (values["a"], values["b"], values["c"], values["a + b"]) == ("50", "70", "2", "")
    step = find(panel, QtWidgets.QPushButton, "graphStepForward")
    qtbot.mouseClick(step, QtCore.Qt.MouseButton.LeftButton)
    assert node_texts(panel, "value")["a + b"] == "120"
    assert node_texts(panel, "value")["c·(a + b)"] == ""
    assert "a + b = 50 + 70 = 120" in caption(panel)
    qtbot.mouseClick(step, QtCore.Qt.MouseButton.LeftButton)
    assert node_texts(panel, "value")["c·(a + b)"] == "240"
    assert not step.isEnabled()


def test_forward_mode_takes_a_pass_per_input(qtbot, panel):
    panel.set_expression("(a + b)*c", NOTES)
    combo = find(panel, QtWidgets.QComboBox, "graphModeCombo")
    combo.setCurrentIndex(combo.findData("forward"))
    assert not find(panel, QtWidgets.QPushButton, "graphStepBackward").isEnabled()
    step = find(panel, QtWidgets.QPushButton, "graphStepForward")
    for _ in range(2):
        qtbot.mouseClick(step, QtCore.Qt.MouseButton.LeftButton)
    # Dual numbers: each node carries value + tangent·ε, the tangent d/da.
    assert node_texts(panel, "note")["c·(a + b)"] == "240 + 2ε"
    assert node_texts(panel, "note")["a"] == "50 + 1ε" and node_texts(panel, "note")["b"] == "70 + 0ε"
    dual = find(panel, QtWidgets.QCheckBox, "graphDual")
    qtbot.mouseClick(dual, QtCore.Qt.MouseButton.LeftButton)
    assert node_texts(panel, "note")["c·(a + b)"] == "d/da = 2"
    assert "pass 1 of 3 (along a)" in caption(panel)
    assert "reverse mode one backward pass per output (1)" in caption(panel)
    assert click_until_disabled(qtbot, panel, "graphStepForward") == 6
    assert node_texts(panel, "note")["c·(a + b)"] == "d/dc = 120"
    qtbot.mouseClick(dual, QtCore.Qt.MouseButton.LeftButton)
    assert node_texts(panel, "note")["c·(a + b)"] == "240 + 120ε"


def test_a_vector_output_asks_for_a_seed(qtbot, panel):
    panel.set_expression("x*x", {"x": [0, 1, 2, 3]})
    backward = find(panel, QtWidgets.QPushButton, "graphStepBackward")
    assert not backward.isEnabled()
    assert "only for scalar outputs" in find(panel, QtWidgets.QLabel, "graphMessage").text()
    seed = find(panel, QtWidgets.QLineEdit, "graphSeed")
    qtbot.keyClicks(seed, "[1, 1, 1, 1]")
    qtbot.keyClick(seed, QtCore.Qt.Key.Key_Return)
    assert backward.isEnabled()
    qtbot.mouseClick(backward, QtCore.Qt.MouseButton.LeftButton)
    assert edge_texts(panel)[("x", "x^2", 0)] == "[0, 2, 4, 6]"


def test_two_x_dot_x_gives_4x(qtbot, panel):
    panel.set_expression("2*dot(x, x)", {"x": [0, 1, 2, 3]})
    click_until_disabled(qtbot, panel, "graphStepBackward")
    edges = edge_texts(panel)
    assert edges[("x", "dot(x, x)", 0)] == edges[("x", "dot(x, x)", 1)] == "[0, 2, 4, 6]"
    assert node_texts(panel, "note")["x"] == "grad [0, 4, 8, 12]"


def test_sigmoid_expands_into_exp_plus_and_reciprocal(qtbot, panel):
    panel.set_expression("sigmoid(x)", {"x": 0})
    assert set(node_texts(panel, "label").values()) == {"x", "sigmoid"}
    click_until_disabled(qtbot, panel, "graphStepBackward")
    assert node_texts(panel, "note")["x"] == "grad 0.25"
    qtbot.mouseClick(find(panel, QtWidgets.QCheckBox, "graphExpand"), QtCore.Qt.MouseButton.LeftButton)
    assert {"exp", "+", "1/x", "−x"} <= set(node_texts(panel, "label").values())
    click_until_disabled(qtbot, panel, "graphStepBackward")
    assert node_texts(panel, "note")["x"] == "grad 0.25"
    assert node_texts(panel, "value")["1/(1 + exp(−x))"] == "0.5"


def test_double_clicking_an_input_edits_its_value(qtbot, panel):
    panel.set_expression("(a + b)*c", NOTES)
    field = find(panel, QtWidgets.QLineEdit, "graphInput_a")
    qtbot.waitUntil(field.isVisible)  # a layout shows a new child on the next turn of the event loop
    graph_view = view(panel)
    (box,) = [i for i in graph_view.scene().items() if i.data(0) == "node" and i.data(1) == "a"]
    point = graph_view.mapFromScene(box.sceneBoundingRect().center())
    qtbot.mouseDClick(graph_view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=point)
    assert panel.focusWidget() is field and field.selectedText() == "50"
    qtbot.keyClicks(field, "10")
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Return)
    click_until_disabled(qtbot, panel, "graphStepForward")
    assert node_texts(panel, "value")["c·(a + b)"] == "160"


def test_a_bad_expression_keeps_the_last_graph(qtbot, panel):
    panel.set_expression("(a + b)*c", NOTES)
    assert not panel.set_expression("(a + ")
    assert "Column 6" in find(panel, QtWidgets.QLabel, "graphMessage").text()
    assert ("c", "c·(a + b)", 0) in edge_texts(panel)


def test_inputs_left_output_right(panel):
    panel.set_expression("sin(x*y) + x^2*exp(y)", {"x": 1, "y": 2})
    boxes = {i.data(1): i.sceneBoundingRect() for i in view(panel).scene().items() if i.data(0) == "node"}
    output = boxes.pop("x^2·exp(y) + sin(x·y)")
    inputs = [boxes.pop("x"), boxes.pop("y")]
    assert all(i.right() < b.left() for i in inputs for b in boxes.values())
    assert all(b.right() < output.left() for b in [*inputs, *boxes.values()])


def test_the_inputs_read_top_down_as_their_fields_do(panel):
    """(a + b)·c drawn as the notes and micrograd draw it: a, b, c from the top, beside the
    fields a =, b =, c = (sympy keeps it as c·(a + b), which put c on top)."""
    panel.set_expression("(a + b)*c", NOTES)
    boxes = {i.data(1): i.sceneBoundingRect() for i in view(panel).scene().items() if i.data(0) == "node"}
    assert boxes["a"].bottom() < boxes["b"].top() and boxes["b"].bottom() < boxes["c"].top()
    fields = [find(panel, QtWidgets.QLineEdit, f"graphInput_{name}") for name in "abc"]
    assert [f.x() for f in fields] == sorted(f.x() for f in fields)


def test_renders_into_an_svg_painter(qtbot, panel):
    panel.set_expression("(a + b)*c", NOTES)
    click_until_disabled(qtbot, panel, "graphStepBackward")
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    generator = QtSvg.QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QtCore.QSize(1200, 700))
    generator.setViewBox(QtCore.QRect(0, 0, 1200, 700))
    painter = QtGui.QPainter(generator)
    view(panel).render_to(painter, QtCore.QRectF(0, 0, 1200, 700))
    painter.end()
    root = ET.fromstring(bytes(buffer.data()).decode())
    drawn = {"".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"240", "120", "grad 120", "×", "+"} <= drawn
