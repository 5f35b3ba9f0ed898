"""The command line's bounds (issue 22, §8 and §10): a time budget, size limits, quiet
pipes, escaped output, and negative numbers after --at."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest

from guicalc import cli, cli_limits
from tests.core.test_cli import ROOT, run, run_process


def _product_of_linear_factors(length: int = 1999) -> str:
    """(x+1)(x+2)… up to ``length`` characters: sympy took 58.8 s to differentiate it."""
    text, k = "", 1
    while len(text) + len(f"(x+{k})") <= length:
        text += f"(x+{k})"
        k += 1
    return text


def test_the_default_budget_is_ten_seconds_on_every_command():
    parser = cli._parser()
    for argv in (["derive", "x", "--at", "1"], ["gradient", "x", "--at", "x=1"], ["graph", "x", "--at", "x=1"],
                 ["export", "x", "-o", "a.svg"], ["check", "x", "--at", "1"], ["jacobian", "[x]", "--at", "x=1"]):
        assert parser.parse_args(argv).timeout == cli_limits.DEFAULT_TIMEOUT == 10


def test_a_derivative_over_budget_stops_with_status_3(capsys):
    start = time.perf_counter()
    code, out, err = run(capsys, "derive", _product_of_linear_factors(), "--at", "1", "--timeout", "1")
    elapsed = time.perf_counter() - start
    print(f"stopped after {elapsed:.2f} s")
    assert code == cli_limits.EXIT_TIMEOUT and elapsed < 2.5
    assert err == "guicalc: stopped after 1 s (the time budget; give --timeout to change it)\n" and out == ""
    code, _, _ = run(capsys, "derive", "x^2", "--at", "1", "--timeout", "0")  # 0: no budget
    assert code == 0


def test_a_runaway_command_in_its_own_process_ends_within_the_budget(tmp_path):
    done, elapsed = run_process("derive", _product_of_linear_factors(), "--at", "1", "--timeout", "2", cwd=tmp_path)
    assert done.returncode == 3 and elapsed < 2 + cli_limits.GRACE + 3  # + the interpreter's start
    assert done.stderr.count("\n") == 1 and "stopped after 2 s" in done.stderr


def test_two_thousand_variables_are_refused_at_once_with_status_4(capsys):
    names = [f"v{i}" for i in range(2000)]
    start = time.perf_counter()
    code, _, err = run(capsys, "gradient", "v0 + v1", "--at", ",".join(f"{n}=1" for n in names))
    assert code == cli_limits.EXIT_TOO_LARGE and time.perf_counter() - start < 2
    assert err == "guicalc: 2000 variables; the command line takes at most 100\n"
    code, _, err = run(capsys, "graph", "*".join(names[:150]), "--at", "v0=1")
    assert code == cli_limits.EXIT_TOO_LARGE and "150 variables" in err


def test_an_export_of_a_billion_pixels_is_refused_with_status_4(capsys, tmp_path):
    code, _, err = run(capsys, "export", "x^2", "--size", "8000x8000", "--scale", "4", "-o", str(tmp_path / "a.png"))
    assert code == cli_limits.EXIT_TOO_LARGE and "32000x32000 pixels" in err
    assert not (tmp_path / "a.png").exists()


def test_a_closed_pipe_ends_quietly_with_status_141(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "guicalc", "derive", "x^2", "--at", "1", "--steps", "20"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, env=env)
    child.stdout.close()  # as `| head` does once it has its lines
    err = child.stderr.read()
    child.stderr.close()
    assert child.wait(60) == cli_limits.EXIT_BROKEN_PIPE
    assert err == b""


def test_a_file_name_the_terminal_cannot_encode_is_escaped(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8:strict"}
    name = os.fsencode(tmp_path) + b"/\xff.svg"
    done = subprocess.run([sys.executable, "-m", "guicalc", "export", "x^2", "-o", name], capture_output=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr and done.stdout.strip().endswith(b"\\udcff.svg")
    assert os.path.exists(name)


@pytest.mark.parametrize("argv", [
    ["export", "x0^2 + x1^2", "--view", "surface", "--at", "-1,2"],
    ["export", "x^2", "--at", "-1.5"],
    ["export", "x^2", "--at", "-1e-3"],
])
def test_negative_numbers_after_at_are_numbers(capsys, tmp_path, argv):
    output = tmp_path / "a.svg"
    code, out, err = run(capsys, *argv, "-o", str(output))
    assert code == 0, err
    ET.parse(output)


def test_negative_numbers_after_at_in_every_command(capsys):
    assert run(capsys, "derive", "x^2", "--at", "-1")[0] == 0
    assert run(capsys, "check", "x^2", "--at", "-1.5")[0] == 0
    assert cli_limits.joined_negative_numbers(["derive", "x", "--at", "-1", "--json"]) == [
        "derive", "x", "--at=-1", "--json"]
    assert cli_limits.joined_negative_numbers(["derive", "-x", "--at", "--json"]) == [
        "derive", "-x", "--at", "--json"]


def test_a_name_given_twice_in_at_is_refused(capsys):
    code, _, err = run(capsys, "gradient", "a*b", "--at", "a=1,a=2,b=1")
    assert code == 2 and err == "guicalc: --at gives a twice\n"
    code, _, err = run(capsys, "graph", "a*b", "--at", "a=1,b=2,a=3")
    assert code == 2 and "a is given twice" in err


@pytest.mark.parametrize("var", ["x+1", "import os", "1", "", "x" * 100])
def test_var_must_be_a_variable_name(capsys, var):
    with pytest.raises(SystemExit) as exc:
        cli.main(["derive", "x^2", "--at", "1", "--var", var])
    assert exc.value.code == 2
    assert "--var" in capsys.readouterr().err
