"""Traps proving that no text given to guicalc runs as code (the ``no_code_runs`` fixture)."""

from __future__ import annotations

import builtins
import contextlib
import importlib.util
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

# Modules through which typed text could reach the system. They are all loaded
# already, so "not yet in sys.modules" alone would not catch __import__('os').
DANGEROUS = {"os", "posix", "subprocess", "pty", "socket", "ctypes", "importlib", "runpy",
             "pickle", "marshal", "code", "codeop", "builtins"}


def _warm_up() -> None:
    """Run every code path once, so that sympy's and numpy's lazy imports are done."""
    from guicalc import cli
    from guicalc.core.analysis import CurveAnalysis
    from guicalc.core.difference import METHODS, DifferenceQuotient
    from guicalc.core.gradient import numeric_gradient
    from guicalc.core.parse import ParseError, parse

    for text in ("3x^2 - 4x", "sigmoid(x) + ln x + |x| + floor(x) + sign(x) + relu(x)", "x^x", "tan x"):
        analysis = CurveAnalysis(parse(text), "x")
        analysis.tangent(1.5)
        analysis.limit_table(1.5, "forward", "float16", 3)
        analysis.sample(-3, 3, 50, order=2)
        for method in METHODS:
            DifferenceQuotient(analysis.expr, "x", method).best(1.5)
    numeric_gradient(parse("3x1^2 + 5e^x2").expr, ["x1", "x2"], np.array([1.0, 0.0]))
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        cli.main(["derive", "3x^2 - 4x", "--at", "1", "--json"])
        cli.main(["gradient", "x0^2 + x1^2", "--at", "x0=-1,x1=2"])
        cli.main(["derive", "().__class__", "--at", "1"])
    try:
        parse("__import__('os')")
    except ParseError:
        pass


@pytest.fixture
def no_code_runs(monkeypatch: pytest.MonkeyPatch,
                 tmp_path: Path) -> Callable[[], contextlib.AbstractContextManager[list[str]]]:
    """A context manager under which eval, exec, compile, open, os.system, subprocess and
    unusual imports are traps, with ``tmp_path`` as the working directory.

    A trap records its call and raises; leaving the block fails if any was sprung, even
    if the code under test swallowed the exception. The traps are gone again before
    pytest reports, which compiles code itself.
    """
    _warm_up()
    monkeypatch.chdir(tmp_path)

    @contextlib.contextmanager
    def traps() -> Iterator[list[str]]:
        sprung: list[str] = []
        real_import = builtins.__import__

        def trap(name: str) -> Callable[..., object]:
            def sprung_trap(*args: object, **kwargs: object) -> object:
                sprung.append(f"{name}{args!r:.80}")
                raise AssertionError(f"{name} was called")

            return sprung_trap

        def guarded_import(name: str, globals: dict | None = None, locals: dict | None = None,
                           fromlist: tuple = (), level: int = 0) -> object:
            package = (globals or {}).get("__package__")
            absolute = importlib.util.resolve_name("." * level + name, package) if level else name
            if absolute.split(".")[0] in DANGEROUS or absolute not in sys.modules:
                return trap(f"import {absolute}")()
            return real_import(name, globals, locals, fromlist, level)

        with pytest.MonkeyPatch.context() as patch:
            for name in ("eval", "exec", "compile", "open", "breakpoint"):
                patch.setattr(builtins, name, trap(name))
            patch.setattr(builtins, "__import__", guarded_import)
            patch.setattr(os, "system", trap("os.system"))
            patch.setattr(os, "popen", trap("os.popen"))
            patch.setattr(subprocess, "Popen", trap("subprocess.Popen"))
            yield sprung
        assert sprung == [], f"code ran: {sprung}"

    return traps
