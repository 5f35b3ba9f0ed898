"""Everything the 3D surface view shows, as plain arrays in box units.

The OpenGL scene draws it and the SVG exporter paints it, so an exported surface
holds the same mesh, axes, labels, point, tangent plane, arrow and descent path
as the screen, and it can be exported with no OpenGL at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from guicalc.core.contour import nice_ticks
from guicalc.core.scene3d import HALF_HEIGHT, Box
from guicalc.core.symbolic import display_number

Label = tuple[tuple[float, float, float], str, bool]
"""(position in box units, text, bold)."""


@dataclass
class SurfaceDrawing:
    """The 3D scene's content; ``None`` or empty arrays for what is not shown."""

    vertices: np.ndarray = field(default_factory=lambda: np.zeros((0, 0, 3)))
    """The surface grid (nx, ny, 3)."""
    colors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0, 4)))
    """RGBA in 0…1 per vertex (nx, ny, 4)."""
    frame: np.ndarray = field(default_factory=lambda: np.zeros((0, 2, 3)))
    """Grey grid lines on the floor and back walls, (k, 2, 3) segments."""
    axes: np.ndarray = field(default_factory=lambda: np.zeros((0, 2, 3)))
    """Black axis lines, (k, 2, 3) segments."""
    labels: list[Label] = field(default_factory=list)
    point: np.ndarray | None = None
    """The point on the surface (3,)."""
    plane: np.ndarray | None = None
    """Corners (4, 3) of the tangent plane at the point."""
    arrow: np.ndarray | None = None
    """The ∇f arrow as segments (6, 3)."""
    path: np.ndarray = field(default_factory=lambda: np.zeros((0, 3)))
    """The descent path so far (k, 3)."""
    model: np.ndarray = field(default_factory=lambda: np.zeros((0, 2, 3)))
    """The quadratic model at the point as wireframe segments (k, 2, 3); empty: not shown."""

    def drop(self) -> np.ndarray | None:
        """The thin line from the point down to the floor, (2, 3)."""
        if self.point is None:
            return None
        return np.array([self.point, (self.point[0], self.point[1], -HALF_HEIGHT)], dtype=float)

    def set_axes(self, box: Box, names: tuple[str, str]) -> None:
        """Grid lines, axes, tick labels and axis names for ``box`` (about five ticks an axis)."""
        floor = -HALF_HEIGHT
        tx, ty, tz = (nice_ticks(*r, 5) for r in (box.x_range, box.y_range, box.z_range))
        bx = box.to_box(tx, box.y_range[0], box.z_range[0])[:, 0]
        by = box.to_box(box.x_range[0], ty, box.z_range[0])[:, 1]
        bz = box.to_box(box.x_range[0], box.y_range[0], tz)[:, 2]
        lines = [((x, -1, floor), (x, 1, floor)) for x in bx]
        lines += [((-1, y, floor), (1, y, floor)) for y in by]
        lines += [((-1, 1, z), (1, 1, z)) for z in bz] + [((-1, 1, z), (-1, -1, z)) for z in bz]
        self.frame = np.array(lines, dtype=float).reshape(-1, 2, 3)
        self.axes = np.array([[(-1, -1, floor), (1, -1, floor)], [(1, -1, floor), (1, 1, floor)],
                              [(-1, -1, floor), (-1, -1, HALF_HEIGHT)]], dtype=float)
        ticks = [((b, -1.18, floor), v) for b, v in zip(bx, tx, strict=True)]
        ticks += [((1.18, b, floor), v) for b, v in zip(by, ty, strict=True)]
        ticks += [((-1.05, -1.05, b), v) for b, v in zip(bz, tz, strict=True)]
        self.labels = [(place, display_number(float(value), 4), False) for place, value in ticks] + [
            ((0.0, -1.42, floor), names[0], True), ((1.42, 0.0, floor), names[1], True),
            ((-1.0, -1.0, HALF_HEIGHT + 0.12), "f", True)]
