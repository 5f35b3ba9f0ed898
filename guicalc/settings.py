"""The user's settings (theme, language, recent files) in a JSON file of our own.

Not QSettings: PySide6 stores Python objects there as pickles and unpickles them on
read, so a ``guicalc.conf`` could run code at every start. This file holds plain JSON,
is read with the lesson file's bounds, and each value is checked by the reader its
caller gives (guicalc.core.readers); a missing, broken or invalid value means the
default, with a note, never a crash. The old ``guicalc.conf`` is never read.

``{"format": "guicalc-settings", "version": 1, "theme": "dark", ...}`` in
``settings.json`` of the user's configuration folder (``GUICALC_CONFIG_DIR`` moves it:
the tests do). Writes are atomic, as lessons are.
"""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path
from typing import TypeVar

import platformdirs

from guicalc.core.readers import Reader, WorkspaceError
from guicalc.core.workspace import write_atomically

FORMAT = "guicalc-settings"
VERSION = 1
FILE_NAME = "settings.json"
MAX_SIZE = 64_000
"""Bytes: a few names and eight paths; anything larger is not ours."""
ENVIRONMENT = "GUICALC_CONFIG_DIR"

T = TypeVar("T")

notes: list[str] = []
"""What was ignored and why, once per key and reason (the window shows the first in its status line)."""


def path() -> Path:
    """Where the settings are: ``$GUICALC_CONFIG_DIR/settings.json`` or the platform's config folder."""
    folder = os.environ.get(ENVIRONMENT) or platformdirs.user_config_dir("guicalc", appauthor=False)
    return Path(folder) / FILE_NAME


def value(key: str, reader: Reader, default: T) -> T:
    """The setting ``key`` as ``reader`` accepts it, or ``default`` (with a note) if absent or invalid."""
    stored = _read()
    if key not in stored:
        return default
    try:
        return reader(stored[key], key)
    except WorkspaceError as exc:
        _note(f"{key}: {exc}; the default is used")
        return default


def set_value(key: str, new: object) -> bool:
    """Store ``key`` (a JSON value); False with a note when the file cannot be written."""
    stored = _read()
    stored[key] = new
    return _write(stored)


def remove(key: str) -> bool:
    """Forget ``key``: its default applies again."""
    stored = _read()
    return _write(stored) if stored.pop(key, None) is not None else True


def _write(stored: dict[str, object]) -> bool:
    data = {"format": FORMAT, "version": VERSION, **stored}
    try:
        target = path()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    except (OSError, ValueError) as exc:
        _note(f"cannot write the settings: {exc}")
        return False
    return True


def _read() -> dict[str, object]:
    """The stored keys; {} for a missing, unreadable, oversized, malformed or foreign file."""
    source = path()
    try:
        with open(source, "rb") as file:
            raw = file.read(MAX_SIZE + 1)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        _note(f"cannot read {source}: {exc.strerror or exc}")
        return {}
    if len(raw) > MAX_SIZE:
        _note(f"{source} is larger than {MAX_SIZE // 1000} kB; the defaults are used")
        return {}
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse, parse_float=_finite)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        _note(f"{source} is not valid JSON ({exc}); the defaults are used")
        return {}
    if not isinstance(data, dict) or data.get("format", FORMAT) != FORMAT:  # early files had no "format"
        _note(f"{source} is not a guicalc settings file; the defaults are used")
        return {}
    return {k: v for k, v in data.items() if k not in ("format", "version")}


def _refuse(constant: str) -> float:
    raise ValueError(f"{constant} is not a number")


def _finite(literal: str) -> float:
    number = float(literal)
    if not math.isfinite(number):
        raise ValueError(f"{literal} is too large")
    return number


def _note(text: str) -> None:
    if text not in notes:
        notes.append(text)
        print(f"guicalc: settings: {text}", file=sys.stderr)
