"""Curve view speed: drag updates against matplotlib, keystroke to redraw against bare pyqtgraph.

Prints a table; asserts nothing. Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_curve.py [MOVES]``
(start-up is measured by ``bench_start_up.py``; ``run.py`` runs both).
"""

from __future__ import annotations

import os
import statistics
import sys
import time

import numpy as np

WINDOW = (1400, 900)
MOVES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
KEYSTROKE_TARGET = 2.0  # issue 16
EXAMPLES = ["3x^2 - 4x", "x^3 - 1/x", "0.01x^2 + 0.1x", "sigmoid(x)", "2 sin x cos x - 2 sin x", "1/x", "tan x"]


def _stats(samples: list[float]) -> tuple[float, float]:
    ms = sorted(s * 1000 for s in samples)
    return statistics.median(ms), ms[min(len(ms) - 1, int(0.95 * len(ms)))]


def bench_guicalc_drag(app, samples: int) -> list[float]:
    from guicalc.ui import MainWindow

    window = MainWindow()
    window.resize(*WINDOW)
    window.show()
    app.processEvents()
    window.controller.samples = samples
    window.controller.refresh_curves()
    app.processEvents()
    view = window.curve_view
    times = []
    for x in np.linspace(0.2, 2.2, MOVES):
        t0 = time.perf_counter()
        view.pointDragged.emit(float(x))  # what a mouse drag emits
        view.viewport().repaint()
        times.append(time.perf_counter() - t0)
    window.history.setClean()  # the moves changed the lesson: closing would ask to save it
    window.close()
    return times


def bench_matplotlib_drag(app, samples: int) -> list[float]:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WINDOW[0] / 100, WINDOW[1] / 100 * 0.5))
    canvas = FigureCanvasQTAgg(fig)
    canvas.resize(WINDOW[0] - 400, WINDOW[1] // 2)
    canvas.show()
    ax = fig.add_subplot()
    xs = np.linspace(-1, 3, samples)
    ax.plot(xs, 3 * xs**2 - 4 * xs, label="f(x)")
    (tangent,) = ax.plot([], [], label="Tangent line")
    (secant,) = ax.plot([], [], "--")
    (point,) = ax.plot([], [], "o")
    ax.legend()
    ax.grid(True)
    times = []
    for x in np.linspace(0.2, 2.2, MOVES):
        t0 = time.perf_counter()
        y, slope, h = 3 * x * x - 4 * x, 6 * x - 4, 0.1
        ys = 3 * (x + h) ** 2 - 4 * (x + h)
        tangent.set_data([-1, 3], [y + slope * (-1 - x), y + slope * (3 - x)])
        secant.set_data([x, x + h], [y, ys])
        point.set_data([x], [y])
        canvas.draw()
        app.processEvents()
        times.append(time.perf_counter() - t0)
    canvas.close()
    return times


def bench_keystroke(app) -> tuple[dict[str, float], tuple[int, int]]:
    """Ms from each expression's last keystroke to its repainted curve; the curve view's size."""
    from PySide6 import QtWidgets

    from guicalc.ui import MainWindow

    window = MainWindow()
    window.resize(*WINDOW)
    window.show()
    app.processEvents()
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    result = {}
    for text in EXAMPLES:
        edit.setText(text[:-1])
        app.processEvents()
        t0 = time.perf_counter()
        edit.setText(text)  # the last keystroke completes the expression
        app.processEvents()  # coalesced resampling and error sweep
        window.curve_view.viewport().repaint()
        result[text] = (time.perf_counter() - t0) * 1000
    size = (window.curve_view.width(), window.curve_view.height())
    window.history.setClean()  # the edits changed the lesson: closing would ask to save it
    window.close()
    return result, size


def bench_bare_set_data(app, size: tuple[int, int], samples: int = 2000, runs: int = 20) -> float:
    """The reference for a keystroke: bare pyqtgraph given new y values (worked out with
    numpy) and repainted, in a plot of the curve view's size; median ms."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.resize(*size)
    plot.show()
    xs = np.linspace(-1, 3, samples)
    curve = plot.plot(xs, xs)
    app.processEvents()
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        curve.setData(xs, (3 + i % 2) * xs**2 - 4 * xs)
        plot.viewport().repaint()
        times.append(time.perf_counter() - t0)
    plot.close()
    return _stats(times)[0]


def main() -> None:
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"platform {app.platformName()}, window {WINDOW[0]}x{WINDOW[1]}")
    print("\nDrag update (move point; tangent, secant, readout, limit table; repaint), ms")
    print(f"{'samples':>8} {'guicalc median':>15} {'p95':>7} {'matplotlib median':>18} {'p95':>7} {'speed-up':>9}")
    for n in (2000, 100_000):
        g_med, g_p95 = _stats(bench_guicalc_drag(app, n))
        m_med, m_p95 = _stats(bench_matplotlib_drag(app, n))
        print(f"{n:>8} {g_med:>15.2f} {g_p95:>7.2f} {m_med:>18.2f} {m_p95:>7.2f} {m_med / g_med:>8.1f}x")
    print("\nKeystroke to redrawn plot (parse, derivatives, sampling, table, error sweep), ms")
    keystrokes, size = bench_keystroke(app)
    bare = bench_bare_set_data(app, size)
    for text, ms in keystrokes.items():
        print(f"  {text:<28} {ms:7.1f}   {ms / bare:5.1f}× bare")
    within = sum(ms / bare <= KEYSTROKE_TARGET for ms in keystrokes.values())
    print(f"  bare pyqtgraph setData + repaint ({size[0]}×{size[1]}): {bare:.1f} ms; "
          f"target ≤ {KEYSTROKE_TARGET}× bare: {'met' if within == len(keystrokes) else 'NOT met'} "
          f"({within} of {len(keystrokes)})")


if __name__ == "__main__":
    main()
