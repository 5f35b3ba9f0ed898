"""Hypothesis strategies for text shaped like the expression language (README, DESIGN.md).

The fuzzers build expressions the way students type them (numbers, x/y/parameters,
Greek names, functions with and without parentheses, implicit multiplication, ^, **,
unary minus, | |, √, superscripts), close to every bound the parser sets (length,
nesting depth, digits, exponent, size of a power), and plain Unicode noise.
"""

from __future__ import annotations

from hypothesis import strategies as st

from guicalc.core.parse import (
    FUNCTIONS,
    GREEK,
    MAX_DEPTH,
    MAX_EXPONENT,
    MAX_LENGTH,
    MAX_LITERAL_DIGITS,
    MAX_RESULT_DIGITS,
)

VARIABLES = ["x", "y", "x0", "x1", "x2", "x_1", "x₁", "a", "b", "k", "t", "θ", "α", "λ", *GREEK]
CONSTANTS = ["pi", "π", "e"]
BINARY = ["+", "-", "−", "–", "*", "·", "×", "⋅", "/", "÷", "^", "**", " ", ""]
SUPERSCRIPTS = ["²", "³", "⁻¹", "⁻²", "¹⁰", "⁰"]
SPACES = st.sampled_from(["", "", "", " ", "  ", "\t"])


def _near(limit: int, spread: int = 3) -> st.SearchStrategy[int]:
    return st.integers(max(limit - spread, 1), limit + spread)


NUMBERS = st.one_of(
    st.integers(0, 10**6).map(str),
    st.floats(0, 1e6, allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["0", "1", "2", "10", ".5", "0.", "1.5e-3", "2E+10", "00007", "1e0", "0.0"]),
    _near(MAX_LITERAL_DIGITS).map(lambda n: "9" * n),
    _near(MAX_LITERAL_DIGITS).map(lambda n: "0." + "1" * n),
    st.tuples(st.sampled_from(["1", "9.99", ".1"]), st.sampled_from("eE"), st.sampled_from(["", "+", "-"]),
              st.integers(290, 320)).map(lambda t: "".join(map(str, t))),
)

LEAVES = st.one_of(NUMBERS, st.sampled_from(VARIABLES), st.sampled_from(CONSTANTS))


def _call(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """sin(x), sin x, sin²x, sin^2(x), norm(a, b, …), dot(x) (wrong arity)."""
    name = st.sampled_from(sorted(FUNCTIONS))
    power = st.sampled_from(["", "", "²", "^2", "^-1", "⁻¹", "^x"])
    args = st.lists(inner, min_size=0, max_size=3).map(", ".join)
    parenthesised = st.tuples(name, power, args).map(lambda t: f"{t[0]}{t[1]}({t[2]})")
    bare = st.tuples(name, power, st.sampled_from([" ", ""]), inner).map("".join)
    return parenthesised | bare


def _combine(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    binary = st.tuples(inner, SPACES, st.sampled_from(BINARY), SPACES, inner).map("".join)
    unary = st.tuples(st.sampled_from(["-", "−", "+", "--", "√", "- "]), inner).map("".join)
    grouped = inner.map(lambda s: f"({s})") | inner.map(lambda s: f"|{s}|")
    raised = st.tuples(inner, st.sampled_from(SUPERSCRIPTS)).map("".join)
    return st.one_of(binary, binary, unary, grouped, raised, _call(inner))


GRAMMAR = st.recursive(LEAVES, _combine, max_leaves=10)


def _nested(depth: st.SearchStrategy[int]) -> st.SearchStrategy[str]:
    """An expression wrapped ``depth`` times in one kind of nesting."""
    wrappers = st.sampled_from([("(", ")"), ("|", "|"), ("sin(", ")"), ("-", ""), ("√", ""), ("x^", ""),
                                ("2^", ""), ("(-", ")")])
    return st.tuples(wrappers, depth, GRAMMAR).map(lambda t: t[0][0] * t[1] + t[2] + t[0][1] * t[1])


NEAR_LIMITS = st.one_of(
    _nested(_near(MAX_DEPTH)),
    _nested(st.integers(0, 12)),
    # Long sums, products and chains around MAX_LENGTH characters.
    st.tuples(st.sampled_from(["x+", "2x·", "sin x ", "x^2-", "(x)", "1"]), _near(MAX_LENGTH, 40))
    .map(lambda t: (t[0] * (t[1] // len(t[0]) + 1))[: t[1]]),
    # Powers around the largest number allowed, and exponents around MAX_EXPONENT.
    st.tuples(st.sampled_from(["10", "2", "9.9", "e", "pi", "sigmoid(1)", "(x+1)", "(2x)", "x", "-3"]),
              st.sampled_from(["^", "**"]),
              st.one_of(_near(MAX_RESULT_DIGITS, 5), _near(MAX_EXPONENT, 5), _near(1024, 3), _near(10**10, 0),
                        st.integers(-2000, 2000)).map(str)).map("".join),
    st.tuples(_near(MAX_RESULT_DIGITS, 2), st.integers(1, 4)).map(lambda t: f"(10^{t[0]})" * t[1]),
    st.lists(st.sampled_from(["9", "2", "x", "10", "e", "0.5", "-1"]), min_size=2, max_size=6).map("^".join),
)

EXPRESSIONS = st.one_of(*[GRAMMAR] * 7, NEAR_LIMITS)
"""Grammar-shaped text: mostly valid, often close to a bound, sometimes slightly wrong."""

# Unicode with every category except surrogates (not encodable), plus the characters that
# matter most: control characters, bidirectional marks and overrides, zero-width ones.
TRICKY = ["\x00", "\x1b", "\x7f", "\u200b", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066",
          "\u2067", "\u2069", "\ufeff", "\u00a0", "\u2028", "\u0301", "\ufffd", "\U0001d465", "\uff58",
          "２", "٣", "𝟐", "ⅹ", "ｘ", "\n", "\r"]
UNICODE = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.characters(exclude_categories=["Cs"]), GRAMMAR),
             max_size=8).map("".join),
)
"""Random text, and grammar fragments salted with invisible and right-to-left characters."""
