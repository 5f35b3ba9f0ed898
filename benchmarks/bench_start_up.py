"""Start-up: guicalc's first painted window and fully built window against a bare
PySide6 + pyqtgraph window (issue 16: first paint ≤ 1.3×, fully built ≤ 1.8×).

Every launch is a fresh process; guicalc and the bare window take turns, so a load
that comes and goes on the shared machine hits both alike, and the ratios are of the
medians. Times run from the launch to the moment the child prints (wall clock): the
interpreter's own start counts on both sides. Asserts nothing; prints the figures and
whether the targets are met. Run on a display or under Xvfb (``benchmarks/run.py``
starts one): ``python benchmarks/bench_start_up.py [REPEATS]``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

REPEATS = 5
TARGETS = {"first-paint": 1.3, "ready": 1.8}
LAUNCH_LIMIT_S = 120

# What every PySide6 + pyqtgraph program does at the least: a plot in a window.
BARE_WINDOW = """
import time
from PySide6 import QtCore, QtWidgets
import pyqtgraph as pg
app = QtWidgets.QApplication([])
w = pg.PlotWidget(); w.resize(1440, 900); w.plot([0, 1, 2], [0, 1, 4])
class F(QtCore.QObject):
    def eventFilter(self, o, e):
        if e.type() == QtCore.QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True); QtCore.QTimer.singleShot(0, app.quit)
        return False
f = F(); app.installEventFilter(f); w.show(); app.exec()
"""
GUICALC = [sys.executable, "-m", "guicalc", "--exit-when-ready"]


def launch(command: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Seconds from launching ``command`` to each event it prints (``first-paint``, ``ready``)."""
    start = time.time()
    done = subprocess.run(command, capture_output=True, text=True, timeout=LAUNCH_LIMIT_S,
                          stdin=subprocess.DEVNULL, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{command[1:]} exited with {done.returncode}: {done.stderr[-2000:]}")
    events = {}
    for line in done.stdout.splitlines():
        name, _, at = line.partition(" ")
        if name in TARGETS:
            events[name] = float(at) - start
    return events


def installed_env(bytecode: str) -> dict[str, str]:
    """The environment with compiled modules kept in ``bytecode``, as an installed program
    has them (pip compiles them; a shell with PYTHONDONTWRITEBYTECODE would otherwise make
    guicalc compile its own modules at every launch, the bare window nothing)."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=bytecode)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(repeats: int = REPEATS) -> dict[str, tuple[float, float]]:
    """Median seconds of guicalc and of the bare window, per event."""
    ours: dict[str, list[float]] = {name: [] for name in TARGETS}
    bare: list[float] = []
    with tempfile.TemporaryDirectory(prefix="guicalc-bytecode-") as bytecode:
        env = installed_env(bytecode)
        launch(GUICALC, env)  # compiles the modules and warms the disk cache for both, uncounted
        launch([sys.executable, "-c", BARE_WINDOW], env)
        for _ in range(repeats):
            bare.append(launch([sys.executable, "-c", BARE_WINDOW], env)["first-paint"])
            for name, seconds in launch(GUICALC, env).items():
                ours[name].append(seconds)
    # The bare window is fully built when it is first painted.
    return {name: (statistics.median(times), statistics.median(bare)) for name, times in ours.items()}


def report(figures: dict[str, tuple[float, float]]) -> list[str]:
    """One line per event: the two medians, their ratio and the target."""
    lines = []
    for name, (ours, bare) in figures.items():
        ratio = ours / bare
        verdict = "met" if ratio <= TARGETS[name] else "NOT met"
        what = "first paint" if name == "first-paint" else "fully built"
        lines.append(f"start-up to {what:11}  guicalc {ours:5.2f} s  bare window {bare:5.2f} s  "
                     f"ratio {ratio:4.2f}×  (target ≤ {TARGETS[name]}×: {verdict})")
    return lines


def main() -> int:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else REPEATS
    load = os.getloadavg()[0]
    figures = measure(repeats)
    print(f"start-up, medians of {repeats} interleaved launches (load average {load:.1f} → "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, platform "
          f"{os.environ.get('QT_QPA_PLATFORM') or 'xcb ' + os.environ.get('DISPLAY', '?')})")
    print("\n".join(report(figures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
