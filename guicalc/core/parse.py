"""Text to sympy expression, with our own grammar: nothing typed is ever executed.

sympy's parsers call ``eval``; this module tokenizes and parses by hand and builds
sympy objects directly, accepting what students type (``3x^2 - 4x``, ``e^x``,
``ln x``, ``|x|``, ``x²``, ``σ``-free ``sigmoid(x)``). Every error names the problem
and the column. Sizes are bounded so that no input can make sympy hang.
"""

from __future__ import annotations

import functools
import math
import operator
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import mpmath
import sympy as sp
from sympy.core.function import AppliedUndef

from guicalc.core import functions
from guicalc.core.evaluate import Evaluator
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import MAX_LENGTH
from guicalc.core.typed import Typed

MAX_DEPTH = 100
MAX_LITERAL_DIGITS = 100
MAX_RESULT_DIGITS = 308
MAX_EXPONENT = 1000
MAX_RESULT_BITS = math.ceil(MAX_RESULT_DIGITS * math.log2(10)) + 4  # 10^308, with a little room
TOO_LARGE = QT_TRANSLATE_NOOP("parse", "this number is far too large to compute (the limit is about 10^{limit})")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("parse", "this number is outside the range a computer can hold (about 1e±308)")


class ParseError(ValueError):
    """A message a student understands, with the 0-based ``position`` it concerns."""

    def __init__(self, message: Message | str, position: int, end: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.end = position + 1 if end is None else max(end, position + 1)

    @property
    def column(self) -> int:
        """The 1-based column, as an editor shows it."""
        return self.position + 1

    def __str__(self) -> str:
        return f"column {self.column}: {self.message}"

    def copy(self) -> ParseError:
        """The same error (and kind of error) to raise again with a fresh traceback."""
        other = type(self).__new__(type(self))
        other.args = self.args
        other.__dict__.update(self.__dict__)
        return other


class UnfinishedNameError(ParseError):
    """The text ends in the beginning of a name (``si`` on the way to ``sin``): not an
    error to underline but a word still being typed; the last good plot stays."""

    def __init__(self, letters: str, names: tuple[str, ...], position: int, named: bool = False) -> None:
        if letters in FUNCTIONS or named:
            message = QT_TRANSLATE_NOOP("parse", "'{name}' needs an argument, for example {name}(x)").format(
                name=letters)
        else:
            message = QT_TRANSLATE_NOOP("parse", "keep typing: '{letters}' begins {names}").format(
                letters=letters, names=", ".join(names))
        super().__init__(message, position, position + len(letters))
        self.letters = letters
        self.names = names


@dataclass(frozen=True)
class Parsed:
    """A parsed expression with the text it came from."""

    text: str
    expr: sp.Expr
    typed: Typed | None = None
    """The expression as typed, before sympy rewrote it (for quotients in a dtype, and the echo)."""
    name: str | None = None
    """The function's name when the text defines one (``g`` of ``g(x) = f(x) + 1``)."""
    variable: str | None = None
    """The variable the definition declares (``x`` of ``g(x) = …``)."""

    @property
    def symbols(self) -> tuple[str, ...]:
        """Names of the free symbols, sorted."""
        return tuple(sorted(s.name for s in self.expr.free_symbols))

    @property
    def calls(self) -> set[tuple[str, int]]:
        """The named functions the text calls, with the order of the derivative taken
        (``f′(x)``: ("f", 1)); resolved by guicalc.core.definitions."""
        return {named_call(c) for c in self.expr.atoms(AppliedUndef)}


PRIMES = "′'″"
FUNCTION_LETTERS = frozenset("fgh")
"""The names of functions by habit: f(x) among named functions is a call, even of an undefined f."""
DEFINITION = re.compile(r"\s*([^\W\d_][^\W_]*(?:_?[0-9]+)?)\s*\(\s*([^\W\d_][^\W_]*)\s*\)\s*=")
"""The head of a named function: ``f(x) =``, ``g1(t) =``."""
PLAIN_HEAD = re.compile(r"\s*y\s*=")
"""``y =`` before a curve's expression: read as the expression alone."""


def named_call(call: sp.Expr) -> tuple[str, int]:
    """(name, order of derivative) of a call of a named function: ``f′(x)`` is ("f", 1)."""
    name = type(call).__name__
    base = name.rstrip("′")
    return base, len(name) - len(base)


def symbol(name: str) -> sp.Symbol:
    """The one symbol every part of guicalc uses for ``name`` (real-valued)."""
    return sp.Symbol(name, real=True)


FUNCTIONS: dict[str, Callable[..., sp.Expr]] = {
    "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
    "sec": sp.sec, "csc": sp.csc, "cot": sp.cot,
    "asin": sp.asin, "acos": sp.acos, "atan": sp.atan,
    "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan,
    "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh,
    "exp": sp.exp, "ln": sp.log, "log": lambda *a: sp.log(a[-1], a[0]) if len(a) == 2 else sp.log(a[0]),
    "log10": lambda a: sp.log(a, 10), "lg": lambda a: sp.log(a, 10), "log2": lambda a: sp.log(a, 2),
    "sqrt": sp.sqrt, "cbrt": lambda a: sp.Pow(a, sp.Rational(1, 3)), "abs": sp.Abs, "sign": sp.sign,
    "floor": sp.floor, "ceil": sp.ceiling,
    "sigmoid": functions.sigmoid, "relu": functions.relu,
    "softplus": functions.softplus, "norm": functions.norm,
    "dot": functions.dot, "sum": functions.vsum,
}
ARITY: dict[str, tuple[int, int]] = {"dot": (2, 2), "norm": (1, 32), "sum": (1, 32), "log": (1, 2)}
"""How many arguments a function takes (one unless listed); ``log(b, x)`` is the base-b logarithm."""
CONSTANTS: dict[str, sp.Expr] = {"pi": sp.pi, "π": sp.pi, "e": sp.E}
GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
}
# Longest first, so that "sinh" wins over "sin" when a run of letters is split.
KNOWN_NAMES = sorted([*FUNCTIONS, *CONSTANTS, *GREEK], key=len, reverse=True)

OPERATORS = {
    "+": "+", "-": "-", "−": "-", "–": "-", "*": "*", "·": "*", "×": "*", "⋅": "*",
    "/": "/", "÷": "/", "^": "^", "(": "(", ")": ")", ",": ",", "|": "|", "√": "√",
}
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
NUMBER = re.compile(r"([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")  # ASCII only: '.²' is no number
NUMBER_RUN = re.compile(r"[0-9.]+")
NAME_TAIL = re.compile(r"[0-9_₀-₉]*")
SUPERSCRIPT_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+")
TRAILING_LETTERS = re.compile(r"[^\W\d_]+$")
NAME_RUN = re.compile(r"[^\W\d_][^\W_]*(?:_?[0-9]+)?")


class Read(NamedTuple):
    """What a piece of the input parsed to: sympy's expression and the tree as typed."""

    expr: sp.Expr
    typed: Typed


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "name", "op", "sup", "end"
    text: str
    pos: int
    end: int


def parse(text: str, names: frozenset[str] = frozenset()) -> Parsed:
    """Parse ``text`` into a sympy expression or raise :class:`ParseError`.

    ``text`` may define a named function (``g(x) = f(x) + 1``); ``names`` are the named
    functions it may call (``f(…)``, ``f′(…)``), left as calls for
    guicalc.core.definitions to resolve. The answers for recent texts are remembered:
    on one keystroke the editor, the curve, the graph and the parameter list all parse
    the same text, and a product of a hundred sines takes a few hundred milliseconds to build.
    """
    result = _remembered(text) if not names else _remembered_with(text, names)
    if isinstance(result, ParseError):
        raise result.copy()  # a fresh traceback each time
    return result


@functools.lru_cache(maxsize=128)
def _remembered(text: str) -> Parsed | ParseError:
    try:
        return _parse(text)
    except ParseError as exc:
        return exc


@functools.lru_cache(maxsize=128)
def _remembered_with(text: str, names: frozenset[str]) -> Parsed | ParseError:
    try:
        return _parse(text, names)
    except ParseError as exc:
        return exc


def _parse(text: str, names: frozenset[str] = frozenset()) -> Parsed:
    if len(text) > MAX_LENGTH:
        raise ParseError(
            QT_TRANSLATE_NOOP("parse", "the expression is too long ({length} characters; the limit is {limit})").format(
                length=len(text), limit=MAX_LENGTH),
            MAX_LENGTH,
        )
    name = variable = None
    start = 0
    if head := DEFINITION.match(text):
        name, variable, start = head.group(1), head.group(2), head.end()
        if name in FUNCTIONS or name in CONSTANTS or name in GREEK:
            raise ParseError(QT_TRANSLATE_NOOP("parse", "'{name}' is already a function or constant: "
                                               "name yours differently, for example f or g").format(name=name),
                             head.start(1), head.end(1))
    elif head := PLAIN_HEAD.match(text):  # y = x^2, as a textbook (and Desmos) writes a curve
        start = head.end()
    tokens = tokenize(text, names, start)
    if tokens[0].kind == "end":
        if name is not None:
            raise ParseError(QT_TRANSLATE_NOOP("parse", "write what {name}({variable}) is after '='").format(
                name=name, variable=variable), len(text))
        raise ParseError(QT_TRANSLATE_NOOP("parse", "type an expression, for example 3x^2 - 4x"), 0)
    _refuse_unfinished_name(text)
    parser = _Parser(tokens, names)
    read = parser.parse()
    # A call of another row is put in later (core/definitions): then there is no tree as typed.
    return Parsed(text, read.expr, None if parser.named_calls else read.typed, name, variable)


def _refuse_unfinished_name(text: str) -> None:
    """Raise :class:`UnfinishedNameError` when the text ends in two or more letters that begin a
    function (or Greek) name without being a finished name: read as a product, ``si`` would
    flash as s·i with a slider i on the way to ``sin``. A function name without its argument
    (``sin``) is unfinished too. Single letters are variables as ever."""
    m = TRAILING_LETTERS.search(text)
    if m is None:
        return
    run = m.group(0)
    for start in range(max(0, len(run) - len(KNOWN_NAMES[0])), len(run) - 1):
        letters = run[start:]
        if letters in CONSTANTS or letters in GREEK:
            continue  # a finished name (pi, xi, sigma)
        names = tuple(sorted(n for n in FUNCTIONS if n.startswith(letters)))
        names = names or tuple(sorted(n for n in GREEK if n.startswith(letters)))
        if names:
            raise UnfinishedNameError(letters, names[:4], m.start() + start)


def tokenize(text: str, names: frozenset[str] = frozenset(), start: int = 0) -> list[Token]:
    """Split ``text`` (from ``start``) into tokens; unknown characters are errors with their
    column. A named function of ``names`` is one token, and its primes another (f′, f'')."""
    tokens: list[Token] = []
    i, n = start, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in PRIMES and tokens and tokens[-1].kind == "name" and tokens[-1].text in names:
            end = i
            while end < n and text[end] in PRIMES:
                end += 1
            order = sum(2 if c == "″" else 1 for c in text[i:end])
            tokens.append(Token("prime", str(order), i, end))
            i = end
        elif ch.isalpha() and names and (m := NAME_RUN.match(text, i)) and m.group(0) in names:
            tokens.append(Token("name", m.group(0), i, m.end()))
            i = m.end()
        elif m := NUMBER.match(text, i):
            digits = sum(c.isdigit() for c in m.group(1))
            if digits > MAX_LITERAL_DIGITS:
                raise ParseError(
                    QT_TRANSLATE_NOOP("parse", "this number has {digits} digits; at most {limit} are allowed").format(
                        digits=digits, limit=MAX_LITERAL_DIGITS),
                    i, m.end(),
                )
            if text.startswith(".", m.end()) and m.end() + 1 < n and text[m.end() + 1].isdigit() \
                    and "." in m.group(1):
                raise ParseError(QT_TRANSLATE_NOOP(
                    "parse", "'{text}' has two decimal points: a number has at most one, as in 2.5").format(
                    text=NUMBER_RUN.match(text, i).group(0)), i, NUMBER_RUN.match(text, i).end())
            tokens.append(Token("num", m.group(0), i, m.end()))
            i = m.end()
        elif ch == "*" and text.startswith("**", i):
            tokens.append(Token("op", "^", i, i + 2))
            i += 2
        elif ch in OPERATORS:
            tokens.append(Token("op", OPERATORS[ch], i, i + 1))
            i += 1
        elif ch in "⁰¹²³⁴⁵⁶⁷⁸⁹⁻":
            m = SUPERSCRIPT_RUN.match(text, i)
            assert m is not None
            tokens.append(Token("sup", m.group(0).translate(SUPERSCRIPTS), i, m.end()))
            i = m.end()
        elif ch.isalpha():
            i = _name_tokens(text, i, tokens)
        else:
            raise ParseError(_describe_unexpected(ch), i)
    tokens.append(Token("end", "", n, n))
    return tokens


def _name_tokens(text: str, start: int, tokens: list[Token]) -> int:
    """Read a run of letters, split into known names and single letters.

    ``xsin`` becomes ``x`` and ``sin``, ``xy`` becomes ``x`` and ``y`` (as graphing
    calculators do); a trailing run of digits, subscripts or ``_`` joins the last
    letter (``x1``, ``x_2``, ``x₁``).
    """
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    letters = text[start:end]
    tail = NAME_TAIL.match(text, end)
    assert tail is not None
    suffix = tail.group(0)
    if "__" in suffix or suffix.endswith("_"):
        raise ParseError(QT_TRANSLATE_NOOP("parse", "a name cannot end with '_' or contain '__'"), start, tail.end())
    if (len(letters) > 1 and text.startswith("(", tail.end()) and not suffix
            and not any(letters.endswith(f) for f in FUNCTIONS)):
        raise ParseError(QT_TRANSLATE_NOOP("parse", "unknown function '{name}'").format(name=letters), start, end)
    i = 0
    while i < len(letters):
        name = next((k for k in KNOWN_NAMES if letters.startswith(k, i)), letters[i])
        pos = start + i
        i += len(name)
        if i == len(letters) and suffix and name not in FUNCTIONS:
            name += suffix.translate(SUBSCRIPTS)
            tokens.append(Token("name", name, pos, tail.end()))
            return tail.end()
        tokens.append(Token("name", name, pos, pos + len(name)))
    if suffix:
        # "log10": a function name followed by digits that are not its own.
        if letters + suffix in FUNCTIONS:
            tokens[-1] = Token("name", letters + suffix, start, tail.end())
            return tail.end()
        raise ParseError(
            QT_TRANSLATE_NOOP("parse", "'{name}' is a function: write {name}({suffix}) or {name}(x)").format(
                name=tokens[-1].text, suffix=suffix), start, tail.end())
    return end


def _describe_unexpected(ch: str) -> str:
    if ch in "'\"":
        return QT_TRANSLATE_NOOP("parse", "text in quotes is not part of an expression")
    if ch == "=":
        return QT_TRANSLATE_NOOP("parse", "'=' is not needed: type only the right-hand side, for example 3x^2 - 4x")
    if ch in "[]{}":
        return QT_TRANSLATE_NOOP("parse", "'{char}' is not used here: group with ( and )").format(char=ch)
    if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn"):
        name = unicodedata.name(ch, f"U+{ord(ch):04X}")
        return QT_TRANSLATE_NOOP("parse", "invisible character {name} (U+{code:04X}) is not allowed").format(
            name=name, code=ord(ch))
    return QT_TRANSLATE_NOOP("parse", "'{char}' is not part of the expression language").format(char=ch)


class _Parser:
    """Recursive descent with precedence: + − < × / implicit < unary − < ^."""

    def __init__(self, tokens: list[Token], names: frozenset[str] = frozenset()) -> None:
        self.tokens = tokens
        self.names = names
        self.i = 0
        self.depth = 0
        self.abs_depth = 0
        self.named_calls = False
        """Whether the text calls another row's function (``f(x)`` in ``g(x) = f(x) + 1``)."""

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text: str, opening: Token) -> None:
        if self.tok.kind == "op" and self.tok.text == text:
            self.take()
            return
        if self.tok.kind == "end":
            message = QT_TRANSLATE_NOOP(
                "parse", "'{opening}' at column {column} is not closed: expected '{closing}' before the end")
        else:
            message = QT_TRANSLATE_NOOP(
                "parse", "'{opening}' at column {column} is not closed: expected '{closing}' before '{token}'")
        raise ParseError(message.format(opening=opening.text, column=opening.pos + 1, closing=text,
                                        token=self.tok.text), self.tok.pos, self.tok.end)

    def nest(self, tok: Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError(QT_TRANSLATE_NOOP(
                "parse", "the expression is nested too deeply (more than {limit} levels)").format(limit=MAX_DEPTH),
                             tok.pos)

    def parse(self) -> Read:
        expr = self.sum()
        if self.tok.kind != "end":
            tok = self.tok
            if tok.text == ")":
                raise ParseError(QT_TRANSLATE_NOOP("parse", "')' has no matching '('"), tok.pos)
            if tok.text == "," and self.tokens[self.i - 1].kind == "num" and self.tokens[self.i + 1].kind == "num":
                raise ParseError(QT_TRANSLATE_NOOP(
                    "parse", "a decimal number is written with a point: {whole}.{fraction}, not {whole},{fraction} "
                    "(a comma separates a function's arguments, as in log(2, x))").format(
                    whole=self.tokens[self.i - 1].text, fraction=self.tokens[self.i + 1].text), tok.pos)
            raise ParseError(QT_TRANSLATE_NOOP("parse", "unexpected '{token}'").format(token=tok.text),
                             tok.pos, tok.end)
        return expr

    # Sums and products are built in one step: sympy re-sorts a product at every binary
    # multiplication, and 600 of them (2x·2x·…, within MAX_LENGTH) took 2 s.
    def sum(self) -> Read:
        first = self.product()
        terms, typed, signs = [first.expr], [first.typed], "+"
        last = self.tok
        while self.tok.kind == "op" and self.tok.text in "+-":
            last = self.take()
            right = self.product()
            terms.append(right.expr if last.text == "+" else _guarded(operator.neg, last, right.expr))
            typed.append(right.typed)
            signs += last.text
        if len(terms) == 1:
            return first
        return Read(_guarded(sp.Add, last, *terms), Typed("sum", tuple(typed), signs))

    def product(self) -> Read:
        first = self.unary()
        factors, typed, ops = [first.expr], [first.typed], "*"
        last = self.tok
        while True:
            tok = self.tok
            if tok.kind == "op" and tok.text in "*/":
                self.take()
                read = self.unary()
                right = read.expr
                if tok.text == "/":
                    if right.is_zero:
                        raise ParseError(QT_TRANSLATE_NOOP("parse", "division by zero"), tok.pos)
                    right = _guarded(sp.Pow, tok, right, sp.Integer(-1))
                ops += tok.text
            elif self.starts_operand():
                read = self.unary()
                right, ops = read.expr, ops + "*"
            else:
                if len(factors) == 1:
                    return first
                return Read(_guarded(sp.Mul, last, *factors), Typed("product", tuple(typed), ops))
            factors.append(right)
            typed.append(read.typed)
            last = tok

    def starts_operand(self) -> bool:
        tok = self.tok
        if tok.kind in ("num", "name"):
            return True
        if tok.kind == "op":
            return tok.text in ("(", "√") or (tok.text == "|" and self.abs_depth == 0)
        return False

    def unary(self) -> Read:
        tok = self.tok
        if tok.kind == "op" and tok.text in "+-":
            self.take()
            self.nest(tok)
            operand = self.unary()
            self.depth -= 1
            return Read(-operand.expr, Typed("neg", (operand.typed,))) if tok.text == "-" else operand
        return self.power()

    def power(self) -> Read:
        base = self.postfix()
        tok = self.tok
        if tok.kind == "op" and tok.text == "^":
            self.take()
            self.nest(tok)
            if self.tok.kind == "end":
                raise ParseError(QT_TRANSLATE_NOOP("parse", "'^' needs an exponent after it"), tok.pos)
            exponent = self.unary()
            self.depth -= 1
            return Read(power(base.expr, exponent.expr, tok), Typed("pow", (base.typed, exponent.typed)))
        return base

    def postfix(self) -> Read:
        base = self.atom()
        while self.tok.kind == "sup":
            tok = self.take()
            exponent = _superscript_value(tok)
            base = Read(power(base.expr, exponent, tok), Typed("pow", (base.typed, _typed_number(exponent))))
        return base

    def atom(self) -> Read:
        tok = self.tok
        if tok.kind == "num":
            self.take()
            return Read(_number(tok), Typed("num", text=tok.text))
        if tok.kind == "name":
            return self.name()
        if tok.kind == "op" and tok.text == "(":
            self.take()
            self.nest(tok)
            if self.tok.text == ")" and self.tok.kind == "op":
                raise ParseError(QT_TRANSLATE_NOOP("parse", "empty parentheses: put an expression inside"),
                                 tok.pos, self.tok.end)
            inner = self.sum()
            self.expect(")", tok)
            self.depth -= 1
            return inner
        if tok.kind == "op" and tok.text == "|":
            self.take()
            self.nest(tok)
            self.abs_depth += 1
            inner = self.sum()
            self.abs_depth -= 1
            self.expect("|", tok)
            self.depth -= 1
            return Read(sp.Abs(_folded(inner.expr, tok)), Typed("call", (inner.typed,), "abs"))
        if tok.kind == "op" and tok.text == "√":
            self.take()
            self.nest(tok)
            inner = self.postfix()
            self.depth -= 1
            return Read(sp.sqrt(_folded(inner.expr, tok)), Typed("call", (inner.typed,), "sqrt"))
        if tok.kind == "end":
            raise ParseError(QT_TRANSLATE_NOOP(
                "parse", "the expression ends too early: something is missing here"), tok.pos)
        if tok.text == ")":
            raise ParseError(QT_TRANSLATE_NOOP("parse", "')' has no matching '('") if self.depth == 0 else
                             QT_TRANSLATE_NOOP("parse", "something is missing before ')'"), tok.pos)
        raise ParseError(QT_TRANSLATE_NOOP("parse", "'{token}' cannot start a term here").format(token=tok.text),
                         tok.pos, tok.end)

    def name(self) -> Read:
        tok = self.take()
        if self.names and tok.text in FUNCTION_LETTERS and tok.text not in self.names and self.tok.text == "(" \
                and self.tok.kind == "op" and self.tok.pos == tok.end:
            # Among named functions f(x) reads as a call, not f·x: a slider f would flash
            # while the row defining f is retyped.
            raise ParseError(QT_TRANSLATE_NOOP("parse", "{name} is not defined: write a row {name}(x) = …").format(
                name=tok.text), tok.pos, tok.end)
        if tok.text in self.names:
            if self.tok.kind == "end":
                raise UnfinishedNameError(tok.text, (tok.text,), tok.pos, named=True)  # g on the way to g(x)
            return self.named_call(tok)
        if tok.text in FUNCTIONS:
            return self.call(tok)
        if tok.text in CONSTANTS:
            return Read(CONSTANTS[tok.text], Typed("const", text="pi" if tok.text == "π" else tok.text))
        if self.tok.kind == "op" and self.tok.text == "(" and self.tokens[self.i - 1].end == self.tok.pos:
            if len(tok.text) > 1:
                raise ParseError(QT_TRANSLATE_NOOP("parse", "unknown function '{name}'").format(name=tok.text),
                                 tok.pos, tok.end)
        named = symbol(GREEK.get(tok.text, tok.text))
        return Read(named, Typed("name", text=named.name))

    def call(self, name: Token) -> Read:
        self.nest(name)
        exponent = None
        if self.tok.kind == "sup" or (self.tok.kind == "op" and self.tok.text == "^"):
            # sin²x and sin^2(x): the power of the function's value.
            exponent = (_superscript_value(self.take()) if self.tok.kind == "sup"
                        else self.exponent_after_caret())
            if exponent.is_negative:
                if f"a{name.text}" in FUNCTIONS:
                    message = QT_TRANSLATE_NOOP("parse", "a negative power of '{name}' is ambiguous: write 1/{name}(x) "
                                "for the reciprocal or a{name}(x) for the inverse function")
                else:
                    message = QT_TRANSLATE_NOOP("parse", "a negative power of '{name}' is ambiguous: write 1/{name}(x) "
                                "for the reciprocal")
                raise ParseError(message.format(name=name.text), name.pos, name.end)
        if self.tok.kind == "op" and self.tok.text == "(":
            opening = self.take()
            args = [self.sum()]
            while self.tok.kind == "op" and self.tok.text == ",":
                self.take()
                args.append(self.sum())
            self.expect(")", opening)
        elif self.starts_operand():  # sin x, ln|x| (a '|' inside |…| closes it: starts_operand says no)
            args = [self.bare_argument()]
        else:
            raise ParseError(QT_TRANSLATE_NOOP(
                "parse", "'{name}' needs an argument, for example {name}(x)").format(name=name.text),
                             name.pos, name.end)
        self.depth -= 1
        low, high = ARITY.get(name.text, (1, 1))
        if not low <= len(args) <= high:
            wanted = (str(low) if low == high
                      else QT_TRANSLATE_NOOP("parse", "{low} to {high}").format(low=low, high=high))
            message = (QT_TRANSLATE_NOOP("parse", "{name} takes {wanted} argument, not {count}") if high == 1
                       else QT_TRANSLATE_NOOP("parse", "{name} takes {wanted} arguments, not {count}"))
            raise ParseError(message.format(name=name.text, wanted=wanted, count=len(args)), name.pos, name.end)
        value = _guarded(FUNCTIONS[name.text], name, *(_folded(_within_range(a.expr, name), name) for a in args))
        typed = Typed("call", tuple(a.typed for a in args), name.text)
        if exponent is None:
            return Read(value, typed)
        return Read(power(value, exponent, name), Typed("pow", (typed, _typed_number(exponent))))

    def named_call(self, name: Token) -> Read:
        """``f(2x)`` or ``f′(x)`` of a named function: a call left for definitions to resolve."""
        order = int(self.take().text) if self.tok.kind == "prime" else 0
        if not (self.tok.kind == "op" and self.tok.text == "("):
            raise ParseError(QT_TRANSLATE_NOOP("parse", "'{name}' needs an argument, for example {name}(x)").format(
                name=name.text + "′" * order), name.pos, self.tok.end)
        if order > 2:
            raise ParseError(QT_TRANSLATE_NOOP("parse", "at most two primes: f′ or f″"), name.pos, self.tok.pos)
        opening = self.take()
        self.nest(name)
        arg = self.sum()
        self.expect(")", opening)
        self.depth -= 1
        self.named_calls = True
        called = name.text + "′" * order
        return Read(sp.Function(called)(arg.expr), Typed("call", (arg.typed,), called))

    def bare_argument(self) -> Read:
        """The argument of ``sin 2x`` or ``ln πx``, as calculators read it: powers multiplied
        implicitly, up to an operator, a parenthesis or a function (``sin x cos x``)."""
        first = self.power()
        arg, typed = first.expr, [first.typed]
        while self.tok.kind == "num" or (self.tok.kind == "name" and self.tok.text not in FUNCTIONS):
            tok = self.tok
            right = self.power()
            arg = _guarded(operator.mul, tok, arg, right.expr)
            typed.append(right.typed)
        return first if len(typed) == 1 else Read(arg, Typed("product", tuple(typed), "*" * len(typed)))

    def exponent_after_caret(self) -> sp.Expr:
        caret = self.take()
        if self.tok.kind == "op" and self.tok.text == "-" and self.tokens[self.i + 1].kind == "num":
            self.take()  # sin^-1 x: a negative power, which the caller explains
            return -_number(self.take())
        if self.tok.kind != "num":
            raise ParseError(QT_TRANSLATE_NOOP(
                "parse", "after a function name, '^' takes a number, as in sin^2(x)"), caret.pos)
        return _number(self.take())


def _typed_number(value: sp.Expr) -> Typed:
    """A power given by a superscript or after sin^: an integer, written as typed."""
    return Typed("num", text=str(value)) if value >= 0 else Typed("neg", (Typed("num", text=str(-value)),))


def _superscript_value(tok: Token) -> sp.Expr:
    if not re.fullmatch(r"-?\d+", tok.text):
        raise ParseError(QT_TRANSLATE_NOOP("parse", "a superscript needs digits, as in x² or x⁻¹"), tok.pos, tok.end)
    return sp.Integer(int(tok.text))


def _number(tok: Token) -> sp.Expr:
    text = tok.text
    if re.fullmatch(r"\d+", text):
        return sp.Integer(int(text))
    mantissa, _, exp = text.lower().partition("e")
    if exp and abs(int(exp)) > 300:
        raise ParseError(OUT_OF_RANGE, tok.pos, tok.end)
    digits = len(mantissa.replace(".", "").lstrip("0"))
    return sp.Float(text, max(15, digits))


def power(base: sp.Expr, exponent: sp.Expr, tok: Token) -> sp.Expr:
    """``base ** exponent`` after checking sympy would not try to build a giant number.

    sympy evaluates numeric powers exactly, and distributes integer powers over
    products (``(2x)^(10^10)`` computes ``2^(10^10)``): both would hang.
    """
    if base.is_number and exponent.is_number and not (base.is_zero or exponent.is_zero):
        try:
            digits = float(complex(exponent).real) * _digits(base)
        except (TypeError, ValueError, OverflowError):
            digits = math.inf
        if not abs(digits) <= MAX_RESULT_DIGITS:
            message = (QT_TRANSLATE_NOOP(
                "parse", "this power is far too large to compute (about 10^{size}; the limit is 10^±{limit})")
                if digits > 0 else QT_TRANSLATE_NOOP(
                "parse", "this power is far too small to compute (about 10^{size}; the limit is 10^±{limit})"))
            raise ParseError(message.format(size=_sci(digits), limit=MAX_RESULT_DIGITS), tok.pos, tok.end)
    if exponent.is_Number and abs(exponent) > MAX_EXPONENT and not base.is_Symbol:
        raise ParseError(QT_TRANSLATE_NOOP("parse", "the exponent is too large here (the limit is {limit}, "
                           "except for a plain variable such as x)").format(limit=MAX_EXPONENT), tok.pos, tok.end)
    return _guarded(sp.Pow, tok, _folded(base, tok), _folded(exponent, tok))


def _folded(value: sp.Expr, tok: Token) -> sp.Expr:
    """A constant with a function or an irrational power in it (``sin 2``, ``2^-2^-3``)
    as a Float, when it is the argument of another function or power.

    sympy decides the sign of ``ln(ln(ln(2)))`` by evaluating it at ever higher
    precision, and the work grows exponentially with the nesting: twelve ``ln`` took
    100 s, four mixed functions or forty ``e^-`` more than 10 s, and ``|asin(π)²|``
    alone 2 s. Folded, sympy never sees a function of such a constant.
    """
    if not (value.is_number and _nesting(value)):
        return value
    number = Evaluator(value, "mpmath", precision=30)()
    if not mpmath.isfinite(number):
        raise ParseError(QT_TRANSLATE_NOOP("parse", "this constant has no real value (like ln of a negative "
                                           "number or asin of a number beyond ±1)"), tok.pos, tok.end)
    return sp.Float(number, 15)


def _nesting(expr: sp.Expr) -> int:
    """How deeply functions and non-integer powers are nested in ``expr``."""
    inner = max((_nesting(a) for a in expr.args), default=0)
    own = isinstance(expr, sp.Function) or (expr.is_Pow and not expr.exp.is_Integer)
    return inner + own


def _digits(value: sp.Expr) -> float:
    """log10 |value| of a constant (0 for 0). A float is enough between 10^±308; beyond, it
    reads ``(1e-300·1e-300)`` as 0 (and its ``^-1000`` as harmless), so the constant is
    walked with mpmath, whose numbers carry any exponent. Our own functions (sigmoid(1))
    have no sympy value: mpmath evaluates them too. A constant with no real value
    (``asin π``) is left for folding to explain."""
    try:
        magnitude = abs(complex(value))
    except TypeError:
        magnitude = 0.0
    if 0 < magnitude < math.inf:
        return math.log10(magnitude)
    exact = abs(Evaluator(value, "mpmath", precision=20)())
    return 0.0 if not exact or mpmath.isnan(exact) else float(mpmath.log10(exact))


def _within_range(value: sp.Expr, tok: Token) -> sp.Expr:
    """``value``, unless it is a constant beyond 10^308: sympy and mpmath reduce the
    argument of sin or cos modulo π with as many digits of π as the argument has, so
    ``cos(10^(10^9))`` would compute a billion bits of π before it answered."""
    if value.is_number and not value.is_Rational and _digits(value) > MAX_RESULT_DIGITS:
        raise ParseError(TOO_LARGE.format(limit=MAX_RESULT_DIGITS), tok.pos, tok.end)
    return value


def _sci(value: float) -> str:
    return "inf" if math.isinf(value) else (f"{value:.0f}" if abs(value) < 1e6 else f"({value:.1e})")


def _guarded(build: Callable[..., sp.Expr], tok: Token, *operands: sp.Expr) -> sp.Expr:
    """``build(*operands)``; sympy's own refusals become parse errors at ``tok``.

    So do values nothing can compute with: undefined ones (``0^-1`` and ``ln 0`` give
    sympy's zoo) and integers far beyond any float (``10^308·10^308·…``, which sympy
    multiplies out and Python then refuses to print past 4 300 digits).
    """
    try:
        value = build(*operands)
    except (TypeError, ValueError, ArithmeticError, RecursionError) as exc:
        raise ParseError(QT_TRANSLATE_NOOP("parse", "cannot build this expression: {reason}").format(reason=str(exc)),
                         tok.pos, tok.end) from None
    if value in (sp.zoo, sp.nan, sp.oo, -sp.oo):
        raise ParseError(QT_TRANSLATE_NOOP("parse", "this has no value: it divides by zero (or takes ln 0)"),
                         tok.pos, tok.end)
    # sympy keeps a sum's or product's number first and combines new numbers into it.
    number = value.args[0] if value.is_Add or value.is_Mul else value
    if number.is_Rational and max(abs(number.p), number.q).bit_length() > MAX_RESULT_BITS:
        raise ParseError(TOO_LARGE.format(limit=MAX_RESULT_DIGITS), tok.pos, tok.end)
    if number.is_Float and abs(mpmath.mag(number)) > MAX_RESULT_BITS:  # 1e300·1e300: sympy's Floats have no limit
        raise ParseError(OUT_OF_RANGE, tok.pos, tok.end)
    return value
