"""The observable state of the Taylor view, Qt-free: saved with the lesson, undoable.

The view draws f and its Taylor polynomial Pₙ at the centre a, the error |f − Pₙ|
on a log scale and where it stays under the tolerance, and shades f″'s sign.
Its lesson section and undo names are declared here beside the fields (see
guicalc.core.view_kinds).
"""

from __future__ import annotations

from dataclasses import dataclass

from psygnal import evented

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import Reader, boolean, integer, interval, number

MAX_DEGREE = 12
"""The slider's end (guicalc.core.taylor checks the same bound)."""
TOLERANCE_EXPONENTS = (-12, 0)
"""The tolerance is 10ᵏ for k in this range."""
CENTER_LIMIT = 1e6


@evented
@dataclass
class TaylorState:
    """What the Taylor view shows."""

    center: float = 0.0
    """a: where Pₙ touches f (the draggable point)."""
    degree: int = 3
    """n, from 0 to ``MAX_DEGREE``."""
    tolerance_exponent: int = -2
    """The band where |f − Pₙ| < 10ᵏ is marked."""
    show_concavity: bool = True
    """Shade where f″ > 0 (concave up) and f″ < 0 (concave down), mark the inflection points."""
    x_range: tuple[float, float] = (-4.0, 4.0)
    """The visible part of the axis, and the range sampled."""


TAYLOR_FIELDS: dict[str, Reader] = {
    "x_range": interval, "degree": integer(0, MAX_DEGREE),
    "tolerance_exponent": integer(*TOLERANCE_EXPONENTS), "show_concavity": boolean,
    "center": number(low=-CENTER_LIMIT, high=CENTER_LIMIT),
}
"""In the order a loaded lesson sets them: the range before the centre."""
TAYLOR_UNDO: dict[str, Message | str] = {
    "center": QT_TRANSLATE_NOOP("DocumentHistory", "Taylor centre a"),
    "degree": QT_TRANSLATE_NOOP("DocumentHistory", "Taylor degree"),
    "tolerance_exponent": QT_TRANSLATE_NOOP("DocumentHistory", "tolerance"),
    "show_concavity": QT_TRANSLATE_NOOP("DocumentHistory", "concavity shading"),
}
"""The settings Undo records; pan and zoom (x_range) are navigation."""
