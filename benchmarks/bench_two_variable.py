"""Two-variable views' speed: surface at 200 × 200, field of 41 × 41 arrows, point moves.

Prints a table of medians and 95th percentiles; asserts nothing. The 3D view needs
OpenGL, so run it on a display or under Xvfb:
``xvfb-run -a -s "-screen 0 1600x1000x24 +extension GLX +render" python benchmarks/bench_two_variable.py``.
Each figure is split into "compute" (mathematics and item updates) and "draw"
(rendering the frame: ``paintGL`` with ``glFinish`` for 3D, a synchronous viewport
repaint for 2D). Under Xvfb the renderer is Mesa's llvmpipe (software), so "draw"
is pessimistic: the surface is rasterised on the CPU, and because the window holds
a QOpenGLWidget, Qt composes every 2D repaint through GL as well.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

import numpy as np

WINDOW = (1500, 950)
REPEATS = 30
MOVES = 200

Timing = tuple[list[float], list[float]]


def _stats(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    return f"median {statistics.median(ms):7.2f} ms   p95 {ms[min(len(ms) - 1, int(0.95 * len(ms)))]:7.2f} ms"


def _measure(count: int, change: Callable[[int], None], draw: Callable[[], None]) -> Timing:
    compute, total = [], []
    for i in range(count):
        t0 = time.perf_counter()
        change(i)
        t1 = time.perf_counter()
        draw()
        t2 = time.perf_counter()
        compute.append(t1 - t0)
        total.append(t2 - t0)
    return compute, total


def _copy_of_field(field: object) -> object:
    """A FieldView in its own window showing what ``field`` shows: its repaint without the
    GL composition that a window holding the 3D view pays for every 2D repaint."""
    from guicalc.views.field_view import FieldView

    alone = FieldView()
    alone.resize(field.size())
    (x0, x1), (y0, y1) = field.getViewBox().viewRange()
    alone.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
    alone.background_item.setImage(field.background_item.image, levels=field.background_item.levels)
    alone.background_item.setRect(field.background_item.boundingRect())
    for name in ("contour_item", "quiver_item", "direction_item"):
        getattr(alone, name).setData(*getattr(field, name).getData())
    alone.set_point(field.point_item.pos().x(), field.point_item.pos().y())
    alone.show()
    return alone


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from guicalc.ui.two_variable_panel import TwoVariablePanel

    panel = TwoVariablePanel()
    panel.resize(*WINDOW)
    panel.show()
    app.processEvents()
    state, scene, field = panel.state, panel.surface_view.scene, panel.field_view

    def draw_surface() -> None:
        if scene is None:
            return
        from OpenGL import GL

        scene.makeCurrent()
        scene.paintGL()
        GL.glFinish()
        scene.doneCurrent()

    def draw_field() -> None:
        field.viewport().repaint()

    rows: list[tuple[str, Timing]] = []
    state.surface_resolution = 200
    draw_surface()
    widths = (10.0, 10.5)
    rows.append(("surface 200 × 200 recompute + redraw", _measure(
        REPEATS, lambda i: setattr(state, "surface_range", (-widths[i % 2], 10.0, -10.0, 10.0)),
        draw_surface)))

    state.field_step = 0.1  # [−2, 2] every 0.1: 41 × 41 arrows
    draw_field()
    rows.append(("field 41 × 41 arrows + contours", _measure(
        REPEATS, lambda i: setattr(state, "field_range", (-2.0 - 0.01 * (i % 2), 2.0, -2.0, 2.0)),
        draw_field)))
    arrows = len(field.quiver_item.getData()[0]) // 6
    alone = _copy_of_field(field)
    app.processEvents()  # a window paints only once it is exposed
    alone.viewport().repaint()
    rows.append(("same field, window without GL (draw only)", _measure(
        REPEATS, lambda i: None, alone.viewport().repaint)))

    state.surface_resolution = 100  # the default, as a drag sees it
    path = np.column_stack([np.linspace(-1.8, 1.8, MOVES), np.sin(np.linspace(0, 6, MOVES))])
    rows.append(("move the point: both views (100²)", _measure(
        MOVES, lambda i: panel.set_point(*path[i]), lambda: (draw_field(), draw_surface()))))

    from guicalc.export.figure import svg_bytes

    sizes: list[int] = []
    rows.append(("export the surface as SVG (painter's algorithm)", _measure(
        3, lambda i: None, lambda: sizes.append(len(svg_bytes(panel.surface_view))))))

    gl_info = "no OpenGL: 3D drawing not measured"
    if scene is not None:
        from OpenGL import GL

        scene.makeCurrent()
        gl_info = f"OpenGL renderer {GL.glGetString(GL.GL_RENDERER).decode()}"
        scene.doneCurrent()
    print(f"guicalc two-variable views, window {WINDOW[0]} × {WINDOW[1]}, {gl_info}")
    print(f"(field: {arrows} arrows drawn; surface SVG {sizes[-1] / 1e6:.2f} MB)")
    for name, (compute, total) in rows:
        print(f"{name:40s} compute {_stats(compute)}")
        print(f"{'':40s} + draw  {_stats(total)}")
    panel.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
