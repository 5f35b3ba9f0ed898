"""Work that may run at most every so often while its cause keeps changing.

A point dragged at the display rate moves 60 times a second; the limit table and the
error plot need about 16 ms each time, more than the curve itself. ``Throttle`` runs the
work at the end of an interval, at most once per interval while requests keep coming and
once more after the last request, so what rests on screen is always exact. The first
request waits too: done at once, it would land on the first frame of every drag or held
key (24 ms where the others take 10), when nobody can read a table yet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore


class Throttle(QtCore.QObject):
    """Calls ``work`` at the end of the interval (once, however many asked)."""

    def __init__(self, work: Callable[[], None], interval_ms: int, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._pending = False
        self._cooling = QtCore.QTimer(self)
        self._cooling.setSingleShot(True)
        self._cooling.setInterval(interval_ms)
        self._cooling.timeout.connect(self._cooled)

    def request(self) -> None:
        """Ask for the work: done when the current interval ends (one starts if none runs)."""
        self._pending = True
        if not self._cooling.isActive():
            self._cooling.start()

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
