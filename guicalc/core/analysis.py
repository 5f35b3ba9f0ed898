"""Everything the curve view and the command line show about f at a point.

One source of truth: the tangent readout, the limit table, the error plot and
the exported figure all come from a :class:`CurveAnalysis`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
import sympy as sp

from guicalc.core import symbolic
from guicalc.core.difference import DifferenceQuotient, error_sweep_sizes, step_sizes
from guicalc.core.evaluate import Evaluator
from guicalc.core.messages import QT_TRANSLATE_NOOP
from guicalc.core.parse import Parsed
from guicalc.core.sampling import sample


@dataclass(frozen=True)
class Tangent:
    x: float
    y: float
    slope: float
    intercept: float

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


class CurveAnalysis:
    """A function of one variable: its derivatives, tangent and difference quotients."""

    def __init__(self, parsed: Parsed, variable: str, params: dict[str, float] | None = None):
        self.parsed = parsed
        self.variable = variable
        self.params = dict(params or {})
        missing = set(parsed.symbols) - {variable} - set(self.params)
        if missing:
            raise ValueError(f"give a value for {', '.join(sorted(missing))}")

    @property
    def expr(self) -> sp.Expr:
        return self.parsed.expr

    @cached_property
    def first(self) -> sp.Expr:
        return symbolic.derivative(self.expr, self.variable)

    @cached_property
    def second(self) -> sp.Expr:
        return symbolic.derivative(self.first, self.variable)

    def derivative(self, order: int) -> sp.Expr:
        return {0: self.expr, 1: self.first, 2: self.second}[order]

    @cache  # noqa: B019 - an analysis lives as long as its expression; compile each once
    def _evaluator(self, order: int, backend: str) -> Evaluator:
        return Evaluator(self.derivative(order), backend)

    def values(self, xs: np.ndarray, order: int = 0) -> np.ndarray:
        """f, f′ or f″ on an array, in float64 (NaN where undefined)."""
        ev = self._evaluator(order, "numpy")
        return np.asarray(ev(**{self.variable: xs}, **self.params), dtype=float) * np.ones_like(xs)

    def sample(self, x0: float, x1: float, count: int, order: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """Samples for drawing, broken at poles and jumps."""
        ev = self._evaluator(order, "numpy")
        return sample(lambda xs: ev(**{self.variable: xs}, **self.params), x0, x1, count)

    def exact(self, order: int, x: float) -> float:
        """f⁽ⁿ⁾(x) evaluated in 50 digits (NaN where undefined)."""
        if not symbolic.is_exact(self.derivative(order)):
            return float("nan")
        return symbolic.as_float(self._evaluator(order, "mpmath")(**{self.variable: x, **self.params}))

    def tangent(self, x: float) -> Tangent:
        y, slope = self.exact(0, x), self.exact(1, x)
        return Tangent(x, y, slope, y - slope * x)

    @cache  # noqa: B019
    def quotients(self, method: str, dtype: str) -> DifferenceQuotient:
        return DifferenceQuotient(self.expr, self.variable, method, dtype, self.params)

    def limit_table(self, x: float, method: str, dtype: str, steps: int) -> list[LimitRow]:
        """Quotients for h = 10⁻¹ … 10⁻ⁿ with their error against the exact f′(x)."""
        dq = self.quotients(method, dtype)
        exact = self.exact(1, x)
        rows = []
        for q in dq.at_many(x, step_sizes(steps)):
            error = abs(q.value - exact) if q.value is not None and math.isfinite(exact) else None
            rows.append(LimitRow(q.h, q.value, error, q.note))
        return rows

    def error_sweep(self, x: float, method: str, dtype: str) -> ErrorSweep:
        """Error against h on a log grid, for the log–log plot."""
        dq = self.quotients(method, dtype)
        exact = self.exact(1, x)
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
