"""The curve view's state: the point on the curve and how its derivative is approximated.

Its lesson-file section and the settings the undo history records are declared
here beside the fields, so the three cannot drift apart (see guicalc.core.view_kinds).
"""

from __future__ import annotations

from dataclasses import dataclass

from psygnal import evented

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import Reader, WorkspaceError, boolean, choice, expect_list, integer, interval, name, number

METHODS = ("forward", "backward", "central", "auto")
DTYPES = ("float16", "float32", "float64")
MAX_STEPS = 20
"""Rows of the limit table, as its spin box offers; a huge count would hang the table."""


@evented
@dataclass
class CurveState:
    """The point on the curve and how its derivative is approximated."""

    variable: str = "x"
    x: float = 1.0
    """The point where the tangent touches."""
    h: float = 0.1
    """The secant's step."""
    method: str = "forward"
    dtype: str = "float64"
    steps: int = 8
    """Rows of the limit table: h = 10⁻¹ … 10⁻ⁿ."""
    show_first: bool = True
    show_second: bool = False
    show_secant: bool = True
    x_range: tuple[float, float] = (-1.0, 3.0)
    """The visible part of the axis, and the range sampled."""
    pins: tuple[tuple[int, float], ...] = ()
    """Points pinned on the curves, labelled with their coordinates: (row of the function, x)."""


MAX_PINS = 100


def pins_reader(value: object, where: str) -> tuple[tuple[int, float], ...]:
    """Pinned points: [[row, x], …], at most MAX_PINS."""
    row, x = integer(0, 1000), number()
    pins = []
    for i, pair in enumerate(expect_list(value, where, MAX_PINS)):
        at = f"{where}[{i}]"
        if len(expect_list(pair, at, 2)) != 2:
            raise WorkspaceError(QT_TRANSLATE_NOOP("workspace", "{where} must be a pair [row, x]").format(where=at))
        pins.append((row(pair[0], f"{at}[0]"), x(pair[1], f"{at}[1]")))
    return tuple(pins)


CURVE_FIELDS: dict[str, Reader] = {
    "variable": name, "x_range": interval, "method": choice(METHODS), "dtype": choice(DTYPES),
    "h": number(positive=True), "steps": integer(1, MAX_STEPS), "show_first": boolean,
    "show_second": boolean, "show_secant": boolean, "x": number(), "pins": pins_reader,
}
"""In the order a loaded lesson sets them: the range before the point, the point last."""

CURVE_UNDO: dict[str, Message | str] = {
    "variable": QT_TRANSLATE_NOOP("DocumentHistory", "variable"), "x": "x", "h": "h",
    "method": QT_TRANSLATE_NOOP("DocumentHistory", "method"),
    "dtype": QT_TRANSLATE_NOOP("DocumentHistory", "type"),
    "steps": QT_TRANSLATE_NOOP("DocumentHistory", "table rows"),
    "show_first": QT_TRANSLATE_NOOP("DocumentHistory", "show f′"),
    "show_second": QT_TRANSLATE_NOOP("DocumentHistory", "show f″"),
    "show_secant": QT_TRANSLATE_NOOP("DocumentHistory", "show secant"),
    "pins": QT_TRANSLATE_NOOP("DocumentHistory", "pinned points"),
}
"""The settings Undo records, as the Edit menu names them; pan and zoom (x_range) are navigation."""
