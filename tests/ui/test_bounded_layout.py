"""Huge values, long formulas and many parameters never break the window or grow it
(issue 22, §5 and §7), through the real window."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core import workspace
from guicalc.core.readers import LARGEST, MAX_LENGTH


def _wheel(widget: QtWidgets.QWidget, ticks: int) -> None:
    """``ticks`` wheel notches on ``widget``'s centre (negative: away from the user, zoom out),
    each followed by the event loop's turn, as a hand on a wheel gives."""
    at = QtCore.QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(abs(ticks)):
        event = QtGui.QWheelEvent(at, QtCore.QPointF(widget.mapToGlobal(at.toPoint())), QtCore.QPoint(0, 0),
                                  QtCore.QPoint(0, 120 if ticks > 0 else -120), QtCore.Qt.MouseButton.NoButton,
                                  QtCore.Qt.KeyboardModifier.NoModifier, QtCore.Qt.ScrollPhase.NoScrollPhase, False)
        QtWidgets.QApplication.sendEvent(widget, event)
        QtWidgets.QApplication.processEvents()


def test_zooming_far_out_stops_at_what_a_lesson_can_hold_and_ctrl_0_comes_back(qtbot, main_window):
    view = main_window.curve_view
    view.set_x_range(-1e97, 1e97)  # 760 ticks from the start (0.15 s each): the last 40 are enough
    _wheel(view.viewport(), -40)
    x0, x1 = main_window.document.curve.x_range
    assert np.isfinite([x0, x1]).all() and -LARGEST <= x0 < x1 <= LARGEST and x1 - x0 > 1e99
    assert all(np.isfinite(view.getViewBox().viewRange()[1]))
    workspace.dumps(main_window.document)  # the lesson can still be saved
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, QtCore.Qt.Key.Key_0, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert main_window.document.curve.x_range == pytest.approx((-1.0, 3.0))  # x = 1 in the middle, width 4
    assert all(abs(y) < 100 for y in view.getViewBox().viewRange()[1])


def test_fields_take_no_more_than_a_lesson_holds(qtbot, main_window):
    main_window.show_view("graph")  # the graph of 3x² − 4x: a field for x
    graph = main_window.graph_panel
    edit = main_window.function_list.first_edit
    edit.setText("x+" * 20_000)
    assert len(edit.text()) == MAX_LENGTH
    field = graph.fields["x"]
    field.setText("[" + ",".join(["0"] * 10_000) + "]")
    assert len(field.text()) == MAX_LENGTH
    workspace.dumps(main_window.document)


def _gl_data(scene) -> dict[str, np.ndarray]:
    """What the 3D scene's items hand to OpenGL: the meshes' vertices and the lines' and dots' positions."""
    meshes = (("surface", scene.surface), ("plane", scene.plane))
    vertices = {name: item.opts["meshdata"].vertexes() for name, item in meshes
                if item.opts.get("meshdata") is not None}
    data = {name: v for name, v in vertices.items() if v is not None}  # an empty mesh hands GL nothing
    for name in ("frame", "axes", "drop", "plane_edge", "arrow", "model", "path", "path_dots", "point_rim",
                 "point_dot"):
        pos = getattr(scene, name).pos
        if pos is not None:
            data[name] = np.asarray(pos)
    return data


@pytest.mark.parametrize("expression", ["x0^308 - x1^308", "10^307 x0^3 x1", "x0^300 * x1^300", "1e39*x0^2 + x1",
                                        "exp(100*x0) + x1", "exp(800*x0) + x1"])
def test_huge_values_in_the_surface_and_field_are_drawn_without_an_error(qtbot, main_window, expression):
    """§7 (a crash dialog from contour.nice_ticks) and §10: values above the float32 range
    (1e39; exp(800) overflows float64 too) reached OpenGL as infinity. Every array the 3D
    items hold is finite once in float32, the type GL takes; the surface spans the box."""
    main_window.function_list.first_edit.setText(expression)
    qtbot.waitUntil(lambda: main_window.two_variable_panel is not None)
    panel = main_window.two_variable_panel
    QtWidgets.QApplication.processEvents()
    main_window.show_view("surface")
    QtWidgets.QApplication.processEvents()
    assert main_window.tabs.currentWidget() is panel
    assert panel.state.function.text == expression  # shown, not refused
    scene = panel.surface_view.scene
    if scene is not None:  # no OpenGL on this machine: nothing reaches GL
        data = _gl_data(scene)
        assert {"surface", "frame", "axes"} <= set(data)
        for name, array in data.items():
            assert np.isfinite(np.asarray(array, dtype=np.float32)).all(), name
        z = data["surface"][:, 2]
        assert z.max() - z.min() > 1.0  # not flattened: the huge values are drawn at the box's top
    main_window.function_list.first_edit.setText("3x^2 - 4x")  # the window goes on working
    main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin").setValue(1.0)
    assert "slope f′(1) = 2" in main_window.findChild(QtWidgets.QLabel, "tangentReadout").text()
    panel.shutdown()


def _nested(depth: int) -> str:
    return "sin(" * depth + "x0*x1" + ")" * depth


@pytest.mark.parametrize("expression", [_nested(3), _nested(12), _nested(55), "x0*x1 + " + " + ".join(
    f"sin({k}x0 x1)" for k in range(1, 16))])
def test_long_gradients_never_widen_the_window(qtbot, main_window, expression):
    screen = main_window.screen().availableGeometry()
    main_window.resize(min(1400, screen.width()), 800)
    main_window.function_list.first_edit.setText(expression)
    qtbot.waitUntil(lambda: main_window.two_variable_panel is not None)
    panel = main_window.two_variable_panel
    main_window.show_view("surface")
    QtWidgets.QApplication.processEvents()
    assert main_window.width() <= screen.width() and main_window.height() <= screen.height()
    assert main_window.minimumSizeHint().width() <= screen.width()
    label = panel.gradient_label
    assert "∂f" in label.text() and label.toolTip() == label.text()  # the whole text, when the label cuts it
    # 55 nested sines: H and Newton took 110 s of the GUI thread; the curvature tab says why it has none
    too_large = "too large for its Hessian" in panel.curvature_panel.readout.text()
    assert too_large == (expression == _nested(55)), panel.curvature_panel.readout.text()
    panel.shutdown()


@pytest.mark.slow  # 20 s: 300 rows built and analysed
def test_three_hundred_parameters_scroll_instead_of_growing_the_window(qtbot, main_window):
    screen = main_window.screen().availableGeometry()
    names = [f"a_{i}" for i in range(300)]
    main_window.function_list.first_edit.setText(" + ".join(f"{n} x" for n in names)[:MAX_LENGTH].rsplit(" +", 1)[0])
    # The sliders come after the typing pause (CurveController.slider_pause_ms).
    qtbot.waitUntil(lambda: len(main_window.parameter_panel.rows) > 100, timeout=20_000)
    assert main_window.height() <= screen.height()
    assert main_window.minimumSizeHint().height() <= screen.height()
