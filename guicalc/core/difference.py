"""Difference quotients in a chosen floating-point type, and why they break down.

The lesson of the notes: (f(x+h) − f(x))/h approaches f′(x) as h shrinks until
rounding takes over; in float16 ``h = 1e-50`` is 0 and the quotient divides by zero.
Every quotient here is computed entirely in the user's dtype, and every row says
in words when h is lost.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import mpmath
import numpy as np
import sympy as sp

from guicalc.core.curve_state import DTYPES, METHODS
from guicalc.core.evaluate import TABLE, Evaluator, NotAnalyticError
from guicalc.core.messages import QT_TRANSLATE_NOOP
from guicalc.core.parse import ARITY, FUNCTIONS
from guicalc.core.symbolic import as_float
from guicalc.core.typed import Typed, TypedEvaluator, names

COMPLEX_STEP_KIND = "complex step"
RIDDERS_KIND = "Richardson"
DEFAULT_H = 1e-4  # the notes' choice: small, yet far from float64's rounding floor
COMPLEX_STEP_H = 1e-20


@dataclass(frozen=True)
class Quotient:
    """One difference quotient: ``value`` is None when it cannot be formed."""

    h: float
    value: float | None
    note: str = ""
    kind: str = ""
    """For ``auto``: the method that gave the value (complex step, Richardson, 60-digit central)."""
    error: float | None = None
    """For ``auto``: its estimated error (measured against the exact f′ when there is one)."""


AUTO_TARGET = 1e-12
"""The relative error the auto method promises wherever f′ exists, or it says it missed."""
ZERO_SLOPE_ERROR = 1e-20
HIGH_PRECISION_KIND = QT_TRANSLATE_NOOP("difference", "central difference at 60+ digits")


class DifferenceQuotient:
    """Quotients of one function of one variable by a method and dtype.

    ``method="auto"`` uses the complex step Im f(x + ih)/h (no subtraction, so no
    cancellation) when the function is analytic, and Ridders' extrapolation of
    central differences otherwise; both reach close to double precision.
    """

    def __init__(self, expr: object, variable: str, method: str = "forward",
                 dtype: str = "float64", params: dict[str, float] | None = None,
                 reference: Callable[[float], float] | None = None,
                 kink_distance: Callable[[float], float] | None = None, typed: Typed | None = None) -> None:
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
        if dtype not in DTYPES:
            raise ValueError(f"unknown dtype {dtype!r}; choose one of {', '.join(DTYPES)}")
        self.variable = variable
        self.method = method
        self.dtype = "float64" if method == "auto" else dtype
        self.params = dict(params or {})
        self._expr = expr
        self._real = Evaluator(expr, "numpy", self.dtype)
        # Forward, backward and central quotients evaluate f as typed (x/3, not x·fl(1/3)),
        # as a tensor of the dtype would; auto works on sympy's form (its complex step needs it).
        as_typed = typed is not None and method != "auto" and names(typed) <= {variable, *self.params}
        self._typed = TypedEvaluator(typed, self.dtype, numpy_functions()) if as_typed else None
        self._reference = reference
        """x → the exact f′(x) at 50 digits (NaN where none): what auto checks itself against."""
        self._kink_distance = kink_distance
        """x → how far the nearest kink or jump is: Ridders' steps must not straddle it."""
        self._precise: dict[int, Evaluator] = {}  # digits -> f at that precision
        self._complex: Evaluator | None = None
        if method == "auto":
            try:
                self._complex = Evaluator(expr, "complex")
            except NotAnalyticError:
                self._complex = None

    @property
    def auto_kind(self) -> str:
        """Which automatic method runs first: ``complex step`` or ``Richardson`` (at a point,
        :attr:`Quotient.kind` says which one gave the value)."""
        return COMPLEX_STEP_KIND if self._complex is not None else RIDDERS_KIND

    def f(self, x: object) -> np.ndarray:
        """f in the working dtype (params cast to it as well)."""
        return self._real(**{self.variable: x}, **self.params)

    def f_as_typed(self, x: object) -> np.ndarray:
        """f as typed in the working dtype: what the quotients use (sympy's form without a typed tree)."""
        if self._typed is None:
            return self.f(x)
        return self._typed(**{self.variable: x}, **self.params)

    def at(self, x: float, h: float) -> Quotient:
        """The quotient at ``x`` with step ``h``, computed in the working dtype."""
        return self.at_many(x, [h])[0]

    def at_many(self, x: float, hs: Sequence[float]) -> list[Quotient]:
        """Quotients for many h at once: one vectorised evaluation, not one per h."""
        if self.method == "auto":
            return [self._auto(x, float(h)) for h in hs]
        t = np.dtype(self.dtype).type
        with np.errstate(all="ignore"):  # x or h beyond float16's 65504 is inf, without a warning
            xd, hd = t(x), np.asarray(hs, dtype=self.dtype)
        if not np.isfinite(xd):
            note = QT_TRANSLATE_NOOP("difference", "x = {x:g} is beyond the range of {dtype}").format(
                x=x, dtype=self.dtype)
            return [Quotient(float(h), None, note) for h in hs]
        with np.errstate(all="ignore"):
            if self.method == "forward":
                lo, hi, width = np.full_like(hd, xd), xd + hd, hd
            elif self.method == "backward":
                lo, hi, width = xd - hd, np.full_like(hd, xd), hd
            else:
                lo, hi, width = xd - hd, xd + hd, t(2) * hd
            q = (self.f_as_typed(hi) - self.f_as_typed(lo)) / width
        q = np.broadcast_to(q, hd.shape)
        return [self._quotient(x, float(h), hd[i] == 0, hi[i] == lo[i], float(q[i]))
                for i, h in enumerate(hs)]

    def _quotient(self, x: float, h: float, h_lost: bool, x_lost: bool, value: float) -> Quotient:
        """One row, with the breakdown said in words."""
        if h_lost:
            return Quotient(h, None, QT_TRANSLATE_NOOP(
                "difference", "h = {h:g} rounds to 0 in {dtype}: the quotient would divide by zero").format(
                h=h, dtype=self.dtype))
        note = ""
        if x_lost:
            note = QT_TRANSLATE_NOOP("difference", "x ± h rounds back to x in {dtype} (h is below its resolution "
                                     "near x = {x:g}): the numerator is 0").format(dtype=self.dtype, x=x)
        elif not math.isfinite(value):
            note = QT_TRANSLATE_NOOP("difference", "f is not finite near x = {x:g}").format(x=x)
        return Quotient(h, value if math.isfinite(value) else None, note)

    def _auto(self, x: float, h: float) -> Quotient:
        """The automatic method: complex step or Ridders, checked against the exact f′ when
        there is one; on a miss (f's float64 formula cancels, the step overflows) a central
        difference of f evaluated at 60 digits; and if that misses too, it says so."""
        if math.isnan(float(self.f(x))):  # ±inf is float64's overflow, not a missing value
            # The complex step reads f's continuation, which exists where f has no real
            # value: ln x at x = -1 would give Im(iπ)/h = 3e20.
            note = QT_TRANSLATE_NOOP("difference", "f has no real value at x = {x:g}")
            return Quotient(h, None, note.format(x=x))
        exact = self._reference(x) if self._reference is not None else math.nan
        if self._reference is not None and not math.isfinite(exact):
            note = QT_TRANSLATE_NOOP("difference", "no derivative at x = {x:g}")
            return Quotient(h, None, note.format(x=x))
        value, kind, estimate = self._fast(x, h)
        if math.isfinite(exact):
            error = abs(value - exact) if math.isfinite(value) else math.inf
            note = ""
            if error > AUTO_TARGET * abs(exact):
                note = QT_TRANSLATE_NOOP("difference", "the {kind} in float64 was off by {error:.1e}; a central "
                                         "difference at 60+ digits gives this value").format(kind=kind, error=error)
                value, kind = self._high_precision(x), HIGH_PRECISION_KIND
                error = abs(value - exact) if math.isfinite(value) else math.inf
            # Where f′ = 0 only an absolute error can be asked for: 1e-20 is beyond float64's reach.
            if error > max(AUTO_TARGET * abs(exact), ZERO_SLOPE_ERROR * max(1.0, abs(x))):
                note = QT_TRANSLATE_NOOP("difference", "auto missed its target: {value:.6g} differs from the exact "
                                         "f′ = {exact:.12g} by {error:.1e}").format(value=value, exact=exact,
                                                                                    error=error)
                return Quotient(h, value if math.isfinite(value) else None, note, kind, error)
            return Quotient(h, value, note, kind, error)
        if not math.isfinite(value):
            note = QT_TRANSLATE_NOOP("difference", "f is not differentiable at x = {x:g}")
            return Quotient(h, None, note.format(x=x), kind)
        return Quotient(h, value, "", kind, estimate)

    def _fast(self, x: float, h: float) -> tuple[float, str, float]:
        """The float64 estimate: (value, method, its own error estimate)."""
        if self._complex is not None:
            q = self._complex(**{self.variable: complex(x, h)}, **self.params)
            value = float(np.imag(q)) / h
            return value, COMPLEX_STEP_KIND, abs(value) * 2.2e-16
        step = max(h, 1e-3) * max(1.0, abs(x))
        if self._kink_distance is not None:
            step = min(step, self._kink_distance(x) / 2)  # the first secant must not reach the kink
        if not step > 0:  # on the kink itself
            return math.nan, RIDDERS_KIND, math.inf
        value, error = ridders(lambda v: float(self.f(v)), x, step)
        return value, RIDDERS_KIND, error

    def _high_precision(self, x: float) -> float:
        """(f(x + h) − f(x − h))/2h with f evaluated at 60 digits and h = 1e-20·max(1, |x|):
        truncation ~f‴h² and rounding ~10⁻⁶⁰/h are both far below float64's resolution.
        Confirmed at 120 (then 240) digits, since f's own formula may cancel many digits."""
        value = math.nan
        for digits in (60, 120, 240):
            better = self._central_at(x, digits)
            if better == value or abs(better - value) <= 1e-15 * abs(better):
                return better
            value = better
        return value

    def _central_at(self, x: float, digits: int) -> float:
        if digits not in self._precise:
            self._precise[digits] = Evaluator(self._expr, "mpmath", precision=digits)
        f = self._precise[digits]
        with mpmath.workdps(digits):
            xm = mpmath.mpf(x)
            h = mpmath.mpf(10) ** (-digits // 3) * max(1, abs(xm))
            if self._kink_distance is not None and self._kink_distance(x) > 0:
                # Off the kink, stay off it; on it (|x|³ at 0, where f′ exists) straddle it symmetrically.
                h = min(h, mpmath.mpf(self._kink_distance(x)) / 4)
            hi = f(**{self.variable: xm + h}, **self.params)
            lo = f(**{self.variable: xm - h}, **self.params)
            return as_float((hi - lo) / (2 * h))

    def best(self, x: float) -> Quotient:
        """The method's own best estimate: auto picks its own step."""
        return self.at(x, COMPLEX_STEP_H if self._complex is not None else DEFAULT_H)


class NumericDerivatives:
    """f′ and f″ on arrays from f alone, for derivatives too large to use symbolically.

    f′ is the complex step Im f(x + ih)/h where f is analytic (exact to rounding, and as
    cheap as evaluating f), else a central difference with h ∝ ∛ε; f″ is a central
    difference of that f′, with h ∝ ε^¼.
    """

    def __init__(self, quotients: DifferenceQuotient) -> None:
        self.q = quotients

    def __call__(self, order: int, xs: np.ndarray) -> np.ndarray:
        xs = np.asarray(xs, dtype=float)
        if order == 0:
            return np.broadcast_to(np.asarray(self.q.f(xs), dtype=float), xs.shape)
        if order == 1:
            return self.first(xs)
        h = 1e-4 * np.maximum(1.0, np.abs(xs))
        with np.errstate(all="ignore"):
            return (self.first(xs + h) - self.first(xs - h)) / (2 * h)

    def first(self, xs: np.ndarray) -> np.ndarray:
        q = self.q
        with np.errstate(all="ignore"):
            if q._complex is None:
                h = 6e-6 * np.maximum(1.0, np.abs(xs))
                return np.asarray((q.f(xs + h) - q.f(xs - h)) / (2 * h), dtype=float) * np.ones_like(xs)
            # As in DifferenceQuotient._auto: no slope where f has no real value.
            real = np.isfinite(np.asarray(q.f(xs), dtype=float))
            step = q._complex(**{q.variable: xs + 1j * COMPLEX_STEP_H}, **q.params)
            slope = np.imag(np.asarray(step)) / COMPLEX_STEP_H * np.ones_like(xs)
        return np.where(real, slope, np.nan)


@cache
def numpy_functions() -> dict[str, Callable[..., np.ndarray]]:
    """Each function name of the language → its numpy form (evaluate.TABLE's, by way of the
    sympy class the parser builds), so a typed call computes what the sympy form computes."""
    x = sp.Symbol("x")
    table: dict[str, Callable[..., np.ndarray]] = {}
    for name, build in FUNCTIONS.items():
        low, high = ARITY.get(name, (1, 1))
        func = build(*([x] * max(low, 1))).func
        if func in TABLE and name not in ("log", "log10", "lg", "log2", "sqrt", "cbrt"):
            table[name] = TABLE[func][0]
    table.update({"log10": np.log10, "lg": np.log10, "log2": np.log2, "sqrt": np.sqrt, "cbrt": np.cbrt,
                  "log": lambda *a: np.log(a[-1]) / np.log(a[0]) if len(a) == 2 else np.log(a[0]),
                  "abs": np.abs})
    return table


def ridders(f: Callable[[float], float], x: float, h: float, ntab: int = 10) -> tuple[float, float]:
    """Ridders' polynomial extrapolation of central differences to h → 0.

    Numerical Recipes §5.7: a Neville tableau with step ratio 1.4, stopping when
    the error estimate grows; typical accuracy is 1e-13 relative for smooth f.
    Returns the estimate and its error estimate.
    """
    con, con2, safe = 1.4, 1.96, 2.0
    a = [[0.0] * ntab for _ in range(ntab)]
    hh = h
    a[0][0] = (f(x + hh) - f(x - hh)) / (2 * hh)
    best, err = a[0][0], math.inf
    for i in range(1, ntab):
        hh /= con
        a[0][i] = (f(x + hh) - f(x - hh)) / (2 * hh)
        fac = con2
        for j in range(1, i + 1):
            a[j][i] = (a[j - 1][i] * fac - a[j - 1][i - 1]) / (fac - 1)
            fac *= con2
            errt = max(abs(a[j][i] - a[j - 1][i]), abs(a[j][i] - a[j - 1][i - 1]))
            if errt <= err:
                err, best = errt, a[j][i]
        if abs(a[i][i] - a[i - 1][i - 1]) >= safe * err:
            break
    return best, err


def step_sizes(steps: int) -> list[float]:
    """h = 10⁻¹ … 10⁻ⁿ, as in the notes' table."""
    return [10.0 ** -k for k in range(1, steps + 1)]


def error_sweep_sizes(dtype: str, count: int = 120) -> np.ndarray:
    """Log-spaced h from 1 down past the point where ``dtype`` loses h entirely."""
    tiny = {"float16": -9, "float32": -14, "float64": -18}[dtype]
    return np.logspace(0, tiny, count)
