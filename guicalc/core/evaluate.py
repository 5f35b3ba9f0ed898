"""Numbers from sympy expressions without ``exec``: a tree of numpy (or mpmath) calls.

``sympy.lambdify`` generates source code and runs it with ``exec``. Walking the
expression once and composing closures is as fast on arrays and executes nothing,
which a test proves with traps on ``eval``/``exec``/``compile``.

Three backends share one function table:
- ``numpy`` in a chosen real dtype (float16/32/64), domain errors give NaN;
- ``complex`` (complex128) for the complex-step derivative, analytic functions only;
- ``mpmath`` at a chosen precision, the exact reference for every error shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import mpmath
import numpy as np
import sympy as sp

from guicalc.core import functions as fn

Value = object  # an ndarray, numpy scalar or mpmath number, by backend
Node = Callable[[Mapping[str, Value]], Value]


class NotAnalyticError(ValueError):
    """The expression uses a function with no complex extension (|x|, floor, ReLU…)."""


def _sigmoid_np(x: np.ndarray) -> np.ndarray:
    one = np.ones_like(x)
    return one / (one + np.exp(-x))


def _softplus_np(x: np.ndarray) -> np.ndarray:
    if np.iscomplexobj(x):
        # log(1 + e^z) overflows for Re z > ~709 (the complex step gave 7.85e19 at 800):
        # for Re z > 0 it is z + log(1 + e^−z), whose exponential cannot overflow.
        positive = np.real(x) > 0
        return np.where(positive, x + np.log1p(np.exp(np.where(positive, -x, 0))),
                        np.log1p(np.exp(np.where(positive, 0, x))))
    return np.logaddexp(np.zeros_like(x), x)


def _heaviside_np(x: np.ndarray, at_zero: np.ndarray | float = 0.5) -> np.ndarray:
    return np.heaviside(x, np.asarray(at_zero, dtype=np.result_type(x)))


def _norm_np(*args: np.ndarray) -> np.ndarray:
    return np.sqrt(sum(a * a for a in args))


MAX_MAG = 4096
"""Binary exponent beyond which an mpmath value counts as infinite. float64 stops at
2^1024, and mpmath spends minutes or all memory on exp(exp(exp(exp(e^3)))) or x^x^x^x."""


def _tame(value: object) -> object:
    """±inf for an mpmath number too large to compute with quickly; others unchanged."""
    if isinstance(value, mpmath.mpf) and value and mpmath.isfinite(value) and mpmath.mag(value) > MAX_MAG:
        return mpmath.inf if value > 0 else -mpmath.inf
    return value


def _real_only(f: Callable[..., object]) -> Callable[..., object]:
    """mpmath answers sqrt(−1) with a complex number; the real line has none.

    Arguments and results are tamed, so no input makes mpmath compute a giant number.
    """

    def call(*args: object) -> object:
        try:
            value = f(*(_tame(a) for a in args))
        except (ValueError, ZeroDivisionError):
            return mpmath.nan
        return mpmath.nan if isinstance(value, mpmath.mpc) else _tame(value)

    return call


def _mp_power(x: mpmath.mpf, y: mpmath.mpf) -> mpmath.mpf:
    """x^y, answered at once when |x^y| is beyond 2^MAX_MAG (mpmath takes 15 s on 3^(2^16000)).

    |log2 |x|| ≤ |mag(x)| + 1: only a power that may be that large pays for the logarithm
    (a third of the exact readout's time at every point move, for x^2)."""
    if x and mpmath.isfinite(x) and mpmath.isfinite(y) and abs(y) * (abs(mpmath.mag(x)) + 1) > MAX_MAG:
        bits = y * mpmath.log(abs(x), 2)
        if abs(bits) > MAX_MAG:
            if x < 0 and not mpmath.isint(y):
                return mpmath.nan
            size = mpmath.inf if bits > 0 else mpmath.mpf(0)
            return -size if x < 0 and int(y) % 2 else size
    return mpmath.power(x, y)


def _mp_heaviside(x: mpmath.mpf, at_zero: float = 0.5) -> mpmath.mpf:
    return mpmath.mpf(1) if x > 0 else mpmath.mpf(0) if x < 0 else mpmath.mpf(at_zero)


# sympy function -> (numpy function, mpmath function, analytic?)
TABLE: dict[type, tuple[Callable[..., object], Callable[..., object], bool]] = {
    sp.sin: (np.sin, mpmath.sin, True),
    sp.cos: (np.cos, mpmath.cos, True),
    sp.tan: (np.tan, mpmath.tan, True),
    sp.sec: (lambda x: 1 / np.cos(x), mpmath.sec, True),
    sp.csc: (lambda x: 1 / np.sin(x), mpmath.csc, True),
    sp.cot: (lambda x: 1 / np.tan(x), mpmath.cot, True),
    sp.asin: (np.arcsin, mpmath.asin, True),
    sp.acos: (np.arccos, mpmath.acos, True),
    sp.atan: (np.arctan, mpmath.atan, True),
    sp.sinh: (np.sinh, mpmath.sinh, True),
    sp.cosh: (np.cosh, mpmath.cosh, True),
    sp.tanh: (np.tanh, mpmath.tanh, True),
    sp.exp: (np.exp, mpmath.exp, True),
    sp.log: (np.log, mpmath.log, True),
    sp.Abs: (np.abs, mpmath.fabs, False),
    sp.sign: (np.sign, mpmath.sign, False),
    sp.floor: (np.floor, mpmath.floor, False),
    sp.ceiling: (np.ceil, mpmath.ceil, False),
    sp.Heaviside: (_heaviside_np, _mp_heaviside, False),
    fn.sigmoid: (_sigmoid_np, lambda x: 1 / (1 + mpmath.exp(-x)), True),
    fn.relu: (lambda x: np.maximum(x, np.zeros_like(x)), lambda x: max(x, mpmath.mpf(0)), False),
    fn.softplus: (_softplus_np, lambda x: mpmath.log(1 + mpmath.exp(x)), True),
    fn.norm: (_norm_np, lambda *a: mpmath.sqrt(mpmath.fsum(v * v for v in a)), True),
    fn.dot: (lambda a, b: a * b, lambda a, b: a * b, True),
    fn.vsum: (lambda *a: sum(a), lambda *a: mpmath.fsum(a), True),
}


class Evaluator:
    """Compiles a sympy expression once into closures for one backend.

    ``dtype`` is the working precision for ``numpy``; every constant is cast to it,
    so float16 arithmetic stays float16 and its rounding is what the user sees.
    """

    def __init__(self, expr: sp.Expr, backend: str = "numpy", dtype: str = "float64",
                 precision: int = 50) -> None:
        if backend not in ("numpy", "complex", "mpmath"):
            raise ValueError(f"unknown backend {backend!r}")
        self.backend = backend
        self.dtype = np.dtype("complex128" if backend == "complex" else dtype)
        self.precision = precision
        self._root = self._compile(expr)

    def __call__(self, **values: Value) -> Value:
        if self.backend == "mpmath":
            with mpmath.workdps(self.precision):
                env = {k: mpmath.mpf(v) for k, v in values.items()}
                result = self._root(env)
                if isinstance(result, mpmath.mpc):
                    return mpmath.nan
                return +result
        with np.errstate(all="ignore"):
            env = {k: np.asarray(v, dtype=self.dtype) for k, v in values.items()}
            result = self._root(env)
        if self.backend == "numpy" and np.iscomplexobj(result):
            result = np.where(np.imag(result) == 0, np.real(result), np.nan)
        return result

    def _odd_root(self, base: Node, exponent: sp.Rational) -> Node:
        p, q = int(exponent.p), int(exponent.q)
        if self.backend == "mpmath":
            with mpmath.workdps(self.precision):
                e = mpmath.mpf(p) / q
            power = _real_only(lambda b: _odd_root_power(b, p, q, e, "mpmath"))
            return lambda env: power(base(env))
        e = np.asarray(p / q, dtype=self.dtype)
        return lambda env: _odd_root_power(base(env), p, q, e, self.backend)

    def _constant(self, value: sp.Expr) -> Node:
        if value is sp.nan:
            # d/dx 0^x is sympy's nan, which mpmath cannot convert (zoo and ±oo, not real, never get here).
            number = mpmath.nan if self.backend == "mpmath" else np.asarray(np.nan, self.dtype)
            return lambda env: number
        if self.backend == "mpmath":
            with mpmath.workdps(self.precision):
                number = mpmath.mpmathify(sp.N(value, self.precision + 5))
            return lambda env: number
        with np.errstate(over="ignore"):  # 1e5 is inf in float16, as it should be
            array = np.asarray(complex(value) if self.backend == "complex" else float(value),
                               dtype=self.dtype)
        return lambda env: array

    def _compile(self, expr: sp.Expr) -> Node:
        if expr.is_Symbol:
            name = expr.name
            return lambda env: env[name]
        if expr.is_number and not expr.has(sp.Function) and expr.is_real is not False:
            return self._constant(expr)
        children = [self._compile(a) for a in expr.args]
        if expr.is_Add:
            return lambda env: _fold(children, env, lambda a, b: a + b)
        if expr.is_Mul:
            return lambda env: _fold(children, env, lambda a, b: a * b)
        if expr.is_Pow:
            return self._power(expr, children)
        entry = TABLE.get(expr.func)
        if entry is None:
            # Derivative(floor(x), x), DiracDelta and the like: no value to plot.
            return self._constant(sp.nan)
        numpy_fn, mpmath_fn, analytic = entry
        if self.backend == "complex" and not analytic:
            raise NotAnalyticError(f"{expr.func.__name__} has no complex-step derivative")
        f = _real_only(mpmath_fn) if self.backend == "mpmath" else numpy_fn
        if len(children) == 1:
            (only,) = children
            return lambda env: f(only(env))
        return lambda env: f(*(c(env) for c in children))

    def _power(self, expr: sp.Pow, children: Sequence[Node]) -> Node:
        base, exponent = children
        if expr.exp.is_Rational and not expr.exp.is_Integer and expr.exp.q % 2:
            return self._odd_root(base, expr.exp)
        if self.backend == "mpmath":
            power = _real_only(_mp_power)
            return lambda env: power(base(env), exponent(env))
        exp = expr.exp
        if exp.is_Integer and abs(int(exp)) <= 64:
            n = int(exp)
            if n == -1:
                one = np.asarray(1, dtype=self.dtype)
                return lambda env: one / base(env)
            # Integer powers keep negative bases real: (−2)^3 = −8, not NaN.
            return lambda env: np.power(base(env), n)
        if exp == sp.Rational(1, 2):
            return lambda env: np.sqrt(base(env))
        return lambda env: np.power(base(env), exponent(env))


def _odd_root_power(b: Value, p: int, q: int, exponent: Value, backend: str) -> Value:
    """b^(p/q) for odd q, real for negative b: (−8)^(1/3) = −2, as GeoGebra and a student read it
    (numpy and mpmath take the principal complex root, which is not on the real line)."""
    if backend == "mpmath":
        if b < 0:
            return (-1) ** (p % 2) * mpmath.power(-b, exponent)
        return mpmath.power(b, exponent)
    if backend == "complex":
        negative = np.real(b) < 0  # the same real branch, continued into the complex plane for the step
        return np.where(negative, (-1) ** (p % 2) * np.power(np.where(negative, -b, 1), exponent),
                        np.power(np.where(negative, 1, b), exponent))
    return np.sign(b) ** (p % 2) * np.power(np.abs(b), exponent)


def _fold(children: Sequence[Node], env: Mapping[str, Value],
          op: Callable[[Value, Value], Value]) -> Value:
    result = children[0](env)
    for child in children[1:]:
        result = op(result, child(env))
    return result
