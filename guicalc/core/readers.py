"""Checks of one JSON value each, for the lesson file: a reader takes the value found at
a path (``curve.x``) and returns it as the model wants it, or raises WorkspaceError.

Every view kind's section is a mapping {field: reader} (see guicalc.core.view_kinds);
the limits here keep a hostile file from costing anything. Qt-free and sympy-free:
the state modules that declare their fields load with the window's first frame.
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Callable, Iterable, Mapping

from guicalc.core.messages import QT_TRANSLATE_NOOP

MAX_LENGTH = 2000
"""Characters of any text in a lesson, an expression included (the parser refuses longer)."""
MAX_NAME_LENGTH = 64
MAX_ENTRIES = 100
"""Entries of a mapping such as the parameters or the graph's inputs."""
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


def short(text: str) -> str:
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
            "workspace", "{where}: {value} is not a variable name").format(where=where, value=short(value)))
    return value


def choice(options: Iterable[str]) -> Reader:
    options = tuple(options)

    def read(value: object, where: str) -> str:
        if value not in options:
            shown = short(value) if isinstance(value, str) else _kind(value)
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
            "workspace", "{where} must be a colour #RRGGBB, got {value}").format(where=where, value=short(value)))
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


def read_fields(value: object, where: str, readers: Mapping[str, Reader]) -> dict[str, object]:
    """The fields present in a JSON object, each checked; absent fields keep their defaults."""
    fields = expect_object(value, where)
    return {key: read(fields[key], f"{where}.{key}") for key, read in readers.items() if key in fields}


def dump_fields(state: object, readers: Mapping[str, Reader]) -> dict[str, object]:
    return {key: getattr(state, key) for key in readers}
