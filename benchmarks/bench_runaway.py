"""Runaway symbolic work: what each step of a giant expression costs, where it runs.

Prints a table; asserts nothing. Run: ``python benchmarks/bench_runaway.py``.
The GUI-thread rows are what the window spends before the worker takes over; the
worker rows run in the child process (with the 2 s budget) and never block the window.
"""

from __future__ import annotations

import time

import numpy as np

from guicalc.core import symbolic
from guicalc.core.analysis import USABLE_NODES, CurveAnalysis
from guicalc.core.parse import parse
from guicalc.core.worker import Worker

MARKS = {1: "′", 2: "″"}
CASES = {
    "149 sines": "*".join(f"sin({k}x)" for k in range(1, 150)),
    "sin nested 90": "sin(" * 90 + "x" + ")" * 90,
}


def _timed(action, *args: object) -> tuple[object, float]:
    started = time.perf_counter()
    result = action(*args)
    return result, time.perf_counter() - started


def _in_worker(worker: Worker, expr: object, order: int) -> tuple[str, float]:
    job = worker.submit(order, symbolic.bounded_derivative, expr, "x", order, USABLE_NODES)
    while not worker.poll():
        time.sleep(0.005)
    if job.timed_out:
        return "stopped", job.seconds
    return ("usable" if job.result[0] is not None else f"> {USABLE_NODES} nodes"), job.seconds


def main() -> None:
    worker = Worker(preload=("guicalc.core.symbolic",))
    worker.start()
    while not worker.ready:
        worker.poll()
        time.sleep(0.01)
    xs = np.linspace(-1.0, 3.0, 2000)
    print(f"{'case':<14} {'step':<34} {'where':<8} {'ms':>8}  result")
    for name, text in CASES.items():
        parsed, seconds = _timed(parse, text)  # the first time: not remembered yet
        rows = [("parse", "window", seconds, f"{len(text)} characters")]
        analysis = CurveAnalysis(parsed, "x")
        for order in (1, 2):
            analysis.outstanding(order)
            analysis.settle(order, None, "numerical")
            _, seconds = _timed(analysis.sample, -1.0, 3.0, 2000, order)
            rows.append((f"sample f{MARKS[order]} numerically (2000 pts)", "window", seconds, ""))
        _, seconds = _timed(analysis.values, xs, 0)
        rows.append(("evaluate f (2000 pts)", "window", seconds, ""))
        _, seconds = _timed(analysis.tangent, 1.0)
        rows.append(("tangent at x = 1", "window", seconds, ""))
        for order in (1, 2):
            outcome, seconds = _in_worker(worker, parsed.expr, order)
            rows.append((f"f{MARKS[order]} symbolically", "worker", seconds, outcome))
        for step, where, seconds, result in rows:
            print(f"{name:<14} {step:<34} {where:<8} {seconds * 1000:8.0f}  {result}")
    worker.close()


if __name__ == "__main__":
    main()
