"""``guicalc check`` and ``guicalc jacobian`` on the command line."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from guicalc.cli import EXIT_BAD_INPUT, main


def run_json(capsys, *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_check_the_notes_example(capsys):
    result = run_json(capsys, "check", "(a + b)*c", "--at", "a=50,b=70,c=2", "--var", "c")
    assert result["exact"] == 120
    assert [r["method"] for r in result["rows"]] == ["symbolic", "forward", "backward", "central", "complex step",
                                                     "forward mode", "reverse mode"]
    assert all(set(r) >= {"method", "value", "relative_error", "passed"} for r in result["rows"])
    assert all(r["passed"] for r in result["rows"])


def test_check_a_bare_number_for_one_variable_and_the_error_column(capsys):
    result = run_json(capsys, "check", "exp(x)", "--at", "1", "--h", "0.01")
    assert result["exact"] == pytest.approx(math.e, rel=1e-15)
    forward = next(r for r in result["rows"] if r["method"] == "forward")
    quotient = (np.exp(1.01) - np.exp(1.0)) / 0.01
    assert forward["value"] == pytest.approx(quotient, rel=1e-12)
    assert forward["relative_error"] == pytest.approx(abs(quotient - math.e) / math.e, rel=1e-9)
    assert forward["passed"] is False and forward["note"].startswith("truncation")


def test_check_a_kink_gives_null_for_the_complex_step(capsys):
    result = run_json(capsys, "check", "relu(x)", "--at", "0")
    step = next(r for r in result["rows"] if r["method"] == "complex step")
    assert step["value"] is None and step["relative_error"] is None and step["passed"] is False
    assert result["kink"]


def test_check_as_a_table(capsys):
    assert main(["check", "3x^2 - 4x", "--at", "x=1"]) == 0
    out = capsys.readouterr().out
    assert "exact (50 digits) = 2" in out and "central difference" in out and "FAIL" not in out


@pytest.mark.parametrize(("mode", "passes"), [("forward", 2), ("reverse", 3)])
def test_jacobian_in_both_modes(capsys, mode, passes):
    result = run_json(capsys, "jacobian", "[x0*x1, sin(x0), x0 + x1^2]", "--at", "x0=1,x1=2", "--mode", mode)
    assert result["mode"] == mode and result["passes"] == passes
    np.testing.assert_allclose(result["jacobian"], [[2, 1], [math.cos(1), 0], [1, 4]], rtol=1e-15)


def test_jacobian_with_a_seed_and_a_direction(capsys):
    result = run_json(capsys, "jacobian", "[x0*x1, sin(x0), x0 + x1^2]", "--at", "x0=1,x1=2",
                      "--seed", "[1,2,3]", "--direction", "[1,-1]")
    np.testing.assert_allclose(result["vjp"], [2 + 2 * math.cos(1) + 3, 1 + 12], rtol=1e-15)
    np.testing.assert_allclose(result["jvp"], [1, math.cos(1), -3], rtol=1e-15)


@pytest.mark.parametrize("argv", [
    ["check", "x^2 +", "--at", "1"], ["check", "x*y", "--at", "1"], ["check", "ln(x)", "--at", "-1"],
    ["jacobian", "[x, ]", "--at", "x=1"], ["jacobian", "[x*y]", "--at", "x=1"],
    ["jacobian", "[x*y]", "--at", "x=1,y=2", "--seed", "[1,2]"]])
def test_bad_input_exits_2_with_one_line(capsys, argv):
    assert main(argv) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
