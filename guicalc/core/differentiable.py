"""Whether f has a derivative at a point, and if not, what a student should be told.

One notion of "differentiable here" for the readout, the tangent, the limit table, every
difference method and the command line. Where f is smooth the exact derivative is the
answer; at a kink (|x|, relu, max), a cusp or vertical tangent (∛x, √x at 0), a jump
(floor, sign) or where f is undefined, there is no derivative, and the one-sided
derivatives are worked out at 60 digits and said instead of a number.

Only points where a non-smooth piece is *active* are examined (the argument of |·| is
exactly 0 at 50 digits, that of floor an integer, the base of a fractional power 0) or
where the exact derivative has no finite value: elsewhere f is as smooth as its pieces.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import mpmath
import sympy as sp

from guicalc.core import functions as fn
from guicalc.core.evaluate import Evaluator
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.parse import symbol
from guicalc.core.symbolic import as_float, display_number

PRECISION = 60
STEPS = (mpmath.mpf("1e-20"), mpmath.mpf("1e-30"))
"""The one-sided quotients are taken at these steps (relative to max(1, |x|)): with 60
digits the subtraction keeps ~30 of them, and two steps tell a finite limit from ±∞."""

KINKS = (sp.Abs, fn.relu, sp.sign, sp.Heaviside)  # not differentiable where the argument is 0
JUMPS = (sp.floor, sp.ceiling)  # where the argument is an integer


@dataclass(frozen=True)
class Differentiability:
    """The verdict at one point: the derivative, or why there is none and the one-sided slopes."""

    x: float
    exists: bool
    slope: float = math.nan
    """f′(x) where it exists (from the exact derivative, or the common one-sided value)."""
    left: float | None = None
    """The left derivative (±inf for a vertical half-tangent); None where it does not exist."""
    right: float | None = None
    why: Message | str = ""
    """In words, when ``exists`` is False: "no derivative at x = 0: …"."""


def _sites(expr: sp.Expr) -> list[tuple[str, sp.Expr]]:
    """The places f may fail to be smooth: (kind, the expression that must not vanish)."""
    found: list[tuple[str, sp.Expr]] = []
    for node in sp.preorder_traversal(expr):
        if isinstance(node, KINKS):
            found.append(("zero", node.args[0]))
        elif isinstance(node, JUMPS):
            found.append(("integer", node.args[0]))
        elif isinstance(node, (sp.Max, sp.Min)):
            found.extend(("zero", a - b) for a, b in zip(node.args, node.args[1:], strict=False))
        elif node.is_Pow and not node.exp.is_Integer and not node.base.is_number:
            found.append(("zero", node.base))
        elif isinstance(node, (sp.asin, sp.acos)):
            found.extend((("zero", node.args[0] - 1), ("zero", node.args[0] + 1)))
    return found


def smooth_everywhere(expr: sp.Expr) -> bool:
    """True when ``expr`` has no piece that can break (no |·|, relu, floor, fractional power
    of a variable, asin …): its float64 derivative is its slope at every point. A glance at
    the tree, for a keystroke that cannot wait for the 60-digit verdict."""
    return not _sites(expr)


class DifferentiabilityCheck:
    """Decides at any point whether ``expr`` (a function of ``variable``) is differentiable.

    Compiled once per function: the readout asks at every step of a drag.
    """

    def __init__(self, expr: sp.Expr, variable: str, params: Mapping[str, float] | None = None) -> None:
        self.variable = variable
        self.params = dict(params or {})
        self._f = Evaluator(expr, "mpmath", precision=PRECISION)
        sites = _sites(expr)
        self._sites = [(kind, Evaluator(e, "mpmath", precision=PRECISION)) for kind, e in sites]
        self._slopes = [Evaluator(sp.diff(e, symbol(variable)), "mpmath", precision=PRECISION) for _, e in sites]

    def distance(self, x: float) -> float:
        """About how far the nearest kink, jump or domain edge is from ``x`` (inf: none):
        |u(x)/u′(x)| for each piece that breaks where u = 0 (or u is an integer)."""
        nearest = math.inf
        with mpmath.workdps(PRECISION):
            for (kind, site), slope in zip(self._sites, self._slopes, strict=True):
                u, du = self._value(site, mpmath.mpf(x)), self._value(slope, mpmath.mpf(x))
                if not (mpmath.isfinite(u) and mpmath.isfinite(du)) or du == 0:
                    continue
                gap = u - mpmath.nint(u) if kind == "integer" else u
                nearest = min(nearest, as_float(abs(gap / du)))
        return nearest

    def _value(self, f: Evaluator, x: mpmath.mpf) -> mpmath.mpf:
        return f(**{self.variable: x}, **self.params)

    def active(self, x: float) -> bool:
        """True when a non-smooth piece sits exactly at ``x`` (|u| with u(x) = 0, …)."""
        with mpmath.workdps(PRECISION):
            for kind, site in self._sites:
                u = self._value(site, mpmath.mpf(x))
                if not mpmath.isfinite(u):
                    continue
                if (kind == "zero" and u == 0) or (kind == "integer" and u == mpmath.nint(u)):
                    return True
        return False

    def at(self, x: float, exact_slope: float) -> Differentiability:
        """The verdict at ``x``, given the exact derivative's value there (NaN when it has none)."""
        with mpmath.workdps(PRECISION):
            f0 = self._value(self._f, mpmath.mpf(x))
        if mpmath.isinf(f0):  # ln 0, or beyond 2^4096 (e^e^e^e^e^3)
            return Differentiability(x, False, why=QT_TRANSLATE_NOOP(
                "differentiable", "no derivative at {v} = {x}: f is infinite there, or too large to "
                "compute").format(v=self.variable, x=display_number(x)))
        if not mpmath.isfinite(f0):
            return Differentiability(x, False, why=QT_TRANSLATE_NOOP(
                "differentiable", "no derivative at {v} = {x}: f is not defined there").format(
                v=self.variable, x=display_number(x)))
        if math.isfinite(exact_slope) and not self.active(x):
            return Differentiability(x, True, exact_slope)
        (left, left_jump), (right, right_jump) = self._one_sided(x, f0, -1), self._one_sided(x, f0, 1)
        if left is not None and right is not None and math.isfinite(left) and math.isfinite(right) \
                and abs(left - right) <= 1e-12 * max(1.0, abs(left), abs(right)):
            slope = exact_slope if math.isfinite(exact_slope) and abs(exact_slope - right) <= \
                1e-9 * max(1.0, abs(right)) else right
            return Differentiability(x, True, slope, left, right)
        if left_jump or right_jump:
            return Differentiability(x, False, math.nan, None if left_jump else left, None if right_jump else right,
                                     QT_TRANSLATE_NOOP("differentiable", "no derivative at {v} = {x}: f jumps "
                                                       "here").format(v=self.variable, x=display_number(x)))
        return Differentiability(x, False, math.nan, left, right, self._why(x, left, right))

    def _one_sided(self, x: float, f0: mpmath.mpf, side: int) -> tuple[float | None, bool]:
        """lim (f(x ± h) − f(x))/(±h) as h → 0⁺ (a number, ±inf for a vertical half-tangent,
        None where f is undefined on that side or the quotients settle on nothing), and
        whether f jumps on that side."""
        quotients, values = [], []
        with mpmath.workdps(PRECISION):
            scale = max(mpmath.mpf(1), abs(mpmath.mpf(x)))
            for step in STEPS:
                h = step * scale * side
                value = self._value(self._f, mpmath.mpf(x) + h)
                if not mpmath.isfinite(value):
                    return None, False
                values.append(value)
                quotients.append((value - f0) / h)
            (q1, q2), (v1, v2) = quotients, values
            if abs(v2 - f0) > mpmath.mpf("1e-15") * max(1, abs(f0)) and abs(v2 - f0) >= abs(v1 - f0) / 10:
                return None, True  # f(x ± h) does not approach f(x)
            if abs(q2 - q1) <= mpmath.mpf("1e-9") * max(1, abs(q2)):
                return as_float(q2), False
            if abs(q2) >= 100 * abs(q1):
                return math.copysign(math.inf, as_float(q2)), False
        return None, False

    def _why(self, x: float, left: float | None, right: float | None) -> Message:
        v, at = self.variable, display_number(x)
        if left is None and right is None:
            return QT_TRANSLATE_NOOP("differentiable", "no derivative at {v} = {x}: f has no one-sided "
                                     "derivative here").format(v=v, x=at)
        if left is None or right is None:
            side = right if left is None else left
            template = (QT_TRANSLATE_NOOP("differentiable", "no derivative at {v} = {x}: f is defined only to the "
                                          "right here (right slope {slope})") if left is None else
                        QT_TRANSLATE_NOOP("differentiable", "no derivative at {v} = {x}: f is defined only to the "
                                          "left here (left slope {slope})"))
            return template.format(v=v, x=at, slope=display_number(side))
        if math.isinf(left) and math.isinf(right) and left == right:
            return QT_TRANSLATE_NOOP("differentiable", "no derivative at {v} = {x}: the tangent is vertical "
                                     "(slope {slope} from both sides)").format(v=v, x=at, slope=display_number(left))
        return QT_TRANSLATE_NOOP("differentiable", "no derivative at {v} = {x}: left slope {left}, "
                                 "right slope {right}").format(v=v, x=at, left=display_number(left),
                                                               right=display_number(right))

