"""Two-variable views' speed: surface at 200 × 200, field of 41 × 41 arrows, point moves;
and what opening the 3D view costs the rest of the window (issue 16).

Prints a table of medians and 95th percentiles, and ratios against references measured
in the same run; asserts nothing. The 3D view needs OpenGL, so run it on a display or
under Xvfb, on a screen that holds two 1280 × 800 windows side by side:
``xvfb-run -a -s "-screen 0 2560x1440x24 +extension GLX +render" python benchmarks/bench_two_variable.py``.
Each figure of the first table is split into "compute" (mathematics and item updates)
and "draw" (rendering the frame: ``paintGL`` with ``glFinish`` for 3D, a synchronous
viewport repaint for 2D). Under Xvfb the renderer is Mesa's llvmpipe (software), so
"draw" is pessimistic: the surface is rasterised on the CPU.

"With the 3D view opened": a window that has shown the surface tab once and gone back,
against one that never did, both on screen, move by move (one QOpenGLWidget in a window
makes Qt compose all of it through GL, even after it is deleted; the 3D view is a GL
window in a container so that it does not). The field is timed against a second view
of its own scene in a window without GL, repaint by repaint; the descent animation in
frames per second.
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
MOVES_3D = 30
ROUNDS_3D = 3
SIDE_BY_SIDE = (1280, 800)  # the windows with and without the 3D view opened, both on screen

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


def _field_in_a_window_without_gl(field: object) -> object:
    """A second view of the field's own scene in a top-level window of its own, where no GL
    has ever been: the same items, size and transform, so only the window differs."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QGraphicsView

    view = QGraphicsView(field.scene())
    view.setRenderHints(field.renderHints())
    view.setBackgroundBrush(field.backgroundBrush())
    view.setCacheMode(field.cacheMode())
    view.setViewportUpdateMode(field.viewportUpdateMode())
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
    view.resize(field.viewport().size())
    view.show()
    view.setSceneRect(field.sceneRect())
    view.setTransform(field.transform())
    return view


def _interleaved(count: int, ours: Callable[[int], float], reference: Callable[[int], float]) -> tuple[float, float]:
    """Medians (ms) of ``ours(i)`` and ``reference(i)`` run turn about, each returning seconds."""
    mine, theirs = [], []
    for i in range(count):
        mine.append(ours(i))
        theirs.append(reference(i))
    return statistics.median(mine) * 1000, statistics.median(theirs) * 1000


def three_d_opened(app: object) -> list[str]:
    """Curve point moves in a window that opened the 3D view and in one that did not, the field
    against its copy in a window without GL, and the descent animation's frames per second."""
    from bench_curve import Moves, PaintCounter, _close, _guicalc_window, _run_of_moves  # this folder is on the path
    from PySide6.QtWidgets import QDoubleSpinBox

    counter = PaintCounter(app)
    fresh, opened = _guicalc_window(SIDE_BY_SIDE), _guicalc_window(SIDE_BY_SIDE)
    opened.move(SIDE_BY_SIDE[0], 0)
    fresh.move(0, 0)
    counter.settle()
    opened.show_view("surface")
    panel = opened.two_variable_panel
    _wait(app, counter, lambda: not panel.surface_view.grab_frame().isNull())
    gl_composed = opened.windowHandle().surfaceType().name
    opened.show_view("curve")
    counter.settle()
    spins = [w.findChild(QDoubleSpinBox, "pointXSpin") for w in (fresh, opened)]
    xs = [round(float(x), 2) + 0.005 * (i % 2) for i, x in enumerate(np.linspace(0.2, 2.2, MOVES_3D))]

    before, moved = Moves(), Moves()
    for _ in range(ROUNDS_3D):  # runs of moves taking turns, as bench_curve's, so the load hits both
        before.add(_run_of_moves(spins[0].setValue, xs, counter))
        moved.add(_run_of_moves(spins[1].setValue, xs, counter))
    lines = [f"With the 3D view opened (window {SIDE_BY_SIDE[0]} × {SIDE_BY_SIDE[1]}; its top level is "
             f"{gl_composed} once the 3D view is shown), ms:",
             f"{'':44s}{'opened':>8s}{'before':>8s}{'ratio':>7s}"]
    for name, opened_ms, before_ms in (("median", moved.median_ms, before.median_ms),
                                       ("mean, rest included", moved.mean_ms, before.mean_ms)):
        lines.append(f"{'curve point move, ' + name:44s}{opened_ms:8.1f}{before_ms:8.1f}"
                     f"{opened_ms / before_ms:7.2f}  (target ≤ 1.1: with 3D opened ÷ before opened)")
    _close(fresh)
    opened.show_view("surface")
    counter.settle()
    field = panel.field_view
    elsewhere = _field_in_a_window_without_gl(field)
    elsewhere.move(0, 0)
    _wait(app, counter, lambda: elsewhere.windowHandle() is not None and elsewhere.windowHandle().isExposed())

    def repaint(view: object) -> Callable[[int], float]:
        def timed(i: int) -> float:
            t0 = time.perf_counter()
            view.viewport().repaint()
            return time.perf_counter() - t0
        return timed

    with_3d, without = _interleaved(REPEATS, repaint(field), repaint(elsewhere))
    lines.append(f"{'field repaint, median (before: no-GL window)':44s}{with_3d:8.1f}{without:8.1f}"
                 f"{with_3d / without:7.2f}  (target ≤ 1.1: with 3D opened ÷ before opened)")
    elsewhere.close()
    lines += _descent_pace(panel)
    counter.close()
    _close(opened)
    app.processEvents()
    return lines


def _descent_pace(panel: object) -> list[str]:
    """Steps of a descent shown per second, in a real event loop, at the panel's own pace and
    as fast as a 15 ms timer asks (what a frame costs decides whether the window keeps up)."""
    from PySide6.QtCore import QEventLoop, QTimer

    scene = panel.surface_view.scene
    if scene is None:
        return ["descent animation: no OpenGL, not measured"]
    swaps = []
    scene.frameSwapped.connect(lambda: swaps.append(1))
    lines = []
    for pace in (None, 15):
        panel.animation_interval_ms = pace
        swaps.clear()
        loop = QEventLoop()
        panel.descentFinished.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        t0 = time.perf_counter()
        panel.run_descent()
        asked = 1000 / panel._timer.interval()  # the panel's pace for this many steps
        loop.exec()
        seconds = time.perf_counter() - t0
        panel.descentFinished.disconnect(loop.quit)
        steps = panel.state.descent_steps
        lines.append(f"descent animation, {steps} steps asked at {asked:.1f}/s: {steps / seconds:.1f} steps/s "
                     f"shown ({seconds:.2f} s; {len(swaps)} GL frame swaps)")
    panel.animation_interval_ms = None
    return lines


def _wait(app: object, counter: object, done: Callable[[], bool], limit: float = 20.0) -> None:
    end = time.perf_counter() + limit
    while not done() and time.perf_counter() < end:
        counter.settle()
        time.sleep(0.01)


def main() -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    # Two 3D views in one run (the panel's and the window's) need shared GL contexts, as in the app.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
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
    panel.deleteLater()
    app.processEvents()
    print()
    for line in three_d_opened(app):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
