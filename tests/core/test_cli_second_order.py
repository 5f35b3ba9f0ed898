"""``guicalc taylor`` and ``guicalc hessian`` on the command line, against sympy, mpmath and numpy."""

from __future__ import annotations

import json

import mpmath
import numpy as np
import pytest
import sympy as sp

from guicalc.cli import EXIT_BAD_INPUT, main


def run_json(capsys, *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_taylor_of_sin_at_0_degree_5(capsys):
    result = run_json(capsys, "taylor", "sin(x)", "--at", "0", "--degree", "5")
    x = sp.Symbol("x")
    series = sp.series(sp.sin(x), x, 0, 6).removeO()
    assert result["coefficients"] == pytest.approx([float(series.coeff(x, k)) for k in range(6)], abs=1e-15)
    assert result["polynomial"] == "x - 0.1666666667*x^3 + 0.008333333333*x^5"
    at_one = next(row for row in result["errors"] if row["x"] == 1.0)
    with mpmath.workdps(50):
        expected = mpmath.sin(1) - (1 - mpmath.mpf(1) / 6 + mpmath.mpf(1) / 120)
    assert abs(at_one["error"] - float(expected)) < 1e-12 and at_one["abs_error"] == abs(at_one["error"])
    assert [row["x"] for row in result["errors"]] == [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]


def test_taylor_errors_where_asked_and_refusals(capsys):
    result = run_json(capsys, "taylor", "exp(t)", "--at", "1", "--degree", "2", "--x", "1.5,3")
    assert result["variable"] == "t"
    with mpmath.workdps(50):
        e = mpmath.e
        expected = [float(mpmath.exp(x) - (e + e * (x - 1) + e * (x - 1) ** 2 / 2)) for x in (mpmath.mpf(1.5), 3)]
    assert [row["error"] for row in result["errors"]] == pytest.approx(expected, rel=1e-14)
    assert main(["taylor", "1/(1-x)", "--at", "1"]) == EXIT_BAD_INPUT
    assert "no Taylor polynomial at x = 1" in capsys.readouterr().err
    assert main(["taylor", "a*x", "--at", "1"]) == EXIT_BAD_INPUT
    assert "other variables (a)" in capsys.readouterr().err


@pytest.mark.parametrize(("expression", "at", "kind"), [
    ("(1 - x0)^2 + 100(x1 - x0^2)^2", "x0=1,x1=1", "minimum"),
    ("x0^2 - x1^2", "x0=0,x1=0", "saddle"),
    ("-(x0^2) - 3x1^2 + x0*x1", "x0=0,x1=0", "maximum"),
    ("x0^2 + x1^4", "x0=0,x1=0", "degenerate"),
])
def test_hessian_json(capsys, expression, at, kind):
    result = run_json(capsys, "hessian", expression, "--at", at)
    assert result["classification"] == kind
    eigenvalues = np.linalg.eigh(np.array(result["matrix"]))[0]
    assert result["eigenvalues"] == pytest.approx(eigenvalues.tolist(), abs=1e-12)
    assert result["eigenvalues"] == sorted(result["eigenvalues"])
    if kind == "minimum":
        assert result["matrix"] == [[802, -400], [-400, 200]]
        assert result["max_stable_learning_rate"] == pytest.approx(2 / eigenvalues[-1], rel=1e-14)
        assert result["condition_number"] == pytest.approx(np.linalg.cond(np.array(result["matrix"])), rel=1e-10)
    if kind == "degenerate":
        assert result["condition_number"] is None


def test_hessian_of_the_kappa_quadratics(capsys):
    assert run_json(capsys, "hessian", "x0^2 + 100x1^2", "--at", "x0=1,x1=2")["condition_number"] == 100
    assert run_json(capsys, "hessian", "x0^2 + 10x1^2", "--at", "x0=1,x1=2")["max_stable_learning_rate"] == 0.1
    assert main(["hessian", "x0*x1", "--at", "x0=1"]) == EXIT_BAD_INPUT
    assert "give a value for x1" in capsys.readouterr().err
