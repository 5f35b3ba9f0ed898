"""Autosave and crash recovery, Qt-free.

Each running guicalc has a random session id and keeps, in the user's data folder,
its document in ``autosave-<id>.guicalc`` beside ``autosave-<id>.lock``, which it
holds locked (``flock``) while it runs. The kernel drops the lock when the process
ends, however it ends, so an autosave whose lock can be taken belongs to a session
that is gone. Not PIDs: a sandbox (Flatpak, bubblewrap) starts every launch with the
same PID in a fresh namespace, where a dead session's PID is alive again.

Nothing is deleted that the user has not seen: ``recoverable()`` claims (locks) every
orphaned autosave, newest first, and each is then restored (``start(adopt=...)``),
kept for the next start (``release``), or discarded by an explicit choice
(``discard``). A clean exit (``finish()``) removes the session's own files only.

An unwritable folder (a read-only mount, a full disk) is not fatal: ``start`` falls
back to a folder in the temporary directory, and without one the session runs with
autosave off (``problem`` says why, once).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from guicalc.core.document import Document
from guicalc.core.workspace import SUFFIX, save

PREFIX = "autosave-"
LOCK_SUFFIX = ".lock"


def default_directory() -> Path:
    return Path(platformdirs.user_data_dir("guicalc"))


def fallback_directory() -> Path:
    """Where autosaves go when the data folder cannot be written (one folder per user)."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    return Path(tempfile.gettempdir()) / f"guicalc-autosave-{user}"


def try_lock(path: Path) -> int | None:
    """An open descriptor holding an exclusive lock on ``path`` (created if missing), or None
    if another process (or another session of this one) holds it or it cannot be opened."""
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None
    try:
        if os.name == "posix":
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # per open file: sessions of one process too
        else:  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
    except OSError:
        os.close(descriptor)
        return None
    return descriptor


@dataclass
class Recovery:
    """The autosave of a session that ended without a clean exit, locked by this one until decided."""

    path: Path
    saved_at: float
    """When it was last written, in seconds since the epoch."""
    lock: int | None = field(default=None, compare=False, repr=False)

    @property
    def lock_path(self) -> Path:
        return self.path.with_suffix(LOCK_SUFFIX)

    def release(self) -> None:
        """Keep it for the next start (the user said "not now")."""
        if self.lock is not None:
            os.close(self.lock)
            self.lock = None

    def discard(self) -> None:
        """Delete it: only on the user's explicit choice."""
        self.path.unlink(missing_ok=True)
        self.lock_path.unlink(missing_ok=True)
        self.release()


class Autosave:
    """This session's autosave and lock, and the crashed sessions found beside them."""

    def __init__(self, directory: str | os.PathLike | None = None, *, session: str | None = None,
                 fallback: str | os.PathLike | None = None) -> None:
        self.directory = default_directory() if directory is None else Path(directory)
        self.fallback = fallback_directory() if fallback is None else Path(fallback)
        self.session = session or secrets.token_hex(8)
        self._lock: int | None = None
        self.problem: str | None = None
        """Why autosave is off or moved to the fallback folder; None when all is well."""

    @property
    def path(self) -> Path:
        return self.directory / f"{PREFIX}{self.session}{SUFFIX}"

    @property
    def lock_path(self) -> Path:
        return self.path.with_suffix(LOCK_SUFFIX)

    @property
    def active(self) -> bool:
        return self._lock is not None

    def recoverable(self) -> list[Recovery]:
        """Every autosave no running session holds, newest first, claimed by this session
        (so a second window starting now does not offer the same ones)."""
        found = []
        for folder in dict.fromkeys((self.directory, self.fallback)):
            with contextlib.suppress(OSError):
                for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
                    if path == self.path or not path.is_file():
                        continue
                    lock = try_lock(path.with_suffix(LOCK_SUFFIX))
                    if lock is None:
                        continue  # a running session's, or one another window is offering
                    try:
                        found.append(Recovery(path, path.stat().st_mtime, lock))
                    except OSError:
                        os.close(lock)
            self._sweep_locks(folder)
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    @staticmethod
    def _sweep_locks(folder: Path) -> None:
        """Remove the locks of sessions that ended before their first autosave (nothing to offer)."""
        with contextlib.suppress(OSError):
            for lock_path in folder.glob(f"{PREFIX}*{LOCK_SUFFIX}"):
                if lock_path.with_suffix(SUFFIX).exists():
                    continue
                lock = try_lock(lock_path)
                if lock is not None:
                    lock_path.unlink(missing_ok=True)
                    os.close(lock)

    def start(self, adopt: Recovery | None = None) -> bool:
        """Lock this session's files (in the fallback folder if the data folder is not
        writable); False with ``problem`` set when neither works.

        ``adopt``: the recovery the user restored; it becomes this session's autosave,
        so the restored work stays on disk until the next save.
        """
        for folder in (self.directory, self.fallback):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                lock = try_lock(folder / f"{PREFIX}{self.session}{LOCK_SUFFIX}")
                if lock is None:
                    raise PermissionError(f"cannot create a file in {folder}")
            except OSError as exc:
                self.problem = f"{folder}: {exc.strerror or exc}"
                continue
            if folder != self.directory:
                self.problem = f"{self.directory} is not writable; autosaving to {folder}"
            self.directory, self._lock = folder, lock
            break
        else:
            return False
        if adopt is not None:
            with contextlib.suppress(OSError):  # the restored work is in the window either way
                os.replace(adopt.path, self.path)
                adopt.lock_path.unlink(missing_ok=True)
            adopt.release()
        return True

    def save(self, document: Document) -> None:
        """Write the document atomically (WorkspaceError or OSError as ``workspace.save``)."""
        if self._lock is not None:
            save(self.path, document)

    def finish(self) -> None:
        """A clean exit: this session's work is saved or discarded, nothing is left to recover."""
        if self._lock is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
            self.lock_path.unlink(missing_ok=True)
        os.close(self._lock)
        self._lock = None

    def abandon(self) -> None:
        """End the session as a crash does: the lock goes, the files stay (for tests and the crash handler)."""
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
