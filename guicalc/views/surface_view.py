"""The surface view: z = f(x, y) in ``pyqtgraph.opengl`` with the point, its tangent
plane, the gradient arrow and descent paths.

All geometry arrives in box coordinates (see ``core.scene3d.Box``) from the
panel; this module only draws it. The scene is a ``QOpenGLWindow`` in a window
container, not a ``QOpenGLWidget``: one QOpenGLWidget anywhere in a window makes Qt
compose the whole window through OpenGL for good (even after it is deleted), which
made every 2D repaint about twice as slow once the 3D view had been opened.
Without OpenGL (``QT_QPA_PLATFORM=offscreen``) the scene cannot work, so the view
shows a label instead; it still keeps what it would draw (``SurfaceDrawing``), so
the figure exports as vectors anyway (``paint_figure``), and the rest of the
application keeps working.
"""

from __future__ import annotations

import atexit
from dataclasses import replace
from functools import cache

import numpy as np
import pyqtgraph.opengl as gl
from OpenGL import GL
from pyqtgraph.opengl.GLGraphicsItem import GLGraphicsItem
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QMatrix4x4, QMouseEvent, QOpenGLContext, QPainter, QPixmap, QVector3D
from PySide6.QtOpenGL import QOpenGLWindow
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from guicalc.core.scene3d import HALF_HEIGHT, Box, Camera, hit_height, project_points, screen_ray
from guicalc.core.surface import SurfaceGrid
from guicalc.core.surface_drawing import Label, SurfaceDrawing
from guicalc.i18n import translate
from guicalc.views.surface_painting import (
    ARROW,
    AXES,
    DROP,
    FRAME,
    MODEL,
    PATH,
    PATH_DOT,
    PLANE_EDGE,
    PLANE_FILL,
    POINT_DOT,
    POINT_RIM,
    mesh_colors,
    paint_labels,
    paint_surface,
)
from guicalc.views.theme import Theme
from guicalc.views.two_variable_style import POINT

FITTED_ASPECT = 1.25  # width / height the default camera shows the whole box at
FAR_IN_BOX = 1e6  # box units (the box is about 2 wide): far outside, and exact in float32
PICK_RADIUS = 16  # pixels around the point that start a point drag instead of a rotation
# Drawn over everything, so the point and its arrow stay visible behind the surface.
NO_GL_TEXT = "3D view needs OpenGL"  # for errors raised to the developer; the window says it translated
ON_TOP = {GL.GL_DEPTH_TEST: False, GL.GL_BLEND: True,
          "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA)}


@cache
def opengl_available() -> bool:
    """Whether this platform can create an OpenGL context (offscreen Qt cannot)."""
    return QOpenGLContext().create()


def can_show_3d() -> str | None:
    """None when a 3D scene can be made, else the reason to show instead.

    pyqtgraph compiles each shader once per process, in the first GL context; a
    second scene in an unshared context fails with GL errors and can
    crash (pyqtgraph issues #1822, #3455). Qt shares all contexts when
    ``AA_ShareOpenGLContexts`` is set before the QApplication is created.
    """
    if not opengl_available():
        return translate("SurfaceView", "3D view needs OpenGL")
    shared = QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if SurfaceScene.made and not shared:
        return translate("SurfaceView",
                         "3D view needs OpenGL context sharing (Qt.AA_ShareOpenGLContexts) for a second 3D view")
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
        self.scene_host: QWidget | None = None
        """The window container that holds the scene in this widget: it takes the focus and
        carries the accessible name (a QWindow has neither)."""
        reason = can_show_3d()
        if reason is None:
            self.scene = SurfaceScene(self)
            self.scene_host = QWidget.createWindowContainer(self.scene, self)
            self.scene_host.setObjectName("surfaceGL")
            self.scene_host.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            layout.addWidget(self.scene_host)
        else:
            label = QLabel(reason, self)
            label.setWordWrap(True)
            label.setObjectName("surfaceUnavailable")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self._box: Box | None = None
        self._camera = Camera()
        self.drawing = SurfaceDrawing()
        self.paper, self.ink = "#FFFFFF", "#000000"
        """The theme's background and text colour (see ``set_theme``)."""
        """What the scene shows; kept without OpenGL too, for export."""

    def set_theme(self, theme: Theme) -> None:
        """The theme's background, axes and labels, on screen and in the exported figure."""
        self.paper, self.ink = theme.background, theme.foreground
        if self.scene is not None:
            self.scene.setBackgroundColor(theme.background)
            self.scene.axes.setData(color=pg_rgba(theme.foreground))
            self.scene.labels.ink = theme.foreground
            self.scene.update()

    def set_accessible_text(self, name: str | None = None, description: str | None = None) -> None:
        """Name and describe the view, and its 3D scene's container, which is what takes the focus."""
        for widget in filter(None, (self, self.scene_host)):
            if name is not None:
                widget.setAccessibleName(name)
            if description is not None:
                widget.setAccessibleDescription(description)

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
        xx, yy = np.meshgrid(grid.x, grid.y, indexing="ij")
        drawing = self.drawing
        drawing.vertices = box.to_box(xx, yy, grid.z)
        # Overflow (exp(100 x0)) and ln 0 give ±inf: drawn at the box's top or floor, not sent to GL.
        drawing.vertices[..., 2] = np.clip(drawing.vertices[..., 2], -HALF_HEIGHT, HALF_HEIGHT)
        drawing.colors = mesh_colors(drawing.vertices)
        drawing.set_axes(box, labels)
        if self.scene is not None:
            self.scene.show_surface(drawing)

    def set_point(self, point: np.ndarray | None, plane: np.ndarray | None,
                  arrow: np.ndarray | None) -> None:
        """The point (3,), its tangent plane corners (4, 3), the ∇f arrow (6, 3); in box units."""
        self.drawing.point, self.drawing.plane, self.drawing.arrow = point, plane, arrow
        if self.scene is not None:
            self.scene.show_point(self.drawing)

    def set_path(self, points: np.ndarray) -> None:
        """The descent path so far on the surface, (k, 3) in box units."""
        # A diverged descent reaches 1e300: beyond float32, which GL takes. Undefined steps are
        # left out; the rest is held far outside the box, where it leaves the view as it should.
        points = np.clip(points[np.isfinite(points).all(axis=1)], -FAR_IN_BOX, FAR_IN_BOX)
        self.drawing.path = points
        if self.scene is not None:
            self.scene.set_path(points)

    def set_model(self, segments: np.ndarray) -> None:
        """The quadratic model at the point as wireframe segments (k, 2, 3) in box units; empty hides it."""
        segments = np.clip(segments[np.isfinite(segments).all(axis=(1, 2))], -FAR_IN_BOX, FAR_IN_BOX)
        self.drawing.model = segments
        if self.scene is not None:
            self.scene.model.setVisible(len(segments) > 0)
            if len(segments):
                self.scene.model.setData(pos=segments.reshape(-1, 3))

    def camera(self) -> Camera:
        """The camera as the user left it (without OpenGL: the default, or the one set)."""
        if self.scene is None:
            return self._camera
        opts = self.scene.opts
        center = opts["center"]
        return Camera(float(opts["distance"]), float(opts["elevation"]), float(opts["azimuth"]),
                      (center.x(), center.y(), center.z()), float(opts["fov"]))

    def set_camera(self, camera: Camera) -> None:
        """Look from ``camera`` (its centre and field of view stay the view's own with OpenGL)."""
        self._camera = camera
        if self.scene is not None:
            self.scene.setCameraPosition(distance=camera.distance, elevation=camera.elevation,
                                         azimuth=camera.azimuth)

    def fit_width(self) -> None:
        """Back the camera off for a figure wider than the default's: the angle of view is
        fixed horizontally, so a wide figure would otherwise cut the box at top and bottom."""
        aspect = self.width() / max(self.height(), 1)
        if aspect > FITTED_ASPECT:
            camera = self.camera()
            self.set_camera(replace(camera, distance=camera.distance * aspect / FITTED_ASPECT))

    def camera_matrices(self) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
        """(view, projection, (width, height)): 4 × 4 numpy matrices for column vectors,
        the camera an exporter needs for ``core.scene3d.project_surface``."""
        if self.scene is None:
            raise RuntimeError(NO_GL_TEXT)
        return self.scene.camera_matrices()

    def surface_mesh(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn mesh: vertices (nx, ny, 3) in box units and RGBA colours (nx, ny, 4)."""
        return self.drawing.vertices, self.drawing.colors

    def paint_figure(self, painter: QPainter) -> None:
        """Paint the scene as vectors, for export: with or without OpenGL (see ``surface_painting``)."""
        paint_surface(painter, self.drawing, self.camera(), (self.width(), self.height()),
                      self.paper, self.ink)

    def grab_frame(self) -> QImage:
        """The rendered 3D frame (an empty image without OpenGL, or before it was first shown)."""
        return QImage() if self.scene is None else self.scene.grab_frame()

    def stop(self) -> None:
        """Stop the scene's own key-repeat timer (it has no parent to stop it)."""
        if self.scene is not None:
            self.scene.keyTimer.stop()


class SurfaceScene(GLViewMixin, QOpenGLWindow):
    """pyqtgraph's 3D view as a GL window (see the module's docstring) that lets the point be
    dragged; other drags rotate, the wheel zooms."""

    made = 0
    """How many scenes this process has made (see ``can_show_3d``)."""

    def __init__(self, owner: SurfaceView) -> None:
        # A QOpenGLWindow shares no context unless given one; GLViewWidget's share the global one.
        share = QOpenGLContext.globalShareContext()
        if share is not None and QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts):
            super().__init__(share)
        else:
            super().__init__()
        if not SurfaceScene.made:
            atexit.register(_delete_pending_windows)  # runs before PySide's own clean-up (last in, first out)
        SurfaceScene.made += 1
        self.setObjectName("surfaceScene")
        self.owner = owner
        self.setBackgroundColor("w")
        camera = Camera()
        self.setCameraPosition(distance=camera.distance, elevation=camera.elevation, azimuth=camera.azimuth)
        self._point: np.ndarray | None = None
        self._dragging = False
        self.surface = gl.GLSurfacePlotItem(computeNormals=False, smooth=True)
        self.frame = _lines("lines", FRAME, "opaque")
        self.axes = _lines("lines", AXES, "opaque")
        # The tangent plane of a convex f lies under the surface: draw it see-through on top.
        self.plane = gl.GLMeshItem(glOptions=ON_TOP, color=PLANE_FILL, computeNormals=False)
        self.plane_edge = _lines("line_strip", PLANE_EDGE, ON_TOP)
        self.drop = _lines("lines", DROP, "opaque")
        self.arrow = _lines("lines", ARROW, ON_TOP)
        self.model = _lines("lines", MODEL, ON_TOP)
        self.model.setVisible(False)
        self.path = _lines("line_strip", PATH, "opaque")
        self.path_dots = gl.GLScatterPlotItem(color=pg_rgba(PATH[0]), size=PATH_DOT, glOptions="opaque")
        self.point_rim = gl.GLScatterPlotItem(color=(0, 0, 0, 1), size=POINT_RIM, glOptions=ON_TOP)
        self.labels = AxisLabels()
        self.point_dot = gl.GLScatterPlotItem(color=pg_rgba(POINT), size=POINT_DOT, glOptions=ON_TOP)
        for depth, item in enumerate((self.surface, self.frame, self.axes, self.drop, self.path,
                                      self.path_dots, self.plane, self.plane_edge, self.model, self.arrow,
                                      self.point_rim, self.point_dot, self.labels)):
            item.setDepthValue(depth)
            self.addItem(item)

    def rect(self) -> QRect:
        """The scene in its own pixels, as a widget's ``rect()`` (``AxisLabels`` maps to it)."""
        return QRect(QPoint(0, 0), self.size())

    def grab_frame(self) -> QImage:
        """The frame, drawn again for the copy: after a swap, a window's back buffer is undefined."""
        if not self.isValid():
            return QImage()
        self.makeCurrent()
        try:
            GL.glViewport(0, 0, self.deviceWidth(), self.deviceHeight())
            self.paintGL()
            return self.grabFramebuffer()
        finally:
            self.doneCurrent()

    def show_surface(self, drawing: SurfaceDrawing) -> None:
        vertices = drawing.vertices
        self.surface.setData(x=vertices[:, 0, 0], y=vertices[0, :, 1],
                             z=vertices[..., 2].astype(np.float32),
                             colors=drawing.colors.reshape(-1, 4))
        self.frame.setData(pos=drawing.frame.reshape(-1, 3))
        self.axes.setData(pos=drawing.axes.reshape(-1, 3))
        self.labels.set_labels(drawing.labels)

    def show_point(self, drawing: SurfaceDrawing) -> None:
        point, plane, arrow = drawing.point, drawing.plane, drawing.arrow
        self._point = point
        for item in (self.point_rim, self.point_dot, self.drop):
            item.setVisible(point is not None)
        if point is not None:
            self.point_rim.setData(pos=point[None, :])
            self.point_dot.setData(pos=point[None, :])
            self.drop.setData(pos=drawing.drop())
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
        self._labels: list[Label] = []
        self.ink = "#000000"

    def set_labels(self, labels: list[Label]) -> None:
        """(position in box units, text, bold) for each label."""
        self._labels = labels
        self.update()

    def paint(self) -> None:
        view = self.view()
        rect = QRectF(view.rect())
        to_pixels = QMatrix4x4()
        to_pixels.viewport(rect.left(), rect.bottom(), rect.width(), -rect.height())
        project = to_pixels * self.mvpMatrix()
        at = [project.map(QVector3D(*place)).toPointF() for place, _, _ in self._labels]
        painter = QPainter(view)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        paint_labels(painter, self._labels, np.array([(p.x(), p.y()) for p in at]).reshape(-1, 2), self.ink)
        painter.end()


def grab_with_3d(widget: QWidget) -> QPixmap:
    """``widget.grab()`` with the visible 3D frames drawn in their place: a GL window in a
    container draws straight to the screen, so a widget grab leaves its place blank."""
    pixmap = widget.grab()
    painter = QPainter(pixmap)
    views = [widget] if isinstance(widget, SurfaceView) else widget.findChildren(SurfaceView)
    for view in views:
        if view.scene_host is not None and view.scene_host.isVisible():
            painter.drawImage(view.scene_host.mapTo(widget, QPoint(0, 0)), view.grab_frame())
    painter.end()
    return pixmap


def _delete_pending_windows() -> None:
    """Carry out the deleteLater calls still pending at exit while the application exists.

    Qt drops them and destroys such windows in ~QApplication, where a window container
    whose GL window is already gone crashes (and a GL window deleted after the application
    makes its context current on a closed display): a window closed with deleteLater just
    before exit, as the tests and benchmarks do, ended the process with a segmentation fault.
    """
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _lines(mode: str, style: tuple[str, float], options: object) -> gl.GLLinePlotItem:
    return gl.GLLinePlotItem(mode=mode, color=pg_rgba(style[0]), width=style[1], glOptions=options)


def pg_rgba(color: str) -> tuple[float, float, float, float]:
    """'#RRGGBB' as GL's RGBA floats."""
    value = int(color.lstrip("#"), 16)
    return ((value >> 16) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255, 1.0)
