"""Scalar and vector values for the autodiff graph: reading, writing, reducing shapes.

A value is a float64 ndarray of shape ``()`` (a scalar) or ``(n,)`` (a vector such
as ``x = [0, 1, 2, 3]``). Text is read by hand, never with ``eval``: the same reader
serves the command line (``--at a=50,x=[0,1,2,3]``) and the input form of the view.
"""

from __future__ import annotations

import math

import numpy as np

from guicalc.core.messages import QT_TRANSLATE_NOOP
from guicalc.core.symbolic import format_number

MAX_ELEMENTS = 10_000
SHOWN_ELEMENTS = 8


def as_value(value: object, what: str = "a value") -> np.ndarray:
    """``value`` as a float64 scalar or vector array; other shapes are refused."""
    try:
        array = np.array(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(QT_TRANSLATE_NOOP(
            "vectors", "{what} must be a number or a list of numbers").format(what=what)) from None
    if array.ndim > 1:
        raise ValueError(QT_TRANSLATE_NOOP(
            "vectors", "{what} must be a number or a flat list of numbers, not a nested list").format(
            what=what))
    if array.ndim == 1 and not 1 <= array.size <= MAX_ELEMENTS:
        raise ValueError(QT_TRANSLATE_NOOP("vectors", "{what} must have between 1 and {limit} elements").format(
            what=what, limit=MAX_ELEMENTS))
    return array


def parse_number(text: str, what: str = "a value") -> float:
    """A finite float from ``text`` (``2``, ``-1.5e3``), or a ValueError that names ``what``."""
    try:
        number = float(text.strip().replace("−", "-"))
    except ValueError:
        raise ValueError(QT_TRANSLATE_NOOP(
            "vectors", "{what}: {text!r} is not a number").format(what=what, text=text.strip())) from None
    if not math.isfinite(number):
        raise ValueError(QT_TRANSLATE_NOOP(
            "vectors", "{what}: {text!r} is not a finite number").format(what=what, text=text.strip()))
    return number


def parse_value(text: str, what: str = "a value") -> np.ndarray:
    """``2`` as a scalar, ``[0, 1, 2, 3]`` as a vector (brackets optional for a list)."""
    body = text.strip()
    if body.startswith("[") or body.endswith("]"):
        if not (body.startswith("[") and body.endswith("]")) or "[" in body[1:-1] or "]" in body[1:-1]:
            raise ValueError(QT_TRANSLATE_NOOP(
                "vectors", "{what}: write a vector as [0, 1, 2, 3] (one pair of brackets)").format(
                what=what))
        parts = body[1:-1].split(",")
        if not body[1:-1].strip():
            raise ValueError(QT_TRANSLATE_NOOP("vectors", "{what}: the vector is empty").format(what=what))
        return as_value([parse_number(p, what) for p in parts], what)
    if "," in body:
        return as_value([parse_number(p, what) for p in body.split(",")], what)
    return as_value(parse_number(body, what), what)


def split_top_level(text: str) -> list[str]:
    """Split at commas outside brackets: ``a=1,x=[0,1]`` gives ``a=1`` and ``x=[0,1]``."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
            if depth > 1:
                raise ValueError("vectors cannot be nested: write x=[0,1,2,3]")
        elif ch == "]":
            depth -= 1
            if depth < 0:
                raise ValueError(f"']' at column {i + 1} has no matching '['")
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    if depth:
        raise ValueError("'[' is not closed: write a vector as x=[0,1,2,3]")
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_assignments(text: str) -> dict[str, np.ndarray]:
    """``a=50,b=70,x=[0,1,2,3]`` as a dict of values, in the order given."""
    values: dict[str, np.ndarray] = {}
    for part in split_top_level(text):
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier() or name.startswith("_"):
            raise ValueError(f"write name=value pairs such as a=50,x=[0,1,2,3], not {part!r}")
        if name in values:
            raise ValueError(f"{name} is given twice")
        values[name] = parse_value(value, name)
    if not values:
        raise ValueError("give at least one name=value, such as a=50")
    return values


def unbroadcast(gradient: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Sum a gradient back to an input's shape: a scalar used against a vector
    receives the sum of the vector's gradients (as ``c`` in ``c·x``)."""
    if gradient.shape == shape:
        return gradient
    assert shape == (), f"a gradient of shape {gradient.shape} cannot reduce to {shape}"
    return np.asarray(np.sum(gradient), dtype=np.float64)


def to_json(value: np.ndarray) -> float | list[float | None] | None:
    """A number or a list for JSON, with null where a value is undefined."""
    if value.ndim == 0:
        number = float(value)
        return number if math.isfinite(number) else None
    return [v if math.isfinite(v) else None for v in map(float, value)]


def format_value(value: np.ndarray, digits: int = 6) -> str:
    """``2``, ``-0.0625`` or ``[0, 4, 8, 12]`` (long vectors end in ``…``)."""
    if value.ndim == 0:
        return format_number(float(value), digits)
    shown = ", ".join(format_number(float(v), digits) for v in value[:SHOWN_ELEMENTS])
    return f"[{shown}{', …' if value.size > SHOWN_ELEMENTS else ''}]"

