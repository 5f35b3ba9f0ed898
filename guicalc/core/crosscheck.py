"""The gradient check: every way to compute f′ side by side, against the exact value.

As ``torch.autograd.gradcheck`` does, but every method in one table: the symbolic
derivative, forward, backward and central differences (in the chosen dtype), the
complex step, forward mode (dual numbers) and reverse mode. Each row has its
relative error against the derivative evaluated with 50 significant digits and a
pass/fail at a stated tolerance; a failing row says why in words.

A difference quotient's error splits exactly into two parts: the same quotient
computed with 50 digits (same x, same h as the dtype holds them) differs from f′
by *truncation* alone, and the dtype's quotient differs from that one by *rounding*
alone. Whichever is larger names the cause.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import mpmath
import numpy as np
import sympy as sp

from guicalc.core import autodiff, symbolic
from guicalc.core import functions as fn
from guicalc.core.difference import COMPLEX_STEP_H, DTYPES, DifferenceQuotient
from guicalc.core.evaluate import Evaluator
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.parse import symbol

PRECISION = 50
TOLERANCE = {"float16": 1e-1, "float32": 1e-2, "float64": 1e-6}
"""Relative tolerance by dtype: a few times the error of a difference quotient at its
best step (√ε for a one-sided quotient: 0.03 in float16, 3e-4 in float32, 1.5e-8 in float64)."""

DIFFERENCES = ("forward", "backward", "central")
METHODS = ("symbolic", *DIFFERENCES, "complex step", "forward mode", "reverse mode")
METHOD_NAMES = {
    "symbolic": QT_TRANSLATE_NOOP("crosscheck", "symbolic derivative"),
    "forward": QT_TRANSLATE_NOOP("crosscheck", "forward difference"),
    "backward": QT_TRANSLATE_NOOP("crosscheck", "backward difference"),
    "central": QT_TRANSLATE_NOOP("crosscheck", "central difference"),
    "complex step": QT_TRANSLATE_NOOP("crosscheck", "complex step"),
    "forward mode": QT_TRANSLATE_NOOP("crosscheck", "forward mode (dual numbers)"),
    "reverse mode": QT_TRANSLATE_NOOP("crosscheck", "reverse mode (backpropagation)"),
}
KINKED = (sp.Abs, fn.relu, sp.sign, sp.floor, sp.ceiling, sp.Heaviside, sp.Max, sp.Min)


class CrossCheckError(ValueError):
    """The table cannot be made for this function and point; the message says why."""


@dataclass(frozen=True)
class Row:
    """One method's f′: ``value`` None when the method cannot give one here."""

    method: str  # a key of METHODS
    value: float | None
    relative_error: float | None
    passed: bool
    note: str = ""  # why it failed (or why it has no value), a Message
    h: float | None = None  # the step, for the differences and the complex step


@dataclass(frozen=True)
class CrossCheck:
    """The table for f′ with respect to ``variable`` at ``point``."""

    variable: str
    point: dict[str, float]
    dtype: str
    tolerance: float
    derivative: sp.Expr
    exact: float
    rows: tuple[Row, ...]
    kink: str = ""  # a sentence when f has a kink at the point

    def row(self, method: str) -> Row:
        return next(r for r in self.rows if r.method == method)


def default_step(method: str, dtype: str, x: float) -> float:
    """The step that balances truncation against rounding: ε^½ one-sided, ε^⅓ central."""
    eps = float(np.finfo(dtype).eps)
    return float((eps ** (1 / 3) if method == "central" else eps ** 0.5) * max(1.0, abs(x)))


def relative_error(value: float, exact: mpmath.mpf) -> float:
    """|value − exact| / |exact|, or the absolute error where the exact value is 0."""
    with mpmath.workdps(PRECISION):
        diff = abs(mpmath.mpf(value) - exact)
        return float(diff / abs(exact)) if exact else float(diff)


def cross_check(expr: sp.Expr, point: Mapping[str, float], variable: str, dtype: str = "float64",
                h: float | None = None, tolerance: float | None = None) -> CrossCheck:
    """Every method's f′ at ``point`` with respect to ``variable``, each checked."""
    if dtype not in DTYPES:
        raise CrossCheckError(f"unknown dtype {dtype!r}; choose one of {', '.join(DTYPES)}")
    names = sorted(s.name for s in expr.free_symbols)
    if variable not in names:
        raise CrossCheckError(QT_TRANSLATE_NOOP("crosscheck", "the expression has no variable {name}").format(
            name=variable))
    missing = [n for n in names if n not in point]
    if missing:
        raise CrossCheckError(QT_TRANSLATE_NOOP("graph", "give a value for {names}").format(names=", ".join(missing)))
    values = {n: float(point[n]) for n in names}
    tol = TOLERANCE[dtype] if tolerance is None else tolerance
    value = symbolic.mp_value(expr, values, PRECISION)
    if not (isinstance(value, mpmath.mpf) and mpmath.isfinite(value)):
        raise CrossCheckError(QT_TRANSLATE_NOOP("crosscheck", "f has no real value at this point"))
    derivative = sp.diff(expr, symbol(variable))
    exact = symbolic.mp_value(derivative, values, PRECISION)
    if not (isinstance(exact, mpmath.mpf) and mpmath.isfinite(exact)):
        raise CrossCheckError(QT_TRANSLATE_NOOP(
            "crosscheck", "f′ has no finite value at this point, so there is nothing to check against"))
    kink = _kink(expr, values)
    x = values[variable]
    others = {n: v for n, v in values.items() if n != variable}
    judge = _Judge(exact, tol, kink)
    rows = [judge.row("symbolic", _float(Evaluator(derivative, "numpy", "float64")(**values)))]
    for method in DIFFERENCES:
        rows.append(_difference_row(expr, variable, method, dtype, x, others, h, judge))
    rows.append(_complex_step_row(expr, variable, x, others, judge))
    trace = autodiff.Graph(expr).evaluate(values)
    rows.append(judge.row("forward mode", _float(trace.tangent(variable).nodes[trace.graph.output])))
    rows.append(judge.row("reverse mode", _float(trace.gradients()[variable])))
    return CrossCheck(variable, values, dtype, tol, derivative, float(exact), tuple(rows), kink)


class _Judge:
    """Errors and verdicts against one exact value."""

    def __init__(self, exact: mpmath.mpf, tolerance: float, kink: str) -> None:
        self.exact, self.tolerance, self.kink = exact, tolerance, kink

    def row(self, method: str, value: float | None, note: str = "", h: float | None = None,
            split: tuple[float, float] | None = None) -> Row:
        if value is None:
            return Row(method, None, None, False, note or QT_TRANSLATE_NOOP("crosscheck", "no finite value"), h)
        error = relative_error(value, self.exact)
        passed = error <= self.tolerance
        if not passed and not note:
            note = self._why(error, split)
        return Row(method, value, error, passed, note, h)

    def _why(self, error: float, split: tuple[float, float] | None) -> str:
        if self.kink:
            return self.kink
        if split is None:
            return QT_TRANSLATE_NOOP("crosscheck", "rounding: the error {error:.1e} is above the tolerance "
                                     "{tolerance:.0e}").format(error=error, tolerance=self.tolerance)
        truncation, rounding = split
        if truncation >= rounding:
            return QT_TRANSLATE_NOOP(
                "crosscheck", "truncation: the step is too large (the exact quotient is already off by {part:.1e}); "
                "a smaller h would help").format(part=truncation)
        return QT_TRANSLATE_NOOP(
            "crosscheck", "rounding: f(x ± h) agree in most of their digits and the subtraction cancels them "
            "(rounding contributes {part:.1e}); a larger h or a wider dtype would help").format(part=rounding)


def _difference_row(expr: sp.Expr, variable: str, method: str, dtype: str, x: float,
                    others: dict[str, float], h: float | None, judge: _Judge) -> Row:
    step = default_step(method, dtype, x) if h is None else h
    quotient = DifferenceQuotient(expr, variable, method, dtype, others).at(x, step)
    if quotient.value is None:
        return judge.row(method, None, quotient.note, step)
    return judge.row(method, quotient.value, quotient.note, step,
                     _split(expr, variable, method, dtype, x, others, step, quotient.value, judge.exact))


def _split(expr: sp.Expr, variable: str, method: str, dtype: str, x: float, others: dict[str, float],
           h: float, value: float, exact: mpmath.mpf) -> tuple[float, float]:
    """(truncation, rounding): the 50-digit quotient's error, and the dtype's departure from it."""
    t = np.dtype(dtype).type
    xd, hd = float(t(x)), float(t(h))  # the numbers the dtype actually holds
    params = {n: float(t(v)) for n, v in others.items()}
    f = Evaluator(expr, "mpmath", precision=PRECISION)
    with mpmath.workdps(PRECISION):
        xm, hm = mpmath.mpf(xd), mpmath.mpf(hd)
        lo, hi, width = {"forward": (xm, xm + hm, hm), "backward": (xm - hm, xm, hm),
                         "central": (xm - hm, xm + hm, 2 * hm)}[method]
        quotient = (f(**{variable: hi}, **params) - f(**{variable: lo}, **params)) / width
        scale = abs(exact) if exact else 1
        return float(abs(quotient - exact) / scale), float(abs(mpmath.mpf(value) - quotient) / scale)


def _complex_step_row(expr: sp.Expr, variable: str, x: float, others: dict[str, float], judge: _Judge) -> Row:
    quotients = DifferenceQuotient(expr, variable, "auto", params=others)
    if quotients.auto_kind != "complex step":
        return judge.row("complex step", None, QT_TRANSLATE_NOOP(
            "crosscheck", "f is not analytic (it uses |x|, ReLU, floor or a sign), so it has no complex "
            "extension to step into"), COMPLEX_STEP_H)
    quotient = quotients.at(x, COMPLEX_STEP_H)
    return judge.row("complex step", quotient.value, quotient.note, COMPLEX_STEP_H)


def _kink(expr: sp.Expr, values: dict[str, float]) -> Message | str:
    """A sentence when a non-smooth function's argument is 0 at the point."""
    for sub in sp.preorder_traversal(expr):
        if isinstance(sub, KINKED) and sub.args:
            arg = symbolic.mp_value(sub.args[0], values, PRECISION)
            if isinstance(arg, mpmath.mpf) and abs(arg) < mpmath.mpf(10) ** (-PRECISION // 2):
                return QT_TRANSLATE_NOOP(
                    "crosscheck", "a kink: {function} changes slope where {argument} = 0, so the left and right "
                    "slopes differ and f′ there is a convention; each method picks a side or an average").format(
                    function=symbolic.to_text(sub), argument=symbolic.to_text(sub.args[0]))
    return ""


def _float(value: object) -> float | None:
    number = float(np.asarray(value, dtype=np.float64))
    return number if np.isfinite(number) else None
