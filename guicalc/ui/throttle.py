"""Work that may run at most every so often while its cause keeps changing.

A point dragged at the display rate moves 60 times a second; the limit table and the
error plot need about 16 ms each time, more than the curve itself. ``Throttle`` runs the
work at once when it has been idle (a typed x shows everything in the same pass), then at
most once per interval while requests keep coming, and once more after the last request,
so what rests on screen is always exact.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore


class Throttle(QtCore.QObject):
    """Calls ``work`` now when idle, else at the end of the interval (once, however many asked)."""

    def __init__(self, work: Callable[[], None], interval_ms: int, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._pending = False
        self._cooling = QtCore.QTimer(self)
        self._cooling.setSingleShot(True)
        self._cooling.setInterval(interval_ms)
        self._cooling.timeout.connect(self._cooled)

    def request(self) -> None:
        """Ask for the work: done now, or when the current interval ends."""
        if self._cooling.isActive():
            self._pending = True
            return
        self._run()

    def flush(self) -> None:
        """Do a pending request now (an export wants what the screen will rest on)."""
        if self._pending:
            self._run()

    def run_now(self) -> None:
        """Do the work now, whatever is pending (a change made once, not a movement)."""
        self._run()

    def _run(self) -> None:
        self._pending = False
        self._cooling.start()
        self._work()

    def _cooled(self) -> None:
        if self._pending:
            self._run()
