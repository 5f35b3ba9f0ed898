"""The operations a computational-graph node can hold: value, local derivatives, rule text.

An elementwise operation is a sympy *template* in placeholder symbols (``exp(x)``,
``x0·x1``); its value and its local derivatives are the template and its sympy
derivative, evaluated by the tree-walking :class:`~guicalc.core.evaluate.Evaluator`.
So every local rule agrees with sympy by construction and nothing is executed.
The reductions ``dot``, ``sum`` and ``norm`` turn vectors into a scalar and are
written out by hand.

Rule texts are written as the notes write them: ``x`` is the node's input and ``y``
its output (the sigmoid passes ``y(1 − y)``, the reciprocal ``−1/x²``); a product
names the other factor (``× c``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import sympy as sp

from guicalc.core import functions as fn
from guicalc.core.evaluate import TABLE, Evaluator
from guicalc.core.parse import symbol
from guicalc.core.symbolic import SUPERSCRIPT, almost_everywhere, format_number, to_text

X = symbol("x")

# sympy function -> (label in the node, local derivative as the notes write it)
FUNCTIONS: dict[type, tuple[str, str | None]] = {
    sp.exp: ("exp", "eˣ"),
    sp.log: ("ln", "1/x"),
    sp.sin: ("sin", "cos x"),
    sp.cos: ("cos", "−sin x"),
    sp.tan: ("tan", "1 + y²"),
    sp.sinh: ("sinh", "cosh x"),
    sp.cosh: ("cosh", "sinh x"),
    sp.tanh: ("tanh", "1 − y²"),
    sp.atan: ("atan", "1/(1 + x²)"),
    sp.Abs: ("|x|", "sign x"),
    fn.sigmoid: ("sigmoid", "y(1 − y)"),
    fn.softplus: ("softplus", "σ(x)"),
    fn.relu: ("ReLU", "step(x)"),
}


class Op(ABC):
    """One operation: its value, its local derivative for each input, and how to say it."""

    name: str
    label: str
    reduces = False  # True when the output is one number whatever the inputs' shapes

    @abstractmethod
    def value(self, args: Sequence[np.ndarray]) -> np.ndarray: ...

    @abstractmethod
    def partials(self, args: Sequence[np.ndarray], out: np.ndarray) -> list[np.ndarray]:
        """∂out/∂argₖ for each k, elementwise (broadcastable against the output)."""

    @abstractmethod
    def rule(self, k: int, names: Sequence[str]) -> str:
        """The local derivative for input ``k`` as a formula; ``names`` are the inputs' texts."""

    def show(self, args: Sequence[str]) -> str:
        """The operation applied to ``args`` (numbers as text): ``50 + 70``, ``exp(2)``."""
        return f"{self.label}({', '.join(args)})"


@dataclass(eq=False)
class Elementwise(Op):
    """An operation given by a sympy template, applied elementwise with broadcasting."""

    name: str
    label: str
    template: sp.Expr
    variables: tuple[sp.Symbol, ...]
    rules: tuple[str | None, ...] = ()
    pattern: str = ""  # how it is applied, with {0}, {1}…: "{0} + {1}", "1/{0}"

    def __post_init__(self) -> None:
        self._value = Evaluator(self.template)
        self._derivatives = [almost_everywhere(sp.diff(self.template, v)) for v in self.variables]
        self._computed = [_as_computed(d) for d in self._derivatives]
        self._partials = [Evaluator(d) for d in self._computed]

    def derivative(self, k: int) -> sp.Expr:
        """∂out/∂argₖ as a template in the placeholders, in the form the graph computes it
        (σ(x)·σ(−x), not σ(1 − σ), which 50 digits cannot tell from 0 at x = 800)."""
        return self._computed[k]

    def _env(self, args: Sequence[np.ndarray]) -> dict[str, np.ndarray]:
        return {v.name: a for v, a in zip(self.variables, args, strict=True)}

    def value(self, args: Sequence[np.ndarray]) -> np.ndarray:
        return np.asarray(self._value(**self._env(args)), dtype=np.float64)

    def partials(self, args: Sequence[np.ndarray], out: np.ndarray) -> list[np.ndarray]:
        env = self._env(args)
        return [np.asarray(p(**env), dtype=np.float64) for p in self._partials]

    def rule(self, k: int, names: Sequence[str]) -> str:
        written = self.rules[k] if k < len(self.rules) else None
        return written or to_text(self._derivatives[k], unicode_minus=True).replace("*", "·")

    def show(self, args: Sequence[str]) -> str:
        return self.pattern.format(*args) if self.pattern else super().show(args)


def _as_computed(derivative: sp.Expr) -> sp.Expr:
    """A local derivative as the graph computes it, by the convention of PyTorch and JAX:
    relu′(0) = step(0) = 0 (sympy's Heaviside(0) is ½; |x|′(0) = sign(0) is 0 already);
    and σ′ as σ(x)·σ(−x), equal to σ(1 − σ) but not rounded to 0 by 1 − σ(40) = 0, so
    that the compact node agrees with the expanded chain."""
    derivative = derivative.replace(lambda e: isinstance(e, sp.Heaviside), lambda e: sp.Heaviside(e.args[0], 0))
    return derivative.replace(_sigmoid_slope, lambda e: _sigmoid_slope(e) * fn.sigmoid(-_sigmoid_slope(e).args[0]))


def _sigmoid_slope(expr: sp.Expr) -> fn.sigmoid | None:
    """σ(u) when ``expr`` is σ(u)·(1 − σ(u)); else None."""
    if not (expr.is_Mul and len(expr.args) == 2):
        return None
    sigmoid = next((a for a in expr.args if isinstance(a, fn.sigmoid)), None)
    return sigmoid if sigmoid is not None and 1 - sigmoid in expr.args else None


class Sum(Elementwise):
    """``x0 + x1 + …``: every local derivative is 1 (sympy takes seconds to say so for
    a hundred terms, one derivative per term)."""

    def __post_init__(self) -> None:
        self._value = Evaluator(self.template)

    def partials(self, args: Sequence[np.ndarray], out: np.ndarray) -> list[np.ndarray]:
        return [np.ones_like(out, dtype=np.float64) for _ in args]


class Product(Elementwise):
    """``x0·x1·…``: the local derivative for one factor is the product of the others.

    Multiplied out here rather than differentiated by sympy: a product of 149 factors
    would need 149 symbolic derivatives of 148 factors each (minutes, in the window).
    """

    def __post_init__(self) -> None:
        self._value = Evaluator(self.template)

    def partials(self, args: Sequence[np.ndarray], out: np.ndarray) -> list[np.ndarray]:
        # The products before and after each factor: no division, so a zero factor is fine.
        factors = [np.asarray(a, dtype=np.float64) for a in args]
        before, after = [np.float64(1)], [np.float64(1)]
        for a, b in zip(factors[:-1], factors[:0:-1], strict=True):
            before.append(before[-1] * a)
            after.append(after[-1] * b)
        return [b * a for b, a in zip(before, reversed(after), strict=True)]

    def rule(self, k: int, names: Sequence[str]) -> str:
        return "·".join(_grouped(n) for j, n in enumerate(names) if j != k)


class Dot(Op):
    """Inner product Σ aᵢbᵢ; for a scalar the plain product (broadcast)."""

    name, label, reduces = "dot", "dot", True

    def value(self, args: Sequence[np.ndarray]) -> np.ndarray:
        a, b = args
        return np.asarray(np.sum(a * b), dtype=np.float64)

    def partials(self, args: Sequence[np.ndarray], out: np.ndarray) -> list[np.ndarray]:
        a, b = args
        shape = np.broadcast_shapes(a.shape, b.shape)
        return [np.broadcast_to(b, shape), np.broadcast_to(a, shape)]

    def rule(self, k: int, names: Sequence[str]) -> str:
        return _grouped(names[1 - k])


class Total(Op):
    """Sum of every element of every input."""

    name, label, reduces = "sum", "sum", True

    def value(self, args: Sequence[np.ndarray]) -> np.ndarray:
        return np.asarray(sum(np.sum(a) for a in args), dtype=np.float64)

    def partials(self, args: Sequence[np.ndarray], out: np.ndarray) -> list[np.ndarray]:
        return [np.ones_like(a) for a in args]

    def rule(self, k: int, names: Sequence[str]) -> str:
        return "1"


class Norm(Op):
    """Euclidean length of all elements of all inputs; ∂y/∂x = x/y."""

    name, label, reduces = "norm", "norm", True

    def value(self, args: Sequence[np.ndarray]) -> np.ndarray:
        return np.asarray(np.sqrt(sum(np.sum(a * a) for a in args)), dtype=np.float64)

    def partials(self, args: Sequence[np.ndarray], out: np.ndarray) -> list[np.ndarray]:
        with np.errstate(all="ignore"):
            return [a / out for a in args]

    def rule(self, k: int, names: Sequence[str]) -> str:
        return "x/y"


def _grouped(text: str) -> str:
    return f"({text})" if any(c in text for c in " +−-·/") else text


def _infix(operator: str, count: int) -> str:
    return operator.join(f"{{{i}}}" for i in range(count))


def _placeholders(count: int) -> tuple[sp.Symbol, ...]:
    return tuple(symbol(f"x{i}") for i in range(count))


@cache
def add(count: int) -> Op:
    """``x0 + x1 + …``: passes the upstream gradient unchanged to every input."""
    xs = _placeholders(count)
    return Sum("add", "+", sp.Add(*xs), xs, ("1",) * count, _infix(" + ", count))


@cache
def mul(count: int) -> Op:
    """``x0·x1·…``."""
    xs = _placeholders(count)
    return Product("mul", "×", sp.Mul(*xs), xs, (), _infix(" × ", count))


@cache
def subtract() -> Op:
    """``x0 − x1``: kept as one node because students read ``a − b``, not ``a + (−1)·b``."""
    xs = _placeholders(2)
    return Elementwise("sub", "−", xs[0] - xs[1], xs, ("1", "−1"), "{0} − {1}")


@cache
def negate() -> Op:
    """``−x``: sympy's ``Mul(−1, x)`` as one node."""
    return Elementwise("neg", "−x", -X, (X,), ("−1",), "−{0}")


@cache
def power(exponent: sp.Expr) -> Op:
    """``x^n`` for a constant n; ``x⁻¹`` is the notes' reciprocal node ``1/x``, ``x^½`` is ``√x``."""
    template = sp.Pow(X, exponent)
    if exponent == -1:
        return Elementwise("recip", "1/x", template, (X,), ("−1/x²",), "1/{0}")
    if exponent == sp.Rational(1, 2):
        return Elementwise("sqrt", "√x", template, (X,), ("1/(2√x)",), "√{0}")
    if exponent.is_Integer:
        n = int(exponent)
        below = "" if n == 2 else str(n - 1).translate(SUPERSCRIPT)
        rule = f"{n}x{below}".replace("-", "−")
        raised = str(n).translate(SUPERSCRIPT)
        return Elementwise("pow", "x" + raised, template, (X,), (rule,), "{0}" + raised)
    shown = format_number(float(exponent)) if exponent.is_Number else to_text(exponent)
    return Elementwise("pow", f"x^{shown}", template, (X,), (), "{0}^" + shown)


@cache
def power2() -> Op:
    """``aᵇ`` with both a variable: two inputs."""
    a, b = symbol("a"), symbol("b")
    return Elementwise("pow", "aᵇ", a**b, (a, b), ("b·aᵇ⁻¹", "aᵇ·ln a"), "{0}^{1}")


@cache
def function(func: type) -> Op:
    """A one-argument function such as ``exp`` or ``sigmoid``: one node with its own rule."""
    label, rule = FUNCTIONS.get(func, (func.__name__, None))
    name = {"Abs": "abs", "ceiling": "ceil"}.get(func.__name__, func.__name__)
    return Elementwise(name, label, func(X), (X,), (rule,), "|{0}|" if func is sp.Abs else "")


REDUCTIONS: dict[type, Op] = {fn.dot: Dot(), fn.vsum: Total(), fn.norm: Norm()}


def is_function(func: type) -> bool:
    """Whether a one-argument sympy function has a numeric form (and so a node)."""
    return func in TABLE and func not in REDUCTIONS
