"""The rule-by-rule derivation: every line an equality, the last one sympy's derivative."""

from __future__ import annotations

import pytest
import sympy as sp

from guicalc.core import functions as fn
from guicalc.core.derivation import (
    MARK_END,
    MARK_START,
    RULES,
    D,
    DerivationError,
    derive,
    line_text,
    realize,
)
from guicalc.core.parse import parse

POINTS = (0.3, 0.7, 1.1, 1.6, 2.3)
# (function, variable, rules the derivation must use)
FUNCTIONS = [
    ("sin(cos(exp(x)))", "x", {"chain", "exp"}),
    ("exp(sin(x^2))", "x", {"chain", "power"}),
    ("ln(cos(x)^2 + 2)", "x", {"chain", "sum", "constant"}),
    ("sqrt(1 + tanh(x)^2)", "x", {"chain", "sum"}),
    ("sigmoid(sin(3x))", "x", {"chain", "constant multiple"}),
    ("x*sin(x)*exp(x)", "x", {"product", "exp", "variable"}),
    ("x^2*ln(x)*cos(x)", "x", {"product", "log", "power"}),
    ("(x + 1)*(x^2 + 2)*(x^3 + 3)", "x", {"product", "sum", "power"}),
    ("(x^2 + 1)/(x - 3)", "x", {"quotient", "sum"}),
    ("sin(x)/(1 + x^2)", "x", {"quotient"}),
    ("exp(x)/(x*ln(x + 2))", "x", {"quotient", "product", "chain"}),
    ("x^x", "x", {"exp/log"}),
    ("x^(x^x)", "x", {"exp/log"}),
    ("2^(x^2)", "x", {"chain", "power"}),
    ("(sin(x) + 2)^cos(x)", "x", {"exp/log", "sum"}),
    ("x^(1/x)", "x", {"exp/log", "power"}),
    ("3x^2 - 4x", "x", {"sum", "constant multiple", "power", "variable"}),
    ("x^3 - 1/x", "x", {"sum", "power"}),
    ("softplus(x^2)*atan(x)", "x", {"product", "chain"}),
    ("sin(t)^2 + 2cos(t)", "t", {"sum", "chain"}),
    ("x^3*y - y^2", "y", {"sum", "constant multiple", "power", "variable"}),
]


def numeric(expr: sp.Expr, variable: sp.Symbol, x: float) -> complex:
    """sympy's own evaluation, with sigmoid and softplus written out as exp."""
    expr = expr.replace(lambda e: isinstance(e, (fn.sigmoid, fn.softplus)), lambda e: e.rewrite(sp.exp))
    others = {s: sp.Float("0.45", 30) for s in expr.free_symbols if s != variable}
    return complex(sp.N(expr.subs({variable: sp.Float(x, 30), **others}), 30))


@pytest.mark.parametrize(("text", "variable", "rules"), FUNCTIONS, ids=[f[0] for f in FUNCTIONS])
def test_the_derivation_ends_at_sympys_derivative_and_every_line_is_an_equality(text, variable, rules):
    expr = parse(text).expr
    x = next(s for s in expr.free_symbols if s.name == variable)
    derivation = derive(expr, variable)
    expected = sp.diff(expr, x)
    assert not derivation.result.has(D)
    assert sp.simplify(derivation.result - expected) == 0
    used = {s.rule for s in derivation.steps} | {s.outer for s in derivation.steps if s.outer}
    assert rules <= used, used
    assert derivation.steps[0].before == derivation.start
    for previous, step in zip(derivation.steps, derivation.steps[1:], strict=False):
        assert step.before == previous.after
    for step in derivation.steps:
        assert step.rule in {*RULES, "function"} and step.before.has(D(step.target, x))
        assert not step.after.has(D(step.target, x))  # the rule consumed what it acted on
        marked = line_text(step.before, step.target)
        assert marked.count(MARK_START) >= 1 and MARK_END in marked
        assert str(step.name)
        for point in POINTS:
            want = numeric(expected, x, point)
            assert numeric(realize(step.after), x, point) == pytest.approx(want, rel=1e-20 ** 0.5, abs=1e-12)


def test_the_steps_are_named_as_a_student_says_them():
    steps = derive(parse("sin(x^2)").expr, "x").steps
    assert [str(s.name) for s in steps] == ["chain rule (outer function: derivative of sin)", "power rule"]
    assert line_text(steps[0].before, steps[0].target) == f"{MARK_START}d/dx[sin(x^2)]{MARK_END}"
    assert line_text(steps[1].after) == "2x·cos(x^2)"


def test_a_function_without_a_rule_is_refused():
    with pytest.raises(DerivationError, match="floor has no derivative rule"):
        derive(parse("floor(x)").expr, "x")
