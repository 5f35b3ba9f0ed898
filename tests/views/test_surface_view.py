"""The 3D surface under Xvfb: it renders, its camera matrices match the frame, and the
point can be dragged on it. Without OpenGL the panel still opens, with a label."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from guicalc.core.scene3d import project_points, project_surface
from guicalc.ui.two_variable_panel import TwoVariablePanel
from tests.views.shown import shown


@pytest.fixture
def panel(qtbot) -> TwoVariablePanel:
    panel = shown(qtbot, TwoVariablePanel())
    assert panel.surface_view.has_gl, "the 3D tests need OpenGL: run them under Xvfb, not offscreen"
    return panel


def pixels(image: QImage) -> np.ndarray:
    """(height, width, 3) RGB bytes of a frame."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return data[:, : 3 * image.width()].reshape(image.height(), image.width(), 3).astype(int)


def coloured(rgb: np.ndarray) -> np.ndarray:
    """Mask of saturated pixels: the viridis surface, not the white, grey and black of axes."""
    return (rgb.max(axis=2) - rgb.min(axis=2)) > 40


def mouse(widget: QWidget, kind: QEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> None:
    pos = QPointF(x, y)
    event = QMouseEvent(kind, pos, QPointF(widget.mapToGlobal(pos.toPoint())),
                        Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_surface_renders_in_viridis(panel: TwoVariablePanel) -> None:
    frame = panel.surface_view.grab_frame()
    assert frame.size() == panel.surface_view.scene.size()
    rgb = pixels(frame)
    assert coloured(rgb).mean() > 0.08  # a good part of the frame is surface
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    assert ((b > r) & (r > g) & (b < 140)).sum() > 100         # viridis' dark purple at the bottom
    assert ((r > 150) & (g > 150) & (b < 90)).sum() > 100      # and its yellow at the top corners
    assert (rgb.min(axis=2) > 250).mean() > 0.2                # on a white background


def test_camera_matrices_put_the_point_where_it_is_drawn(panel: TwoVariablePanel) -> None:
    view, projection, size = panel.surface_view.camera_matrices()
    point = panel.surface_view.scene.point_dot.pos[0]
    (px, py), depth = project_points(point, view, projection, size)
    assert depth > 0
    rgb = pixels(panel.surface_view.grab_frame())
    r, g, b = rgb[int(round(py)), int(round(px))]
    assert r > 200 and 120 < g < 200 and b < 60  # the orange point (#E69F00)


def test_projected_mesh_covers_what_gl_drew(panel: TwoVariablePanel) -> None:
    view, projection, size = panel.surface_view.camera_matrices()
    vertices, colors = panel.surface_view.surface_mesh()
    mesh = project_surface(vertices, colors, view, projection, size)
    assert len(mesh.polygons) == 99 * 99
    panel.surface_view.set_point(None, None, None)  # the grey tangent plane would hide the bowl's bottom
    drawn = np.argwhere(coloured(pixels(panel.surface_view.grab_frame())))
    (top, left), (bottom, right) = drawn.min(axis=0), drawn.max(axis=0)
    lo, hi = mesh.polygons.reshape(-1, 2).min(axis=0), mesh.polygons.reshape(-1, 2).max(axis=0)
    assert (lo[0], lo[1], hi[0], hi[1]) == pytest.approx((left, top, right, bottom), abs=4)


def test_dragging_the_point_on_the_surface_moves_it_in_both_views(qtbot, panel: TwoVariablePanel) -> None:
    scene = panel.surface_view.scene
    view, projection, size = panel.surface_view.camera_matrices()
    start = scene.point_dot.pos[0].astype(float)
    (px, py), _ = project_points(start, view, projection, size)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mouse(scene, QEvent.Type.MouseButtonPress, px, py, left)
    mouse(scene, QEvent.Type.MouseMove, px - 40, py + 25, left)
    mouse(scene, QEvent.Type.MouseButtonRelease, px - 40, py + 25, none)
    x, y = panel.state.point
    assert (x, y) != pytest.approx((1.0, 1.0), abs=0.1)
    # The point moved in the plane of its old height, to under the cursor.
    moved = panel.surface_view.box.to_box(x, y, 0.0)
    moved[2] = start[2]
    (qx, qy), _ = project_points(moved, view, projection, size)
    assert (qx, qy) == pytest.approx((px - 40, py + 25), abs=0.5)
    assert panel.field_view.point_item.pos() == QPointF(x, y)
    assert scene.opts["azimuth"] == -60  # a point drag does not rotate the camera


def test_dragging_elsewhere_rotates_and_the_wheel_zooms(qtbot, panel: TwoVariablePanel) -> None:
    scene = panel.surface_view.scene
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mouse(scene, QEvent.Type.MouseButtonPress, 20, 20, left)
    mouse(scene, QEvent.Type.MouseMove, 80, 20, left)
    mouse(scene, QEvent.Type.MouseButtonRelease, 80, 20, none)
    assert scene.opts["azimuth"] == -120
    assert panel.state.point == (1.0, 1.0)
    view, projection, size = panel.surface_view.camera_matrices()  # GL's own, after the turn
    assert np.allclose(panel.surface_view.camera().matrices(size), (view, projection), atol=1e-6)
    distance = scene.opts["distance"]
    at = QPointF(100, 100)
    wheel = QWheelEvent(at, QPointF(scene.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, 120),
                        none, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(scene, wheel)
    assert scene.opts["distance"] < distance


def _run(code: str, offscreen: bool) -> str:
    env = dict(os.environ)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                            timeout=120, check=True)
    return result.stdout


def test_without_opengl_the_panel_opens_with_a_label() -> None:
    out = _run(
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "from guicalc.ui.two_variable_panel import TwoVariablePanel\n"
        "panel = TwoVariablePanel(); panel.show(); app.processEvents()\n"
        "panel.set_point(-1, 2)\n"
        "print(panel.surface_view.has_gl)\n"
        "print(panel.findChild(QLabel, 'surfaceUnavailable').text())\n"
        "print(panel.findChild(QLabel, 'gradientReadout').text().splitlines()[-1])\n", offscreen=True)
    assert out.splitlines() == ["False", "3D view needs OpenGL", "∇f = (−2, 4)   |∇f| = 4.47214"]


def test_a_second_3d_view_without_shared_contexts_says_why_instead_of_crashing() -> None:
    out = _run(
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "from guicalc.ui.two_variable_panel import TwoVariablePanel\n"
        "first = TwoVariablePanel(); first.show(); app.processEvents(); first.close()\n"
        "second = TwoVariablePanel(); second.show(); app.processEvents()\n"
        "print(first.surface_view.has_gl, second.surface_view.has_gl)\n"
        "print(second.findChild(QLabel, 'surfaceUnavailable').text())\n", offscreen=False)
    assert out.splitlines() == [
        "True False", "3D view needs OpenGL context sharing (Qt.AA_ShareOpenGLContexts) for a second 3D view"]
