"""The expression language: what students type, precedence, errors with columns, hostile text."""

from __future__ import annotations

import builtins
import math
import time
from pathlib import Path

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from guicalc.core import functions
from guicalc.core.analysis import CurveAnalysis
from guicalc.core.evaluate import Evaluator
from guicalc.core.parse import MAX_DEPTH, MAX_LENGTH, ParseError, parse
from guicalc.core.symbolic import derivative
from tests.hostile_corpus import HOSTILE

x, y, z = (sp.Symbol(n, real=True) for n in "xyz")


def real(name: str) -> sp.Symbol:
    return sp.Symbol(name, real=True)


GRAMMAR = [
    # DESIGN.md's list, each against a sympy expression built here.
    ("3x^2 - 4x", 3 * x**2 - 4 * x),
    ("3*x**2", 3 * x**2),
    ("sin(x)", sp.sin(x)),
    ("e^x", sp.exp(x)),
    ("exp(x)", sp.exp(x)),
    ("ln x", sp.log(x)),
    ("log(x)", sp.log(x)),
    ("sqrt(x)", sp.sqrt(x)),
    ("|x|", sp.Abs(x)),
    ("abs(x)", sp.Abs(x)),
    ("pi", sp.pi),
    ("π", sp.pi),
    ("2πx", 2 * sp.pi * x),
    ("2·x", 2 * x),
    ("2×x", 2 * x),
    ("3 − x", 3 - x),
    ("x²", x**2),
    ("x³ − 1/x", x**3 - 1 / x),
    ("x⁻¹", 1 / x),
    ("sigmoid(x)", functions.sigmoid(x)),
    ("tanh(x)", sp.tanh(x)),
    ("tanh x", sp.tanh(x)),
    ("relu(x)", functions.relu(x)),
    ("softplus(x)", functions.softplus(x)),
    ("norm(x)", functions.norm(x)),
    ("norm(x, y)", functions.norm(x, y)),
    ("dot(x, x)", functions.dot(x, x)),
    ("sum(x, y, z)", functions.vsum(x, y, z)),
    ("√x", sp.sqrt(x)),
    ("sin²x", sp.sin(x) ** 2),
    ("sin^2(x)", sp.sin(x) ** 2),
    ("log10(x)", sp.log(x, 10)),
    ("floor(x) + ceil(x)", sp.floor(x) + sp.ceiling(x)),
    ("0.01x^2 + 0.1x", sp.Float("0.01") * x**2 + sp.Float("0.1") * x),
    (".5x", sp.Float("0.5") * x),
    ("1.5e-3x", sp.Float("1.5e-3") * x),
    # identifiers with digits and subscripts
    ("x1", real("x1")),
    ("x_2", real("x_2")),
    ("x₁", real("x1")),
    ("3x1^2 + 5e^x2", 3 * real("x1") ** 2 + 5 * sp.exp(real("x2"))),
    ("x0^2 + x1^2", real("x0") ** 2 + real("x1") ** 2),
    ("alpha", real("α")),
    # implicit multiplication
    ("2x(x+1)", 2 * x * (x + 1)),
    ("(x+1)(x-1)", (x + 1) * (x - 1)),
    ("xy", x * y),
    ("2 sin x", 2 * sp.sin(x)),
    ("x sin x", x * sp.sin(x)),
    ("xsin(x)", x * sp.sin(x)),
    ("sin x cos x", sp.sin(x) * sp.cos(x)),
    ("sin 2x", sp.sin(2 * x)),
    ("ln πx", sp.log(sp.pi * x)),
    ("sin x^2", sp.sin(x**2)),
    ("|x|y", sp.Abs(x) * y),
    ("(a + b)c", (real("a") + real("b")) * real("c")),
    # precedence and associativity
    ("-x^2", -(x**2)),
    ("2^-x", 2 ** (-x)),
    ("x^y^z", x ** (y**z)),
    ("2^3^2", sp.Integer(512)),
    ("-2^2", sp.Integer(-4)),
    ("x^-1^2", x ** (-1)),
    ("1/2x", x / 2),
    ("x - y - z", x - y - z),
    ("x/y/z", x / y / z),
    ("2 + 3·4", sp.Integer(14)),
    ("--x", x),
    ("e^-x^2", sp.exp(-(x**2))),
]


@pytest.mark.parametrize(("text", "expected"), GRAMMAR)
def test_parses_what_students_type(text: str, expected: sp.Expr) -> None:
    assert parse(text).expr == expected


def test_symbols_are_real_and_sorted() -> None:
    parsed = parse("y x + x₂")
    assert parsed.symbols == ("x", "x2", "y")
    assert all(s.is_real for s in parsed.expr.free_symbols)
    assert parsed.text == "y x + x₂"


ERRORS = [
    ("3x^2-", 6, "ends too early"),
    ("(x + 1", 7, "'(' at column 1 is not closed"),
    ("sin(x", 6, "not closed"),
    ("x + 1)", 6, "')' has no matching '('"),
    (")", 1, "')' has no matching '('"),
    ("foo(x)", 1, "unknown function 'foo'"),
    ("Sin(x)", 1, "unknown function 'Sin'"),
    ("factorial(10^9)", 1, "unknown function 'factorial'"),
    ("", 1, "type an expression"),
    ("   ", 1, "type an expression"),
    ("x $ 2", 3, "'$' is not part of the expression language"),
    ("x = 2", 3, "'=' is not needed"),
    ("[x]", 1, "group with ( and )"),
    ("x\u200b", 2, "invisible character ZERO WIDTH SPACE"),
    ("sin()", 5, "something is missing before ')'"),
    ("()", 1, "empty parentheses"),
    ("sin", 1, "'sin' needs an argument"),
    ("dot(x)", 1, "dot takes 2 arguments, not 1"),
    ("sin(x, y)", 1, "sin takes 1 argument, not 2"),
    ("x +* 2", 4, "'*' cannot start a term here"),
    ("x, y", 2, "unexpected ','"),
    ("x^", 2, "'^' needs an exponent"),
    ("x/0", 2, "division by zero"),
    ("1/(x - x)", 2, "division by zero"),
    ("0^-1", 2, "divides by zero"),
    ("ln 0", 1, "divides by zero (or takes ln 0)"),
    ("tan(pi/2)", 1, "divides by zero"),
    ("9^9^9^9", 4, "far too large"),
    ("10^308·10^308", 7, "far too large"),
    # Floats too: cos of a Float beyond 10^308 reduces it modulo π with as many digits of π
    # as it has (the full-size fuzzer hung CI on such an input for ten minutes).
    ("1e300·1e300", 6, "outside the range"),
    ("cos((1e-300·1e-300)^-1000)", 12, "outside the range"),
    ("cos(pi^600·pi^600)", 1, "far too large"),
    ("(2x)^(10^10)", 5, "exponent is too large"),
    ("1e400", 1, "outside the range"),
    ("1" * 101, 1, "101 digits"),
    ("x__1", 1, "cannot end with '_' or contain '__'"),
    ("x_", 1, "cannot end with '_'"),
    ("sin⁻¹x", 1, "ambiguous: write 1/sin(x) for the reciprocal or asin(x) for the inverse"),
    ("sin^x(x)", 4, "'^' takes a number"),
    ("x⁻", 2, "a superscript needs digits"),
    ("x.²", 2, "'.' is not part of the expression language"),
    ("'x'", 1, "text in quotes"),
]


@pytest.mark.parametrize(("text", "column", "message"), ERRORS)
def test_errors_name_the_problem_and_column(text: str, column: int, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.column == column
    assert caught.value.position == column - 1
    assert message in caught.value.message
    assert str(caught.value) == f"column {column}: {caught.value.message}"


def test_too_long_input_is_refused_at_the_limit() -> None:
    with pytest.raises(ParseError, match="too long") as caught:
        parse("x+" * MAX_LENGTH)
    assert caught.value.position == MAX_LENGTH




# Letter runs are products of variables, and 0xff… is 0·x·f·f…: harmless, and computed below.
HARMLESS = {"import os", "from os import system", "(x for x in y)", "0x" + "f" * 1000, "x\u2028+1"}


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:30]))
def test_hostile_text_is_refused_and_nothing_runs(text: str, no_code_runs, tmp_path: Path) -> None:
    """Parsed, differentiated, evaluated and sampled for a plot under the traps."""
    with no_code_runs():
        try:
            parsed = parse(text)
        except ParseError:
            assert text not in HARMLESS
        else:
            assert text in HARMLESS
            variable = parsed.symbols[0] if parsed.symbols else "x"
            others = dict.fromkeys(parsed.symbols[1:], 1.5)
            analysis = CurveAnalysis(parsed, variable, others)
            analysis.sample(-3, 3, 200, order=2)
            analysis.tangent(0.5)
            analysis.limit_table(0.5, "central", "float32", 4)
            Evaluator(derivative(parsed.expr, variable), "mpmath")(**{variable: 0.5}, **others)
    assert list(tmp_path.iterdir()) == []


NESTED = [
    "(" * 999 + "x" + ")" * 999,
    "-" * 1999 + "x",
    "x^" * 999 + "x",
    "sin(" * 300 + "x" + ")" * 300,
    "|" * 999 + "x" + "|" * 999,
    "√" * 1999 + "x",
    "sin " * 499 + "x",
]


@pytest.mark.parametrize("text", NESTED, ids=lambda t: repr(t[:8]))
def test_deep_nesting_is_refused_before_python_recurses(text: str) -> None:
    with pytest.raises(ParseError, match=f"nested too deeply \\(more than {MAX_DEPTH} levels\\)"):
        parse(text)


def test_nesting_up_to_the_limit_parses() -> None:
    depth = MAX_DEPTH - 1
    assert parse("(" * depth + "x" + ")" * depth).expr == x


@pytest.mark.parametrize("text", ["9^9^9^9", "x^(10^10)", "2^10^6", "(10^10)^(10^10)", "pi^1000",
                                  "e^(e^1000)", "(10^308)" * 20, "x^((10^308)(10^308)(10^308))"])
def test_giant_numbers_are_refused_or_kept_symbolic_at_once(text: str) -> None:
    start = time.perf_counter()
    try:
        result = parse(text).expr
    except ParseError as exc:
        assert "too large" in exc.message
    else:
        # Only a plain variable may carry a huge exponent; sympy keeps it unevaluated.
        assert result == x ** (10**10)
    assert time.perf_counter() - start < 1.0


def test_the_traps_spring(no_code_runs) -> None:
    """The fixture the hostile-text tests rely on does catch code running."""
    with no_code_runs() as sprung:
        with pytest.raises(AssertionError):
            builtins.eval("1")  # noqa: S307
        with pytest.raises(AssertionError):
            __import__("os")
        with pytest.raises(AssertionError):
            __import__("guicalc_no_such_module")
        assert [s.split("(")[0] for s in sprung] == ["eval", "import os", "import guicalc_no_such_module"]
        sprung.clear()


PIECES = ["x", "y", "2", "0", "10", "1e5", ".5", "+", "-", "−", "*", "/", "^", "**", "(", ")", "|", ",",
          "²", "⁻", "√", "·", " ", "sin", "ln", "e", "pi", "sqrt", "abs", "tan", "floor", "exp", "log",
          "norm", "dot", "sigmoid", "relu", "_", ".", "__", "'", "x1", "λ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_any_text_parses_or_raises_parse_error(text: str) -> None:
    try:
        parsed = parse(text)
    except ParseError as exc:
        assert 0 <= exc.position <= len(text)
        assert exc.message
    else:
        assert isinstance(parsed.expr, sp.Expr)
        assert not parsed.expr.has(sp.zoo, sp.nan)


# Found by the fuzzer (tests/core/test_parse_fuzz.py): constants of nested functions made
# sympy evaluate at ever higher precision (twelve ln: 100 s), norm's numeric value called
# mpmath's matrix norm (TypeError), ceil(norm(10)) raised PrecisionExhausted, and long
# products were re-sorted at every factor (2 s).
def _tower(base: float, height: int, top: float) -> float:
    """base^-base^-…^-top, evaluated from the top."""
    value = top
    for _ in range(height):
        value = base**-value
    return value


NESTED_CONSTANTS = [
    ("ln(" * 12 + "2" + ")" * 12, None),
    ("e^-" * 40 + "2", _tower(math.e, 40, 2)),
    ("2^-" * 40 + "3", _tower(2, 40, 3)),
    ("sec(sec(sec(sec(2))))", math.cos(1 / math.cos(1 / math.cos(1 / math.cos(2))))**-1),
    ("sinh(sinh(sinh(2)))", math.sinh(math.sinh(math.sinh(2)))),
    ("||arcsin² π||", None),
    ("log2(ceil(norm(10)))", math.log2(10)),
    ("norm(3, 4)^2 + x", None),
    ("sin(sin 2) x", None),
    (("2x·" * 700)[:1999], None),
]


@pytest.mark.parametrize(("text", "value"), NESTED_CONSTANTS, ids=lambda t: repr(t)[:24])
def test_constants_of_nested_functions_are_answered_at_once(text: str, value: float | None) -> None:
    start = time.perf_counter()
    try:
        result = parse(text).expr
    except ParseError as exc:
        assert "no real value" in exc.message
    else:
        if value is not None:
            assert float(result) == pytest.approx(value, rel=1e-12)
    assert time.perf_counter() - start < 1.0


def test_folded_constants_keep_their_value() -> None:
    assert float(parse("norm(3, 4)^2 + x").expr - x) == 25
    assert float(parse("sin(sin 2) x").expr / x) == pytest.approx(math.sin(math.sin(2)), rel=1e-14)
    assert float(parse("e^(ln 2)").expr) == pytest.approx(2, rel=1e-15)
    with pytest.raises(ParseError, match="no real value") as caught:
        parse("ln(asin(2))")
    assert caught.value.column == 1
