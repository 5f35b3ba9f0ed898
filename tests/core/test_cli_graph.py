"""``guicalc graph``: the computational graph on the command line."""

from __future__ import annotations

import builtins
import json
import math

import pytest

import guicalc.core.autodiff_text  # noqa: F401 - loaded before the eval/exec/compile traps
from guicalc.cli import EXIT_BAD_INPUT, main
from guicalc.core.vectors import parse_assignments


def run_json(capsys, *argv: str) -> dict:
    assert main(["graph", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def run_error(capsys, *argv: str) -> str:
    assert main(["graph", *argv]) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    return lines[0]


def test_the_notes_example_as_json(capsys):
    result = run_json(capsys, "(a + b)*c", "--at", "a=50,b=70,c=2")
    assert result["output"] == 240
    assert result["gradients"] == {"a": 2, "b": 2, "c": 120}
    nodes = {n["id"]: n for n in result["nodes"]}
    assert all(set(n) >= {"id", "op", "inputs", "value", "grad"} for n in nodes.values())
    (add,) = [n for n in nodes.values() if n["op"] == "add"]
    (mul,) = [n for n in nodes.values() if n["op"] == "mul"]
    assert add["value"] == 120 and add["grad"] == 2
    assert sorted(nodes[i]["op"] for i in mul["inputs"]) == ["add", "input"]
    assert sorted(nodes[i]["text"] for i in add["inputs"]) == ["a", "b"]
    assert mul["value"] == 240 and mul["grad"] == 1


def test_the_notes_example_as_a_listing(capsys):
    assert main(["graph", "(a + b)*c", "--at", "a=50,b=70,c=2"]) == 0
    out = capsys.readouterr().out
    assert "a + b = 50 + 70 = 120" in out
    assert "c·(a + b) = 2 × 120 = 240" in out
    assert "to a + b: 1 × c = 1 × 2 = 2" in out
    assert "+ passes the upstream gradient 2 unchanged to a, b" in out
    assert out.rstrip().endswith("gradients: ∂z/∂a = 2, ∂z/∂b = 2, ∂z/∂c = 120")


def test_a_vector_input_in_brackets(capsys):
    result = run_json(capsys, "2*dot(x, x)", "--at", "x=[0, 1, 2, 3]")
    assert result["output"] == 28
    assert result["gradients"] == {"x": [0, 4, 8, 12]}


def test_a_vector_output_without_a_seed_says_a_v_is_needed(capsys):
    message = run_error(capsys, "x*x", "--at", "x=[0,1,2,3]")
    assert "grad can be implicitly created only for scalar outputs" in message
    assert "seed vector v" in message


def test_a_vector_output_with_a_seed_gives_vjp(capsys):
    result = run_json(capsys, "x*x", "--at", "x=[0,1,2,3]", "--seed", "[1,1,1,1]")
    assert result["output"] == [0, 1, 4, 9]
    assert result["gradients"] == {"x": [0, 2, 4, 6]}


def test_expanded_sigmoid(capsys):
    result = run_json(capsys, "sigmoid(x)", "--at", "x=0", "--expand")
    assert result["output"] == 0.5 and result["gradients"] == {"x": 0.25}
    assert {"neg", "exp", "add", "recip"} <= {n["op"] for n in result["nodes"]}


def test_constants_have_no_gradient_in_json(capsys):
    result = run_json(capsys, "2*x", "--at", "x=3")
    (const,) = [n for n in result["nodes"] if n["op"] == "const"]
    assert const["value"] == 2 and const["grad"] is None


@pytest.mark.parametrize(("at", "problem"), [
    ("x=[0,1", "'[' is not closed"),
    ("x=[[0,1]]", "cannot be nested"),
    ("x=0]", "no matching '['"),
    ("x=[]", "the vector is empty"),
    ("x=[0,a]", "'a' is not a number"),
    ("x", "name=value pairs"),
    ("x=inf", "not a finite number"),
])
def test_bad_values_are_named(capsys, at, problem):
    assert problem in run_error(capsys, "x*x", "--at", at, "--seed", "[1]")


def test_a_missing_value_and_a_bad_expression_exit_2(capsys):
    assert "give a value for c" in run_error(capsys, "(a + b)*c", "--at", "a=1,b=2")
    assert "column" in run_error(capsys, "(a + ", "--at", "a=1")


def test_assignments_split_only_outside_brackets():
    values = parse_assignments("a=50, x=[0, 1 ,2], b=-3")
    assert list(values) == ["a", "x", "b"]
    assert values["x"].tolist() == [0, 1, 2] and float(values["b"]) == -3


def test_nothing_is_executed(capsys, monkeypatch):
    def trap(*args, **kwargs):
        raise AssertionError("eval/exec/compile was called")

    for name in ("eval", "exec", "compile"):
        monkeypatch.setattr(builtins, name, trap)
    result = run_json(capsys, "sigmoid(w*x + b)", "--at", "w=[1,2],x=[0.5,-1],b=0.1", "--seed", "[1,1]")
    sigmoids = [1 / (1 + math.exp(-z)) for z in (0.6, -1.9)]
    assert result["gradients"]["b"] == pytest.approx(sum(s * (1 - s) for s in sigmoids), rel=1e-14)
