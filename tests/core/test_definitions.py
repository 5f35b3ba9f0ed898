"""Issue 21: named functions resolved into plain expressions (compared with sympy built by
hand), cycles refused naming them, and nothing in the text executed."""

from __future__ import annotations

import pytest
import sympy as sp

from guicalc.core.definitions import resolve
from guicalc.core.document import Document, FunctionState
from guicalc.core.parse import ParseError, UnfinishedNameError, parse

x, t, a = (sp.Symbol(n, real=True) for n in "xta")


@pytest.mark.parametrize("rows, index, expected", [
    (["f(x) = x^2", "g(x) = f(x) + 1"], 1, x**2 + 1),
    (["f(x) = x^2", "g(x) = f(x)^2"], 1, x**4),
    (["f(x) = x^3", "h(x) = f′(x)"], 1, 3 * x**2),
    (["f(x) = x^3", "h(x) = f''(x)"], 1, 6 * x),
    (["f(x) = x^3", "h(x) = f″(x)"], 1, 6 * x),
    (["f(x) = x^2", "f(g(x))", "g(t) = sin t"], 1, sp.sin(x) ** 2),
    (["f(x) = a x^2", "f(2) + f(x)"], 1, 4 * a + a * x**2),
    (["f(t) = t + 1", "g(x) = f(f(x))"], 1, x + 2),
    (["f(x) = x^2", "3x^2 - 4x"], 1, 3 * x**2 - 4 * x),
    (["f(x) = x^2"], 0, x**2),
])
def test_calls_are_replaced_by_the_rows_they_name(rows, index, expected):
    assert sp.expand(resolve(rows, index).expr - expected) == 0


def test_a_definition_keeps_its_name_and_variable():
    parsed = resolve(["f(x) = x^2", "g(t) = f(t) + t"], 1)
    assert (parsed.name, parsed.variable, parsed.symbols) == ("g", "t", ("t",))


@pytest.mark.parametrize("rows, index, message, at", [
    (["f(x) = g(x)", "g(x) = f(x) + 1"], 0, "f refers to itself: f → g → f", "g"),
    (["f(x) = g(x)", "g(x) = f(x) + 1"], 1, "g refers to itself: g → f → g", "f"),
    (["f(x) = f(x) + 1"], 0, "f refers to itself: f → f", "f"),
    (["f(x) = g(x)", "g(x) = h(x)", "h(x) = f(x)"], 2, "h refers to itself: h → f → g → h", "f"),
    (["f(x) = x^2", "f(x) = 3"], 1, "f is already defined in row 1", "f"),
    (["sin(x) = 2"], 0, "'sin' is already a function or constant", "sin"),
    (["f(x) = x +", "g(x) = f(x)"], 1, "f has an error in its own row", "f"),
    (["f(x) = x^2", "g(x) = h(x)"], 1, "h is not defined: write a row h(x) = …", "h"),
])
def test_cycles_and_mistakes_are_refused_by_name(rows, index, message, at):
    with pytest.raises(ParseError) as caught:
        resolve(rows, index)
    error = caught.value
    assert message in str(error)
    assert rows[index][error.position:error.end].startswith(at)


def test_a_bare_name_of_a_function_is_unfinished():
    with pytest.raises(UnfinishedNameError):
        resolve(["f(x) = x^2", "g(x) = f"], 1)


def test_without_definitions_letters_before_parentheses_multiply_as_before():
    assert parse("a(x+1)").expr == a * (x + 1)
    assert parse("f(x)").expr == sp.Symbol("f", real=True) * x


def test_the_document_resolves_each_row_with_the_others():
    document = Document()
    document.functions[0].text = "f(x) = x^2"
    document.functions.append(FunctionState(text="g(x) = f(x) + 1"))
    g = document.functions[1]
    assert g.parsed().expr == x**2 + 1
    document.functions[0].text = "f(x) = 2x"
    assert g.parsed().expr == 2 * x + 1  # follows f without g's text changing
    document.functions.pop(0)
    with pytest.raises(ParseError):
        g.parsed()  # f is gone: g(x) = f(x) + 1 calls a function nobody defines


@pytest.mark.parametrize("text", ["f(x) = __import__('os')", "f(x) = x.__class__", "f(__x) = 1", "f(x) = exec(1)"])
def test_hostile_definitions_run_nothing(text, no_code_runs):
    with pytest.raises(ParseError):
        resolve([text, "g(x) = f(x)"], 0)


def test_y_equals_is_read_as_the_curve_itself():
    assert parse("y = 3x^2 - 4x").expr == 3 * x**2 - 4 * x
    with pytest.raises(ParseError) as caught:
        parse("y = 3x^2 -")
    assert caught.value.column == 11  # the column in the row as typed
    with pytest.raises(ParseError):
        parse("y =")
    assert parse("x^2 + y^2").symbols == ("x", "y")  # y elsewhere is still a variable
