"""The race's scrubber: updates per second with 6 optimizers × 1 000 steps on a 200² surface.

Issue 18 asks for at least 30 updates per second. Each update is what a drag of the
scrubber does: the state's step changes, the trails, markers, loss line and six
equations are redrawn, and the frame is painted (the event loop runs until the plots'
viewports have repainted synchronously). Also prints how long the race itself takes
to run (on a change of a slider, not on a scrub). Run on a display or under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/bench_race.py

The machine is shared: run it when quiet, and compare with a second run.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

WINDOW = (1500, 950)
UPDATES = int(sys.argv[1]) if len(sys.argv) > 1 else 300


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


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from guicalc.core.document import Document
    from guicalc.core.race_backdrop import GRID
    from guicalc.ui.race_panel import RacePanel

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

    frames = []
    painted = _PaintCounter()
    for viewport in (panel.field_view.viewport(), panel.loss_view.viewport()):
        viewport.installEventFilter(painted)
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(UPDATES):
        t0 = time.perf_counter()
        before = painted.count
        state.step = (i * 7) % 1001  # jumps, as a drag does
        while painted.count < before + 2:  # until both plots have painted the new step
            app.processEvents()
        frames.append(time.perf_counter() - t0)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    ms = sorted(f * 1000 for f in frames)
    print(f"race: 6 optimizers × 1000 steps on a {GRID}² surface")
    print(f"panel built and first race run: {built:.2f} s; race run again: median {statistics.median(runs):.2f} s")
    print(f"scrubber: {UPDATES} updates in {elapsed:.2f} s = {UPDATES / elapsed:.1f} updates/s "
          f"(median {statistics.median(ms):.1f} ms, p95 {ms[int(0.95 * len(ms))]:.1f} ms per update)")
    print(f"CPU time of this process per update: {1000 * cpu / UPDATES:.1f} ms "
          f"(= {UPDATES / cpu:.0f} updates/s if it had a core to itself; the X server's share not counted)")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"target ≥ 30 updates/s (wall clock): {'met' if UPDATES / elapsed >= 30 else 'NOT met'}")
    panel.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
