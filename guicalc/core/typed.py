"""The expression as the student typed it, before sympy rewrites it, and its value in a dtype.

sympy stores ``x/3`` as ``x·(1/3)`` and sorts ``x^2 + x + 1`` into its own order; a
float16 quotient computed from that is not what a float16 tensor computes from what was
typed (``x/3`` at 0.3, h = 1e-3: 0.366 against numpy's 0.305). The parser therefore also
builds a :class:`Typed` tree, in the order and grouping typed, and :class:`TypedEvaluator`
evaluates it in numpy in the chosen dtype: every literal rounded to the dtype as a tensor
made from it would be, every operation a numpy operation on that dtype.

The same tree says how the input was read (:func:`reading`): ``1/2x`` is ``(1/2)·x``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

Value = np.ndarray


@dataclass(frozen=True)
class Typed:
    """One node as typed: ``op`` is num, name, const, neg, sum, product, pow or call."""

    op: str
    args: tuple[Typed, ...] = ()
    text: str = ""
    """A number as typed, a variable's name, a constant (pi, e), a function's name; for a sum
    the sign before each term (``+-+``), for a product the operation before each factor
    (``*/*``: 1/2x). Sums and products stay flat, evaluated left to right as typed, so a
    long one does not nest the tree as deep as it is long."""


Node = Callable[[Mapping[str, Value]], Value]


def names(node: Typed) -> set[str]:
    """The variable names the tree uses (sympy may have cancelled some: 0·f, x − x)."""
    found, stack = set(), [node]
    while stack:
        current = stack.pop()
        if current.op == "name":
            found.add(current.text)
        stack.extend(current.args)
    return found

_FOLDS: dict[str, Callable[[Value, Value], Value]] = {
    "+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide,
}
_CONSTANTS = {"pi": np.pi, "e": np.e}


class TypedEvaluator:
    """Compiles a :class:`Typed` tree once into numpy closures working in ``dtype``."""

    def __init__(self, typed: Typed, dtype: str,
                 functions: Mapping[str, Callable[..., Value]]) -> None:
        self.dtype = np.dtype(dtype)
        self._functions = functions
        self._root = self._compile(typed)

    def __call__(self, **values: object) -> Value:
        with np.errstate(all="ignore"):
            env = {k: np.asarray(v, dtype=self.dtype) for k, v in values.items()}
            return self._root(env)

    def _literal(self, value: float) -> Node:
        with np.errstate(over="ignore"):  # 1e5 is inf in float16, as a float16 tensor of it is
            array = np.asarray(value, dtype=self.dtype)  # the Python float, rounded once to the dtype
        return lambda env: array

    def _compile(self, node: Typed) -> Node:
        if node.op == "num":
            return self._literal(float(node.text))
        if node.op == "const":
            return self._literal(_CONSTANTS[node.text])
        if node.op == "name":
            name = node.text
            return lambda env: env[name]
        children = [self._compile(a) for a in node.args]
        if node.op == "neg":
            (only,) = children
            return lambda env: np.negative(only(env))
        if node.op in ("sum", "product"):
            steps = [(_FOLDS[op], child) for op, child in zip(node.text[1:], children[1:], strict=True)]
            first = children[0]
            return lambda env: _fold(first(env), steps, env)
        if node.op == "pow":
            base, exponent = children
            return lambda env: np.power(base(env), exponent(env))
        f = self._functions[node.text]
        if len(children) == 1:
            (only,) = children
            return lambda env: f(only(env))
        return lambda env: f(*(c(env) for c in children))


def _fold(value: Value, steps: list[tuple[Callable[[Value, Value], Value], Node]],
          env: Mapping[str, Value]) -> Value:
    for op, child in steps:
        value = op(value, child(env))
    return value


_PRECEDENCE = {"sum": 1, "product": 2, "neg": 3, "pow": 4}
_SHOWN_AS = {"log": "ln", "lg": "log₁₀", "log10": "log₁₀", "log2": "log₂", "sqrt": "√", "cbrt": "∛"}


def reading(node: Typed, html: bool = False) -> str:
    """How the input was read, every grouping made visible: ``1/2x`` → ``(1/2)·x``,
    ``e^2x`` → ``e^2·x``, ``sin x^2`` → ``sin(x^2)``, ``log x`` → ``ln(x)``. With ``html``,
    typeset for a label: powers as superscripts, names in italics."""
    if node.op in ("num", "name", "const"):
        text = {"pi": "π"}.get(node.text, node.text) if node.op == "const" else node.text
        return f"<i>{text}</i>" if html and node.op == "name" else text
    if node.op == "call":
        inner = ", ".join(reading(a, html) for a in node.args)
        if node.text == "abs":
            return f"|{inner}|"
        if node.text == "log" and len(node.args) == 2:
            base = reading(node.args[0], html)
            return f"log{f'<sub>{base}</sub>' if html else f'_{base}'}({reading(node.args[1], html)})"
        return f"{_SHOWN_AS.get(node.text, node.text)}({inner})"
    if node.op == "neg":
        return f"−{_grouped(node.args[0], 3, html)}"
    if node.op == "pow":  # right-associative: 2^3^2 is 2^(3^2)
        base, exponent = node.args
        if html:  # the superscript groups the exponent by itself
            return f"{_grouped(base, 5, html)}<sup>{reading(exponent, html)}</sup>"
        return f"{_grouped(base, 5, html)}^{_grouped(exponent, 4, html)}"
    if node.op == "sum":
        text = _grouped(node.args[0], 1, html)
        for sign, term in zip(node.text[1:], node.args[1:], strict=True):
            text += f" {'+' if sign == '+' else '−'} {_grouped(term, 2, html)}"
        return text
    text, previous = _grouped(node.args[0], 3, html), "*"
    for op, factor in zip(node.text[1:], node.args[1:], strict=True):
        if previous == "/":  # the product so far is a quotient: 1/2x reads (1/2)·x
            text = f"({text})"
        text += f"{'·' if op == '*' else '/'}{_grouped(factor, 3, html)}"
        previous = op
    return text


def _grouped(node: Typed, tighter_than: int, html: bool) -> str:
    """``node`` read, in brackets unless it binds at least as tightly as ``tighter_than``."""
    text = reading(node, html)
    return f"({text})" if _PRECEDENCE.get(node.op, 5) < tighter_than else text
