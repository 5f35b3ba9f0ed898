"""``guicalc descend``: one optimizer run headless, its path and verdict as JSON."""

from __future__ import annotations

import json

import numpy as np
import pytest

from guicalc.cli import EXIT_BAD_INPUT, main
from tests.core.test_optimizers import documented


def run_json(capsys, *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_issues_example_prints_the_path_and_the_verdict(capsys):
    result = run_json(capsys, "descend", "x0^2 + x1^2", "--optimizer", "adam", "--lr", "0.01", "--steps", "500",
                      "--at", "x0=-1.5,x1=2")
    assert {"optimizer", "hyperparameters", "path", "values", "verdict"} <= set(result)
    assert result["optimizer"] == "adam"
    assert result["hyperparameters"] == {"lr": 0.01, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8}
    assert len(result["path"]) == len(result["values"]) == 501
    from guicalc.core.optimizers import Hyperparameters

    expected = documented("adam", Hyperparameters(lr=0.01), lambda t: 2 * t, (-1.5, 2.0), 500)
    np.testing.assert_allclose(result["path"], expected, rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(result["values"], (expected**2).sum(axis=1), rtol=1e-12)
    assert set(result["verdict"]) == {"kind", "step", "text"}
    assert result["verdict"]["kind"] in ("converged", "moving")


@pytest.mark.parametrize(("option", "value", "field"), [("--beta", "0.5", "beta"), ("--eps", "0.001", "eps")])
def test_hyperparameters_are_set_by_their_options(capsys, option, value, field):
    kind = "momentum" if field == "beta" else "rmsprop"
    result = run_json(capsys, "descend", "x0^2 + x1^2", "--optimizer", kind, option, value, "--steps", "3",
                      "--at", "x0=1,x1=1")
    assert result["hyperparameters"][field] == float(value)


def test_divergence_is_reported_at_the_step_where_the_path_leaves_the_view(capsys):
    result = run_json(capsys, "descend", "0.5*x0^2 + 50*x1^2", "--lr", "0.021", "--steps", "200",
                      "--at", "x0=-1.8,x1=0.6", "--view=-2,2,-1,1")
    path = np.array(result["path"], dtype=float)
    outside = ~((np.abs(path[:, 0]) <= 2) & (np.abs(path[:, 1]) <= 1))
    assert result["verdict"]["kind"] == "diverged" and result["verdict"]["step"] == int(np.argmax(outside))


def test_adam_escapes_the_saddle(capsys):
    result = run_json(capsys, "descend", "x0^2 - x1^2", "--optimizer", "adam", "--lr", "0.01", "--steps", "400",
                      "--at", "x0=1.5,x1=1e-8", "--view=-2,2,-2,2")
    assert result["verdict"]["kind"] == "moving" and result["verdict"]["text"].startswith("Escaped the saddle")


def test_a_quadratic_prints_its_rates_beside_the_theory(capsys):
    assert main(["descend", "0.5*x0^2 + 50*x1^2", "--optimizer", "momentum", "--lr", "0.0330578512",
                 "--beta", "0.6694214876", "--steps", "300", "--at", "x0=-1.8,x1=0.6"]) == 0
    out = capsys.readouterr().out
    assert "condition number κ = 100" in out and "Momentum: measured rate 0.8" in out and "theory 0.8182" in out


@pytest.mark.parametrize("argv", [["x0^2 +", "--at", "x0=1,x1=1"], ["x0*x1*x2", "--at", "x0=1,x1=1"],
                                  ["x0^2 + x1^2", "--at", "a=1,b=2"], ["x0^2", "--at", "x0=1,x1=1", "--noise", "-1"]])
def test_bad_input_is_one_line_and_status_2(capsys, argv):
    assert main(["descend", *argv]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.startswith("guicalc: ") and err.count("\n") == 1
