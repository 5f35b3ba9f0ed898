"""Issue 21: a trailing run of letters that begins a function name is a word still being
typed (UnfinishedNameError), never a product of single-letter variables."""

from __future__ import annotations

import pytest
import sympy as sp

from guicalc.core.parse import FUNCTIONS, GREEK, ParseError, UnfinishedNameError, parse

x, k = sp.Symbol("x", real=True), sp.Symbol("k", real=True)


@pytest.mark.parametrize("text, letters", [
    ("si", "si"), ("co", "co"), ("sq", "sq"), ("sig", "sig"), ("2*do", "do"), ("x + lo", "lo"),
    ("3xsi", "si"), ("alp", "alp"), ("sin", "sin"), ("x*sigm", "sigm"),
])
def test_a_half_typed_name_is_unfinished_not_a_product(text: str, letters: str) -> None:
    with pytest.raises(UnfinishedNameError) as caught:
        parse(text)
    error = caught.value
    assert error.letters == letters
    assert text[error.position:error.end] == letters  # points at the letters being typed
    assert all(name.startswith(letters) for name in error.names)
    assert error.names and set(error.names) <= set(FUNCTIONS) | set(GREEK)


def test_every_proper_prefix_of_every_function_name_is_unfinished() -> None:
    for name in FUNCTIONS:
        for end in range(2, len(name) + 1):
            prefix = name[:end]
            if prefix in GREEK or prefix in ("pi",):
                continue
            if not prefix.isalpha():
                continue  # log1 on the way to log10 is another error (digits after a name)
            with pytest.raises(UnfinishedNameError):
                parse(f"x + {prefix}")


@pytest.mark.parametrize("text, expected", [
    ("sin(k*x)", sp.sin(k * x)), ("ax", sp.Symbol("a", real=True) * x), ("pi", sp.pi),
    ("x + s", x + sp.Symbol("s", real=True)), ("sin x", sp.sin(x)), ("xi", sp.Symbol("ξ", real=True)),
])
def test_finished_names_and_single_letters_parse_as_before(text: str, expected: sp.Expr) -> None:
    assert parse(text).expr == expected


def test_the_error_raised_again_keeps_its_kind() -> None:
    for _ in range(2):  # the second answer comes from the parser's memory of recent texts
        with pytest.raises(UnfinishedNameError):
            parse("2*dot")
    with pytest.raises(ParseError) as caught:
        parse("3x^2-")
    assert not isinstance(caught.value, UnfinishedNameError)


def test_a_long_run_of_letters_is_checked_in_bounded_time() -> None:
    text = "x" * 1990 + "si"
    with pytest.raises(UnfinishedNameError):
        parse(text)
