"""Issue 20's autodiff lab, driven through the real widgets; numbers against sympy and numpy."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import numpy as np
import pytest
import sympy as sp
from PySide6 import QtCore, QtWidgets

from guicalc.core.lab_state import LabState
from guicalc.core.workspace import document_from_dict, document_to_dict
from guicalc.export.figure import export
from guicalc.ui.lab_panel import LabPanel
from guicalc.views.graph_view import GraphView
from guicalc.views.jacobian_view import JacobianView
from tests.views.shown import shown

Key = QtCore.Qt.Key


@pytest.fixture
def lab(qtbot):
    panel = shown(qtbot, LabPanel(LabState()))
    panel.set_expression("exp(x)")
    return panel


def find(panel, cls, name: str):
    widget = panel.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def type_into(qtbot, field: QtWidgets.QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Key.Key_Return)


def table_rows(panel) -> dict[str, list[str]]:
    table = find(panel, QtWidgets.QTableWidget, "labCheckTable")
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)]
            for r in range(table.rowCount())}


def cells(panel) -> dict[tuple[int, int], str]:
    view = find(panel, JacobianView, "jacobianView")
    return {item.data(1): item.text() for item in view.scene().items() if item.data(0) == "cell"}


def test_the_check_table_against_numpy_and_a_step_typed_in(qtbot, lab):
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labPoint"), "x=1")
    rows = table_rows(lab)
    assert len(rows) == 7 and all(r[2] == "pass" for r in rows.values())
    assert float(rows["complex step"][0]) == pytest.approx(math.e, rel=1e-15)
    assert "2.7182818284590451" in find(lab, QtWidgets.QLabel, "labCheckSummary").text()
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labStep"), "0.01")
    forward = table_rows(lab)["forward difference"]
    quotient = (np.exp(1.01) - np.exp(1.0)) / 0.01
    assert float(forward[0]) == pytest.approx(quotient, rel=1e-14)
    assert float(forward[1]) == pytest.approx(abs(quotient - math.e) / math.e, rel=1e-2)  # shown with 3 digits
    assert forward[2] == "fail" and forward[3].startswith("truncation")
    assert lab.state.step == "0.01"


def test_float16_and_a_kink_in_the_table(qtbot, lab):
    lab.set_expression("abs(x) + x^2")
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labPoint"), "x=0")
    combo = find(lab, QtWidgets.QComboBox, "labDtype")
    combo.setFocus()
    qtbot.keyClick(combo, Key.Key_Home)  # float16
    assert lab.state.dtype == "float16"
    rows = table_rows(lab)
    assert rows["forward difference"][2] == "fail" and rows["forward difference"][3].startswith("a kink")
    assert rows["complex step"][0] == "—" and "analytic" in rows["complex step"][3]
    assert "a kink" in find(lab, QtWidgets.QLabel, "labCheckSummary").text()


def test_the_jacobian_column_by_column_then_row_by_row(qtbot, lab):
    lab.pages.setCurrentIndex(1)
    assert lab.state.page == "jacobian"
    x0, x1 = sp.symbols("x0 x1", real=True)
    expected = np.array(sp.Matrix([x0 * x1, sp.sin(x0), x0 + x1**2]).jacobian([x0, x1]).subs(
        {x0: 1, x1: 2}).evalf(30).tolist(), dtype=float)
    assert all(text == "" for text in cells(lab).values())
    step = find(lab, QtWidgets.QPushButton, "labJacobianStep")
    qtbot.mouseClick(step, QtCore.Qt.MouseButton.LeftButton)
    shown_cells = cells(lab)
    for i in range(3):
        assert float(shown_cells[(i, 0)].replace("−", "-")) == pytest.approx(expected[i, 0], rel=1e-6)
        assert shown_cells[(i, 1)] == ""
    qtbot.mouseClick(step, QtCore.Qt.MouseButton.LeftButton)
    assert not step.isEnabled()
    view = find(lab, JacobianView, "jacobianView")
    assert "2 of 2 passes" in view.caption and "Reverse mode would need 3" in view.caption
    mode = find(lab, QtWidgets.QComboBox, "labJacobianMode")
    mode.setCurrentIndex(mode.findData("reverse"))
    assert lab.state.jacobian_mode == "reverse"
    view.setFocus()
    qtbot.keyClick(view, Key.Key_Home)
    qtbot.keyClick(view, Key.Key_Space)
    assert "1 of 3 passes" in view.caption and "Forward mode would need 2" in view.caption
    row = cells(lab)
    assert row[(0, 0)] == "2" and row[(0, 1)] == "1" and row[(1, 0)] == ""
    play = find(lab, QtWidgets.QPushButton, "labJacobianPlay")
    qtbot.mouseClick(play, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not play.isChecked(), timeout=5000)
    assert "3 of 3 passes" in view.caption
    final = cells(lab)
    got = np.array([[float(final[(i, j)].replace("−", "-")) for j in range(2)] for i in range(3)])
    np.testing.assert_allclose(got, expected, rtol=1e-5)


def test_a_vjp_with_any_seed_and_a_jvp_with_any_direction(qtbot, lab):
    lab.pages.setCurrentIndex(1)
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labSeed"), "[1, 2, 3]")
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labDirection"), "[1, -1]")
    vjp = find(lab, QtWidgets.QLabel, "labVjp").text()
    jvp = find(lab, QtWidgets.QLabel, "labJvp").text()
    assert vjp == f"vᵀJ = [{2 + 2 * math.cos(1) + 3:.10g}, 13]"
    assert jvp == f"J·v = [1, {math.cos(1):.10g}, -3]"
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labSeed"), "[1, 2]")
    assert "needs 3 numbers, not 2" in lab.jacobian_message.text()
    assert find(lab, QtWidgets.QLabel, "labVjp").text() == ""


def test_stepping_through_the_rules_marks_each_part(qtbot, lab):
    lab.set_expression("sin(x^2)")
    lab.pages.setCurrentIndex(2)
    rules = find(lab, QtWidgets.QListWidget, "labRuleList")
    assert [rules.item(i).text() for i in range(rules.count())] == [
        "1. chain rule (outer function: derivative of sin)", "2. power rule"]
    line = find(lab, QtWidgets.QLabel, "labRuleLine")
    assert '">d/dx[sin(x^2)]</span>' in line.text()
    rules.setFocus()
    qtbot.keyClick(rules, Key.Key_Down)
    assert '">d/dx[x^2]</span>' in line.text() and "= 2x·cos(x^2)" in line.text()


def test_double_backward_gives_f_second_and_a_hessian_vector_product(qtbot, lab):
    lab.set_expression("x*sin(x)*exp(x)")
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labPoint"), "x=0.9")
    lab.pages.setCurrentIndex(3)
    x = sp.Symbol("x", real=True)
    second = float(sp.diff(x * sp.sin(x) * sp.exp(x), x, 2).subs(x, sp.Float("0.9", 30)))
    result = find(lab, QtWidgets.QLabel, "labDoubleResult").text()
    assert f"f″ = {second:.12g}" in result
    view = find(lab, GraphView, "labSecondGraph")
    assert any(i.data(0) == "node" for i in view.scene().items())
    view.setFocus()
    for _ in range(30):
        qtbot.keyClick(view, Key.Key_Space)
    notes = [i.text() for i in view.scene().items() if i.data(0) == "note"]
    assert f"grad {second:.6g}" in notes
    lab.set_expression("x0^2*x1 + sin(x0*x1)")
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labPoint"), "x0=1, x1=2")
    type_into(qtbot, find(lab, QtWidgets.QLineEdit, "labHvpDirection"), "[1, -2]")
    a, b = sp.symbols("x0 x1", real=True)
    hv = sp.hessian(a**2 * b + sp.sin(a * b), [a, b]).subs({a: 1, b: 2}) * sp.Matrix([1, -2])
    text = find(lab, QtWidgets.QLabel, "labDoubleResult").text()
    assert f"H·v = [{float(hv[0]):.12g}, {float(hv[1]):.12g}]" in text


def test_the_lab_is_saved_undone_and_exported(qtbot, lab, tmp_path):
    from guicalc.core.document import Document
    from guicalc.ui.history import DocumentHistory

    document = Document()
    history = DocumentHistory(document)
    panel = shown(qtbot, LabPanel(document.states["lab"]))
    panel.set_expression("exp(x)")
    type_into(qtbot, find(panel, QtWidgets.QLineEdit, "labTolerance"), "1e-9")
    assert document.states["lab"].tolerance == "1e-9"
    history.undo()
    assert find(panel, QtWidgets.QLineEdit, "labTolerance").text() == ""
    history.redo()
    document.states["lab"].vector = "[a*b, a + b]"
    saved = document_to_dict(document)
    assert saved["lab"]["tolerance"] == "1e-9" and saved["lab"]["vector"] == "[a*b, a + b]"
    assert document_to_dict(document_from_dict(saved))["lab"] == saved["lab"]
    panel.pages.setCurrentIndex(1)
    panel.step_jacobian()
    path = export(panel.view, tmp_path / "jacobian.svg")
    texts = "".join(ET.parse(path).getroot().itertext())
    assert "∂/∂a" in texts and "Forward mode: 1 of 2 passes" in texts

