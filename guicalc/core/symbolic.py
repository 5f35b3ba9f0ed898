"""Exact derivatives, partials and gradients, with readable text and LaTeX.

No ``simplify`` here: it takes half a second even on simple derivatives, and this
module runs on every keystroke. The parser bounds sizes so that ``diff`` is quick.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import mpmath
import sympy as sp

from guicalc.core.evaluate import Evaluator
from guicalc.core.parse import symbol


def derivative(expr: sp.Expr, variable: str, order: int = 1) -> sp.Expr:
    """dⁿf/dxⁿ of ``expr`` with respect to ``variable``, where it exists.

    floor, ceil, sign and the step are constant between their jumps, so their derivative
    is 0 there; sympy writes it ``Derivative(floor(x), x)`` or ``DiracDelta(x)``, which
    no student should read. At the jumps themselves there is no derivative, and
    ``core/differentiable.py`` says so.
    """
    return almost_everywhere(sp.diff(expr, symbol(variable), order))


PIECEWISE_CONSTANT = (sp.floor, sp.ceiling, sp.sign, sp.Heaviside)


def almost_everywhere(expr: sp.Expr) -> sp.Expr:
    """``expr`` with the derivatives of piecewise-constant functions replaced by 0."""
    if not expr.has(sp.DiracDelta, sp.Derivative):
        return expr
    zero = sp.Integer(0)
    expr = expr.replace(lambda e: isinstance(e, sp.DiracDelta)
                        or (isinstance(e, sp.Derivative) and isinstance(e.expr, PIECEWISE_CONSTANT)),
                        lambda e: zero)
    # floor(x²)′ is Subs(Derivative(floor(ξ), ξ), ξ, x²)·2x: the substitution of 0 is 0.
    return expr.replace(lambda e: isinstance(e, sp.Subs) and e.expr.is_number, lambda e: e.expr)


def count_nodes(expr: sp.Expr, limit: int) -> int:
    """The number of nodes of ``expr``'s tree, counting no further than ``limit + 1``.

    The tree, not the graph: the evaluators walk every copy of a shared subexpression,
    so this is what evaluating or printing costs.
    """
    count = 0
    for _ in sp.preorder_traversal(expr):
        count += 1
        if count > limit:
            break
    return count


def bounded_derivative(expr: sp.Expr, variable: str, order: int, limit: int) -> tuple[sp.Expr | None, int]:
    """dⁿf/dxⁿ with its node count, or None in its place when it has more than ``limit``
    nodes (too large to print, draw or send back quickly). Runs in the worker process."""
    result = derivative(expr, variable, order)
    nodes = count_nodes(result, limit)
    return (result if nodes <= limit else None), nodes


def gradient(expr: sp.Expr, variables: Sequence[str]) -> list[sp.Expr]:
    """The partial derivatives ∂f/∂vᵢ, in the order of ``variables``."""
    return [derivative(expr, v) for v in variables]


def is_exact(expr: sp.Expr) -> bool:
    """False when sympy left a derivative unevaluated (floor′, say)."""
    return not expr.has(sp.Derivative)


def exact_value(expr: sp.Expr, values: dict[str, float], precision: int = 50) -> float:
    """``expr`` at ``values`` in ``precision`` decimal digits, rounded to a float.

    This is the reference every numerical error is measured against; NaN where
    the expression has no real value.
    """
    return as_float(Evaluator(expr, "mpmath", precision=precision)(**values))


def as_float(value: object) -> float:
    """An mpmath result as a float, NaN where it has none."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def mp_value(expr: sp.Expr, values: dict[str, float], precision: int = 50) -> mpmath.mpf:
    """Like :func:`exact_value`, but keeps all ``precision`` digits."""
    return Evaluator(expr, "mpmath", precision=precision)(**values)


# A coefficient's "*" before a name or a bracket (3*x → 3x); never an exponent's: x^2*sin(x)
# is not x^2sin(x), which reads as x to the power 2·sin(x).
_IMPLICIT = re.compile(r"(?<![\w.^])(\d+(?:\.\d+)?)\*(?=[^\d\W]|\()")


def to_text(expr: sp.Expr, unicode_minus: bool = False) -> str:
    """A readable one-line form: ``6x - 4``, ``3x^2``, ``sigmoid(x)``."""
    text = sp.sstr(expr).replace("**", "^")
    text = _IMPLICIT.sub(r"\1", text)
    return text.replace(" - ", " − ").replace("(-", "(−") if unicode_minus else text


def to_latex(expr: sp.Expr) -> str:
    """LaTeX of ``expr`` as sympy writes it."""
    return sp.latex(expr)


SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
"""Digits raised: x³ reads as written on a board (and core.parse reads it back)."""
_WHOLE_POWER = re.compile(r"\^(\d+)(?![\d.])")


def raised(text: str) -> str:
    """``to_text``'s whole powers as superscripts, for labels: 3x^2 − 4x → 3x² − 4x
    (x^(2x) and x^2.5 stay as they are)."""
    return _WHOLE_POWER.sub(lambda m: m.group(1).translate(SUPERSCRIPT), text)


def format_number(value: float, digits: int = 6) -> str:
    """A number as a person writes it: ``2``, ``-3``, ``0.2``, ``1.5e-08``."""
    if value != value:
        return "undefined"
    if value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    text = f"{value:.{digits}g}"
    if "e" in text:
        mantissa, exp = text.split("e")
        return f"{mantissa}e{int(exp):+03d}"
    return text


def display_number(value: float, digits: int = 6) -> str:
    """A number for the screen (readouts, labels, captions): ``format_number`` with a
    typographic minus (−), which a projector shows as clearly as the plus."""
    return format_number(value, digits).replace("-", "−")


def line_equation(slope: float, intercept: float, variable: str = "x",
                  unicode_minus: bool = False) -> str:
    """``y = 2x - 3`` for a line, with the ones and zeros a person would drop."""
    minus = "−" if unicode_minus else "-"
    m = format_number(slope)
    b = format_number(abs(intercept))
    if m == "0":
        rhs = format_number(intercept)
        if rhs.startswith("-"):
            rhs = minus + rhs[1:]
        return f"y = {rhs}"
    term = {"1": variable, "-1": f"-{variable}"}.get(m, f"{m}{variable}")
    if term.startswith("-"):
        term = minus + term[1:]
    if b == "0":
        return f"y = {term}"
    sign = minus if intercept < 0 else "+"
    return f"y = {term} {sign} {b}"
