"""The directional derivative D_v f = ∇f · v/|v| and the limit that defines it.

Showing both, the dot product from the exact gradient and the quotients
(f(p + h·u) − f(p))/h for shrinking h, lets a student watch the definition
converge to the formula.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message, joined
from guicalc.core.surface import PointAnalysis, TwoVariableFunction
from guicalc.core.symbolic import display_number

LIMIT_STEPS = (0.1, 0.01, 0.001)


@dataclass(frozen=True)
class DirectionalDerivative:
    """D_u f at a point for the unit vector u = v/|v|, with its difference quotients."""

    unit: tuple[float, float]
    value: float
    quotients: tuple[tuple[float, float], ...]  # (h, (f(p + h·u) − f(p))/h)


def directional_derivative(fn: TwoVariableFunction, point: PointAnalysis,
                           v: tuple[float, float]) -> DirectionalDerivative:
    """∇f · v/|v| at ``point``; a zero ``v`` has no direction and gives NaN."""
    length = float(np.hypot(*v))
    if not np.isfinite(length) or length == 0:
        return DirectionalDerivative((float("nan"), float("nan")), float("nan"), ())
    ux, uy = v[0] / length, v[1] / length
    gx, gy = point.exact_gradient
    hs = np.array(LIMIT_STEPS)
    shifted = fn.values(point.x + hs * ux, point.y + hs * uy)
    with np.errstate(invalid="ignore", over="ignore"):  # f overflowed (exp(800 x0)): inf − inf, no quotient
        quotients = tuple(zip(LIMIT_STEPS, ((shifted - point.value) / hs).tolist(), strict=True))
    return DirectionalDerivative((ux, uy), gx * ux + gy * uy, quotients)


def directional_readout(fn: TwoVariableFunction, d: DirectionalDerivative) -> Message:
    """The readout: the unit direction, D_u f as a dot product, and as a limit."""
    if not d.quotients:
        return QT_TRANSLATE_NOOP("directional", "Drag the arrow tip to choose a direction v.")
    ux, uy = d.unit
    value = (display_number(d.value) if np.isfinite(d.value)
             else QT_TRANSLATE_NOOP("directional", "undefined (∇f is undefined here)"))
    table = "\n".join(f"   h = {h:g}:  {display_number(q)}" for h, q in d.quotients)
    # Formulas only, except the value when it is undefined: a template of no context stays as it is.
    dot = Message("", "D_u f = ∇f · u = {value}", {"value": value})
    return joined([f"u = v/|v| = ({display_number(ux, 4)}, {display_number(uy, 4)})", dot,
                   f"D_u f = lim h→0 (f(p + h·u) − f(p)) / h:\n{table}"])
