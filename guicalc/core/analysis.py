"""Everything the curve view and the command line show about f at a point.

One source of truth: the tangent readout, the limit table, the error plot and
the exported figure all come from a :class:`CurveAnalysis`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import sympy as sp

from guicalc.core import symbolic
from guicalc.core.difference import DifferenceQuotient, NumericDerivatives, Quotient, error_sweep_sizes, step_sizes
from guicalc.core.differentiable import Differentiability, DifferentiabilityCheck, smooth_everywhere
from guicalc.core.evaluate import Evaluator
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.parse import Parsed
from guicalc.core.sampling import sample
from guicalc.core.symbolic import display_number


@dataclass(frozen=True)
class Tangent:
    x: float
    y: float
    slope: float
    intercept: float
    left: float | None = None
    """Where f has no derivative: the one-sided slopes (±inf vertical, None: none), drawn as half-tangents."""
    right: float | None = None
    why: str = ""
    """Why there is no tangent, in words ("no derivative at x = 0: left slope −1, right slope 1")."""

    @property
    def defined(self) -> bool:
        return all(math.isfinite(v) for v in (self.y, self.slope, self.intercept))

    def equation(self, variable: str = "x", unicode_minus: bool = False) -> str:
        if not self.defined:
            return QT_TRANSLATE_NOOP("analysis", "no tangent here")
        return symbolic.line_equation(self.slope, self.intercept, variable, unicode_minus)


@dataclass(frozen=True)
class LimitRow:
    h: float
    quotient: float | None
    error: float | None
    note: str = ""


@dataclass(frozen=True)
class ErrorSweep:
    """|quotient − f′(x)| over a range of h; ``best_h`` splits truncation from rounding."""

    h: np.ndarray
    error: np.ndarray
    best_h: float | None
    best_error: float | None
    lost_below: float | None = None
    """The largest h the dtype loses (x ± h == x, or h == 0): the breakdown."""
    lost_note: str = ""


INLINE_NODES = 60
"""f⁽ⁿ⁻¹⁾ with at most this many nodes is differentiated at once, on the caller's thread:
``diff`` then takes milliseconds (every example of the notes is far below)."""
USABLE_NODES = 1500
"""A derivative with more nodes is not used symbolically: printing, compiling and
evaluating it would take tens of milliseconds per redraw (a product of 149 sines has
a derivative of 88 804 nodes: 0.4 s per tangent, 1.4 s to print)."""

HEAVY_TEXT = 300
"""A function of a lesson being opened with a longer text is read after the open returns, one
per event-loop turn: parsing, sampling and printing one of 180 sines (1 749 characters)
takes a few tenths of a second, and fifty of them froze the window (issue 22 §8)."""


EXACT_PRECISIONS = (100, 200, 400)
"""Digits an exact value is confirmed at when 50 is not enough (cancellation)."""

QUICK_STEP = 1e-6
"""The one-sided quotients of ``quick_slope`` step this far (relative to max(1, |x|))."""
QUICK_TOLERANCE = 1e-3
"""…and agree this closely with f′(x): a kink differs by its jump in slope, a smooth f by ~f″·step."""


@dataclass(frozen=True)
class Derivative:
    """What is known of f⁽ⁿ⁾: its expression, or why it is computed numerically."""

    expr: sp.Expr | None
    """None: too large, or not worked out (yet); values then come from f numerically."""
    note: str = ""
    """Why ``expr`` is None ("more than 1500 nodes", "stopped after 2 s"); empty while pending."""


class CurveAnalysis:
    """A function of one variable: its derivatives, tangent and difference quotients.

    Small derivatives are worked out on the spot. Larger ones are left to the caller
    (:meth:`outstanding`, then :meth:`settle` with the worker's answer, see
    ``core/worker.py``); until then, and for good when they are too large, f′ and f″
    come numerically from f: the complex step (or Ridders' extrapolation) for f′, a
    central difference of that for f″. ``inline_nodes=None`` works everything out at
    once, however long it takes (the command line, which has no window to freeze).
    """

    def __init__(self, parsed: Parsed, variable: str, params: dict[str, float] | None = None,
                 inline_nodes: int | None = INLINE_NODES) -> None:
        self.parsed = parsed
        self.variable = variable
        self.params = dict(params or {})
        self.inline_nodes = inline_nodes
        missing = set(parsed.symbols) - {variable} - set(self.params)
        if missing:
            raise ValueError(f"give a value for {', '.join(sorted(missing))}")
        self._known: dict[int, Derivative] = {0: Derivative(parsed.expr)}
        self._evaluators: dict[tuple[int, str, int], Evaluator] = {}
        self._quotients: dict[tuple[str, str], DifferenceQuotient] = {}
        self._texts: dict[int, str] = {}
        self._exact: dict[tuple[int, float], float] = {}  # the tangent, table and sweep ask for the same
        self._small: dict[int, bool] = {}  # order -> whether f⁽ⁿ⁻¹⁾ is small enough to differentiate here
        self._verdicts: dict[float, Differentiability] = {}

    def with_params(self, params: dict[str, float]) -> CurveAnalysis:
        """The same function at other parameter values, keeping the derivatives found."""
        other = CurveAnalysis(self.parsed, self.variable, params, self.inline_nodes)
        other._known.update(self._known)
        return other

    @property
    def expr(self) -> sp.Expr:
        return self.parsed.expr

    def derivative(self, order: int) -> sp.Expr | None:
        """f⁽ⁿ⁾ (n ≤ 2) when it is known and small enough to use; None otherwise."""
        if order not in self._known and self._inline(order):
            result = symbolic.derivative(self.derivative(order - 1), self.variable)
            limit = USABLE_NODES if self.inline_nodes is not None else math.inf
            self._known[order] = Derivative(result if symbolic.count_nodes(result, USABLE_NODES) <= limit else None,
                                            f"more than {USABLE_NODES} nodes")
        known = self._known.get(order)
        return known.expr if known else None

    def _inline(self, order: int) -> bool:
        if self.inline_nodes is None:
            return True
        if order not in self._small:
            previous = self.derivative(order - 1)
            self._small[order] = previous is not None and \
                symbolic.count_nodes(previous, self.inline_nodes) <= self.inline_nodes
        return self._small[order]

    def outstanding(self, order: int) -> bool:
        """True when f⁽ⁿ⁾ is too large to work out here and waits for :meth:`settle`."""
        self.derivative(order)
        return order not in self._known

    def settle(self, order: int, expr: sp.Expr | None, note: str = "") -> None:
        """Take f⁽ⁿ⁾ worked out elsewhere, or None with the reason it is not."""
        if order not in self._known:
            self._known[order] = Derivative(expr, note)
            self._exact.clear()  # numerical values give way to exact ones
            self._verdicts.clear()
            self._quotients = {k: q for k, q in self._quotients.items() if k[0] != "auto"}  # to check against it

    def note(self, order: int) -> str:
        """Why f⁽ⁿ⁾ is numerical; empty when it is symbolic or still being worked out."""
        known = self._known.get(order)
        return known.note if known and known.expr is None else ""

    def text(self, order: int) -> str | None:
        """f⁽ⁿ⁾ as a person reads it (typographic minus, whole powers raised, products dotted:
        3x² − 4x, x²·sin(x)), None when it is not symbolic. Kept: printing a derivative of a
        thousand nodes takes tens of milliseconds."""
        expr = self.derivative(order)
        if expr is None:
            return None
        if order not in self._texts:
            self._texts[order] = symbolic.raised(symbolic.to_text(expr, unicode_minus=True)).replace("*", "·")
        return self._texts[order]

    def is_symbolic(self, order: int) -> bool:
        """True when f⁽ⁿ⁾'s values come from its expression (exact), not from f numerically."""
        return self.derivative(order) is not None

    def _evaluator(self, order: int, backend: str, precision: int = 50) -> Evaluator:
        """Compiled once per analysis (a per-instance cache: ``functools.cache`` on a
        method would keep every analysis ever made alive)."""
        key = (order, backend, precision)
        if key not in self._evaluators:
            self._evaluators[key] = Evaluator(self.derivative(order), backend, precision=precision)
        return self._evaluators[key]

    @cached_property
    def _numeric(self) -> NumericDerivatives:
        return NumericDerivatives(self.quotients("auto", "float64"))

    def _function(self, order: int) -> Callable[[np.ndarray], np.ndarray]:
        """xs → f⁽ⁿ⁾(xs) in float64, from the expression or numerically."""
        if self.derivative(order) is None:
            return lambda xs: self._numeric(order, xs)
        ev = self._evaluator(order, "numpy")
        return lambda xs: ev(**{self.variable: xs}, **self.params)

    def values(self, xs: np.ndarray, order: int = 0) -> np.ndarray:
        """f, f′ or f″ on an array, in float64 (NaN where undefined)."""
        return np.asarray(self._function(order)(xs), dtype=float) * np.ones_like(xs)

    def sample(self, x0: float, x1: float, count: int, order: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """Samples for drawing, broken at poles and jumps."""
        return sample(self._function(order), x0, x1, count)

    def exact(self, order: int, x: float) -> float:
        """f⁽ⁿ⁾(x) evaluated in 50 digits (NaN where undefined); when f⁽ⁿ⁾ is not symbolic,
        the numerical value (see :meth:`is_symbolic`)."""
        key = (order, x)
        if key not in self._exact:
            if len(self._exact) > 64:  # a point moving along the curve: old places are not revisited
                self._exact.clear()
            self._exact[key] = self._exact_value(order, x)
        return self._exact[key]

    def _exact_value(self, order: int, x: float) -> float:
        expr = self.derivative(order)
        if expr is None:
            return float(self._numeric(order, np.array([float(x)]))[0])
        if not symbolic.is_exact(expr):
            return float("nan")
        # 50 digits, confirmed at twice as many: (1 − cos x)/x²′ at x = 1e-11 cancels 46 digits
        # and came out 1e-6 wrong at 50. Raised until two precisions agree to float64.
        values = {**{self.variable: x}, **self.params}
        value = symbolic.as_float(self._evaluator(order, "mpmath")(**values))
        for precision in EXACT_PRECISIONS:
            better = symbolic.as_float(self._evaluator(order, "mpmath", precision)(**values))
            if better == value or abs(better - value) <= 1e-15 * abs(better) or not math.isfinite(better):
                return better
            value = better
        return value

    def quick_slope(self, x: float) -> float:
        """f′(x) in float64 for a keystroke's tangent, which cannot wait for the 60-digit
        verdict; NaN where f may have no derivative. For a function with pieces that can
        break (|x|, floor, √x) the one-sided quotients must confirm it: at a corner they
        part, at a jump (sign x at 0) both run off to ±1/step, while float64 says f′ = 0."""
        slope = float(self.values(np.array([x]), 1)[0])
        if self._smooth:
            return slope
        step = QUICK_STEP * max(1.0, abs(x))
        below, at, above = self.values(np.array([x - step, x, x + step]))
        tolerance = QUICK_TOLERANCE * max(1.0, abs(slope))
        confirmed = all(abs(q - slope) <= tolerance for q in ((at - below) / step, (above - at) / step))
        return slope if confirmed and math.isfinite(slope) else math.nan  # ∛x at 0: f′ = ∞

    @cached_property
    def _smooth(self) -> bool:
        return smooth_everywhere(self.expr)

    @cached_property
    def _check(self) -> DifferentiabilityCheck:
        return DifferentiabilityCheck(self.expr, self.variable, self.params)

    def _reference(self, x: float) -> float:
        """The exact f′(x) where it exists, NaN elsewhere."""
        verdict = self.differentiability(x)
        return verdict.slope if verdict.exists else math.nan

    def differentiability(self, x: float) -> Differentiability:
        """Whether f′(x) exists (one notion for the readout, the table, every method and the CLI)."""
        if x not in self._verdicts:
            if len(self._verdicts) > 64:
                self._verdicts.clear()
            self._verdicts[x] = self._check.at(x, self.exact(1, x))
        return self._verdicts[x]

    def tangent(self, x: float) -> Tangent:
        y, verdict = self.exact(0, x), self.differentiability(x)
        if not verdict.exists:
            return Tangent(x, y, math.nan, math.nan, verdict.left, verdict.right, verdict.why)
        return Tangent(x, y, verdict.slope, y - verdict.slope * x)

    def quotients(self, method: str, dtype: str) -> DifferenceQuotient:
        key = (method, dtype)
        if key not in self._quotients:
            checked = method == "auto" and self.is_symbolic(1)  # auto checks itself against the exact f′
            self._quotients[key] = DifferenceQuotient(
                self.expr, self.variable, method, dtype, self.params,
                reference=self._reference if checked else None,
                kink_distance=self._check.distance if method == "auto" else None, typed=self.parsed.typed)
        return self._quotients[key]

    def limit_table(self, x: float, method: str, dtype: str, steps: int) -> list[LimitRow]:
        """Quotients for h = 10⁻¹ … 10⁻ⁿ with their error against the exact f′(x)."""
        dq = self.quotients(method, dtype)
        verdict = self.differentiability(x)
        if not verdict.exists:
            return [self._row_without_derivative(q, method, verdict) for q in dq.at_many(x, step_sizes(steps))]
        exact = verdict.slope
        rows = []
        for q in dq.at_many(x, step_sizes(steps)):
            error = abs(q.value - exact) if q.value is not None and math.isfinite(exact) else None
            rows.append(LimitRow(q.h, q.value, error, q.note))
        return rows

    @staticmethod
    def _row_without_derivative(q: Quotient, method: str, verdict: Differentiability) -> LimitRow:
        """A row where f′(x) does not exist: the quotient is what it is, and the note says what it tends to."""
        if method == "auto":
            return LimitRow(q.h, None, None, verdict.why)
        side = {"forward": verdict.right, "backward": verdict.left}.get(method)
        if side is not None:
            template = (QT_TRANSLATE_NOOP("analysis", "{why}; this forward quotient tends to the right slope {slope}")
                        if method == "forward" else
                        QT_TRANSLATE_NOOP("analysis", "{why}; this backward quotient tends to the left slope {slope}"))
            note = template.format(why=verdict.why, slope=display_number(side))
        elif method == "central" and verdict.left is not None and verdict.right is not None:
            note = QT_TRANSLATE_NOOP("analysis", "{why}; the central quotient averages the two one-sided "
                                     "slopes").format(why=verdict.why)
        else:
            note = verdict.why
        return LimitRow(q.h, q.value, None, Message("", "{note}", {"note": note}) if not q.note else
                        Message("", "{note} ({detail})", {"note": note, "detail": q.note}))

    def error_sweep(self, x: float, method: str, dtype: str) -> ErrorSweep:
        """Error against h on a log grid, for the log–log plot."""
        dq = self.quotients(method, dtype)
        verdict = self.differentiability(x)
        exact = verdict.slope if verdict.exists else math.nan
        hs = error_sweep_sizes(dq.dtype)
        errors = np.full(hs.shape, np.nan)
        lost: tuple[float, str] | None = None
        for i, q in enumerate(dq.at_many(x, hs.tolist())):
            if q.value is not None and math.isfinite(exact):
                errors[i] = abs(q.value - exact)
            if q.note and lost is None:
                lost = (q.h, q.note)
        lost_h, lost_note = lost if lost else (None, "")
        positive = np.isfinite(errors) & (errors > 0)
        if not positive.any():
            return ErrorSweep(hs, errors, None, None, lost_h, lost_note)
        i = int(np.nanargmin(np.where(positive, errors, np.inf)))
        return ErrorSweep(hs, errors, float(hs[i]), float(errors[i]), lost_h, lost_note)
