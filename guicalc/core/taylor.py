"""Taylor polynomials Pₙ of f at a, from f's exact derivatives, and the error f − Pₙ.

cₖ = f⁽ᵏ⁾(a)/k! by Taylor-mode differentiation in 50 digits (core.taylor_mode), so the
coefficients are exact to double precision. The error is computed in mpmath
too: near a it falls far below float64's rounding of f, and a log-scale plot of a
float64 difference would show that rounding instead of the polynomial's error.
"""

from __future__ import annotations

from dataclasses import dataclass

import mpmath
import numpy as np
import sympy as sp

from guicalc.core.evaluate import Evaluator
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.symbolic import SUPERSCRIPT, display_number, format_number
from guicalc.core.taylor_mode import NoSeriesError, taylor_coefficients
from guicalc.core.taylor_state import MAX_DEGREE

EXACT_DIGITS = 50
ERROR_DIGITS = 40
"""Digits of the error curve: enough below any error a plot shows (P₁₂ of eˣ at 0.01: 1e-33)."""


class TaylorError(ValueError):
    """No polynomial of the degree asked for (f not smooth or not defined at a)."""


class TaylorSeries:
    """f in one variable (the others held at ``others``), ready for polynomials at any a."""

    def __init__(self, expr: sp.Expr, variable: str, others: dict[str, float] | None = None) -> None:
        self.expr, self.variable, self.others = expr, variable, dict(others or {})
        self._f_error = Evaluator(expr, "mpmath", precision=ERROR_DIGITS)
        self._f = Evaluator(expr)

    def polynomial(self, center: float, degree: int) -> TaylorPolynomial:
        """Pₙ at ``center``; TaylorError if f has no Taylor series there."""
        if not 0 <= degree <= MAX_DEGREE:
            raise TaylorError(QT_TRANSLATE_NOOP("taylor", "the degree must be from 0 to {n}").format(n=MAX_DEGREE))
        try:
            exact = taylor_coefficients(self.expr, self.variable, center, degree, self.others, EXACT_DIGITS)
        except NoSeriesError as exc:
            raise TaylorError(QT_TRANSLATE_NOOP(
                "taylor", "no Taylor polynomial at {name} = {a}: {reason}").format(
                name=self.variable, a=display_number(center), reason=exc.args[0])) from None
        return TaylorPolynomial(self.variable, float(center), tuple(exact))

    def errors(self, polynomial: TaylorPolynomial, xs: np.ndarray) -> np.ndarray:
        """f(x) − Pₙ(x) at each x in 40 digits, rounded to floats; NaN where f has no value."""
        out = np.empty(len(xs))
        with mpmath.workdps(ERROR_DIGITS):
            for i, x in enumerate(xs):
                f = self._f_error(**self.others, **{self.variable: float(x)})
                out[i] = float(f - polynomial.mp_value(x)) if mpmath.isfinite(f) else np.nan
        return out

    def values(self, xs: np.ndarray) -> np.ndarray:
        """f at the samples in float64 (the curve drawn)."""
        xs = np.asarray(xs, dtype=float)
        values = self._f(**self.others, **{self.variable: xs})
        return np.broadcast_to(np.asarray(values, dtype=float), xs.shape).copy()


@dataclass(frozen=True)
class TaylorPolynomial:
    """Pₙ(x) = Σ cₖ (x − a)ᵏ with its coefficients in 50 digits."""

    variable: str
    center: float
    exact: tuple[mpmath.mpf, ...]

    @property
    def degree(self) -> int:
        return len(self.exact) - 1

    @property
    def coefficients(self) -> tuple[float, ...]:
        """c₀ … cₙ rounded to floats."""
        return tuple(float(c) for c in self.exact)

    def values(self, xs: np.ndarray) -> np.ndarray:
        """Pₙ at an array of x, by Horner's rule in float64."""
        t = np.asarray(xs, dtype=float) - self.center
        result = np.zeros_like(t)
        for c in reversed(self.coefficients):
            result = result * t + c
        return result

    def mp_value(self, x: float) -> mpmath.mpf:
        """Pₙ(x) at the working precision of mpmath."""
        t = mpmath.mpf(x) - mpmath.mpf(self.center)
        result = mpmath.mpf(0)
        for c in reversed(self.exact):
            result = result * t + c
        return result

    def text(self, unicode: bool = True) -> str:
        """``1 + x + 0.5·x²`` (``1 + x + 0.5*x^2`` as ASCII; in powers of x − a when a ≠ 0);
        ``0`` when every cₖ is 0."""
        v = self.variable
        minus = "−" if unicode else "-"
        if self.center == 0:
            base = v
        else:
            sign = minus if self.center > 0 else "+"
            base = f"({v} {sign} {format_number(abs(self.center), 10)})"
        terms: list[tuple[bool, str]] = []
        for k, c in enumerate(self.coefficients):
            if c == 0:
                continue
            size = format_number(abs(c), 10)
            power = "" if k == 0 else base if k == 1 else \
                base + str(k).translate(SUPERSCRIPT) if unicode else f"{base}^{k}"
            body = size if k == 0 else (power if size == "1" else f"{size}·{power}" if unicode else f"{size}*{power}")
            terms.append((c < 0, body))
        if not terms:
            return "0"
        text = (minus if terms[0][0] else "") + terms[0][1]
        for negative, body in terms[1:]:
            text += f" {minus if negative else '+'} {body}"
        return text


def within_tolerance(xs: np.ndarray, errors: np.ndarray, center: float, tolerance: float
                     ) -> tuple[float, float] | None:
    """The widest run of samples around ``center`` where |f − Pₙ| < ``tolerance`` (its first
    and last x), None if the sample nearest a already misses it."""
    inside = np.abs(errors) < tolerance
    i = int(np.argmin(np.abs(xs - center)))
    if not inside[i]:
        return None
    lo = hi = i
    while lo > 0 and inside[lo - 1]:
        lo -= 1
    while hi < len(xs) - 1 and inside[hi + 1]:
        hi += 1
    return float(xs[lo]), float(xs[hi])


def tolerance_caption(interval: tuple[float, float] | None, tolerance: float, degree: int,
                      variable: str = "x") -> Message:
    """The sentence under the error plot."""
    if interval is None:
        return QT_TRANSLATE_NOOP("taylor", "|f − P{n}| ≥ {tol} everywhere in view").format(
            n=degree, tol=display_number(tolerance))
    return QT_TRANSLATE_NOOP("taylor", "|f − P{n}| < {tol} for {lo} ≤ {v} ≤ {hi} (in view)").format(
        n=degree, tol=display_number(tolerance), lo=display_number(interval[0], 4), v=variable,
        hi=display_number(interval[1], 4))
