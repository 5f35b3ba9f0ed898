"""A child process for symbolic work that may never finish: past its budget it is killed.

sympy holds the GIL and a Python thread cannot be stopped, so a derivative of a giant
product (minutes of ``diff``) would freeze the window. Such jobs run here instead, one
at a time, each with a time budget; a job that overruns kills the process and a fresh
one is started. The process is spawned, not forked (the parent runs Qt's threads), and
its results come back pickled from our own child: no user text is ever unpickled or
evaluated. Nothing here blocks: the owner calls :meth:`Worker.poll` (a Qt timer does).
"""

from __future__ import annotations

import importlib
import itertools
import multiprocessing
import os
import threading
import time
import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

BUDGET = 2.0
"""Seconds a job may run before the process is killed."""
START_LIMIT = 60.0
"""Seconds a new process may take to import its modules (a loaded machine, a cold disk)."""


@dataclass
class Job:
    """One call of a module-level function in the child, and how it ended."""

    key: Hashable
    """What the result is for; a newer job with the same key makes this one obsolete."""
    function: Callable[..., Any]
    args: tuple[Any, ...]
    id: int = 0
    started: float | None = None
    """``time.monotonic()`` when the child was given the job."""
    finished: float | None = None
    result: Any = None
    error: str | None = None
    """The child's traceback, or why the job was stopped."""
    timed_out: bool = False

    @property
    def seconds(self) -> float:
        """How long the job ran (or has run so far) in the child."""
        if self.started is None:
            return 0.0
        return (self.finished or time.monotonic()) - self.started


class Worker:
    """Runs :class:`Job` s in one spawned child process, each within ``budget`` seconds.

    The process starts on :meth:`start` or with the first job; :meth:`poll` collects
    results, enforces the budget (kill, then a fresh process) and hands out the next
    job. :meth:`close` ends the process; nothing outlives the parent (the child also
    exits on its own when the parent dies).
    """

    def __init__(self, budget: float = BUDGET, preload: tuple[str, ...] = ()) -> None:
        self.budget = budget
        self.preload = preload
        self.restarts = 0
        """Processes killed for overrunning their budget."""
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self._ready = False
        self._spawned = 0.0
        self._queue: dict[Hashable, Job] = {}
        self._running: Job | None = None
        self._dying: list[multiprocessing.process.BaseProcess] = []  # killed, not yet reaped
        self._obsolete: set[int] = set()
        self._ids = itertools.count(1)

    # -- the process ---------------------------------------------------------------------
    def start(self) -> None:
        """Start the child now (it imports ``preload`` and then waits for jobs)."""
        if self._process is not None:
            return
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(target=serve, args=(child_end, self.preload),
                                        name="guicalc-symbolic", daemon=True)
        process.start()
        child_end.close()
        self._process, self._connection = process, parent_end
        self._ready = False
        self._spawned = time.monotonic()

    @property
    def pid(self) -> int | None:
        """The child's process id, None when there is none."""
        return self._process.pid if self._process is not None else None

    @property
    def ready(self) -> bool:
        """True once the child has imported its modules and waits for jobs."""
        return self._ready

    @property
    def busy(self) -> bool:
        """True while a job runs or waits (or a killed process is to be reaped): the owner
        should keep polling."""
        return self._running is not None or bool(self._queue) or bool(self._dying)

    def close(self) -> None:
        """End the child (killed: it may be in the middle of a job) and drop all jobs."""
        self._queue.clear()
        self._running = None
        self._stop_process()
        for process in self._dying:
            process.join(5)  # SIGKILL cannot be refused: this is the kernel's cleaning up
        self._reap()

    def _stop_process(self) -> None:
        process, connection = self._process, self._connection
        self._process = self._connection = None
        self._ready = False
        if connection is not None:
            connection.close()
        if process is not None:
            process.kill()
            self._dying.append(process)

    def _reap(self) -> None:
        """Collect killed children without waiting (``poll`` must return at once)."""
        for process in list(self._dying):
            if process.exitcode is not None:  # waitpid without blocking
                process.close()
                self._dying.remove(process)

    # -- jobs ----------------------------------------------------------------------------
    def submit(self, key: Hashable, function: Callable[..., Any], *args: Any) -> Job:
        """Queue ``function(*args)`` for the child; it replaces a waiting job with the same
        key, and a running one with that key is left to finish but its result dropped."""
        job = Job(key, function, args, next(self._ids))
        self._queue.pop(key, None)
        if self._running is not None and self._running.key == key:
            self._obsolete.add(self._running.id)
        self._queue[key] = job
        self.start()
        self._dispatch()
        return job

    def poll(self) -> list[Job]:
        """Jobs that ended since the last call (done, failed or stopped at the budget)."""
        ended: list[Job] = []
        connection = self._connection
        try:
            while connection is not None and connection.poll():
                message = connection.recv()
                if message == "ready":
                    self._ready = True
                elif self._running is not None and message[0] == self._running.id:
                    job, self._running = self._running, None
                    job.finished = time.monotonic()
                    ok, payload = message[1], message[2]
                    job.result, job.error = (payload, None) if ok else (None, payload)
                    ended.append(job)
        except (EOFError, OSError):  # the child died (out of memory, killed from outside)
            ended.extend(self._restart("the symbolic worker stopped unexpectedly"))
        ended.extend(self._enforce_limits())
        self._reap()
        self._dispatch()
        current = [job for job in ended if job.id not in self._obsolete]
        self._obsolete.difference_update(job.id for job in ended)
        return current

    def _enforce_limits(self) -> list[Job]:
        now = time.monotonic()
        job = self._running
        if job is not None and job.started is not None and now - job.started > self.budget:
            job.timed_out = True
            return self._restart(f"stopped after {self.budget:g} s")
        if self._process is not None and not self._ready and now - self._spawned > START_LIMIT:
            return self._restart(f"the symbolic worker did not start within {START_LIMIT:g} s")
        return []

    def _restart(self, reason: str) -> list[Job]:
        """Kill the child and end the running job with ``reason``. A fresh process is
        started at once (it needs a second to import sympy), unless this one never
        became ready: then the waiting jobs fail too, rather than spawning in a loop."""
        job, self._running = self._running, None
        started = self._ready
        self._stop_process()
        self.restarts += 1
        failed = [] if job is None else [job]
        if started:
            self.start()
        else:
            failed += self._queue.values()
            self._queue.clear()
        for failure in failed:
            failure.finished = time.monotonic()
            failure.error = reason
        return failed

    def _dispatch(self) -> None:
        if self._running is not None or not self._queue or not self._ready or self._connection is None:
            return
        key = next(iter(self._queue))
        job = self._queue.pop(key)
        job.started = time.monotonic()
        self._running = job
        try:
            self._connection.send((job.id, job.function, job.args))
        except OSError:  # the child has just died: the next poll sees it and says so
            pass


def serve(connection: Connection, preload: tuple[str, ...]) -> None:
    """The child's loop: import ``preload``, say ready, then run jobs until the pipe closes."""
    _exit_with_parent()
    for name in preload:
        importlib.import_module(name)
    connection.send("ready")
    while True:
        try:
            job_id, function, args = connection.recv()
        except (EOFError, OSError):
            return
        try:
            connection.send((job_id, True, function(*args)))
        except Exception:  # reported to the parent, which decides what to show
            connection.send((job_id, False, traceback.format_exc()))


def _exit_with_parent() -> None:
    """A daemon thread that ends this process when the parent dies, even mid-job
    (sympy releases the GIL every few milliseconds, so the thread gets to run)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
