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

import numpy as np

SIZES = [(1280, 800), (1920, 1080)]
MOVES = 40
FUNCTION_COUNTS = (1, 5, 20)
KEYSTROKES = 12
SAMPLES = 2000


class PaintCounter:
    """Counts paint events per widget: ``settle`` waits until a pass of the event loop paints nothing."""

    def __init__(self, app: object) -> None:
        from PySide6 import QtCore

        class Filter(QtCore.QObject):
            def eventFilter(inner, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802, N805
                if event.type() == QtCore.QEvent.Type.Paint:  # a plot's paint arrives at its viewport
                    named = watched.objectName() or (watched.parent() and watched.parent().objectName())
                    self.counts[named or type(watched).__name__] += 1
                return False

        self.app = app
        self.counts: collections.Counter[str] = collections.Counter()
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
    """Point move through the spin box vs the same move in bare pyqtgraph, interleaved."""
    from PySide6 import QtWidgets

    window = _guicalc_window(size)
    counter.settle()
    spin = window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin")
    error_box = window.limit_panel.error_view.getPlotItem().getViewBox()
    ranges = []
    error_box.sigRangeChanged.connect(lambda *_: ranges.append(1))
    bare, (tangent, point) = _bare_plot(size)
    counter.settle()
    ours, theirs = [], []
    counter.counts.clear()
    for i, x in enumerate(np.linspace(0.2, 2.2, MOVES)):
        x = round(float(x), 2) + (0.005 if i % 2 else 0.0)
        t0 = time.perf_counter()
        spin.setValue(x)
        counter.settle()
        ours.append(time.perf_counter() - t0)
        theirs.append(_bare_move((tangent, point), float(x), counter))
    paints = {name: n / MOVES for name, n in counter.counts.items()}
    spin.setValue(1.0)
    counter.settle()
    dragged, bare_dragged = _drag(window, counter, (tangent, point))
    bare.close()
    _close(window)
    counter.settle()
    return {"guicalc": _median_ms(ours), "bare": _median_ms(theirs), "error_range_changes": len(ranges),
            "curve_paints": paints.get("curvePlot", 0.0), "error_paints": paints.get("errorPlot", 0.0),
            "drag": _median_ms(dragged), "bare_drag": _median_ms(bare_dragged)}


def _bare_move(bare_items: tuple[object, object], x: float, counter: PaintCounter) -> float:
    """The bare plot's tangent and point moved to x on 3x² − 4x: seconds to the repainted screen."""
    tangent, point = bare_items
    y, slope = 3 * x * x - 4 * x, 6 * x - 4
    t0 = time.perf_counter()
    tangent.setData([-1, 3], [y + slope * (-1 - x), y + slope * (3 - x)])
    point.setData([x], [y])
    counter.settle()
    return time.perf_counter() - t0


def _mouse(widget: object, kind: object, pos: object, buttons: object) -> object:
    from PySide6 import QtCore, QtGui

    return QtGui.QMouseEvent(kind, pos, QtCore.QPointF(widget.mapToGlobal(pos.toPoint())),
                             QtCore.Qt.MouseButton.LeftButton, buttons, QtCore.Qt.KeyboardModifier.NoModifier)


def _drag(window: object, counter: PaintCounter, bare_items: tuple[object, object]) -> tuple[list[float], list[float]]:
    """The point dragged from x = 1 by mouse events posted to the curve plot, one at a time through
    the event loop, each timed to the repainted screen; the bare plot's point moved alike."""
    from PySide6 import QtCore, QtWidgets

    view = window.curve_view
    view.scene().minDragTime = 0  # a drag from the first move (pyqtgraph waits 0.5 s or some pixels)
    viewport, box = view.viewport(), view.getPlotItem().getViewBox()

    def at(x: float) -> QtCore.QPointF:
        return QtCore.QPointF(view.mapFromScene(box.mapViewToScene(QtCore.QPointF(x, 3 * x * x - 4 * x))))

    left, moved = QtCore.Qt.MouseButton.LeftButton, QtCore.QEvent.Type.MouseMove
    QtWidgets.QApplication.sendEvent(viewport, _mouse(viewport, QtCore.QEvent.Type.MouseButtonPress, at(1.0), left))
    tangent, point = bare_items
    ours, theirs = [], []
    for x in np.linspace(1.0, 1.6, MOVES + 1)[1:]:
        t0 = time.perf_counter()
        QtWidgets.QApplication.postEvent(viewport, _mouse(viewport, moved, at(float(x)), left))
        counter.settle()
        ours.append(time.perf_counter() - t0)
        theirs.append(_bare_move((tangent, point), float(x), counter))
    release = QtCore.QEvent.Type.MouseButtonRelease
    QtWidgets.QApplication.sendEvent(viewport, _mouse(viewport, release, at(1.6), QtCore.Qt.MouseButton.NoButton))
    if abs(window.document.curve.x - 1.6) > 0.05:
        print(f"  (the drag did not move the point: x = {window.document.curve.x})")
    return ours, theirs


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


def main() -> None:
    global MOVES, KEYSTROKES
    from PySide6 import QtWidgets

    if "--quick" in sys.argv:
        MOVES, KEYSTROKES = 12, 5
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    screen = app.primaryScreen().size()
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}, "
          f"platform {app.platformName()}, screen {screen.width()}x{screen.height()}")
    counter = PaintCounter(app)
    print(f"\nPoint move (spin box value → repainted screen, event loop), median of {MOVES}, ms")
    print(f"{'window':>10} {'guicalc':>8} {'bare pg':>8} {'ratio':>6}  (target ≤ 1.5)   "
          "error-plot range changes, paints per move (curve, error)")
    drags = {}
    for size in SIZES:
        r = drags[size] = point_moves(app, counter, size)
        print(f"{size[0]:>5}x{size[1]:<4} {r['guicalc']:>8.1f} {r['bare']:>8.1f} {r['guicalc'] / r['bare']:>6.2f}"
              f"{'':18} {r['error_range_changes']} of {MOVES}, {r['curve_paints']:.2f}, {r['error_paints']:.2f}")
    print(f"\nDrag (mouse move posted to the curve plot → repainted screen), median of {MOVES}, ms")
    print(f"{'window':>10} {'guicalc':>8} {'bare pg':>8} {'ratio':>6}  moves/s guicalc, bare")
    for size, r in drags.items():
        print(f"{size[0]:>5}x{size[1]:<4} {r['drag']:>8.1f} {r['bare_drag']:>8.1f} {r['drag'] / r['bare_drag']:>6.2f}"
              f"  {1000 / r['drag']:>7.0f}, {1000 / r['bare_drag']:.0f}")
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
