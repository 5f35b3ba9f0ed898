"""Curve tab speed against bare pyqtgraph, measured in the same run: point moves and keystrokes.

Prints a table of medians and ratios; asserts nothing. Every figure is taken through the
event loop, up to the repainted screen: a change is made the way the user makes it (the
point's spin box, the function's editor), then events are processed until a pass paints
nothing. The reference does the equivalent in a bare ``pg.PlotWidget`` (setData, then the
same wait), interleaved move by move with guicalc's so that the machine's load hits both.

Run under a real X server (Xvfb) at least as large as the largest window:
``xvfb-run -s "-screen 0 1920x1080x24" python benchmarks/bench_curve.py``
(``--quick`` for fewer repetitions, ``--startup`` adds the start-up figure).
"""

from __future__ import annotations

import collections
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

SIZES = [(1280, 800), (1920, 1080)]
MOVES = 40
FUNCTION_COUNTS = (1, 5, 20)
KEYSTROKES = 12
SAMPLES = 2000
ROUNDS = 2  # runs of point moves per program, taking turns
REST = 0.3  # seconds between runs: longer than any throttle (guicalc's limit table: 0.15 s)
POINTER_SECONDS = 2.0
HERE = Path(__file__).resolve().parent


class PaintCounter:
    """Counts paint events per widget: ``settle`` waits until a pass of the event loop paints nothing."""

    def __init__(self, app: object) -> None:
        from PySide6 import QtCore

        class Filter(QtCore.QObject):
            def eventFilter(inner, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802, N805
                if event.type() == QtCore.QEvent.Type.Paint:  # a plot's paint arrives at its viewport
                    named = watched.objectName() or (watched.parent() and watched.parent().objectName())
                    self.counts[named or type(watched).__name__] += 1
                    if named in self.stamps or (not named and "bare" in self.stamps):
                        self.stamps[named or "bare"].append(time.perf_counter())
                return False

        self.app = app
        self.counts: collections.Counter[str] = collections.Counter()
        self.stamps: dict[str, list[float]] = {}  # when each paint of the widgets named here came
        self._filter = Filter()
        app.installEventFilter(self._filter)

    def settle(self, passes: int = 40) -> None:
        """Process events until two passes in a row paint nothing (0-ms timers included)."""
        quiet = 0
        for _ in range(passes):
            before = sum(self.counts.values())
            self.app.processEvents()
            quiet = quiet + 1 if sum(self.counts.values()) == before else 0
            if quiet >= 2:
                return

    def close(self) -> None:
        self.app.removeEventFilter(self._filter)


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _guicalc_window(size: tuple[int, int], functions: list[str] | None = None) -> object:
    from guicalc.core.document import Document, FunctionState
    from guicalc.ui import MainWindow

    document = Document()
    if functions:
        document.functions[0].text = functions[0]
        for text in functions[1:]:
            document.functions.append(FunctionState(text, color=document.next_color()))
    window = MainWindow(document)
    window.resize(*size)
    window.show()
    return window


def _close(window: object) -> None:
    window.history.setClean()  # the benchmark's edits are not worth a question: no prompt, no hang
    window.close()
    window.deleteLater()


def _bare_plot(size: tuple[int, int]) -> tuple[object, object]:
    """A bare PlotWidget with what the curve tab draws on a point move: f, the tangent, the point
    (no grid, no cached axes: the plainest plot of the same size)."""
    import pyqtgraph as pg

    plot = pg.PlotWidget(background="w")
    plot.resize(*size)
    plot.setRange(xRange=(-1, 3), yRange=(-2, 8))  # a fixed view, as guicalc's while the point moves
    xs = np.linspace(-1, 3, SAMPLES)
    plot.plot(xs, 3 * xs**2 - 4 * xs, pen=pg.mkPen("#0072B2", width=2))
    tangent = plot.plot([], [], pen=pg.mkPen("#D55E00", width=2))
    point = plot.plot([], [], pen=None, symbol="o", symbolSize=16)
    plot.show()
    return plot, (tangent, point)


def point_moves(app: object, counter: PaintCounter, size: tuple[int, int]) -> dict[str, float]:
    """Point moves through the spin box, then drags by posted mouse events and by the X
    server's pointer, each against bare pyqtgraph (and the spin-box moves against matplotlib)."""
    from PySide6 import QtWidgets

    window = _guicalc_window(size)
    counter.settle()
    spin = window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin")
    error_box = window.limit_panel.error_view.getPlotItem().getViewBox()
    ranges = []
    error_box.sigRangeChanged.connect(lambda *_: ranges.append(1))
    bare, bare_items = _bare_plot(size)
    figure, mpl_items = _matplotlib_plot(size)
    counter.settle()
    xs = [round(float(x), 2) + (0.005 if i % 2 else 0.0) for i, x in enumerate(np.linspace(0.2, 2.2, MOVES))]
    counter.counts.clear()
    ours, theirs, mpl = Moves(), Moves(), Moves()
    for _ in range(ROUNDS):  # runs of moves taking turns, so the machine's load hits all three
        ours.add(_run_of_moves(spin.setValue, xs, counter))
        theirs.add(_run_of_moves(lambda x: _bare_move(bare_items, x), xs, counter))
        mpl.add(_run_of_moves(lambda x: _matplotlib_move(mpl_items, x), xs, counter))
    paints = {name: n / (MOVES * ROUNDS) for name, n in counter.counts.items()}
    spin.setValue(1.0)
    counter.settle()
    dragged, bare_dragged = _posted_drags(window, counter, bare_items)
    pointer = _pointer_drags(window, bare, bare_items, counter)
    figure.close()
    bare.close()
    _close(window)
    counter.settle()
    return {"guicalc": ours, "bare": theirs, "matplotlib": mpl, "error_range_changes": len(ranges),
            "curve_paints": paints.get("curvePlot", 0.0), "error_paints": paints.get("errorPlot", 0.0),
            "drag": dragged, "bare_drag": bare_dragged, **pointer}


class Moves:
    """Seconds per move of runs of moves: the median move, and the mean of every second the
    runs took (the work a run leaves for when the moves rest included)."""

    def __init__(self) -> None:
        self.each: list[float] = []
        self.total = 0.0

    def add(self, run: tuple[list[float], float]) -> None:
        each, rest = run
        self.each += each
        self.total += sum(each) + rest

    @property
    def median_ms(self) -> float:
        return _median_ms(self.each)

    @property
    def mean_ms(self) -> float:
        return self.total / len(self.each) * 1000


def _run_of_moves(move: Callable[[float], None], xs: list[float], counter: PaintCounter) -> tuple[list[float], float]:
    """Moves back to back, as a held arrow key or a drag makes them, each timed to the
    repainted screen; then, after a pause longer than any throttle (untimed), the time the
    work left for the rest takes to reach the screen."""
    each = []
    for x in xs:
        t0 = time.perf_counter()
        move(x)
        counter.settle()
        each.append(time.perf_counter() - t0)
    time.sleep(REST)
    t0 = time.perf_counter()
    counter.settle()
    return each, time.perf_counter() - t0


def _bare_move(bare_items: tuple[object, object], x: float) -> None:
    """The bare plot's tangent and point moved to x on 3x² − 4x."""
    tangent, point = bare_items
    y, slope = 3 * x * x - 4 * x, 6 * x - 4
    tangent.setData([-1, 3], [y + slope * (-1 - x), y + slope * (3 - x)])
    point.setData([x], [y])


def _matplotlib_plot(size: tuple[int, int]) -> tuple[object, tuple[object, object, object]]:
    """The same figure in matplotlib's Qt canvas: f, the tangent and the point."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure()
    canvas = FigureCanvasQTAgg(figure)
    axes = figure.add_subplot()
    xs = np.linspace(-1, 3, SAMPLES)
    axes.plot(xs, 3 * xs**2 - 4 * xs, color="#0072B2", lw=2)
    (tangent,) = axes.plot([], [], color="#D55E00", lw=2)
    (point,) = axes.plot([], [], "o", ms=8)
    axes.set_xlim(-1, 3)
    axes.set_ylim(-2, 8)
    canvas.resize(*size)
    canvas.show()
    return canvas, (canvas, tangent, point)


def _matplotlib_move(items: tuple[object, object, object], x: float) -> None:
    canvas, tangent, point = items
    y, slope = 3 * x * x - 4 * x, 6 * x - 4
    tangent.set_data([-1, 3], [y + slope * (-1 - x), y + slope * (3 - x)])
    point.set_data([x], [y])
    canvas.draw_idle()


def _mouse(widget: object, kind: object, pos: object, buttons: object) -> object:
    from PySide6 import QtCore, QtGui

    return QtGui.QMouseEvent(kind, pos, QtCore.QPointF(widget.mapToGlobal(pos.toPoint())),
                             QtCore.Qt.MouseButton.LeftButton, buttons, QtCore.Qt.KeyboardModifier.NoModifier)


def _on_curve(window: object, x: float) -> object:
    """Where (x, 3x² − 4x) is in the curve plot's viewport."""
    from PySide6 import QtCore

    view = window.curve_view
    box = view.getPlotItem().getViewBox()
    return QtCore.QPointF(view.mapFromScene(box.mapViewToScene(QtCore.QPointF(x, 3 * x * x - 4 * x))))


def _posted_drags(window: object, counter: PaintCounter, bare_items: tuple[object, object]) -> tuple[Moves, Moves]:
    """The point dragged from x = 1 by mouse events posted to the curve plot, one at a time
    through the event loop, each timed to the repainted screen; the bare plot's point moved alike."""
    from PySide6 import QtCore, QtWidgets

    view = window.curve_view
    view.scene().minDragTime = 0  # a drag from the first move (pyqtgraph waits 0.5 s or some pixels)
    viewport = view.viewport()
    left, moved = QtCore.Qt.MouseButton.LeftButton, QtCore.QEvent.Type.MouseMove
    QtWidgets.QApplication.sendEvent(viewport, _mouse(viewport, QtCore.QEvent.Type.MouseButtonPress,
                                                      _on_curve(window, 1.0), left))
    xs = [float(x) for x in np.linspace(1.0, 1.6, MOVES + 1)[1:]]
    ours, theirs = Moves(), Moves()
    ours.add(_run_of_moves(lambda x: QtWidgets.QApplication.postEvent(
        viewport, _mouse(viewport, moved, _on_curve(window, x), left)), xs, counter))
    theirs.add(_run_of_moves(lambda x: _bare_move(bare_items, x), xs, counter))
    release = QtCore.QEvent.Type.MouseButtonRelease
    QtWidgets.QApplication.sendEvent(viewport, _mouse(viewport, release, _on_curve(window, 1.6),
                                                      QtCore.Qt.MouseButton.NoButton))
    if abs(window.document.curve.x - 1.6) > 0.05:
        print(f"  (the posted drag did not move the point: x = {window.document.curve.x})")
    return ours, theirs


def _pointer_drags(window: object, bare: object, bare_items: tuple[object, object],
                   counter: PaintCounter) -> dict[str, float]:
    """The X server's pointer drags guicalc's point from x = 1 to 2, then the bare plot's
    (which follows the pointer with setData): frames painted per second, each plot's own."""
    from PySide6 import QtCore, QtWidgets

    def follow(pos: QtCore.QPointF) -> None:  # bare pyqtgraph's drag: the point follows the pointer
        if QtWidgets.QApplication.mouseButtons() & QtCore.Qt.MouseButton.LeftButton:
            _bare_move(bare_items, float(bare.getPlotItem().getViewBox().mapSceneToView(pos).x()))

    bare.setMouseEnabled(False, False)
    bare.scene().sigMouseMoved.connect(follow)
    window.document.curve.x = 1.0
    counter.settle()
    ours = _pointer_fps(window, window.curve_view, _on_curve(window, 1.0), _on_curve(window, 2.0), counter)
    if abs(window.document.curve.x - 2.0) > 0.05:
        print(f"  (the pointer did not drag the point: x = {window.document.curve.x})")
    box = bare.getPlotItem().getViewBox()

    def on_bare(x: float) -> QtCore.QPointF:
        return QtCore.QPointF(bare.mapFromScene(box.mapViewToScene(QtCore.QPointF(x, 3 * x * x - 4 * x))))

    theirs = _pointer_fps(bare, bare, on_bare(1.0), on_bare(2.0), counter)
    return {"pointer_fps": ours, "bare_pointer_fps": theirs}


def _pointer_fps(top: object, view: object, start: object, end: object, counter: PaintCounter) -> float:
    """Frames per second ``view`` paints while x_pointer.py drags from ``start`` to ``end``
    (viewport pixels) over ``POINTER_SECONDS``, with ``top`` raised above the other windows."""
    import subprocess

    from PySide6 import QtCore

    top.raise_()
    counter.settle()
    a, b = (view.viewport().mapToGlobal(p.toPoint()) for p in (start, end))
    name = view.objectName() or "bare"
    counter.stamps[name] = []
    pointer = subprocess.Popen([sys.executable, str(HERE / "x_pointer.py"), str(a.x()), str(a.y()),
                                str(b.x()), str(b.y()), str(POINTER_SECONDS)])
    loop = QtCore.QEventLoop()
    poll = QtCore.QTimer(interval=20)
    poll.timeout.connect(lambda: pointer.poll() is not None and loop.quit())
    poll.start()
    loop.exec()  # waits for events, as the application does: no busy loop taking the pointer's CPU
    poll.stop()
    counter.settle()
    stamps = counter.stamps.pop(name)
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 2 else 0.0


def _other_functions(n: int) -> list[str]:
    return [f"sin({k}x) + {k}" for k in range(1, n)]


def _pause(counter: PaintCounter) -> None:
    """A typist's pause, untimed: the work that waits for one (points of interest) runs here,
    not in the next keystroke's figure (nor in another window's)."""
    for _ in range(3):
        time.sleep(0.2)
        counter.settle()


def keystrokes(app: object, counter: PaintCounter, size: tuple[int, int]) -> dict[str, float]:
    """The first of n functions edited (one character) to the repainted curve, for each n of
    ``FUNCTION_COUNTS`` and bare setData, interleaved keystroke by keystroke: {n or "bare": ms}."""
    import pyqtgraph as pg
    from PySide6 import QtCore, QtTest, QtWidgets

    windows = {n: _guicalc_window(size, ["3x^2 - 4x + 0", *_other_functions(n)]) for n in FUNCTION_COUNTS}
    counter.settle()
    edits = {n: w.findChild(QtWidgets.QLineEdit, "expressionEdit") for n, w in windows.items()}
    bare = pg.PlotWidget(background="w")
    bare.resize(*size)
    bare.setRange(xRange=(-1, 3), yRange=(-2, 20))  # fixed, as guicalc's view while typing
    curve = bare.plot([], [], pen=pg.mkPen("#0072B2", width=2))
    bare.show()
    counter.settle()
    xs = np.linspace(-1, 3, SAMPLES)
    times: dict[object, list[float]] = {key: [] for key in (*FUNCTION_COUNTS, "bare")}
    for i in range(KEYSTROKES):
        digit = (i + 1) % 10
        for n, edit in edits.items():
            edit.setSelection(len(edit.text()) - 1, 1)  # the last digit, replaced by the keystroke
            _pause(counter)
            t0 = time.perf_counter()
            # One key pressed in the editor, as the user types it (a setText would be a paste, not typing).
            QtTest.QTest.keyClick(edit, getattr(QtCore.Qt.Key, f"Key_{digit}"))
            counter.settle()
            times[n].append(time.perf_counter() - t0)
            if not edit.text().endswith(f"+ {digit}"):
                print(f"  (the keystroke did not reach the editor: {edit.text()!r})")
        _pause(counter)
        t0 = time.perf_counter()
        curve.setData(xs, 3 * xs**2 - 4 * xs + digit)
        counter.settle()
        times["bare"].append(time.perf_counter() - t0)
    bare.close()
    for window in windows.values():
        _close(window)
    counter.settle()
    return {key: _median_ms(t) for key, t in times.items()}


def _pair(moves: Moves) -> str:
    return f"{moves.mean_ms:>6.1f} ({moves.median_ms:>5.1f})"


def main() -> None:
    global MOVES, KEYSTROKES
    import x_pointer  # this script's folder is on the path when it is run
    from PySide6 import QtWidgets

    if "--quick" in sys.argv:
        MOVES, KEYSTROKES = 12, 5
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    screen = app.primaryScreen().size()
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}, "
          f"platform {app.platformName()}, screen {screen.width()}x{screen.height()}")
    counter = PaintCounter(app)
    print(f"\nPoint move (spin box value → repainted screen, event loop), {ROUNDS} runs of {MOVES} moves "
          "taking turns, ms per move: mean of the runs (work left for the rest included) and median move")
    print(f"{'window':>10} {'guicalc':>14} {'bare pg':>14} {'matplotlib':>14} {'ratio':>6}  (target ≤ 1.5)   "
          "error-plot range changes, paints per move (curve, error)")
    drags = {}
    for size in SIZES:
        r = drags[size] = point_moves(app, counter, size)
        ours, bare, mpl = r["guicalc"], r["bare"], r["matplotlib"]
        print(f"{size[0]:>5}x{size[1]:<4} {_pair(ours)} {_pair(bare)} {_pair(mpl)} {ours.mean_ms / bare.mean_ms:>6.2f}"
              f"{'':18} {r['error_range_changes']} of {MOVES * ROUNDS}, {r['curve_paints']:.2f}, "
              f"{r['error_paints']:.2f}")
    print(f"\nDrag by mouse events posted to the curve plot, one at a time → repainted screen, {MOVES} moves, "
          "ms per move (mean, median)")
    print(f"{'window':>10} {'guicalc':>14} {'bare pg':>14} {'ratio':>6}  moves/s guicalc, bare")
    for size, r in drags.items():
        ours, bare = r["drag"], r["bare_drag"]
        print(f"{size[0]:>5}x{size[1]:<4} {_pair(ours)} {_pair(bare)} {ours.mean_ms / bare.mean_ms:>6.2f}"
              f"  {1000 / ours.mean_ms:>7.0f}, {1000 / bare.mean_ms:.0f}")
    print(f"\nDrag by the X server's pointer (XTEST, {x_pointer.RATE} reports/s for {POINTER_SECONDS:g} s), "
          "frames painted per second")
    print(f"{'window':>10} {'guicalc':>8} {'bare pg':>8} {'ratio':>6}  (target ≥ 0.9)")
    for size, r in drags.items():
        ours, bare = r["pointer_fps"], r["bare_pointer_fps"]
        print(f"{size[0]:>5}x{size[1]:<4} {ours:>8.1f} {bare:>8.1f} {ours / bare if bare else float('nan'):>6.2f}")
    print(f"\nKeystroke in the first of n functions → repainted curve, {SIZES[0][0]}x{SIZES[0][1]}, "
          f"median of {KEYSTROKES}, ms")
    print(f"{'functions':>10} {'guicalc':>8} {'bare pg':>8} {'ratio':>6}  {'vs 1 function':>14} (target 1 ± 0.2)")
    r = keystrokes(app, counter, SIZES[0])
    for n in FUNCTION_COUNTS:
        print(f"{n:>10} {r[n]:>8.1f} {r['bare']:>8.1f} {r[n] / r['bare']:>6.2f}  {r[n] / r[FUNCTION_COUNTS[0]]:>14.2f}")
    counter.close()
    if "--startup" in sys.argv:
        import bench_start_up  # this script's folder is on the path when it is run

        print("\nStart-up (fresh processes, interleaved with a bare window, medians of "
              f"{bench_start_up.REPEATS}), s")
        print("\n".join(bench_start_up.report(bench_start_up.measure())))


if __name__ == "__main__":
    main()
