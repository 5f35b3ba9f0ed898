"""The two-variable panel driven as a user drives it: typing, clicking, dragging.

Each test reads what is on screen: the data of the pyqtgraph items on the field
plot, the GL items of the surface, and the text of the readouts.
"""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLabel, QPushButton

from guicalc.core.parse import ParseError
from guicalc.ui.two_variable_panel import TwoVariablePanel
from tests.ui.drag import drag, view_to_viewport
from tests.views.shown import shown


@pytest.fixture
def panel(qtbot) -> TwoVariablePanel:
    panel = TwoVariablePanel()
    panel.animation_interval_ms = 0  # the whole path at once; the animation has its own test
    return shown(qtbot, panel)


def type_into(qtbot, panel: TwoVariablePanel, name: str, text: str) -> None:
    """Select the spin box's text, type ``text`` and press Enter."""
    spin = panel.findChild(QAbstractSpinBox, name)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def text_of(panel: TwoVariablePanel, name: str) -> str:
    return panel.findChild(QLabel, name).text()


def arrows_on_plot(panel: TwoVariablePanel) -> np.ndarray:
    """The quiver as the plot holds it: (n, 6, 2) points, arrow by arrow."""
    field = panel.findChild(pg.PlotWidget, "fieldPlot")
    item = panel.field_view.quiver_item
    assert field is panel.field_view and item in field.getPlotItem().items and item.isVisible()
    x, y = item.getData()
    return np.column_stack([x, y]).reshape(-1, 6, 2)


def run_descent(qtbot, panel: TwoVariablePanel, rate: str, start: tuple[str, str]) -> None:
    type_into(qtbot, panel, "descentStartX", start[0])
    type_into(qtbot, panel, "descentStartY", start[1])
    type_into(qtbot, panel, "learningRateSpin", rate)
    with qtbot.waitSignal(panel.descentFinished, timeout=30_000):
        qtbot.mouseClick(panel.findChild(QPushButton, "descentRunButton"), Qt.MouseButton.LeftButton)


def test_every_arrow_of_the_bowl_points_to_the_origin(panel: TwoVariablePanel) -> None:
    arrows = arrows_on_plot(panel)
    assert len(arrows) == 17 * 17 - 1  # the notes' grid; no arrow at the minimum itself
    tails, shafts = arrows[:, 0], arrows[:, 1] - arrows[:, 0]
    towards_origin = -tails / np.linalg.norm(tails, axis=1, keepdims=True)
    cosine = np.sum(shafts * towards_origin, axis=1) / np.linalg.norm(shafts, axis=1)
    assert cosine == pytest.approx(1.0, abs=1e-12)
    assert tails.min() == -2.0 and tails.max() == 2.0


def test_readout_at_minus_one_two_shows_the_gradient(qtbot, panel: TwoVariablePanel) -> None:
    type_into(qtbot, panel, "twoVariablePointX", "-1")
    type_into(qtbot, panel, "twoVariablePointY", "2")
    readout = text_of(panel, "gradientReadout")
    assert "∇f = (−2, 4)" in readout
    assert "∂f/∂x0 = 2x0 = −2" in readout and "∂f/∂x1 = 2x1 = 4" in readout
    assert "central diff.: −2" in readout
    assert panel.field_view.point_item.pos() == QPointF(-1.0, 2.0)


def test_learning_rate_point_one_converges(qtbot, panel: TwoVariablePanel) -> None:
    run_descent(qtbot, panel, "0.1", ("-1.5", "1.5"))
    status = text_of(panel, "descentStatus")
    assert status.startswith("Converged to") and "after 50 steps" in status
    x, y = panel.field_view.path_item.getData()
    assert (x[0], y[0]) == (-1.5, 1.5) and len(x) == 51
    assert np.hypot(x[-1], y[-1]) < 1e-4
    assert "converged" in panel.loss_view.getPlotItem().titleLabel.text
    surface_path = panel.surface_view.scene.path.pos
    assert len(surface_path) == 51


def test_learning_rate_one_point_one_diverges_and_the_ui_says_so(qtbot, panel: TwoVariablePanel) -> None:
    run_descent(qtbot, panel, "1.1", ("-1.5", "1.5"))
    status = text_of(panel, "descentStatus")
    assert status.startswith("Diverged after 50 steps: f grew from 4.5 to")
    assert "η = 1.1 is too large; the path leaves the view at step 2" in status
    assert "DIVERGING" in panel.loss_view.getPlotItem().titleLabel.text
    x, y = panel.field_view.path_item.getData()
    assert np.abs(x).max() > 1000  # drawn, not hidden: far outside the [−2, 2]² view


def test_the_path_is_revealed_step_by_step(qtbot, panel: TwoVariablePanel) -> None:
    panel.animation_interval_ms = 30
    qtbot.mouseClick(panel.findChild(QPushButton, "descentRunButton"), Qt.MouseButton.LeftButton)
    assert len(panel.field_view.path_item.getData()[0]) == 1
    qtbot.waitUntil(lambda: 3 < len(panel.field_view.path_item.getData()[0]) < 51, timeout=5000)
    assert text_of(panel, "descentStatus").startswith("Step ")
    qtbot.waitUntil(lambda: not panel.is_animating(), timeout=30_000)
    assert len(panel.field_view.path_item.getData()[0]) == 51


def test_click_on_the_field_starts_descent_there(qtbot, panel: TwoVariablePanel) -> None:
    field = panel.field_view
    with qtbot.waitSignal(panel.descentFinished, timeout=30_000):
        qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton,
                         pos=view_to_viewport(field, 1.2, -0.8).toPoint())
    x, y = field.path_item.getData()
    pixel = 4.0 / field.viewport().height() * 2
    assert (x[0], y[0]) == pytest.approx((1.2, -0.8), abs=pixel)
    assert panel.findChild(QAbstractSpinBox, "descentStartX").value() == pytest.approx(x[0], abs=1e-3)
    assert field.start_item.data["x"][0] == pytest.approx(x[0])


def test_dragging_the_point_in_the_field_moves_it_in_both_views(qtbot, panel: TwoVariablePanel) -> None:
    field = panel.field_view
    drag(field, view_to_viewport(field, 1.0, 1.0), view_to_viewport(field, -0.5, 0.5))
    x, y = panel.state.point
    assert (x, y) == pytest.approx((-0.5, 0.5), abs=0.02)
    assert field.point_item.pos().x() == pytest.approx(x)
    expected = panel.surface_view.box.to_box(x, y, x**2 + y**2)
    assert panel.surface_view.scene.point_dot.pos[0] == pytest.approx(expected, abs=1e-5)
    assert f"∇f = ({2 * x:.6g}, {2 * y:.6g})".replace("-", "−") in text_of(panel, "gradientReadout")


def test_dragging_the_direction_tip_sets_v(qtbot, panel: TwoVariablePanel) -> None:
    field = panel.field_view
    tip = field.direction_handle.pos()
    drag(field, view_to_viewport(field, tip.x(), tip.y()), view_to_viewport(field, 1.0, 0.2))
    # Straight down from the point (1, 1), to within a pixel: u ≈ (0, −1), D_u f ≈ −2.
    assert panel.findChild(QAbstractSpinBox, "directionAngleSpin").value() == pytest.approx(-90, abs=0.5)
    readout = text_of(panel, "directionalReadout")
    value = re.search(r"D_u f = ∇f · u = (\S+)", readout).group(1)
    assert float(value.replace("−", "-")) == pytest.approx(-2.0, abs=0.02)
    assert "lim h→0" in readout


def test_same_length_arrows_toggle(qtbot, panel: TwoVariablePanel) -> None:
    before = np.linalg.norm(np.diff(arrows_on_plot(panel)[:, :2], axis=1)[:, 0], axis=1)
    assert before.max() / before.min() > 5
    qtbot.mouseClick(panel.findChild(QCheckBox, "normaliseArrowsCheck"), Qt.MouseButton.LeftButton)
    after = np.linalg.norm(np.diff(arrows_on_plot(panel)[:, :2], axis=1)[:, 0], axis=1)
    assert after == pytest.approx(0.8 * 0.25)


def test_norm_at_the_origin_is_reported_not_crashed(qtbot, panel: TwoVariablePanel) -> None:
    panel.set_expression("norm(x1, x2)")
    type_into(qtbot, panel, "twoVariablePointX", "0")
    type_into(qtbot, panel, "twoVariablePointY", "0")
    assert "∇f is undefined at (0, 0)" in text_of(panel, "gradientReadout")
    assert "undefined" in text_of(panel, "directionalReadout")
    assert not panel.surface_view.scene.plane.visible()
    assert not panel.surface_view.scene.arrow.visible()
    assert np.isfinite(arrows_on_plot(panel)).all()
    run_descent(qtbot, panel, "0.5", ("-1", "0"))
    assert "∇f is undefined at (0, 0)" in text_of(panel, "descentStatus")


def test_a_bad_expression_changes_nothing(panel: TwoVariablePanel) -> None:
    title = panel.findChild(QLabel, "functionTitle").text()
    arrows = arrows_on_plot(panel)
    with pytest.raises(ParseError):
        panel.set_expression("x0 +* 2")
    with pytest.raises(ParseError, match="two variables"):
        panel.set_expression("x y z")
    assert panel.findChild(QLabel, "functionTitle").text() == title
    assert np.array_equal(arrows_on_plot(panel), arrows)


def test_notes_examples_open(qtbot, panel: TwoVariablePanel) -> None:
    panel.set_expression("3x1^2 + 5e^x2")
    assert panel.findChild(QLabel, "functionTitle").text() == "f(x1, x2) = 3x1^2 + 5e^x2"
    assert panel.field_view.getPlotItem().getAxis("bottom").labelText == "x1"
    type_into(qtbot, panel, "twoVariablePointX", "1")
    type_into(qtbot, panel, "twoVariablePointY", "0")
    assert "∇f = (6, 5)" in text_of(panel, "gradientReadout")


def test_picking_the_variables_swaps_the_axes(qtbot, panel: TwoVariablePanel) -> None:
    combo = panel.findChild(QComboBox, "xVariableCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["x", "x0", "x1", "x2", "y"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # x0 → x1: the axes swap
    assert panel.state.function.variables == ("x1", "x0")
    assert panel.findChild(QComboBox, "yVariableCombo").currentText() == "x0"
    assert panel.findChild(QLabel, "functionTitle").text().startswith("f(x1, x0)")
    assert "∂f/∂x1" in text_of(panel, "gradientReadout").splitlines()[1]
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # back to x0: swapped again
    assert panel.state.function.variables == ("x0", "x1")
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # x, with x1: then x0 would be on no axis
    assert panel.state.function.variables == ("x0", "x1")
    assert combo.currentText() == "x0"
    assert "x0 must be one of the two variables" in panel.findChild(QLabel, "functionTitle").text()


def test_field_range_and_surface_resolution_controls(qtbot, panel: TwoVariablePanel) -> None:
    type_into(qtbot, panel, "fieldRangeXTo", "4")
    assert arrows_on_plot(panel)[:, 0, 0].max() == 4.0
    type_into(qtbot, panel, "fieldRangeXTo", "-3")  # empty range: refused
    assert panel.state.field_range == (-2.0, 4.0, -2.0, 2.0)
    type_into(qtbot, panel, "surfaceResolutionSpin", "50")
    assert panel.surface_view.surface_mesh()[0].shape == (50, 50, 3)


def test_closing_stops_the_animation(qtbot, panel: TwoVariablePanel) -> None:
    panel.animation_interval_ms = 1000
    qtbot.mouseClick(panel.findChild(QPushButton, "descentRunButton"), Qt.MouseButton.LeftButton)
    assert panel.is_animating()
    panel.close()
    assert not panel.is_animating()


def test_the_title_shows_the_whole_function_and_never_widens_the_panel(qtbot, panel: TwoVariablePanel) -> None:
    """The title ignores its width (a long formula must not widen the window); the flow
    layout of the header then gave it one pixel: the function was not on screen at all."""
    title = panel.findChild(QLabel, "functionTitle")
    panel.resize(1200, 800)
    qtbot.waitUntil(lambda: title.width() > 1)
    assert title.width() >= title.fontMetrics().horizontalAdvance(title.text())  # the whole formula
    panel.set_expression(" + ".join(f"{k} x0^2 x1" for k in range(1, 80)))  # far wider than the panel
    qtbot.waitUntil(lambda: "79" in title.text())
    qtbot.wait(20)
    assert panel.width() == 1200 and title.geometry().right() < 1200  # cut at the edge
    assert title.toolTip() == title.text()  # and whole in the tooltip
