"""Autosave and crash recovery, Qt-free.

Each running guicalc keeps, in the user's data directory, its document in
``autosave-<pid>.guicalc`` and a marker ``autosave-<pid>.pid`` holding its PID; a
clean exit removes both. A marker whose process is gone therefore means a session
that crashed, and its autosave is offered back. One pair per process, so that two
windows open at once never overwrite each other's autosave.

Use: ``recoverable()`` at start (offer the newest, ``workspace.load`` it if the user
agrees), then ``start()``, ``save(document)`` on a timer, ``finish()`` on a clean exit.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from guicalc.core.document import Document
from guicalc.core.workspace import SUFFIX, save, write_atomically

PREFIX = "autosave-"
MARKER_SUFFIX = ".pid"


def pid_alive(pid: int) -> bool:
    """Whether a process with this PID exists. Where it cannot tell (Windows) it says yes:
    better to offer no recovery than to offer a running session's autosave."""
    if pid <= 0:
        return False
    if os.name != "posix":
        return True  # os.kill(pid, 0) would terminate the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, run by another user
    return True


@dataclass(frozen=True)
class Recovery:
    """The autosave of a session that ended without a clean exit."""

    path: Path
    saved_at: float
    """When it was last written, in seconds since the epoch."""


class Autosave:
    """This session's autosave and marker, and the crashed sessions found beside them."""

    def __init__(self, directory: str | os.PathLike | None = None, *, pid: int | None = None,
                 is_alive: Callable[[int], bool] = pid_alive) -> None:
        self.directory = Path(platformdirs.user_data_dir("guicalc") if directory is None else directory)
        self.pid = os.getpid() if pid is None else pid
        self._is_alive = is_alive
        self.path = self.directory / f"{PREFIX}{self.pid}{SUFFIX}"
        self.marker = self.path.with_suffix(MARKER_SUFFIX)

    def recoverable(self) -> list[Recovery]:
        """Autosaves of crashed sessions, newest first. Ask before ``start()``, which forgets them."""
        found = [Recovery(path, path.stat().st_mtime) for _, path in self._crashed() if path.is_file()]
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    def start(self, adopt: Recovery | None = None) -> None:
        """Mark this session as running and remove the crashed sessions' files.

        ``adopt``: the recovery the user restored; it becomes this session's autosave,
        so the restored work is on disk until the next save.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        if adopt is not None:
            os.replace(adopt.path, self.path)
        for marker, path in self._crashed():
            path.unlink(missing_ok=True)
            marker.unlink(missing_ok=True)
        write_atomically(self.marker, f"{self.pid}\n".encode("ascii"))

    def save(self, document: Document) -> None:
        """Write the document atomically (WorkspaceError or OSError as ``workspace.save``)."""
        save(self.path, document)

    def finish(self) -> None:
        """A clean exit: nothing is left to recover."""
        self.path.unlink(missing_ok=True)
        self.marker.unlink(missing_ok=True)

    def _crashed(self) -> Iterator[tuple[Path, Path]]:
        """(marker, autosave path) of every other session whose process is gone."""
        for marker in self.directory.glob(f"{PREFIX}*{MARKER_SUFFIX}"):
            pid = _read_pid(marker)
            if marker != self.marker and (pid is None or not self._is_alive(pid)):
                yield marker, marker.with_suffix(SUFFIX)


def _read_pid(marker: Path) -> int | None:
    """The PID in a marker, or None if it holds none (a torn or foreign file counts as dead)."""
    try:
        with open(marker, "rb") as file:
            return int(file.read(32).strip())
    except (OSError, ValueError):
        return None
