"""core/ is Qt-free: importing it, or running the command line, loads no Qt module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "pyqtgraph")
REPORT = (f"import json, sys; print(json.dumps(sorted(m for m in sys.modules "
          f"if m.split('.')[0] in {QT!r})))")


def loaded_qt_modules(code: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", f"{code}\n{REPORT}"], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_the_report_sees_qt_when_it_is_loaded() -> None:
    assert "PySide6.QtCore" in loaded_qt_modules("import PySide6.QtCore")


def test_importing_core_loads_no_qt() -> None:
    code = "import guicalc.core, guicalc.core.parse, guicalc.core.analysis, guicalc.core.evaluate"
    assert loaded_qt_modules(code) == []


def test_every_core_module_loads_no_qt() -> None:
    code = ("import importlib, pkgutil, guicalc.core\n"
            "for m in pkgutil.iter_modules(guicalc.core.__path__, 'guicalc.core.'):\n"
            "    importlib.import_module(m.name)\n"
            "assert 'guicalc.core.difference' in sys.modules")
    assert loaded_qt_modules(f"import sys\n{code}") == []


def test_command_line_loads_no_qt() -> None:
    code = ("import contextlib, io\n"
            "from guicalc import cli\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    assert cli.main(['derive', '3x^2 - 4x', '--at', '1']) == 0\n"
            "    assert cli.main(['gradient', 'x0^2 + x1^2', '--at', 'x0=-1,x1=2']) == 0")
    assert loaded_qt_modules(code) == []
