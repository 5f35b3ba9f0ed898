"""The symbolic worker process: answers, failures, the budget, superseded jobs, closing."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from guicalc.core import symbolic
from guicalc.core.parse import parse
from guicalc.core.worker import Job, Worker


def _wait(worker: Worker, count: int, limit: float = 60.0) -> list[Job]:
    ended: list[Job] = []
    deadline = time.monotonic() + limit
    while len(ended) < count and time.monotonic() < deadline:
        ended.extend(worker.poll())
        time.sleep(0.01)
    return ended


def _poll_until(worker: Worker, done, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not done():
        assert time.monotonic() < deadline
        assert worker.poll() == []
        time.sleep(0.01)


@pytest.fixture
def worker():
    worker = Worker(budget=2.0, preload=("guicalc.core.symbolic",))
    yield worker
    worker.close()


def test_a_job_comes_back_with_its_result(worker):
    job = worker.submit("f1", symbolic.bounded_derivative, parse("3x^2 - 4x").expr, "x", 1, 1500)
    (ended,) = _wait(worker, 1)
    assert ended is job and job.error is None and not job.timed_out
    assert symbolic.to_text(job.result[0]) == "6x - 4"
    assert not worker.busy


def test_a_failure_comes_back_as_the_childs_traceback(worker):
    worker.submit("sqrt", math.sqrt, -1.0)
    (job,) = _wait(worker, 1)
    assert job.result is None and "ValueError: math domain error" in job.error


def test_a_runaway_job_is_killed_at_the_budget_and_the_worker_starts_again(worker):
    sines = parse("*".join(f"sin({k}x)" for k in range(1, 150))).expr
    worker.submit("f2", symbolic.bounded_derivative, sines, "x", 2, 1500)  # minutes of sympy
    first = worker.pid
    (job,) = _wait(worker, 1)
    assert job.timed_out and job.error == "stopped after 2 s"
    assert 2.0 <= job.seconds < 3.0
    print(f"\nf″ of 149 sines stopped after {job.seconds * 1000:.0f} ms")
    assert worker.restarts == 1 and worker.pid != first
    _poll_until(worker, lambda: not Path(f"/proc/{first}").exists())  # killed and reaped
    worker.submit("again", math.factorial, 5)  # the fresh process works
    (again,) = _wait(worker, 1)
    assert again.result == 120


def test_a_newer_job_with_the_same_key_replaces_the_older(worker):
    worker.submit("f", time.sleep, 0.5)
    worker.submit("f", math.factorial, 3)  # waits: replaced by the next
    latest = worker.submit("f", math.factorial, 4)
    ended = _wait(worker, 1)
    assert ended == [latest] and latest.result == 24


def test_close_kills_a_busy_worker(worker):
    job = worker.submit("sleep", time.sleep, 60)
    _poll_until(worker, lambda: job.started is not None)
    pid = worker.pid
    worker.close()
    assert worker.pid is None and not worker.busy
    assert not Path(f"/proc/{pid}").exists()


def test_a_worker_that_cannot_start_fails_its_jobs_instead_of_restarting_forever():
    broken = Worker(preload=("guicalc.no_such_module",))
    try:
        broken.submit("f1", math.factorial, 3)
        (job,) = _wait(broken, 1)
        assert job.error == "the symbolic worker stopped unexpectedly"
        assert broken.pid is None and not broken.busy
    finally:
        broken.close()


PARENT = """
import os, time
from guicalc.core.worker import Worker
if __name__ == "__main__":
    worker = Worker()
    job = worker.submit("sleep", time.sleep, 60)
    while job.started is None:
        worker.poll()
        time.sleep(0.01)
    print(worker.pid, flush=True)
    os._exit(1)  # a crash: nobody closes the worker
"""


def test_the_worker_exits_when_the_application_dies(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)
    child = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10
    while Path(f"/proc/{child}").exists() and "Z" not in _state(child):
        assert time.monotonic() < deadline, "the worker outlived its parent"
        time.sleep(0.05)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return "Z"
