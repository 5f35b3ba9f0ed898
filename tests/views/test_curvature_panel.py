"""The surface panel's curvature and Newton tab, driven with keys and clicks: the Hessian
readout, κ, the bound 2/λₘₐₓ on the descent control and descent on each side of it,
principal directions on the field, the quadratic model in 3D, Newton's path."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from guicalc.ui.two_variable_panel import TwoVariablePanel
from tests.views.shown import shown
from tests.views.test_two_variable_panel import run_descent, text_of, type_into

ROSENBROCK = "(1 - x0)^2 + 100(x1 - x0^2)^2"


@pytest.fixture
def panel(qtbot) -> TwoVariablePanel:
    panel = TwoVariablePanel(text="x0^2 + 10x1^2")
    panel.animation_interval_ms = 1
    return shown(qtbot, panel)


def _open_tab(qtbot, panel: TwoVariablePanel) -> None:
    tabs = panel.second_tabs
    tabs.setFocus()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)
    assert tabs.currentIndex() == 1 and panel.curvature_panel.isVisible()


@pytest.mark.slow  # two animated descents with the 3D view: ~15 s each under Xvfb
def test_the_bound_explains_divergence_just_above_it(qtbot, panel: TwoVariablePanel) -> None:
    _open_tab(qtbot, panel)
    bound_text = panel.findChild(QLabel, "learningRateBound").text()
    assert bound_text == "stable for η < 2/λₘₐₓ = 0.1 (λₘₐₓ = 20)"
    bound = float(re.search(r"= ([0-9.]+) ", bound_text).group(1))
    eigenvalues = np.linalg.eigh(np.array([[2.0, 0.0], [0.0, 20.0]]))[0]  # the Hessian of x0² + 10x1²
    assert bound == pytest.approx(2 / eigenvalues[-1], rel=1e-12)
    run_descent(qtbot, panel, f"{bound * 1.1:.4f}", ("-1.5", "1.5"))  # 10 % above: diverges
    assert text_of(panel, "descentStatus").startswith("Diverged")
    run_descent(qtbot, panel, f"{bound * 0.9:.4f}", ("-1.5", "1.5"))  # 10 % below: converges
    assert text_of(panel, "descentStatus").startswith("Converged")


def test_the_kappa_100_quadratic_and_its_principal_directions(qtbot, panel: TwoVariablePanel) -> None:
    panel.set_expression("x0^2 + 100x1^2")
    _open_tab(qtbot, panel)
    type_into(qtbot, panel, "twoVariablePointX", "0")
    type_into(qtbot, panel, "twoVariablePointY", "0")
    readout = text_of(panel, "hessianReadout")
    assert "κ = |λ|ₘₐₓ/|λ|ₘᵢₙ = 100;" in readout
    assert "H = [[2, 0], [0, 200]]" in readout
    assert readout.count("Minimum: ∇f = 0 and every eigenvalue is positive (λ = 2, 200).") == 1
    x, y = panel.curvature_panel.directions_item.getData()  # both curve up: two solid segments through 0
    segments = np.column_stack([x, y]).reshape(-1, 2, 2)
    directions = segments[:, 1] - segments[:, 0]
    directions /= np.linalg.norm(directions, axis=1, keepdims=True)
    assert np.allclose(np.abs(directions), np.abs(np.linalg.eigh(np.diag([2.0, 200.0]))[1].T), atol=1e-12)
    down, _ = panel.curvature_panel.down_item.getData()
    assert down is None or len(down) == 0


def test_a_saddle_is_named_and_its_down_direction_dashed(qtbot, panel: TwoVariablePanel) -> None:
    panel.set_expression("x0^2 - x1^2")
    _open_tab(qtbot, panel)
    panel.set_point(0.0, 0.0)
    assert "Saddle point: ∇f = 0" in text_of(panel, "hessianReadout")
    x, y = panel.curvature_panel.down_item.getData()
    assert np.allclose(x, 0) and np.ptp(y) > 0  # x1 is the direction f curves down
    type_into(qtbot, panel, "twoVariablePointX", "1")  # not stationary: the model's shape, said so
    assert "Not a stationary point" in text_of(panel, "hessianReadout")


def test_the_quadratic_model_sits_on_the_surface_at_the_point(qtbot, panel: TwoVariablePanel) -> None:
    panel.set_expression("x0^2 + 10x1^2")  # a quadratic is its own model: the wireframe lies on f
    panel.set_point(0.5, -0.3)
    model = panel.surface_view.drawing.model
    assert len(model) > 50
    box = panel.surface_view.box
    points = model.reshape(-1, 3)
    # back from box units to data, then compare with f itself
    (x0, x1), (y0, y1), (z0, z1) = box.x_range, box.y_range, box.z_range
    back = box.to_box(np.array([x0, x1]), np.array([y0, y1]), np.array([z0, z1]))
    x = x0 + (points[:, 0] - back[0, 0]) / (back[1, 0] - back[0, 0]) * (x1 - x0)
    y = y0 + (points[:, 1] - back[0, 1]) / (back[1, 1] - back[0, 1]) * (y1 - y0)
    z = z0 + (points[:, 2] - back[0, 2]) / (back[1, 2] - back[0, 2]) * (z1 - z0)
    assert np.allclose(z, x**2 + 10 * y**2, rtol=1e-9, atol=1e-9 * (z1 - z0))
    panel.curvature_panel.model_check.click()
    assert len(panel.surface_view.drawing.model) == 0
    if panel.surface_view.scene is not None:
        assert not panel.surface_view.scene.model.visible()


def test_newton_reaches_rosenbrocks_minimum_from_the_classic_start(qtbot, panel: TwoVariablePanel) -> None:
    panel.set_expression(ROSENBROCK)
    _open_tab(qtbot, panel)
    type_into(qtbot, panel, "descentStartX", "-1.2")
    type_into(qtbot, panel, "descentStartY", "1")
    qtbot.mouseClick(panel.findChild(QPushButton, "newtonRunButton"), Qt.MouseButton.LeftButton)
    said = text_of(panel, "newtonReadout")
    steps = int(re.search(r"minimum \(1, 1\) in (\d+) steps", said).group(1))
    assert steps <= 10 and "Gradient descent with η = 0.1:" in said
    x, y = panel.curvature_panel.newton_item.getData()
    assert (x[0], y[0]) == (-1.2, 1.0) and abs(x[-1] - 1) < 1e-12 and abs(y[-1] - 1) < 1e-12


def test_newton_and_gradient_steps_move_the_point(qtbot, panel: TwoVariablePanel) -> None:
    _open_tab(qtbot, panel)
    panel.set_point(1.0, 0.5)
    qtbot.mouseClick(panel.findChild(QPushButton, "gradientStepButton"), Qt.MouseButton.LeftButton)
    assert panel.state.point == pytest.approx((1.0 - 0.1 * 2.0, 0.5 - 0.1 * 10.0))  # x − η∇f
    qtbot.mouseClick(panel.findChild(QPushButton, "newtonStepButton"), Qt.MouseButton.LeftButton)
    assert panel.state.point == pytest.approx((0.0, 0.0), abs=1e-15)  # a quadratic: one Newton step
    panel.set_expression("x0^2")  # H = [[2, 0], [0, 0]]: singular
    panel.set_point(1.0, 1.0)
    qtbot.mouseClick(panel.findChild(QPushButton, "newtonStepButton"), Qt.MouseButton.LeftButton)
    assert "the Hessian is singular there" in text_of(panel, "newtonReadout")
