"""The race's scrubber: updates per second with 6 optimizers × 1 000 steps on a 200² surface.

Issue 18 asks for at least 30 updates per second. Each update is what a drag of the
scrubber does: the scrubber (the real QSlider) gets a new value, the trails, markers,
loss line, step label and (at most every 100 ms) six equations are redrawn, and the
event loop runs until both plots' viewports have painted. Two kinds of moves:

- drag: 7 steps at a time through the race, back to 0 after the end (a drag's pace);
- jumps: a random step each time (clicks on the slider's groove, the worst case).

Beside them, in the same run and interleaved in blocks so that both see the same load,
a reference: a bare pyqtgraph PlotWidget of the field's size whose six 2.5 px curves get
``setData`` of all points up to the step (what a naive trail costs). The ratio
panel / reference says how the panel compares independently of how busy the machine is.
Also prints how long the race itself takes to run (on a change of a slider, not on a
scrub). Run on a display or under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/bench_race.py [updates]

The machine is shared: the load average is printed with the figures.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence

WINDOW = (1500, 950)
UPDATES = int(sys.argv[1]) if len(sys.argv) > 1 else 300
BLOCKS = 6
"""Blocks per kind of measurement, alternated with the other kinds."""
TARGET = 30.0
WAIT_S = 0.5
"""Longest wait for a paint; an update that paints nothing counts as timed out (printed)."""


class _PaintCounter:
    """Counts paint events of the widgets it filters (made a QObject in main, after Qt is up)."""

    def __new__(cls):  # noqa: D102 — a QObject subclass built once QtCore is imported
        from PySide6.QtCore import QEvent, QObject

        class Counter(QObject):
            count = 0

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                return False

        return Counter()


class _Measure:
    """Updates, their wall and CPU time, over the blocks of one kind of measurement."""

    def __init__(self, name: str, move: Callable[[int], None], viewports: Sequence[object],
                 steps: Sequence[int]) -> None:
        self.name, self.move, self.steps = name, move, list(steps)
        self.painted = _PaintCounter()
        for viewport in viewports:
            viewport.installEventFilter(self.painted)
        self.paints = len(viewports)
        self.frames: list[float] = []
        self.wall = self.cpu = 0.0
        self.timed_out = 0
        self._next = 0

    def block(self, app: object, count: int) -> None:
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(count):
            step = self.steps[self._next % len(self.steps)]
            self._next += 1
            t0 = time.perf_counter()
            before = self.painted.count
            self.move(step)
            while self.painted.count < before + self.paints:
                app.processEvents()
                if time.perf_counter() - t0 > WAIT_S:
                    self.timed_out += 1
                    break
            self.frames.append(time.perf_counter() - t0)
        self.wall += time.perf_counter() - start
        self.cpu += time.process_time() - cpu

    @property
    def rate(self) -> float:
        return len(self.frames) / self.wall

    def line(self) -> str:
        ms = sorted(f * 1000 for f in self.frames)
        n = len(ms)
        text = (f"{self.name:<34} {n / self.wall:6.1f} updates/s  (median {statistics.median(ms):5.1f} ms, "
                f"p95 {ms[int(0.95 * n)]:5.1f} ms; CPU {1000 * self.cpu / n:5.1f} ms per update)")
        return text + (f"  [{self.timed_out} updates painted nothing]" if self.timed_out else "")


def _reference(size: tuple[int, int], trails: list, colours: list[str], view: tuple[float, ...]):
    """A bare PlotWidget with one 2.5 px curve per trail, set to all points up to the step."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.setBackground("w")
    plot.resize(*size)
    plot.setRange(xRange=view[:2], yRange=view[2:], padding=0.02)
    plot.setMouseEnabled(x=False, y=False)
    curves = [plot.plot(pen=pg.mkPen(colour, width=2.5)) for colour in colours]
    plot.show()

    def move(step: int) -> None:
        for curve, trail in zip(curves, trails, strict=True):
            shown = trail[: step + 1]
            curve.setData(shown[:, 0], shown[:, 1])

    return plot, move


def main() -> int:
    import numpy as np
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from guicalc.core.document import Document
    from guicalc.core.race_backdrop import GRID
    from guicalc.ui.race_panel import RacePanel
    from guicalc.views.race_view import COLOURS

    document = Document()
    state = document.states["race"]
    state.racers = ("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
    state.steps = 1000
    t0 = time.perf_counter()
    panel = RacePanel(state)
    built = time.perf_counter() - t0
    panel.resize(*WINDOW)
    panel.show()
    app.processEvents()
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        panel.run()
        runs.append(time.perf_counter() - t0)
    assert len(panel.race.trails) == 6 and panel.race.steps == 1000
    assert panel.field_view.background_item.image.shape == (GRID, GRID)

    trails = [t.points for t in panel.race.trails]
    size = (panel.field_view.width(), panel.field_view.height())
    plot, reference_move = _reference(size, trails, [COLOURS[t.racer.kind] for t in panel.race.trails],
                                      state.view_range)
    app.processEvents()
    drag = [(i * 7) % 1001 for i in range(UPDATES)]
    # never the same step twice in a row: the slider would not move, and nothing would paint
    jumps = (np.cumsum(np.random.default_rng(18).integers(1, 1001, UPDATES)) % 1001).tolist()
    plots = (panel.field_view.viewport(), panel.loss_view.viewport())
    measures = [
        _Measure("race panel, drag", panel.scrubber.setValue, plots, drag),
        _Measure("reference pyqtgraph setData, drag", reference_move, (plot.viewport(),), drag),
        _Measure("race panel, jumps", panel.scrubber.setValue, plots, jumps),
        _Measure("reference pyqtgraph setData, jumps", reference_move, (plot.viewport(),), jumps),
    ]
    load = os.getloadavg()[0]
    for _ in range(BLOCKS):
        for measure in measures:
            measure.block(app, UPDATES // BLOCKS)
    load = max(load, os.getloadavg()[0])
    panel_drag, reference_drag, panel_jumps, reference_jumps = measures

    print(f"race: 6 optimizers × 1000 steps on a {GRID}² surface; field view {size[0]}×{size[1]} px")
    print(f"panel built and first race run: {built:.2f} s; race run again: median {statistics.median(runs):.2f} s")
    for measure in measures:
        print(measure.line())
    print(f"ratio panel / reference: drag {panel_drag.rate / reference_drag.rate:.1f}×, "
          f"jumps {panel_jumps.rate / reference_jumps.rate:.1f}× (> 1: the panel is faster)")
    print(f"load average while measuring: up to {load:.1f} on {os.cpu_count()} cores")
    print(f"target ≥ {TARGET:.0f} updates/s (wall clock, drag): "
          f"{'met' if panel_drag.rate >= TARGET else 'NOT met'} ({panel_drag.rate:.1f}); "
          f"jumps {'met' if panel_jumps.rate >= TARGET else 'NOT met'} ({panel_jumps.rate:.1f})")
    panel.shutdown()
    plot.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
