"""The Qt side of ``core/worker.py``: polls the symbolic worker from the event loop.

A timer polls only while a job runs or waits, so an idle window costs nothing; every
poll returns at once, so the window keeps answering while the child works or is killed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6 import QtCore, QtWidgets

from guicalc.core.worker import BUDGET, Job, Worker

POLL_MS = 20
PRELOAD = ("guicalc.core.symbolic",)


class BackgroundWork(QtCore.QObject):
    """Owns one :class:`Worker` process; ``jobEnded`` carries every job that ended."""

    jobEnded = QtCore.Signal(object)  # Job

    def __init__(self, parent: QtCore.QObject | None = None, budget: float = BUDGET) -> None:
        super().__init__(parent)
        self.worker = Worker(budget, PRELOAD)
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        self.destroyed.connect(self.worker.close)

    def start(self) -> None:
        """Start the process ahead of the first job (it takes a second to import sympy)."""
        self.worker.start()

    def submit(self, key: Hashable, function: Callable[..., Any], *args: Any) -> Job:
        """Run ``function(*args)`` in the worker; a later job with ``key`` replaces it."""
        job = self.worker.submit(key, function, *args)
        self._timer.start()
        return job

    def close(self) -> None:
        """End the worker process (the window closes)."""
        self._timer.stop()
        self.worker.close()

    def _poll(self) -> None:
        for job in self.worker.poll():
            self.jobEnded.emit(job)
        if not self.worker.busy:
            self._timer.stop()
