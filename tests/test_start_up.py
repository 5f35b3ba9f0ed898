"""The application's start in a fresh process: the first painted window loads neither
sympy nor mpmath (they take longer to import than the rest of the window), the
symbolic worker is not spawned before a job needs it, and PySide6's scan of every
imported module's source is the faster one, with PySide6's own answers (issue 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sympy", "mpmath")

# Runs guicalc as `python -m guicalc --exit-when-ready` does, watching from outside: the
# loaded modules at the window's first paint and at "ready", and every worker start.
CHILD = f"""
import json, sys
from PySide6 import QtCore, QtWidgets
from guicalc import app
from guicalc.core import worker

seen = {{"worker starts": 0}}
start = worker.Worker.start
def counted_start(self):
    seen["worker starts"] += 1
    start(self)
worker.Worker.start = counted_start

def heavy():
    return sorted({{name.partition(".")[0] for name in sys.modules}} & set({HEAVY!r}))

class Watch(QtCore.QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QtCore.QEvent.Type.Paint and isinstance(watched, QtWidgets.QWidget)
                and watched.window().objectName() == "MainWindow"):
            seen["at first paint"] = heavy()
            QtWidgets.QApplication.instance().removeEventFilter(self)
            watched.window().ready.connect(lambda: seen.update({{"at ready": heavy()}}))
        return False

QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
qapp = QtWidgets.QApplication(sys.argv[:1])
watch = Watch()
qapp.installEventFilter(watch)
code = app.run(["--exit-when-ready"])
import shibokensupport.feature
seen["pyside scan"] = shibokensupport.feature._mod_uses_pyside.__module__
print(json.dumps(seen))
sys.exit(code)
"""


@pytest.fixture(scope="module")
def start_up() -> dict:
    """What the child saw, started the way a user starts guicalc (offscreen here)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_the_first_painted_window_has_loaded_neither_sympy_nor_mpmath(start_up):
    assert start_up["at first paint"] == []
    # The same look at "ready" sees both: the watch would see them at the first paint too.
    assert start_up["at ready"] == ["mpmath", "sympy"]


def test_the_symbolic_worker_waits_for_its_first_job(start_up):
    """The default lesson sends nothing to the worker: starting it at "ready" spent a
    second of the other core importing sympy while the window was just built."""
    assert start_up["worker starts"] == 0


def test_the_app_scans_with_the_faster_scan(start_up):
    assert start_up["pyside scan"] == "guicalc.pyside_scan"


def test_the_faster_scan_answers_as_pyside_does():
    """For every module loaded in this process (numpy, pyqtgraph, sympy, Qt's own and
    compiled ones), the same answer as PySide6's scan: does its source name PySide6?"""
    import numpy  # noqa: F401 — what the window loads, besides Qt's own modules
    import pyqtgraph  # noqa: F401
    import sympy  # noqa: F401
    from shibokensupport import feature

    import guicalc.ui.main_window  # noqa: F401
    from guicalc import pyside_scan

    scan = getattr(feature._mod_uses_pyside, "pyside_scan", feature._mod_uses_pyside)  # PySide6's own
    faster = pyside_scan.faster(scan)
    modules = [module for module in list(sys.modules.values()) if module is not None]
    assert [faster(m) for m in modules] == [scan(m) for m in modules]
    found = {m.__name__ for m in modules if scan(m)}
    assert {"pyqtgraph.Qt", "guicalc.ui.main_window"} <= found  # some answers are yes: the check can fail
