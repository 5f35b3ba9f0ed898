"""``guicalc export``: a figure built alone from a document against the same figure taken
from a hidden main window (how the command worked before issue 17), in one process.

Prints, per figure, the median seconds to build and write it each way, after one warm-up
of each (imports and the first 3D context are not counted: both pay them). Asserts
nothing. Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_export.py [RUNS]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

CASES = {"curve": ("3x^2 - 4x", 1.0), "limit": ("3x^2 - 4x", 1.0), "graph": ("(a + b)*c", None),
         "field": ("x0^2 + x1^2", (1.0, -0.5)), "surface": ("x0^2 + x1^2", (1.0, -0.5))}
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def _timed(build, output: Path) -> float:
    from guicalc.export.command import export_figure

    start = time.perf_counter()
    export_figure(build, (1200, 800), output)
    return time.perf_counter() - start


def _in_a_window(name: str, expression: str, at: object) -> object:
    from guicalc.core.document import Document
    from guicalc.ui import view_tabs

    document = Document()
    document.functions[0].text = expression
    return view_tabs._figure_in_a_window(document, name, at)


def main() -> None:
    from PySide6 import QtCore, QtWidgets

    from guicalc.ui import view_tabs

    QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    print(f"{'figure':8} {'alone (s)':>10} {'window (s)':>11} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (expression, at) in CASES.items():
            alone = partial(view_tabs.figure_alone, name, expression, at)
            in_window = partial(_in_a_window, name, expression, at)
            times: dict[str, list[float]] = {"alone": [], "window": []}
            for run in range(RUNS + 1):
                for way, build in (("alone", alone), ("window", in_window)):
                    seconds = _timed(build, Path(tmp, f"{name}-{way}.svg"))
                    if run:  # the first of each is the warm-up
                        times[way].append(seconds)
            a, w = statistics.median(times["alone"]), statistics.median(times["window"])
            print(f"{name:8} {a:10.3f} {w:11.3f} {w / a:6.1f}×")


if __name__ == "__main__":
    main()
