"""Taylor-mode differentiation: the first n derivatives of f at a, exactly, in one pass.

Every node of f's tree is evaluated as a truncated power series in t = x − a
(JAX calls these jets): sums add, products convolve, and each function has a
recurrence. This gives f⁽ᵏ⁾(a)/k! to the working precision (50 digits) with no
step size and no symbolic blow-up: sympy's 9th derivative of sigmoid(x) already
has thousands of nodes, a series of order 12 has 13 numbers per node.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import mpmath
import sympy as sp

from guicalc.core import functions as fn
from guicalc.core.messages import QT_TRANSLATE_NOOP

Series = list  # [c₀, c₁, …, cₙ] of mpmath numbers


class NoSeriesError(ValueError):
    """f has no Taylor series at a (a corner, a jump, a pole, outside its domain)."""


def taylor_coefficients(expr: sp.Expr, variable: str, center: float, degree: int,
                        others: Mapping[str, float] | None = None, digits: int = 50) -> list[mpmath.mpf]:
    """c₀ … cₙ of f = ``expr`` at ``variable`` = ``center`` (cₖ = f⁽ᵏ⁾(a)/k!); ``others``
    gives the values of the other symbols. NoSeriesError where there is none."""
    with mpmath.workdps(digits + 10):
        jet = _Jet(variable, mpmath.mpf(center), degree, others or {})
        result = jet.series(expr)
    with mpmath.workdps(digits):
        return [+c for c in result]


def _undefined() -> NoSeriesError:
    return NoSeriesError(QT_TRANSLATE_NOOP("taylor", "f has no Taylor series here: it is not smooth "
                                                     "or not defined at this point"))


class _Jet:
    def __init__(self, variable: str, center: mpmath.mpf, degree: int, others: Mapping[str, float]) -> None:
        self.variable, self.center, self.n, self.others = variable, center, degree, others

    def constant(self, value: object) -> Series:
        return [mpmath.mpf(value)] + [mpmath.mpf(0)] * self.n

    def series(self, expr: sp.Expr) -> Series:
        if expr.is_Symbol:
            if expr.name == self.variable:
                return [self.center, mpmath.mpf(1)] + [mpmath.mpf(0)] * (self.n - 1) if self.n else [self.center]
            if expr.name not in self.others:
                raise NoSeriesError(QT_TRANSLATE_NOOP("taylor", "{name} has no value").format(name=expr.name))
            return self.constant(self.others[expr.name])
        if expr.is_number and not expr.has(sp.Function):
            if expr.is_real is False or expr in (sp.nan, sp.zoo, sp.oo, -sp.oo):
                raise _undefined()
            return self.constant(mpmath.mpmathify(sp.N(expr, mpmath.mp.dps + 5)))
        args = [self.series(a) for a in expr.args]
        if expr.is_Add:
            return [mpmath.fsum(c) for c in zip(*args, strict=True)]
        if expr.is_Mul:
            result = args[0]
            for other in args[1:]:
                result = _mul(result, other)
            return result
        if expr.is_Pow:
            return _power(args[0], args[1], expr.exp)
        rule = _RULES.get(expr.func)
        if rule is None:
            raise _undefined()
        return rule(self, *args)


def _check(*values: mpmath.mpf) -> None:
    if not all(mpmath.isfinite(v) for v in values):
        raise _undefined()


def _mul(a: Series, b: Series) -> Series:
    return [mpmath.fsum(a[j] * b[k - j] for j in range(k + 1)) for k in range(len(a))]


def _div(a: Series, b: Series) -> Series:
    if b[0] == 0:
        raise _undefined()
    q: Series = []
    for k in range(len(a)):
        q.append((a[k] - mpmath.fsum(b[j] * q[k - j] for j in range(1, k + 1))) / b[0])
    return q


def _exp(u: Series) -> Series:
    y = [mpmath.exp(u[0])]
    _check(y[0])
    for k in range(1, len(u)):
        y.append(mpmath.fsum(j * u[j] * y[k - j] for j in range(1, k + 1)) / k)
    return y


def _log(u: Series) -> Series:
    if u[0] <= 0:
        raise _undefined()
    y = [mpmath.log(u[0])]
    for k in range(1, len(u)):
        y.append((u[k] - mpmath.fsum(j * y[j] * u[k - j] for j in range(1, k)) / k) / u[0])
    return y


def _sin_cos(u: Series, sign: int = -1) -> tuple[Series, Series]:
    """sin and cos of u (sign −1), or sinh and cosh (sign +1), together: each one's
    recurrence needs the other's coefficients."""
    s = [mpmath.sin(u[0]) if sign < 0 else mpmath.sinh(u[0])]
    c = [mpmath.cos(u[0]) if sign < 0 else mpmath.cosh(u[0])]
    _check(s[0], c[0])
    for k in range(1, len(u)):
        s.append(mpmath.fsum(j * u[j] * c[k - j] for j in range(1, k + 1)) / k)
        c.append(sign * mpmath.fsum(j * u[j] * s[k - j] for j in range(1, k + 1)) / k)
    return s, c


def _integrate(value: mpmath.mpf, slope: Series) -> Series:
    """y with y₀ = ``value`` and y′ = ``slope`` (as series in t): yₖ = slopeₖ₋₁ / k."""
    _check(value)
    return [value] + [slope[k - 1] / k for k in range(1, len(slope))]


def _derivative(u: Series) -> Series:
    """u′ as a series (its last coefficient is unknown at this order and set to 0)."""
    return [k * u[k] for k in range(1, len(u))] + [mpmath.mpf(0)]


def _power(base: Series, exponent: Series, exp_expr: sp.Expr) -> Series:
    if exp_expr.is_Integer:
        p = int(exp_expr)
        one = [mpmath.mpf(1)] + [mpmath.mpf(0)] * (len(base) - 1)
        result, square = one, base
        for bit in bin(abs(p))[2:][::-1]:
            if bit == "1":
                result = _mul(result, square)
            square = _mul(square, square)
        return _div(one, result) if p < 0 else result
    if any(exponent[1:]):  # u^v with v varying: e^(v ln u)
        return _exp(_mul(exponent, _log(base)))
    p, u = exponent[0], base
    if u[0] <= 0:
        raise _undefined()  # a non-integer power of 0 has no series there, of a negative no real value
    y = [mpmath.power(u[0], p)]
    for k in range(1, len(u)):  # y = u^p: u·y′ = p·u′·y
        y.append(mpmath.fsum(((p + 1) * j - k) * u[j] * y[k - j] for j in range(1, k + 1)) / (k * u[0]))
    return y


def _sqrt_one_minus_square(u: Series) -> Series:
    one = [mpmath.mpf(1)] + [mpmath.mpf(0)] * (len(u) - 1)
    rest = [a - b for a, b in zip(one, _mul(u, u), strict=True)]
    return _power(rest, [mpmath.mpf(0.5)] + [mpmath.mpf(0)] * (len(u) - 1), sp.Rational(1, 2))


def _branch(u: Series, below: Callable[[Series], Series], above: Callable[[Series], Series]) -> Series:
    """A function with a corner or jump at 0: the smooth piece on u₀'s side, none at 0."""
    if u[0] == 0:
        raise _undefined()
    return above(u) if u[0] > 0 else below(u)


def _constant_piece(value: Callable[[mpmath.mpf], mpmath.mpf]) -> Callable[[_Jet, Series], Series]:
    """floor, ceiling: constant between jumps, no series at a jump."""
    def rule(jet: _Jet, u: Series) -> Series:
        if value(u[0]) != value(u[0] + mpmath.mpf(10) ** (-mpmath.mp.dps // 2)) or \
                value(u[0]) != value(u[0] - mpmath.mpf(10) ** (-mpmath.mp.dps // 2)):
            raise _undefined()
        return jet.constant(value(u[0]))
    return rule


def _zero(u: Series) -> Series:
    return [mpmath.mpf(0)] * len(u)


def _negated(u: Series) -> Series:
    return [-c for c in u]


def _one_plus(u: Series) -> Series:
    return [u[0] + 1, *u[1:]]


_RULES: dict[type, Callable[..., Series]] = {
    sp.exp: lambda jet, u: _exp(u),
    sp.log: lambda jet, u: _log(u),
    sp.sin: lambda jet, u: _sin_cos(u)[0],
    sp.cos: lambda jet, u: _sin_cos(u)[1],
    sp.tan: lambda jet, u: _div(*_sin_cos(u)),
    sp.cot: lambda jet, u: _div(*reversed(_sin_cos(u))),
    sp.sec: lambda jet, u: _div(jet.constant(1), _sin_cos(u)[1]),
    sp.csc: lambda jet, u: _div(jet.constant(1), _sin_cos(u)[0]),
    sp.sinh: lambda jet, u: _sin_cos(u, 1)[0],
    sp.cosh: lambda jet, u: _sin_cos(u, 1)[1],
    sp.tanh: lambda jet, u: _div(*_sin_cos(u, 1)),
    sp.atan: lambda jet, u: _integrate(mpmath.atan(u[0]), _div(_derivative(u), _one_plus(_mul(u, u)))),
    sp.asin: lambda jet, u: _integrate(mpmath.asin(u[0]) if abs(u[0]) < 1 else mpmath.nan,
                                       _div(_derivative(u), _sqrt_one_minus_square(u))),
    sp.acos: lambda jet, u: _integrate(mpmath.acos(u[0]) if abs(u[0]) < 1 else mpmath.nan,
                                       _negated(_div(_derivative(u), _sqrt_one_minus_square(u)))),
    sp.Abs: lambda jet, u: _branch(u, _negated, lambda v: v),
    fn.relu: lambda jet, u: _branch(u, _zero, lambda v: v),
    sp.sign: lambda jet, u: _branch(u, lambda v: jet.constant(-1), lambda v: jet.constant(1)),
    sp.Heaviside: lambda jet, u, *_: _branch(u, lambda v: jet.constant(0), lambda v: jet.constant(1)),
    sp.floor: _constant_piece(mpmath.floor),
    sp.ceiling: _constant_piece(mpmath.ceil),
    fn.sigmoid: lambda jet, u: _div(jet.constant(1), _one_plus(_exp(_negated(u)))),
    fn.softplus: lambda jet, u: _log(_one_plus(_exp(u))),
    fn.norm: lambda jet, *us: _power([mpmath.fsum(c) for c in zip(*(_mul(u, u) for u in us), strict=True)],
                                     jet.constant(0.5), sp.Rational(1, 2)),
    fn.dot: lambda jet, a, b: _mul(a, b),
    fn.vsum: lambda jet, *us: [mpmath.fsum(c) for c in zip(*us, strict=True)],
}
