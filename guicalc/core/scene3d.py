"""The 3D scene's geometry: data ↔ drawing box, arrows in 3D, camera projection.

The surface is drawn in a fixed box (x, y in [−1, 1], z in [−H, H]) whatever the
data ranges, so x0² + x1² over [−10, 10]² (z up to 200) keeps the shape the
notes' matplotlib figure has. Projection with the view's camera matrices is
here too, Qt-free: the mouse drag un-projects with it and an SVG exporter draws
the mesh back to front with it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

HALF_HEIGHT = 0.75  # matplotlib's default box aspect is 4 : 4 : 3


@dataclass(frozen=True)
class Box:
    """Linear map from data ranges onto the drawing box."""

    x_range: tuple[float, float]
    y_range: tuple[float, float]
    z_range: tuple[float, float]

    def to_box(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> np.ndarray:
        """Data points to box points, shape (..., 3)."""
        return np.stack(np.broadcast_arrays(
            _scale(x, self.x_range, 1.0), _scale(y, self.y_range, 1.0),
            _scale(z, self.z_range, HALF_HEIGHT)), axis=-1)

    def xy_from_box(self, bx: float, by: float) -> tuple[float, float]:
        """Box x, y back to data x, y (for a point dragged in the 3D view)."""
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        return x0 + (bx + 1) / 2 * (x1 - x0), y0 + (by + 1) / 2 * (y1 - y0)

    @property
    def scale(self) -> np.ndarray:
        """Box units per data unit along x, y, z."""
        return np.array([2.0 / np.ptp(self.x_range), 2.0 / np.ptp(self.y_range),
                         2.0 * HALF_HEIGHT / np.ptp(self.z_range)])


def _scale(v: np.ndarray, bounds: tuple[float, float], half: float) -> np.ndarray:
    lo, hi = bounds
    # Halved first: a range from -1e308 to 1e308 is wider than the largest float.
    with np.errstate(over="ignore"):  # a value far outside the box goes to ±inf, clipped by the views
        return (np.asarray(v, dtype=float) / 2 - lo / 2) / (hi / 2 - lo / 2) * 2 * half - half


def arrow_3d(tail: np.ndarray, direction: np.ndarray, length: float,
             head: float = 0.25) -> np.ndarray:
    """Segments (6, 3) of an arrow of ``length`` from ``tail`` along ``direction``.

    The barbs lie in the vertical plane through the arrow (horizontal plane for
    a vertical arrow), so they read well from the usual camera elevations.
    """
    d = np.asarray(direction, dtype=float)
    d = d / np.linalg.norm(d)
    side = np.cross(d, [0.0, 0.0, 1.0])
    if np.linalg.norm(side) < 1e-6:
        side = np.array([1.0, 0.0, 0.0])
    up = np.cross(side / np.linalg.norm(side), d)
    tip = tail + length * d
    barb = head * length
    left = tip + barb * (-np.cos(0.45) * d + np.sin(0.45) * up)
    right = tip + barb * (-np.cos(0.45) * d - np.sin(0.45) * up)
    return np.array([tail, tip, tip, left, tip, right], dtype=float)


def to_homogeneous(points: np.ndarray) -> np.ndarray:
    """(..., 3) → (..., 4) with w = 1."""
    return np.concatenate([points, np.ones(points.shape[:-1] + (1,))], axis=-1)


def project_points(points: np.ndarray, view: np.ndarray, projection: np.ndarray,
                   size: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Pixel positions (..., 2) (origin top left, y down) and eye-space depth (...).

    ``view`` and ``projection`` are 4 × 4 matrices acting on column vectors, as
    OpenGL uses them; ``size`` is the viewport (width, height) in pixels.
    Depth is the distance in front of the camera (larger is farther).
    """
    eye = to_homogeneous(points) @ view.T
    clip = eye @ projection.T
    ndc = clip[..., :3] / clip[..., 3:4]
    width, height = size
    px = (ndc[..., 0] + 1) / 2 * width
    py = (1 - ndc[..., 1]) / 2 * height
    return np.stack([px, py], axis=-1), -eye[..., 2]


def screen_ray(px: float, py: float, view: np.ndarray, projection: np.ndarray,
               size: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """The world-space ray (origin, unit direction) under pixel (px, py)."""
    width, height = size
    ndc_x, ndc_y = 2 * px / width - 1, 1 - 2 * py / height
    inverse = np.linalg.inv(projection @ view)
    near, far = (inverse @ np.array([ndc_x, ndc_y, z, 1.0]) for z in (-1.0, 1.0))
    near, far = near[:3] / near[3], far[:3] / far[3]
    direction = far - near
    return near, direction / np.linalg.norm(direction)


def hit_height(origin: np.ndarray, direction: np.ndarray, z: float) -> np.ndarray | None:
    """Where the ray meets the horizontal plane at height ``z`` (None if it never does)."""
    if abs(direction[2]) < 1e-9:
        return None
    t = (z - origin[2]) / direction[2]
    return origin + t * direction if t > 0 else None


@dataclass(frozen=True, eq=False)
class ProjectedMesh:
    """Quads in pixels (m, 4, 2) with RGBA colours (m, 4) in 0…1, farthest first."""

    polygons: np.ndarray
    colors: np.ndarray


def project_surface(vertices: np.ndarray, colors: np.ndarray, view: np.ndarray,
                    projection: np.ndarray, size: tuple[float, float]) -> ProjectedMesh:
    """The grid surface ``vertices`` (nx, ny, 3) as painter's-algorithm quads.

    Each grid cell becomes one quad coloured by the mean of its corners; cells
    with an undefined corner or behind the camera are dropped. Drawing the
    result in order (an SVG, say) reproduces the GL view without a depth buffer.
    """
    pixels, depth = project_points(vertices, view, projection, size)
    corners = np.stack([pixels[:-1, :-1], pixels[1:, :-1], pixels[1:, 1:], pixels[:-1, 1:]], axis=2)
    corner_depth = np.stack([depth[:-1, :-1], depth[1:, :-1], depth[1:, 1:], depth[:-1, 1:]], axis=2)
    corner_color = np.stack([colors[:-1, :-1], colors[1:, :-1], colors[1:, 1:], colors[:-1, 1:]], axis=2)
    polygons = corners.reshape(-1, 4, 2)
    quad_depth = corner_depth.reshape(-1, 4)
    quad_color = corner_color.reshape(-1, 4, colors.shape[-1]).mean(axis=1)
    keep = np.isfinite(polygons).all(axis=(1, 2)) & (quad_depth > 0).all(axis=1)
    order = np.argsort(-quad_depth[keep].mean(axis=1), kind="stable")
    return ProjectedMesh(polygons[keep][order], quad_color[keep][order])


@dataclass(frozen=True)
class Camera:
    """An orbit camera as pyqtgraph's ``GLViewWidget`` keeps it (its ``opts``).

    ``matrices`` rebuilds the widget's ``viewMatrix`` and ``projectionMatrix`` in
    numpy, so the surface can be projected exactly as on screen with no OpenGL
    (the headless ``guicalc export``).
    """

    distance: float = 4.1
    elevation: float = 28.0
    azimuth: float = -60.0
    center: tuple[float, float, float] = (0.0, 0.0, 0.0)
    fov: float = 60.0

    def view_matrix(self) -> np.ndarray:
        """World → eye: back off by ``distance``, tilt by elevation, turn by azimuth."""
        move = np.eye(4)
        move[2, 3] = -self.distance
        recentre = np.eye(4)
        recentre[:3, 3] = -np.asarray(self.center, dtype=float)
        return (move @ _rotation(self.elevation - 90, (1.0, 0.0, 0.0))
                @ _rotation(self.azimuth + 90, (0.0, 0.0, -1.0)) @ recentre)

    def projection_matrix(self, size: tuple[float, float]) -> np.ndarray:
        """The perspective frustum for a viewport of ``size`` pixels (OpenGL's glFrustum)."""
        width, height = size
        near, far = self.distance * 0.001, self.distance * 1000.0
        right = near * np.tan(0.5 * np.radians(self.fov))
        top = right * height / width
        return np.array([[near / right, 0, 0, 0], [0, near / top, 0, 0],
                         [0, 0, -(far + near) / (far - near), -2 * far * near / (far - near)],
                         [0, 0, -1, 0]], dtype=float)

    def matrices(self, size: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
        return self.view_matrix(), self.projection_matrix(size)


def _rotation(degrees: float, axis: tuple[float, float, float]) -> np.ndarray:
    """4 × 4 right-handed rotation about ``axis`` (as ``QMatrix4x4.rotate``)."""
    x, y, z = np.asarray(axis) / np.linalg.norm(axis)
    c, s = np.cos(np.radians(degrees)), np.sin(np.radians(degrees))
    rotation = np.eye(4)
    rotation[:3, :3] = [[c + x * x * (1 - c), x * y * (1 - c) - z * s, x * z * (1 - c) + y * s],
                        [y * x * (1 - c) + z * s, c + y * y * (1 - c), y * z * (1 - c) - x * s],
                        [z * x * (1 - c) - y * s, z * y * (1 - c) + x * s, c + z * z * (1 - c)]]
    return rotation


def decimate(vertices: np.ndarray, colors: np.ndarray, max_quads: int) -> tuple[np.ndarray, np.ndarray]:
    """The grid thinned to at most ``max_quads`` × ``max_quads`` cells, keeping its edges.

    A 200 × 200 surface as SVG polygons would be a file of megabytes; 80 × 80 quads
    look the same at slide size.
    """
    rows, cols = (np.unique(np.round(np.linspace(0, n - 1, min(n, max_quads + 1))).astype(int))
                  for n in vertices.shape[:2])
    return vertices[np.ix_(rows, cols)], colors[np.ix_(rows, cols)]
