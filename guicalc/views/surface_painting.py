"""The 3D surface painted with QPainter: vector SVG, PNG and the clipboard, with or without OpenGL.

OpenGL hides what is behind with a depth buffer, which a vector file has not.
Here the mesh is projected with the view's camera (``core.scene3d``) and its
quads are painted farthest first (the painter's algorithm). The order of the
rest follows the GL scene: grid and axes, the drop line, the surface, the
descent path, then what the GL scene draws on top of everything (tangent plane,
quadratic model, gradient arrow, point, labels). The mesh is thinned to ``MAX_QUADS`` × ``MAX_QUADS``
cells so that an SVG stays about a megabyte; at slide size it looks the same.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from guicalc.core.scene3d import HALF_HEIGHT, Camera, decimate, project_points, project_surface
from guicalc.core.surface_drawing import Label, SurfaceDrawing
from guicalc.views.text_size import plot_font, plot_pixels, points_to_pixels
from guicalc.views.two_variable_style import DESCENT, DIRECTION, FONT_SIZE, POINT, viridis_lut

MAX_QUADS = 80
LIGHT = np.array([0.35, -0.55, 0.76])  # from the camera's upper left, unit length

# Colours and widths (pixels) shared by the GL scene and the painted figure.
FRAME = ("#8c8c8c", 1.0)
AXES = ("#000000", 2.0)
DROP = ("#4d4d4d", 1.0)
PLANE_EDGE = ("#333333", 2.0)
PLANE_FILL = (0.9, 0.9, 0.9, 0.45)
ARROW = (DIRECTION, 5.0)
PATH = (DESCENT, 3.0)
PATH_DOT = 8.0
MODEL = ("#0072B2", 1.5)
POINT_RIM = 22.0
POINT_DOT = 16.0


def mesh_colors(vertices: np.ndarray) -> np.ndarray:
    """RGBA (nx, ny, 4) in 0…1: viridis by height, lit from the upper left."""
    height = (vertices[..., 2] + HALF_HEIGHT) / (2 * HALF_HEIGHT)
    colors = np.ones(vertices.shape[:-1] + (4,), dtype=np.float32)
    index = (np.clip(np.nan_to_num(height, nan=0.0), 0, 1) * 255).astype(np.intp)  # ±inf: the ends
    colors[..., :3] = viridis_lut()[index] * _shade(vertices)[..., None]
    return colors


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


def label_font(bold: bool) -> QFont:
    """The plots' text size (presentation mode's on a projector), never under FONT_SIZE points."""
    pixels = max(plot_pixels(), points_to_pixels(FONT_SIZE))
    return plot_font(round(pixels * 1.15) if bold else pixels, bold)


def paint_labels(painter: QPainter, labels: list[Label], pixels: np.ndarray, ink: str = "#000000") -> None:
    """Each label's text centred on its pixel position (k, 2)."""
    painter.setPen(QColor(ink))
    fonts = {bold: label_font(bold) for bold in (False, True)}
    for (_, text, bold), (x, y) in zip(labels, pixels, strict=True):
        painter.setFont(fonts[bold])
        size = QFontMetricsF(fonts[bold]).tightBoundingRect(text)
        painter.drawText(QPointF(x - size.width() / 2, y + size.height() / 2), text)


def paint_surface(painter: QPainter, drawing: SurfaceDrawing, camera: Camera,
                  size: tuple[int, int], paper: str = "#FFFFFF", ink: str = "#000000") -> None:
    """The whole 3D figure on a ``paper`` background (the theme's), as vector shapes and text."""
    view, projection = camera.matrices(size)

    def pixels(points: np.ndarray) -> np.ndarray:
        return project_points(np.asarray(points, dtype=float), view, projection, size)[0]

    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(0, 0, *size, QColor(paper))
    for segments, style in ((drawing.frame, FRAME), (drawing.axes, (ink, AXES[1])), (drawing.drop(), DROP)):
        if segments is not None:
            _lines(painter, pixels(segments).reshape(-1, 2, 2), style)
    if drawing.vertices.size:
        vertices, colors = decimate(drawing.vertices, drawing.colors, MAX_QUADS)
        mesh = project_surface(vertices, colors, view, projection, size)
        for quad, rgba in zip(mesh.polygons, mesh.colors, strict=True):
            color = QColor.fromRgbF(*(float(c) for c in rgba[:3]))
            # A hairline of the fill's colour closes the seams antialiasing leaves between quads.
            painter.setPen(QPen(color, 1.0))
            painter.setBrush(color)
            painter.drawPolygon(_polygon(quad))
    if len(drawing.path):
        path = pixels(drawing.path)
        _polyline(painter, path, PATH)
        _dots(painter, path, PATH_DOT, PATH[0], None)
    if drawing.plane is not None:
        plane = pixels(drawing.plane)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor.fromRgbF(*PLANE_FILL))
        painter.drawPolygon(_polygon(plane))
        _polyline(painter, np.vstack([plane, plane[:1]]), PLANE_EDGE)
    if len(drawing.model):
        _lines(painter, pixels(drawing.model.reshape(-1, 3)).reshape(-1, 2, 2), MODEL)
    if drawing.arrow is not None:
        _lines(painter, pixels(drawing.arrow).reshape(-1, 2, 2), ARROW)
    if drawing.point is not None:
        _dots(painter, pixels(drawing.point[None, :]), POINT_DOT, POINT, POINT_RIM)
    if drawing.labels:
        paint_labels(painter, drawing.labels, pixels([place for place, _, _ in drawing.labels]), ink)


def _polygon(points: np.ndarray) -> QPolygonF:
    return QPolygonF([QPointF(float(x), float(y)) for x, y in points])


def _lines(painter: QPainter, segments: np.ndarray, style: tuple[str, float]) -> None:
    painter.setPen(QPen(QColor(style[0]), style[1]))
    for (x0, y0), (x1, y1) in segments:
        painter.drawLine(QPointF(float(x0), float(y0)), QPointF(float(x1), float(y1)))


def _polyline(painter: QPainter, points: np.ndarray, style: tuple[str, float]) -> None:
    painter.setPen(QPen(QColor(style[0]), style[1]))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(_polygon(points))


def _dots(painter: QPainter, points: np.ndarray, size: float, color: str, rim: float | None) -> None:
    """Round dots of diameter ``size`` pixels; with ``rim``, on a black disc that wide (the point)."""
    painter.setPen(Qt.PenStyle.NoPen)
    for x, y in points:
        centre = QPointF(float(x), float(y))
        if rim is not None:
            painter.setBrush(QBrush(QColor("black")))
            painter.drawEllipse(centre, rim / 2, rim / 2)
        painter.setBrush(QBrush(QColor(color)))
        painter.drawEllipse(centre, size / 2, size / 2)
