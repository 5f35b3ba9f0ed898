"""The ``.guicalc`` workspace file: a Document as versioned JSON, read as hostile input.

A file is ``{"format": "guicalc", "version": 1, "document": {<section>: ...}}``. A
section is one attribute of Document with a pair of functions in ``SECTIONS``:
``to_dict`` and a validating ``from_dict``. A section missing from a file keeps its
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
import numbers
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from psygnal.containers import EventedList

from guicalc.core.difference import DTYPES, METHODS
from guicalc.core.document import (
    TABS,
    THEMES,
    CurveState,
    Document,
    FunctionState,
    GraphState,
    ParameterState,
    ViewState,
)
from guicalc.core.lab_state import JACOBIAN_MODES, PAGES, LabState
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.parse import MAX_LENGTH
from guicalc.core.two_variable_state import BOUNDS, COORDINATE_LIMIT, TwoVariableState

FORMAT = "guicalc"
FORMAT_VERSION = 1
SUFFIX = ".guicalc"
MAX_FILE_SIZE = 5_000_000
"""Bytes. A lesson takes a few kilobytes; the limit refuses a hostile file before reading it."""
MAX_NESTING = 32
MAX_DIGITS = 100
MAX_FUNCTIONS = 50
MAX_PARAMETERS = 100
MAX_NAME_LENGTH = 64
MAX_STEPS = 20
"""Rows of the limit table, as its spin box offers; a huge count would hang the table."""
LARGEST = 1e100
"""Bound on every coordinate, so that x₁ − x₀ and x ± h stay finite."""

Reader = Callable[[object, str], object]
"""Checks a JSON value found at a path (``curve.x``) and returns it as the model wants it."""


class WorkspaceError(ValueError):
    """A file guicalc refuses, or a document it cannot save, with a message for the user."""


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return QT_TRANSLATE_NOOP("workspace", "true or false")
    if isinstance(value, numbers.Number):
        return QT_TRANSLATE_NOOP("workspace", "a number")
    if isinstance(value, str):
        return QT_TRANSLATE_NOOP("workspace", "a string")
    if isinstance(value, list | tuple):
        return QT_TRANSLATE_NOOP("workspace", "a list")
    return QT_TRANSLATE_NOOP("workspace", "an object") if isinstance(value, dict) else type(value).__name__


def _expected(what: str, where: str, value: object) -> WorkspaceError:
    return WorkspaceError(QT_TRANSLATE_NOOP(
        "workspace", "expected {what} for {where}, got {kind}").format(what=what, where=where, kind=_kind(value)))


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "…")


def expect_object(value: object, where: str) -> dict:
    if not isinstance(value, dict):
        raise _expected(QT_TRANSLATE_NOOP("workspace", "an object"), where, value)
    return value


def expect_list(value: object, where: str, max_items: int) -> list | tuple:
    if not isinstance(value, list | tuple):
        raise _expected(QT_TRANSLATE_NOOP("workspace", "a list"), where, value)
    if len(value) > max_items:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "{where} has {count} entries; the limit is {limit}").format(
                where=where, count=len(value), limit=max_items))
    return value


def number(*, positive: bool = False, low: float = -LARGEST, high: float = LARGEST) -> Reader:
    """A finite float within ±LARGEST (and above 0 if ``positive``)."""

    def read(value: object, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise _expected(QT_TRANSLATE_NOOP("workspace", "a number"), where, value)
        x = math.inf if isinstance(value, numbers.Integral) and abs(int(value)) > LARGEST else float(value)
        if not abs(x) <= LARGEST:  # also NaN
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "workspace", "{where} must be a finite number within ±{limit:.0e}").format(where=where, limit=LARGEST))
        if positive and x <= 0:
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "workspace", "{where} must be positive, got {x:g}").format(where=where, x=x))
        if not low <= x <= high:
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "workspace", "{where} must be from {low:g} to {high:g}, got {x:g}").format(
                    where=where, low=low, high=high, x=x))
        return x

    return read


def integer(low: int, high: int) -> Reader:
    """A whole number from ``low`` to ``high``; 8.0 counts as 8."""

    def read(value: object, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise _expected(QT_TRANSLATE_NOOP("workspace", "a whole number"), where, value)
        if not isinstance(value, numbers.Integral) and not (math.isfinite(value) and float(value).is_integer()):
            raise _expected(QT_TRANSLATE_NOOP("workspace", "a whole number"), where, value)
        if not low <= value <= high:
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "workspace", "{where} must be from {low} to {high}, got {value}").format(
                    where=where, low=low, high=high, value=value))
        return int(value)

    return read


def boolean(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise _expected(QT_TRANSLATE_NOOP("workspace", "true or false"), where, value)
    return value


def text(value: object, where: str, max_length: int = MAX_LENGTH) -> str:
    """A string the parser would accept the length of, and that UTF-8 can encode."""
    if not isinstance(value, str):
        raise _expected(QT_TRANSLATE_NOOP("workspace", "a string"), where, value)
    if len(value) > max_length:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "{where} is {length} characters long; the limit is {limit}").format(
                where=where, length=len(value), limit=max_length))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate such as "\ud800": could never be saved again
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "{where} holds a character that is not valid Unicode").format(where=where)) from None
    return value


def name(value: object, where: str) -> str:
    """A symbol name as the parser makes them: x, b_1, θ2."""
    value = text(value, where, MAX_NAME_LENGTH)
    if not value.isidentifier():
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "{where}: {value} is not a variable name").format(where=where, value=_short(value)))
    return value


def choice(options: Iterable[str]) -> Reader:
    options = tuple(options)

    def read(value: object, where: str) -> str:
        if value not in options:
            shown = _short(value) if isinstance(value, str) else _kind(value)
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "workspace", "{where} must be one of {options}, got {value}").format(
                    where=where, options=", ".join(options), value=shown))
        return value

    return read


_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")


def color(value: object, where: str) -> str:
    value = text(value, where)
    if not _COLOR.fullmatch(value):
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "{where} must be a colour #RRGGBB, got {value}").format(where=where, value=_short(value)))
    return value


def interval(value: object, where: str) -> tuple[float, float]:
    """[x₀, x₁] with x₀ < x₁: an empty or reversed range has nothing to sample."""
    pair = expect_list(value, where, 2)
    if len(pair) != 2:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "{where} must hold two numbers [from, to]").format(where=where))
    low, high = (number()(x, f"{where}[{i}]") for i, x in enumerate(pair))
    if low >= high:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "workspace", "{where} must go from a smaller to a larger number, got [{low:g}, {high:g}]").format(
                where=where, low=low, high=high))
    return low, high


def point(value: object, where: str) -> tuple[float, float]:
    """[x, y] within the controls' coordinate limit."""
    pair = expect_list(value, where, 2)
    if len(pair) != 2:
        raise WorkspaceError(f"{where} must hold two numbers [x, y]")
    coordinate = number(low=-COORDINATE_LIMIT, high=COORDINATE_LIMIT)
    return coordinate(pair[0], f"{where}[0]"), coordinate(pair[1], f"{where}[1]")


def rectangle(value: object, where: str) -> tuple[float, float, float, float]:
    """[x from, x to, y from, y to], each pair increasing, within the coordinate limit."""
    corners = expect_list(value, where, 4)
    if len(corners) != 4:
        raise WorkspaceError(f"{where} must hold four numbers [x from, x to, y from, y to]")
    x0, y0 = point(corners[0::2], where)
    x1, y1 = point(corners[1::2], where)
    if x0 >= x1 or y0 >= y1:
        raise WorkspaceError(f"{where} must go from smaller to larger numbers on both axes")
    return x0, x1, y0, y1


def inputs(value: object, where: str) -> dict[str, str]:
    """Graph inputs: {name: the text of its field}."""
    entries = expect_object(value, where)
    if len(entries) > MAX_PARAMETERS:
        raise WorkspaceError(f"{where} has {len(entries)} entries; the limit is {MAX_PARAMETERS}")
    return {name(key, f"a name in {where}"): text(entry, f"{where}.{key}") for key, entry in entries.items()}


def read_fields(value: object, where: str, readers: Mapping[str, Reader]) -> dict[str, object]:
    """The fields present in a JSON object, each checked; absent fields keep their defaults."""
    fields = expect_object(value, where)
    return {key: read(fields[key], f"{where}.{key}") for key, read in readers.items() if key in fields}


def dump_fields(state: object, readers: Mapping[str, Reader]) -> dict[str, object]:
    return {key: getattr(state, key) for key in readers}


FUNCTION_FIELDS: dict[str, Reader] = {"text": text, "color": color, "visible": boolean}
PARAMETER_FIELDS: dict[str, Reader] = {"value": number(), "minimum": number(), "maximum": number()}
CURVE_FIELDS: dict[str, Reader] = {
    "variable": name, "x": number(), "h": number(positive=True), "method": choice(METHODS),
    "dtype": choice(DTYPES), "steps": integer(1, MAX_STEPS), "show_first": boolean,
    "show_second": boolean, "show_secant": boolean, "x_range": interval,
}

GRAPH_FIELDS: dict[str, Reader] = {"inputs": inputs, "seed": text}
VIEW_FIELDS: dict[str, Reader] = {"tab": choice(TABS), "theme": lambda value, where: (
    None if value is None else choice(THEMES)(value, where))}
TWO_VARIABLE_FIELDS: dict[str, Reader] = {
    "point": point, "direction": point, "surface_range": rectangle,
    "surface_resolution": integer(*BOUNDS["surface_resolution"]), "field_range": rectangle,
    "field_step": number(low=BOUNDS["field_step"][0], high=BOUNDS["field_step"][1]),
    "normalise_arrows": boolean,
    "learning_rate": number(low=BOUNDS["learning_rate"][0], high=BOUNDS["learning_rate"][1]),
    "descent_steps": integer(*BOUNDS["descent_steps"]), "descent_start": point,
}
"""The keys are ``two_variable_state.SAVED``."""
LAB_FIELDS: dict[str, Reader] = {
    "page": choice(PAGES), "point": text, "variable": text, "dtype": choice(DTYPES), "step": text,
    "tolerance": text, "vector": text, "vector_point": text, "jacobian_mode": choice(JACOBIAN_MODES),
    "seed": text, "direction": text, "hvp_direction": text,
}
"""The keys are ``lab_state.SAVED``."""


def _section(state_type: type, readers: Mapping[str, Reader]) -> Section:
    """A section that is one evented state object, field by field."""
    return Section(lambda state: dump_fields(state, readers),
                   lambda value, where: state_type(**read_fields(value, where, readers)))


def _functions_to_dict(functions: Iterable[FunctionState]) -> list[dict[str, object]]:
    return [dump_fields(f, FUNCTION_FIELDS) for f in functions]


def _functions_from_dict(value: object, where: str) -> EventedList:
    items = expect_list(value, where, MAX_FUNCTIONS)
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
    "curve": _section(CurveState, CURVE_FIELDS),
    "graph": _section(GraphState, GRAPH_FIELDS),
    "two_variable": _section(TwoVariableState, TWO_VARIABLE_FIELDS),
    "lab": _section(LabState, LAB_FIELDS),
    "view": _section(ViewState, VIEW_FIELDS),
}
"""Keyed by the Document attribute each section holds; to add one, add a pair here."""


def document_to_dict(document: Document) -> dict[str, object]:
    """The document as plain values, section by section: equal dicts mean equal documents."""
    return {key: section.to_dict(getattr(document, key)) for key, section in SECTIONS.items()}


def document_from_dict(value: object) -> Document:
    """A new Document once every section has passed; raises WorkspaceError naming the first fault."""
    sections = expect_object(value, "document")
    return Document(**{key: s.from_dict(sections[key], key) for key, s in SECTIONS.items() if key in sections})


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
            "workspace", "the number {number} is too large").format(number=_short(literal)))
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
                "workspace", "the key {key} appears twice in one object").format(key=_short(key)))
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
