"""The observable state of the autodiff lab, Qt-free: saved with the lesson, undoable.

Fields hold what the user typed (texts are read when used, so a half-typed value
never breaks a saved lesson); the lab's widgets follow ``state.events.<field>``.
Its lesson section and undo names are declared here beside the fields (see
guicalc.core.view_kinds).
"""

from __future__ import annotations

from dataclasses import dataclass

from psygnal import evented

from guicalc.core.curve_state import DTYPES
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import Reader, choice, text

PAGES = ("check", "jacobian", "rules", "double")
JACOBIAN_MODES = ("forward", "reverse")


@evented
@dataclass
class LabState:
    """What the autodiff lab shows."""

    page: str = "check"
    """One of ``PAGES``: cross-check, Jacobian, rules, double backward."""
    point: str = ""
    """The point of the lesson's function, as ``x=1`` or ``a=50, b=70, c=2``; empty: 1 for each."""
    variable: str = ""
    """The variable differentiated by; empty: x, or the first."""
    dtype: str = "float64"
    """The dtype of the difference quotients in the cross-check."""
    step: str = ""
    """h of the differences; empty: the balanced step of each method."""
    tolerance: str = ""
    """The relative tolerance of pass/fail; empty: the dtype's default."""
    vector: str = "[x0*x1, sin(x0), x0 + x1^2]"
    """The vector function R^n → R^m of the Jacobian page."""
    vector_point: str = "x0=1, x1=2"
    jacobian_mode: str = "forward"
    """``forward`` (column by column) or ``reverse`` (row by row)."""
    seed: str = ""
    """v of a VJP vᵀJ (one number per output)."""
    direction: str = ""
    """v of a JVP J·v (one number per input)."""
    hvp_direction: str = ""
    """v of the Hessian-vector product H·v; empty: all ones (f″ for one variable)."""


LAB_FIELDS: dict[str, Reader] = {
    "page": choice(PAGES), "point": text, "variable": text, "dtype": choice(DTYPES), "step": text,
    "tolerance": text, "vector": text, "vector_point": text, "jacobian_mode": choice(JACOBIAN_MODES),
    "seed": text, "direction": text, "hvp_direction": text,
}
LAB_UNDO: dict[str, Message] = {
    "point": QT_TRANSLATE_NOOP("DocumentHistory", "lab point"),
    "variable": QT_TRANSLATE_NOOP("DocumentHistory", "variable"),
    "dtype": QT_TRANSLATE_NOOP("DocumentHistory", "type"),
    "step": QT_TRANSLATE_NOOP("DocumentHistory", "step h"),
    "tolerance": QT_TRANSLATE_NOOP("DocumentHistory", "tolerance"),
    "vector": QT_TRANSLATE_NOOP("DocumentHistory", "vector function"),
    "vector_point": QT_TRANSLATE_NOOP("DocumentHistory", "Jacobian point"),
    "jacobian_mode": QT_TRANSLATE_NOOP("DocumentHistory", "Jacobian mode"),
    "seed": QT_TRANSLATE_NOOP("DocumentHistory", "seed v"),
    "direction": QT_TRANSLATE_NOOP("DocumentHistory", "direction v"),
    "hvp_direction": QT_TRANSLATE_NOOP("DocumentHistory", "Hessian direction v"),
}
"""The settings Undo records; the page shown is navigation."""
