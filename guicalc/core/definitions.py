"""Named functions: rows ``f(x) = x^2`` and ``g(x) = f(x) + 1`` that call each other.

Each row is parsed on its own (core/parse.py leaves ``f(…)`` and ``f′(…)`` as calls); here
a row's calls are replaced by the rows they name — the body with its variable put to the
argument, differentiated first for primes — so that every view gets a plain expression
(g is drawn as x² + 1). A row that reaches itself through its calls is refused, naming
the cycle (f → g → f).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from guicalc.core.messages import QT_TRANSLATE_NOOP
from guicalc.core.parse import DEFINITION, Parsed, ParseError, named_call, parse, symbol
from guicalc.core.symbolic import derivative

MAX_CALL_DEPTH = 20
"""Rows calling rows calling rows…: deeper than this is refused (each level can double the size)."""


def definition_name(text: str) -> str | None:
    """The name a row defines (``g`` of ``g(x) = …``), without parsing it."""
    head = DEFINITION.match(text)
    return head.group(1) if head else None


def resolve(texts: Sequence[str], index: int) -> Parsed:
    """Row ``index`` of the function list parsed, with the named functions it calls put in.

    Raises ParseError for the row's own mistakes, a name defined twice, a cycle, or a call
    of a row that has an error.
    """
    heads = [definition_name(t) for t in texts]
    names = frozenset(h for h in heads if h)
    if not names:
        return parse(texts[index])
    return _Resolver(texts, heads, names).row(index)


class _Resolver:
    def __init__(self, texts: Sequence[str], heads: list[str | None], names: frozenset[str]) -> None:
        self.texts = texts
        self.heads = heads
        self.names = names
        self.text = ""
        self.bodies: dict[str, tuple[sp.Expr, str]] = {}

    def row(self, index: int) -> Parsed:
        self.text = self.texts[index]
        parsed = parse(self.text, self.names)
        own = parsed.name
        if own is not None and self.heads.index(own) != index:
            head = DEFINITION.match(self.text)
            raise ParseError(QT_TRANSLATE_NOOP("parse", "{name} is already defined in row {row}").format(
                name=own, row=self.heads.index(own) + 1), head.start(1), head.end(1))
        if not parsed.calls:
            return parsed
        expr = self.expand(parsed.expr, (own,) if own else ())
        return Parsed(parsed.text, expr, None, parsed.name, parsed.variable)  # no tree as typed: rows put in

    def expand(self, expr: sp.Expr, stack: tuple[str, ...]) -> sp.Expr:
        """``expr`` with every call replaced, innermost first (f(g(x)))."""
        return expr.replace(lambda e: isinstance(e, AppliedUndef), lambda call: self.call(call, stack))

    def call(self, call: sp.Expr, stack: tuple[str, ...]) -> sp.Expr:
        name, order = named_call(call)
        if name in stack:
            cycle = " → ".join((*stack[stack.index(name):], name))
            raise self.error(QT_TRANSLATE_NOOP("parse", "{name} refers to itself: {cycle}").format(
                name=name, cycle=cycle), stack[1] if len(stack) > 1 else name)
        if len(stack) > MAX_CALL_DEPTH:
            raise self.error(QT_TRANSLATE_NOOP("parse", "named functions call each other more than {limit} deep")
                             .format(limit=MAX_CALL_DEPTH), name)
        body, variable = self.body(name, stack)
        if order:
            body = derivative(body, variable, order)
        return body.xreplace({symbol(variable): call.args[0]})

    def body(self, name: str, stack: tuple[str, ...]) -> tuple[sp.Expr, str]:
        """The named row's expression, its own calls put in, and its variable."""
        if name not in self.bodies:
            try:
                parsed = parse(self.texts[self.heads.index(name)], self.names)
            except ParseError:
                raise self.error(QT_TRANSLATE_NOOP("parse", "{name} has an error in its own row").format(name=name),
                                 name) from None
            self.bodies[name] = (self.expand(parsed.expr, (*stack, name)), parsed.variable or "x")
        return self.bodies[name]

    def error(self, message: str, name: str) -> ParseError:
        """An error placed at the first call of ``name`` in this row (its start otherwise)."""
        head = DEFINITION.match(self.text)
        start = head.end() if head else 0
        found = re.compile(rf"(?<![^\W\d_]){re.escape(name)}\s*[′'″]*\s*\(").search(self.text, start)
        return ParseError(message, found.start() if found else start,
                          found.start() + len(name) if found else len(self.text))
