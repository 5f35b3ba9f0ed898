"""The derivative derived one rule at a time, as a student writes it on paper.

The derivation starts from d/dx[f] and, at each step, replaces one unevaluated
derivative d/dx[u] by what one rule makes of it (sum, constant multiple, product,
quotient, power, exp/log, a known function, or the chain rule with the outer rule
named), until no d/dx[…] is left. Every intermediate line is an equality: put
the true derivative in place of each d/dx[u] and it equals f′. The last line is
sympy's derivative up to simplification.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from guicalc.core.autodiff_ops import FUNCTIONS as FUNCTION_LABELS
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.parse import symbol
from guicalc.core.symbolic import to_text

MARK_START, MARK_END = "\ue000", "\ue001"  # around the marked d/dx[u] in a line's text
MAX_STEPS = 400

RULES: dict[str, Message] = {
    "constant": QT_TRANSLATE_NOOP("derivation", "constant rule"),
    "variable": QT_TRANSLATE_NOOP("derivation", "d/dx x = 1"),
    "sum": QT_TRANSLATE_NOOP("derivation", "sum rule"),
    "constant multiple": QT_TRANSLATE_NOOP("derivation", "constant multiple rule"),
    "product": QT_TRANSLATE_NOOP("derivation", "product rule"),
    "quotient": QT_TRANSLATE_NOOP("derivation", "quotient rule"),
    "power": QT_TRANSLATE_NOOP("derivation", "power rule"),
    "exp/log": QT_TRANSLATE_NOOP("derivation", "exp/log rule"),
    "exp": QT_TRANSLATE_NOOP("derivation", "exponential rule"),
    "log": QT_TRANSLATE_NOOP("derivation", "logarithm rule"),
    "chain": QT_TRANSLATE_NOOP("derivation", "chain rule"),
}
FORMULAS = {
    "constant": "d/dx c = 0",
    "variable": "d/dx x = 1",
    "sum": "(u + v)′ = u′ + v′",
    "constant multiple": "(c·u)′ = c·u′",
    "product": "(u·v)′ = u′·v + u·v′",
    "quotient": "(u/v)′ = (u′·v − u·v′)/v²",
    "power": "(xⁿ)′ = n·xⁿ⁻¹",
    "exp/log": "(uᵛ)′ = uᵛ·(v′·ln u + v·u′/u)",
    "exp": "(eˣ)′ = eˣ",
    "log": "(ln x)′ = 1/x",
    "function": "",  # the function's own derivative, shown in the line
    "chain": "(f(g))′ = f′(g)·g′",
}


class DerivationError(ValueError):
    """No rule applies (a function without a derivative, such as floor)."""


class D(sp.Function):
    """An unevaluated derivative d/dx[u]: ``D(u, x)``. Printed as a student writes it."""

    nargs = 2

    def _sympystr(self, printer: sp.printing.str.StrPrinter) -> str:
        return f"d/d{printer._print(self.args[1])}[{printer._print(self.args[0])}]"


class _Marked(D):
    """The d/dx[u] the next rule acts on, printed between the marks."""

    def _sympystr(self, printer: sp.printing.str.StrPrinter) -> str:
        return MARK_START + super()._sympystr(printer) + MARK_END


@dataclass(frozen=True)
class Step:
    """One rule applied to d/dx[``target``]; ``before`` and ``after`` are whole lines."""

    rule: str  # a key of RULES
    outer: str  # for the chain rule, the outer function's rule ("power", "exp", "log", …); else ""
    target: sp.Expr
    before: sp.Expr
    after: sp.Expr
    function: str = ""  # the known function whose derivative the step uses ("sin", "Abs")

    @property
    def name(self) -> Message:
        """``chain rule (outer: power rule)`` or ``product rule``."""
        own = self.outer or self.rule
        rule = (QT_TRANSLATE_NOOP("derivation", "derivative of {function}").format(function=self.function)
                if own == "function" else RULES[own])
        if self.rule == "chain":
            return QT_TRANSLATE_NOOP("derivation", "{chain} (outer function: {outer})").format(
                chain=RULES["chain"], outer=rule)
        return rule

    @property
    def formula(self) -> str:
        return FORMULAS[self.rule]


@dataclass(frozen=True)
class Derivation:
    """f, the variable and the steps from d/dx[f] to f′."""

    expr: sp.Expr
    variable: str
    steps: tuple[Step, ...]

    @property
    def start(self) -> sp.Expr:
        return D(self.expr, symbol(self.variable))

    @property
    def result(self) -> sp.Expr:
        return self.steps[-1].after if self.steps else self.start


def derive(expr: sp.Expr, variable: str) -> Derivation:
    """The derivation of d/d``variable`` ``expr``, one rule per step."""
    x = symbol(variable)
    state: sp.Expr = D(expr, x)
    steps: list[Step] = []
    while True:
        target = _leftmost(state)
        if target is None:
            return Derivation(expr, variable, tuple(steps))
        if len(steps) >= MAX_STEPS:
            raise DerivationError(QT_TRANSLATE_NOOP(
                "derivation", "the derivation needs more than {limit} steps").format(limit=MAX_STEPS))
        u = target.args[0]
        rule, outer, replacement = _apply(u, x)
        after = state.xreplace({target: replacement})
        function = _function_name(u) if "function" in (rule, outer) else ""
        steps.append(Step(rule, outer, u, state, after, function))
        state = after


def _leftmost(line: sp.Expr) -> D | None:
    """The first d/dx[u] in the line's tree, outermost and leftmost first (printing the
    line to find the first one on paper would cost more than the derivation)."""
    return next((e for e in sp.preorder_traversal(line) if isinstance(e, D)), None)


def _function_name(u: sp.Expr) -> str:
    """As the graph labels it: ``sin``, ``|x|``, ``ReLU``."""
    return FUNCTION_LABELS.get(type(u), (type(u).__name__, None))[0]


def realize(expr: sp.Expr) -> sp.Expr:
    """The line with every d/dx[u] replaced by sympy's derivative of u (to check a step)."""
    return expr.replace(lambda e: isinstance(e, D), lambda e: sp.diff(e.args[0], e.args[1]))


def line_text(expr: sp.Expr, marked: sp.Expr | None = None) -> str:
    """A line as text; the d/dx[``marked``] between MARK_START and MARK_END."""
    if marked is not None:
        expr = expr.xreplace({e: _Marked(*e.args) for e in sp.preorder_traversal(expr)
                              if isinstance(e, D) and e.args[0] == marked})
    return to_text(expr, unicode_minus=True).replace("*", "·")


def _apply(u: sp.Expr, x: sp.Symbol) -> tuple[str, str, sp.Expr]:
    """(rule, outer rule, what d/dx[u] becomes)."""
    if not u.has(x):
        return "constant", "", sp.Integer(0)
    if u == x:
        return "variable", "", sp.Integer(1)
    if u.is_Add:
        return "sum", "", sp.Add(*(D(a, x) for a in u.args))
    if u.is_Mul:
        return _product(u, x)
    if u.is_Pow:
        return _power(u, x)
    if isinstance(u, sp.exp):
        return _outer("exp", u, u.args[0], x)
    if isinstance(u, sp.log) and len(u.args) == 1:
        return _outer("log", 1 / u.args[0], u.args[0], x)
    if isinstance(u, sp.Function):
        return _function(u, x)
    raise DerivationError(QT_TRANSLATE_NOOP("derivation", "no rule for {expression}").format(
        expression=to_text(u)))


def _outer(rule: str, derivative: sp.Expr, inner: sp.Expr, x: sp.Symbol) -> tuple[str, str, sp.Expr]:
    """The rule alone when the argument is x, else the chain rule f′(g)·g′."""
    if inner == x:
        return rule, "", derivative
    return "chain", rule, derivative * D(inner, x)


def _product(u: sp.Expr, x: sp.Symbol) -> tuple[str, str, sp.Expr]:
    constant = sp.Mul(*(a for a in u.args if not a.has(x)))
    rest = sp.Mul(*(a for a in u.args if a.has(x)))
    if constant != 1:
        return "constant multiple", "", constant * D(rest, x)
    below = [a for a in u.args if a.is_Pow and a.exp.is_number and a.exp.is_negative]
    above = [a for a in u.args if a not in below]
    if below and above:
        num, den = sp.Mul(*above), sp.Mul(*(sp.Pow(a.base, -a.exp) for a in below))
        return "quotient", "", (D(num, x) * den - num * D(den, x)) / den**2
    factors = u.args
    terms = [sp.Mul(*(D(f, x) if j == i else f for j, f in enumerate(factors))) for i in range(len(factors))]
    return "product", "", sp.Add(*terms)


def _power(u: sp.Pow, x: sp.Symbol) -> tuple[str, str, sp.Expr]:
    base, exponent = u.args
    if not exponent.has(x):
        return _outer("power", exponent * base ** (exponent - 1), base, x)
    if not base.has(x):  # aᵍ = e^(g ln a)
        return _outer("exp/log", u * sp.log(base), exponent, x)
    return "exp/log", "", u * (D(exponent, x) * sp.log(base) + exponent * D(base, x) / base)


def _function(u: sp.Function, x: sp.Symbol) -> tuple[str, str, sp.Expr]:
    """A known function: f′(g)·g′, summed over the arguments of a function of several."""
    terms = []
    for k, arg in enumerate(u.args, start=1):
        if not arg.has(x):
            continue
        try:
            partial = u.fdiff(k)
        except (sp.core.function.ArgumentIndexError, NotImplementedError):
            partial = None
        if partial is None or partial.has(sp.Derivative, sp.Subs):
            raise DerivationError(QT_TRANSLATE_NOOP("derivation", "{function} has no derivative rule").format(
                function=type(u).__name__))
        terms.append((partial, arg))
    if len(terms) == 1:
        return _outer("function", terms[0][0], terms[0][1], x)
    return "chain", "function", sp.Add(*(p * D(a, x) for p, a in terms))
