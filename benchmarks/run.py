"""Every benchmark in one command: ``python benchmarks/run.py`` (a few minutes, no prompt).

Starts its own Xvfb screen when there is no display (the 3D view needs GLX), then runs
``bench_start_up.py`` (guicalc against a bare PySide6 + pyqtgraph window, interleaved
launches, with the issue's targets) and every other ``bench_*.py``, each in its own
process with a time limit, so that one that hangs or fails is reported and the rest
still run. Each script measures its own reference in the same run and prints its
ratios; the summary at the end repeats every line that names a target. Exits 0 when
every script ran to its end. The machine is shared: the load average is printed with
the figures, and a second run is the way to tell noise from change.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREEN = "2560x1440x24"
# Script, its arguments (fewer repeats than its own default where that default takes
# minutes), its reference, and the most seconds it may take.
BENCHMARKS = [
    ("bench_start_up.py", ["5"], "a bare PySide6 + pyqtgraph window", 240),
    ("bench_curve.py", ["--quick"], "a bare pyqtgraph plot doing the same, through the event loop", 300),
    ("bench_two_variable.py", [], "a window that never opened the 3D view; the field seen without GL", 240),
    ("bench_race.py", ["150"], "the issue-18 target of 30 updates/s", 180),
    ("bench_export.py", ["1"], "the same figure taken from a hidden main window", 240),
    ("bench_runaway.py", [], "none: where each step of a giant expression runs", 180),
]
NOISE = ("propagateSizeHints",)  # Qt's xcb/offscreen chatter, not a figure


@contextlib.contextmanager
def display() -> Iterator[tuple[dict[str, str], str]]:
    """The environment for the benchmarks, with a virtual screen of our own if needed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE.parent), env.get("PYTHONPATH")) if p)
    if env.get("DISPLAY") or env.get("QT_QPA_PLATFORM") or not shutil.which("Xvfb"):
        if not env.get("DISPLAY") and not env.get("QT_QPA_PLATFORM"):
            env["QT_QPA_PLATFORM"] = "offscreen"  # no Xvfb: the 3D rows will say there is no OpenGL
        yield env, env.get("DISPLAY") or env["QT_QPA_PLATFORM"]
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "+extension", "GLX",
                               "+render", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as told:
            number = told.readline().strip()  # Xvfb writes its display number once it accepts clients
        if not number:
            raise RuntimeError("Xvfb did not start")
        env["DISPLAY"] = f":{number}"
        env.pop("WAYLAND_DISPLAY", None)
        yield env, f"Xvfb :{number} {SCREEN}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def run(script: str, args: list[str], env: dict[str, str], limit: int) -> tuple[bool, float, list[str]]:
    """Whether ``script`` ran to its end, its seconds, and the lines it printed."""
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, str(HERE / script), *args], env=env, capture_output=True,
                              text=True, timeout=limit, stdin=subprocess.DEVNULL, cwd=HERE.parent)
    except subprocess.TimeoutExpired as stopped:
        out = stopped.stdout or ""
        if isinstance(out, bytes):  # what it printed before it was stopped comes undecoded
            out = out.decode(errors="replace")
        return False, time.perf_counter() - start, [*out.splitlines(), f"STOPPED: still running after {limit} s"]
    lines = [line for line in (done.stdout + done.stderr).splitlines() if not any(noise in line for noise in NOISE)]
    if done.returncode != 0:
        lines = [*lines[-25:], f"FAILED: exit code {done.returncode}"]
    return done.returncode == 0, time.perf_counter() - start, lines


def targets(lines: list[str]) -> list[str]:
    """The lines that name a target; a table's header that does (without saying "met")
    comes with its rows, down to the next empty line."""
    found, in_table = [], False
    for line in lines:
        if "target" in line:
            found.append(line.strip())
            in_table = "met" not in line
        elif in_table and line.strip():
            found.append(f"  {line.strip()}")
        else:
            in_table = False
    return found


def main() -> int:
    started = time.perf_counter()
    summary: list[str] = []
    failed: list[str] = []
    with display() as (env, screen):
        print(f"guicalc benchmarks: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
              f"Python {sys.version.split()[0]}, screen {screen}", flush=True)
        for script, args, reference, limit in BENCHMARKS:
            print(f"\n== {script} {' '.join(args)}  (reference: {reference})", flush=True)
            ok, seconds, lines = run(script, args, env, limit)
            for line in lines:
                print(f"   {line}" if line.strip() else "")
            print(f"   [{seconds:.0f} s, load average {os.getloadavg()[0]:.1f}]", flush=True)
            summary += [f"{script}: {line}" for line in targets(lines)]
            if not ok:
                failed.append(script)
    print("\n== summary")
    for line in summary:
        print(f"   {line}")
    print(f"   {len(BENCHMARKS) - len(failed)} of {len(BENCHMARKS)} benchmarks ran to their end"
          + (f"; failed or stopped: {', '.join(failed)}" if failed else "")
          + f"; {time.perf_counter() - started:.0f} s in all")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
