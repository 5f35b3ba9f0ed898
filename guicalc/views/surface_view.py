"""The surface view: z = f(x, y) in ``pyqtgraph.opengl`` with the point, its tangent
plane, the gradient arrow and descent paths.

All geometry arrives in box coordinates (see ``core.scene3d.Box``) from the
panel; this module only draws it. Without OpenGL (``QT_QPA_PLATFORM=offscreen``)
``GLViewWidget`` cannot work, so the view shows a label instead and every
drawing call is a no-op: the rest of the application keeps working.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pyqtgraph.opengl as gl
from OpenGL import GL
from pyqtgraph.opengl.GLGraphicsItem import GLGraphicsItem
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMatrix4x4,
    QMouseEvent,
    QOpenGLContext,
    QPainter,
    QVector3D,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from guicalc.core.contour import nice_ticks
from guicalc.core.scene3d import HALF_HEIGHT, Box, hit_height, project_points, screen_ray
from guicalc.core.surface import SurfaceGrid, num
from guicalc.views.two_variable_style import DESCENT, DIRECTION, FONT_SIZE, POINT, viridis_lut

FAR_IN_BOX = 1e6  # box units (the box is about 2 wide): far outside, and exact in float32
PICK_RADIUS = 16  # pixels around the point that start a point drag instead of a rotation
LIGHT = np.array([0.35, -0.55, 0.76])  # from the camera's upper left, unit length
NO_GL_TEXT = "3D view needs OpenGL"
# Drawn over everything, so the point and its arrow stay visible behind the surface.
ON_TOP = {GL.GL_DEPTH_TEST: False, GL.GL_BLEND: True,
          "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA)}


@cache
def opengl_available() -> bool:
    """Whether this platform can create an OpenGL context (offscreen Qt cannot)."""
    return QOpenGLContext().create()


def can_show_3d() -> str | None:
    """None when a 3D scene can be made, else the reason to show instead.

    pyqtgraph compiles each shader once per process, in the first GL context; a
    second ``GLViewWidget`` in an unshared context fails with GL errors and can
    crash (pyqtgraph issues #1822, #3455). Qt shares all contexts when
    ``AA_ShareOpenGLContexts`` is set before the QApplication is created.
    """
    if not opengl_available():
        return NO_GL_TEXT
    shared = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if SurfaceScene.made and not shared:
        return f"{NO_GL_TEXT} context sharing (Qt.AA_ShareOpenGLContexts) for a second 3D view"
    return None


class SurfaceView(QWidget):
    """Container for the 3D scene, or for the "needs OpenGL" label when there is none."""

    pointDragged = Signal(float, float)
    """The user dragged the point on the surface to data (x, y)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surfaceView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scene: SurfaceScene | None = None
        reason = can_show_3d()
        if reason is None:
            self.scene = SurfaceScene(self)
            layout.addWidget(self.scene)
        else:
            label = QLabel(reason, self)
            label.setWordWrap(True)
            label.setObjectName("surfaceUnavailable")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self._box: Box | None = None

    @property
    def has_gl(self) -> bool:
        """True when the 3D scene exists."""
        return self.scene is not None

    @property
    def box(self) -> Box | None:
        """The data → box map of the surface shown."""
        return self._box

    def set_surface(self, grid: SurfaceGrid, box: Box, labels: tuple[str, str]) -> None:
        """Draw z = f on ``grid`` in ``box``, coloured by height (viridis, lit from above)."""
        self._box = box
        if self.scene is not None:
            self.scene.set_surface(grid, box, labels)

    def set_point(self, point: np.ndarray | None, plane: np.ndarray | None,
                  arrow: np.ndarray | None) -> None:
        """The point (3,), its tangent plane corners (4, 3), the ∇f arrow (6, 3); in box units."""
        if self.scene is not None:
            self.scene.set_point(point, plane, arrow)

    def set_path(self, points: np.ndarray) -> None:
        """The descent path so far on the surface, (k, 3) in box units."""
        if self.scene is not None:
            self.scene.set_path(points)

    def camera_matrices(self) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
        """(view, projection, (width, height)): 4 × 4 numpy matrices for column vectors,
        the camera an exporter needs for ``core.scene3d.project_surface``."""
        if self.scene is None:
            raise RuntimeError(NO_GL_TEXT)
        return self.scene.camera_matrices()

    def surface_mesh(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn mesh: vertices (nx, ny, 3) in box units and RGBA colours (nx, ny, 4)."""
        if self.scene is None:
            raise RuntimeError(NO_GL_TEXT)
        return self.scene.vertices, self.scene.colors

    def grab_frame(self) -> QImage:
        """The rendered 3D frame (an empty image without OpenGL)."""
        return QImage() if self.scene is None else self.scene.grabFramebuffer()

    def stop(self) -> None:
        """Stop the GL widget's own key-repeat timer (it has no parent to stop it)."""
        if self.scene is not None:
            self.scene.keyTimer.stop()


class SurfaceScene(gl.GLViewWidget):
    """GLViewWidget that lets the point be dragged; other drags rotate, the wheel zooms."""

    made = 0
    """How many scenes this process has made (see ``can_show_3d``)."""

    def __init__(self, owner: SurfaceView) -> None:
        super().__init__(owner)
        SurfaceScene.made += 1
        self.setObjectName("surfaceGL")
        self.owner = owner
        self.setBackgroundColor("w")
        self.setCameraPosition(distance=4.1, elevation=28, azimuth=-60)
        self.vertices = np.zeros((0, 0, 3))
        self.colors = np.zeros((0, 0, 4))
        self._point: np.ndarray | None = None
        self._dragging = False
        self.surface = gl.GLSurfacePlotItem(computeNormals=False, smooth=True)
        self.frame = gl.GLLinePlotItem(mode="lines", color=(0.55, 0.55, 0.55, 1), width=1,
                                       glOptions="opaque")
        self.axes = gl.GLLinePlotItem(mode="lines", color=(0, 0, 0, 1), width=2,
                                       glOptions="opaque")
        # The tangent plane of a convex f lies under the surface: draw it see-through on top.
        self.plane = gl.GLMeshItem(glOptions=ON_TOP, color=(0.9, 0.9, 0.9, 0.45), computeNormals=False)
        self.plane_edge = gl.GLLinePlotItem(mode="line_strip", color=(0.2, 0.2, 0.2, 1), width=2,
                                             glOptions=ON_TOP)
        self.drop = gl.GLLinePlotItem(mode="lines", color=(0.3, 0.3, 0.3, 1), width=1,
                                       glOptions="opaque")
        self.arrow = gl.GLLinePlotItem(mode="lines", color=pg_rgba(DIRECTION), width=5,
                                       glOptions=ON_TOP)
        self.path = gl.GLLinePlotItem(mode="line_strip", color=pg_rgba(DESCENT), width=3,
                                       glOptions="opaque")
        self.path_dots = gl.GLScatterPlotItem(color=pg_rgba(DESCENT), size=8, glOptions="opaque")
        self.point_rim = gl.GLScatterPlotItem(color=(0, 0, 0, 1), size=22, glOptions=ON_TOP)
        self.labels = AxisLabels()
        self.point_dot = gl.GLScatterPlotItem(color=pg_rgba(POINT), size=16, glOptions=ON_TOP)
        for depth, item in enumerate((self.surface, self.frame, self.axes, self.drop, self.path,
                                      self.path_dots, self.plane, self.plane_edge, self.arrow,
                                      self.point_rim, self.point_dot, self.labels)):
            item.setDepthValue(depth)
            self.addItem(item)

    def set_surface(self, grid: SurfaceGrid, box: Box, labels: tuple[str, str]) -> None:
        xx, yy = np.meshgrid(grid.x, grid.y, indexing="ij")
        vertices = box.to_box(xx, yy, grid.z)
        # Overflow (exp(100 x0)) and ln 0 give ±inf: drawn at the box's top or floor, not sent to GL.
        vertices[..., 2] = np.clip(vertices[..., 2], -HALF_HEIGHT, HALF_HEIGHT)
        height = (vertices[..., 2] + HALF_HEIGHT) / (2 * HALF_HEIGHT)
        colors = np.ones(grid.z.shape + (4,), dtype=np.float32)
        index = (np.clip(np.nan_to_num(height, nan=0.0), 0, 1) * 255).astype(np.intp)  # ±inf: the ends
        colors[..., :3] = viridis_lut()[index] * _shade(vertices)[..., None]
        self.vertices, self.colors = vertices, colors
        self.surface.setData(x=vertices[:, 0, 0], y=vertices[0, :, 1],
                             z=vertices[..., 2].astype(np.float32),
                             colors=colors.reshape(-1, 4))
        self._set_axes(box, labels)

    def _set_axes(self, box: Box, labels: tuple[str, str]) -> None:
        floor = -HALF_HEIGHT
        tx, ty, tz = (nice_ticks(*r, 5) for r in (box.x_range, box.y_range, box.z_range))
        bx = box.to_box(tx, box.y_range[0], box.z_range[0])[:, 0]
        by = box.to_box(box.x_range[0], ty, box.z_range[0])[:, 1]
        bz = box.to_box(box.x_range[0], box.y_range[0], tz)[:, 2]
        lines = [((x, -1, floor), (x, 1, floor)) for x in bx]
        lines += [((-1, y, floor), (1, y, floor)) for y in by]
        lines += [((-1, 1, z), (1, 1, z)) for z in bz] + [((-1, 1, z), (-1, -1, z)) for z in bz]
        self.frame.setData(pos=np.array(lines, dtype=float).reshape(-1, 3))
        self.axes.setData(pos=np.array([(-1, -1, floor), (1, -1, floor), (1, -1, floor),
                                        (1, 1, floor), (-1, -1, floor), (-1, -1, HALF_HEIGHT)],
                                       dtype=float))
        ticks = [((b, -1.18, floor), v) for b, v in zip(bx, tx, strict=True)]
        ticks += [((1.18, b, floor), v) for b, v in zip(by, ty, strict=True)]
        ticks += [((-1.05, -1.05, b), v) for b, v in zip(bz, tz, strict=True)]
        self.labels.set_labels(
            [(place, num(float(value), 4), False) for place, value in ticks]
            + [((0.0, -1.42, floor), labels[0], True), ((1.42, 0.0, floor), labels[1], True),
               ((-1.0, -1.0, HALF_HEIGHT + 0.12), "f", True)])

    def set_point(self, point: np.ndarray | None, plane: np.ndarray | None,
                  arrow: np.ndarray | None) -> None:
        self._point = point
        for item in (self.point_rim, self.point_dot, self.drop):
            item.setVisible(point is not None)
        if point is not None:
            self.point_rim.setData(pos=point[None, :])
            self.point_dot.setData(pos=point[None, :])
            self.drop.setData(pos=np.array([point, (point[0], point[1], -HALF_HEIGHT)]))
        for item in (self.plane, self.plane_edge):
            item.setVisible(plane is not None)
        if plane is not None:
            self.plane.setMeshData(vertexes=plane, faces=np.array([[0, 1, 2], [0, 2, 3]]))
            self.plane_edge.setData(pos=np.vstack([plane, plane[:1]]))
        self.arrow.setVisible(arrow is not None)
        if arrow is not None:
            self.arrow.setData(pos=arrow)

    def set_path(self, points: np.ndarray) -> None:
        # A diverged descent reaches 1e300: beyond float32, which GL takes. Undefined steps are
        # left out; the rest is held far outside the box, where it leaves the view as it should.
        points = np.clip(points[np.isfinite(points).all(axis=1)], -FAR_IN_BOX, FAR_IN_BOX)
        for item in (self.path, self.path_dots):
            item.setVisible(len(points) > 0)
        if len(points):
            self.path.setData(pos=points)
            self.path_dots.setData(pos=points)

    def camera_matrices(self) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
        size = (self.width(), self.height())
        view = np.array(self.viewMatrix().data(), dtype=float).reshape(4, 4).T
        region = (0, 0, *size)
        projection = np.array(self.projectionMatrix(region, region).data(),
                              dtype=float).reshape(4, 4).T
        return view, projection, size

    def mousePressEvent(self, ev: QMouseEvent) -> None:
        self._dragging = False
        if self._point is not None and ev.button() == Qt.MouseButton.LeftButton:
            view, projection, size = self.camera_matrices()
            pixel, _ = project_points(self._point, view, projection, size)
            where = ev.position()
            self._dragging = bool(np.hypot(pixel[0] - where.x(), pixel[1] - where.y())
                                  <= PICK_RADIUS)
        if self._dragging:
            ev.accept()
        else:
            super().mousePressEvent(ev)

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:
        if not self._dragging:
            super().mouseMoveEvent(ev)
            return
        ev.accept()
        view, projection, size = self.camera_matrices()
        where = ev.position()
        origin, direction = screen_ray(where.x(), where.y(), view, projection, size)
        hit = hit_height(origin, direction, float(self._point[2]))
        box = self.owner.box
        if hit is not None and box is not None:
            bx, by = np.clip(hit[:2], -1.0, 1.0)
            self.owner.pointDragged.emit(*box.xy_from_box(float(bx), float(by)))

    def mouseReleaseEvent(self, ev: QMouseEvent) -> None:
        self._dragging = False
        super().mouseReleaseEvent(ev)


class AxisLabels(GLGraphicsItem):
    """Every tick and axis label in one QPainter pass: a ``GLTextItem`` per label opens a
    painter apiece, which made 17 labels cost more than the 200 × 200 surface."""

    def __init__(self) -> None:
        super().__init__()
        self._labels: list[tuple[tuple[float, float, float], str, bool]] = []
        self._fonts = {bold: _font(bold) for bold in (False, True)}

    def set_labels(self, labels: list[tuple[tuple[float, float, float], str, bool]]) -> None:
        """(position in box units, text, bold) for each label."""
        self._labels = labels
        self.update()

    def paint(self) -> None:
        view = self.view()
        rect = QRectF(view.rect())
        to_pixels = QMatrix4x4()
        to_pixels.viewport(rect.left(), rect.bottom(), rect.width(), -rect.height())
        project = to_pixels * self.mvpMatrix()
        painter = QPainter(view)
        painter.setPen(QColor("black"))
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        for place, text, bold in self._labels:
            font = self._fonts[bold]
            painter.setFont(font)
            size = QFontMetricsF(font).tightBoundingRect(text)
            at = project.map(QVector3D(*place)).toPointF()
            painter.drawText(QPointF(at.x() - size.width() / 2, at.y() + size.height() / 2), text)
        painter.end()


def _font(bold: bool) -> QFont:
    font = QFont()
    font.setPointSize(FONT_SIZE + (2 if bold else 0))
    font.setBold(bold)
    return font


def _shade(vertices: np.ndarray) -> np.ndarray:
    """Lambert shading in 0.6…1 from the mesh normals (vectorised; GL's are slow)."""
    x, y, z = vertices[:, 0, 0], vertices[0, :, 1], vertices[..., 2]
    if len(x) < 2 or len(y) < 2:
        return np.ones(z.shape)
    # exp(100 x0) is steep enough for the slopes' squares to overflow: such faces get full light.
    with np.errstate(invalid="ignore", over="ignore"):
        dzdx, dzdy = np.gradient(z, x, y)
        brightness = (-dzdx * LIGHT[0] - dzdy * LIGHT[1] + LIGHT[2]) / np.sqrt(1 + dzdx**2 + dzdy**2)
    return 0.6 + 0.4 * np.clip(np.nan_to_num(brightness, nan=1.0), 0, 1)


def pg_rgba(color: str) -> tuple[float, float, float, float]:
    """'#RRGGBB' as GL's RGBA floats."""
    value = int(color.lstrip("#"), 16)
    return ((value >> 16) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255, 1.0)
