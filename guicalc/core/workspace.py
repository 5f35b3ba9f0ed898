"""The ``.guicalc`` workspace file: a Document as versioned JSON, read as hostile input.

A file is ``{"format": "guicalc", "version": 1, "document": {<section>: ...}}``. A
section is the functions, the parameters, the view (``SECTIONS``: ``to_dict`` and a
validating ``from_dict``), or one view kind's state (its ``fields``, each with the
reader in guicalc.core.readers that checks it). A section missing from a file keeps its
default and a section this version does not know is ignored, so adding a section
needs no new version; the version rises only when a section changes meaning.

Nothing in a file runs: expressions stay text until guicalc.core.parse reads them.
Sizes are bounded before they cost anything, and a Document is built only once the
whole file has passed, so a refused file changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from psygnal.containers import EventedList

from guicalc.core.curve_state import CURVE_FIELDS
from guicalc.core.document import THEMES, Document, FunctionState, ParameterState, ViewState
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import (
    MAX_ENTRIES,
    Reader,
    WorkspaceError,
    boolean,
    choice,
    color,
    dump_fields,
    expect_list,
    expect_object,
    integer,
    name,
    number,
    read_fields,
    short,
    text,
)
from guicalc.core.two_variable_state import TWO_VARIABLE_FIELDS
from guicalc.core.view_kinds import ViewKind, view_kinds

__all__ = ["CURVE_FIELDS", "TWO_VARIABLE_FIELDS", "WorkspaceError"]  # the sections' readers live with their states

FORMAT = "guicalc"
FORMAT_VERSION = 1
SUFFIX = ".guicalc"
MAX_FILE_SIZE = 5_000_000
"""Bytes. A lesson takes a few kilobytes; the limit refuses a hostile file before reading it."""
MAX_NESTING = 32
MAX_DIGITS = 100
MAX_FUNCTIONS = 50
MAX_PARAMETERS = MAX_ENTRIES


def _tab(value: object, where: str) -> str:
    """The name of a registered view kind (read when the file is, so a kind added later counts)."""
    return choice(kind.name for kind in view_kinds())(value, where)


FUNCTION_FIELDS: dict[str, Reader] = {"text": text, "color": color, "visible": boolean}
PARAMETER_LIMIT = 1e6
"""The parameter spin boxes' limits: a file holds nothing the panel could not show."""
PARAMETER_FIELDS: dict[str, Reader] = {key: number(low=-PARAMETER_LIMIT, high=PARAMETER_LIMIT)
                                       for key in ("value", "minimum", "maximum")}
VIEW_FIELDS: dict[str, Reader] = {"tab": _tab, "theme": lambda value, where: (
    None if value is None else choice(THEMES)(value, where))}


def _section(state_type: type, readers: Mapping[str, Reader]) -> Section:
    """A section that is one evented state object, field by field."""
    return Section(lambda state: dump_fields(state, readers),
                   lambda value, where: state_type(**read_fields(value, where, readers)))


def _functions_to_dict(functions: Iterable[FunctionState]) -> list[dict[str, object]]:
    return [dump_fields(f, FUNCTION_FIELDS) for f in functions]


def _functions_from_dict(value: object, where: str) -> EventedList:
    items = expect_list(value, where, MAX_FUNCTIONS)
    if not items:  # the window always has a row to type in
        raise WorkspaceError(QT_TRANSLATE_NOOP("workspace", "{where} is empty: a lesson has at least one function")
                             .format(where=where))
    return EventedList([FunctionState(**read_fields(item, f"{where}[{i}]", FUNCTION_FIELDS))
                        for i, item in enumerate(items)])


def _parameters_to_dict(parameters: Mapping[str, ParameterState]) -> dict[str, dict[str, object]]:
    return {key: dump_fields(p, PARAMETER_FIELDS) for key, p in parameters.items()}


def _parameters_from_dict(value: object, where: str) -> dict[str, ParameterState]:
    entries = expect_object(value, where)
    if len(entries) > MAX_PARAMETERS:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "{where} has {count} entries; the limit is {limit}").format(
                where=where, count=len(entries), limit=MAX_PARAMETERS))
    parameters = {}
    for key, entry in entries.items():
        key = name(key, f"a name in {where}")
        parameters[key] = ParameterState(key, **read_fields(entry, f"{where}.{key}", PARAMETER_FIELDS))
    return parameters


@dataclass(frozen=True)
class Section:
    """One attribute of Document as JSON: ``to_dict`` writes it, ``from_dict`` checks and rebuilds it."""

    to_dict: Callable[[object], object]
    from_dict: Reader


SECTIONS: dict[str, Section] = {
    "functions": Section(_functions_to_dict, _functions_from_dict),
    "parameters": Section(_parameters_to_dict, _parameters_from_dict),
    "view": _section(ViewState, VIEW_FIELDS),
}
"""The Document's own sections, keyed by its attribute; each view kind brings its own
(``ViewKind.section`` and ``ViewKind.fields``, see guicalc.core.view_kinds)."""


def _kind_section(kind: ViewKind) -> Section:
    return _section(kind.state, kind.fields)


def document_to_dict(document: Document) -> dict[str, object]:
    """The document as plain values, section by section: equal dicts mean equal documents."""
    data = {key: section.to_dict(getattr(document, key)) for key, section in SECTIONS.items()}
    data.update((kind.section, _kind_section(kind).to_dict(document.states[kind.name])) for kind in view_kinds())
    return data


def document_from_dict(value: object) -> Document:
    """A new Document once every section has passed; raises WorkspaceError naming the first fault.

    A section missing keeps its defaults: a lesson saved before a view kind existed loads."""
    sections = expect_object(value, "document")
    own = {key: s.from_dict(sections[key], key) for key, s in SECTIONS.items() if key in sections}
    states = {kind.name: _kind_section(kind).from_dict(sections[kind.section], kind.section)
              for kind in view_kinds() if kind.section in sections}
    return Document(**own, states=states)


def dumps(document: Document) -> str:
    """The file's text. A document that could not be read back is refused here, not at the next open."""
    try:
        clean = document_to_dict(document_from_dict(document_to_dict(document)))  # also plain floats and ints
    except WorkspaceError as err:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "cannot save: {reason}").format(reason=err.args[0])) from err
    envelope = {"format": FORMAT, "version": FORMAT_VERSION, "document": clean}
    return json.dumps(envelope, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def loads(text: str) -> Document:
    """A new Document from a file's text, or WorkspaceError naming what is wrong."""
    if len(text) > MAX_FILE_SIZE:
        raise WorkspaceError(_too_large(len(text)))
    if not text.strip():
        raise WorkspaceError(QT_TRANSLATE_NOOP("workspace", "the file is empty"))
    if _nesting(text) > MAX_NESTING:  # before json, whose recursion it would otherwise exhaust
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "the file is nested more than {limit} levels deep").format(limit=MAX_NESTING))
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float,
                          parse_int=_bounded_int, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as err:
        raise WorkspaceError(_syntax_message(text, err)) from None
    return document_from_dict(_unwrap(data))


def _unwrap(data: object) -> object:
    """The document inside the envelope, once format and version say this guicalc can read it."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", 'this is not a guicalc workspace (it lacks "format": "guicalc")'))
    if "version" not in data:
        raise WorkspaceError(QT_TRANSLATE_NOOP("workspace", "the file does not say its format version"))
    version = integer(1, 2**31)(data["version"], "version")
    if version > FORMAT_VERSION:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "this file was written by a newer guicalc (format {version}); "
                "this version reads format {supported}").format(version=version, supported=FORMAT_VERSION))
    if "document" not in data:
        raise WorkspaceError(QT_TRANSLATE_NOOP("workspace", "the file holds no document"))
    return data["document"]


# A string, or an unterminated one up to the end: it always matches, so it never backtracks
# and stays linear on hostile text (json refuses the unterminated string afterwards).
_STRING = re.compile(r'"[^"\\]*(?:\\.?[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _nesting(text: str) -> int:
    """The deepest nesting of [ and { outside strings, without recursion."""
    brackets = np.frombuffer(_NOT_BRACKET.sub("", _STRING.sub("", text)).encode("ascii"), np.uint8)
    steps = np.where((brackets == ord("[")) | (brackets == ord("{")), 1, -1)
    return int(np.cumsum(steps).max(initial=0))


def _refuse_constant(constant: str) -> float:
    raise WorkspaceError(QT_TRANSLATE_NOOP(
        "workspace", "the file holds {constant}: every number must be finite").format(constant=constant))


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "the number {number} is too large").format(number=short(literal)))
    return value


def _bounded_int(literal: str) -> int:
    if len(literal) > MAX_DIGITS:  # int() of a huge literal costs time and is refused by Python anyway
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "a whole number of {digits} digits is too long").format(digits=len(literal)))
    return int(literal)


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """json keeps the last of two equal keys silently; a file meaning two things is refused."""
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen:
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "workspace", "the key {key} appears twice in one object").format(key=short(key)))
        seen[key] = value
    return seen


PARTIAL_TOKEN = re.compile(r"-[0-9.eE+-]*|t(r(ue?)?)?|f(a(l(se?)?)?)?|n(u(ll?)?)?")


def _syntax_message(text: str, err: json.JSONDecodeError) -> Message:
    rest = text[err.pos:].strip()
    # Cut inside a number or a literal ("value": -), the parser stops at its start.
    partial = err.msg.startswith("Expecting value") and PARTIAL_TOKEN.fullmatch(rest)
    if not rest or partial or err.msg.startswith("Unterminated string"):
        return QT_TRANSLATE_NOOP(
            "workspace", "the file ends too early (line {line}): it is truncated or incomplete").format(
            line=text.count(chr(10)) + 1)
    return QT_TRANSLATE_NOOP("workspace", "line {line}, column {column}: this is not valid JSON ({reason})").format(
        line=err.lineno, column=err.colno, reason=err.msg)


def _too_large(size: int) -> Message:
    return QT_TRANSLATE_NOOP("workspace", "the file is {size:,.1f} MB; a workspace is at most {limit:g} MB").format(
        size=size / 1e6, limit=MAX_FILE_SIZE / 1e6)


def load(path: str | os.PathLike) -> Document:
    """Read a workspace file; WorkspaceError for anything missing, unreadable, too large or invalid."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise WorkspaceError(QT_TRANSLATE_NOOP("workspace", "this is not a regular file"))
        if info.st_size > MAX_FILE_SIZE:
            raise WorkspaceError(_too_large(info.st_size))
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_SIZE + 1)  # the file may have grown since the stat
    except OSError as err:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "cannot read the file: {reason}").format(reason=err.strerror or str(err))) from err
    if len(data) > MAX_FILE_SIZE:
        raise WorkspaceError(_too_large(len(data)))
    try:
        return loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "this is not UTF-8 text (byte {byte})").format(byte=err.start)) from None


def save(path: str | os.PathLike, document: Document) -> None:
    """Write atomically: if anything fails on the way, the previous file is still whole.

    Raises WorkspaceError for a document that could not be read back, OSError if writing fails.
    """
    write_atomically(path, dumps(document).encode("utf-8"))


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` by ``data`` at once: a synced temporary file beside it, renamed over it.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    """
    target = Path(os.path.realpath(path))  # through a symlink, update the file it points to
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(FileNotFoundError):  # keep the permissions of the file it replaces
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
