"""Bounded work for the headless commands: a time budget, size limits, and quiet pipes.

Every command runs under a budget (``--timeout``, default 10 s) and ends with one line on
stderr and a documented exit status when it cannot finish:

====  =================================================================
0     done
2     bad input (the line names the problem)
3     over the time budget (``--timeout S``; 0 means no budget)
4     too large: more variables or pixels than the limits, or out of memory
141   the reader of stdout went away (``| head``): quietly, as ``cat`` does
====  =================================================================

The budget is a ``SIGALRM`` that raises in the command's thread (it interrupts sympy
between bytecodes); a process started from the shell also has a watchdog thread that
ends it two seconds later if a single C call would not let the alarm through.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence

from guicalc.cli_input import TooLargeError

EXIT_TIMEOUT = 3
EXIT_TOO_LARGE = 4
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a killed writer
DEFAULT_TIMEOUT = 10.0
MAX_TIMEOUT = 24 * 3600.0
GRACE = 2.0
"""Seconds the watchdog waits after the budget for the alarm to take effect."""
NUMBER_OPTIONS = ("--at", "--seed", "--direction")
_NEGATIVE = re.compile(r"-(\d|\.\d|inf|nan)", re.IGNORECASE)


class OverBudget(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` in a library eats it."""


def seconds(text: str) -> float:
    """``--timeout``: seconds from 0 (no budget) to a day."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 <= value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"give --timeout from 0 (no limit) to {MAX_TIMEOUT:.0f} seconds")
    return value


def add_timeout(sub: argparse._SubParsersAction) -> None:
    """``--timeout`` on every command."""
    for parser in sub.choices.values():
        parser.add_argument("--timeout", type=seconds, default=DEFAULT_TIMEOUT, metavar="S",
                            help=f"stop after S seconds with exit status {EXIT_TIMEOUT} "
                                 f"(default {DEFAULT_TIMEOUT:g}; 0: no limit)")


def joined_negative_numbers(argv: Sequence[str]) -> list[str]:
    """``--at -1,2`` as ``--at=-1,2``: argparse takes a value starting with ``-`` for an option."""
    out: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        if items[i] in NUMBER_OPTIONS and i + 1 < len(items) and _NEGATIVE.match(items[i + 1]):
            out.append(f"{items[i]}={items[i + 1]}")
            i += 2
            continue
        out.append(items[i])
        i += 1
    return out


def run_bounded(command: Callable[[], int], timeout: float, *, hard: bool = False) -> int:
    """``command()`` under the budget; its status, or the status of the limit it met."""
    _tolerant_output()
    try:
        with _alarm(timeout), _watchdog(timeout if hard else 0):
            return command()
    except OverBudget:
        _say(f"stopped after {timeout:g} s (the time budget; give --timeout to change it)")
        return EXIT_TIMEOUT
    except TooLargeError as exc:
        _say(str(exc))
        return EXIT_TOO_LARGE
    except MemoryError:
        _say("out of memory: the task is too large")
        return EXIT_TOO_LARGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _say(line: str) -> None:
    with contextlib.suppress(OSError):
        print(f"guicalc: {line}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def _alarm(timeout: float) -> Iterator[None]:
    usable = timeout > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def ring(_signum: int, _frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _watchdog(timeout: float) -> Iterator[None]:
    """Ends the process if the alarm has not stopped the command ``GRACE`` seconds after the budget."""
    if timeout <= 0:
        yield
        return

    def expire() -> None:
        _say(f"stopped after {timeout:g} s (the time budget; give --timeout to change it)")
        os._exit(EXIT_TIMEOUT)

    timer = threading.Timer(timeout + GRACE, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _tolerant_output() -> None:
    """A file name or formula that the terminal's encoding cannot show is escaped, not a traceback."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """After a broken pipe, the interpreter's own flush at exit must not print a second traceback."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
