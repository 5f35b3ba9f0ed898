"""Every example of issue 15, on the command line (the window's are in tests/ui/test_no_derivative_window.py).

References are independent of guicalc: mpmath at 50 digits, numpy on the typed expression,
or the issue's own statement of what is right.
"""

from __future__ import annotations

import json

import mpmath
import numpy as np
import pytest

from guicalc.cli import main
from guicalc.core.parse import ParseError, parse
from guicalc.core.typed import reading


@pytest.fixture(autouse=True)
def _fifty_digits():
    with mpmath.workdps(50):
        yield


def derive(capsys: pytest.CaptureFixture[str], text: str, at: str, *extra: str) -> dict:
    assert main(["derive", text, "--at", at, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def graph(capsys: pytest.CaptureFixture[str], text: str, at: str, *extra: str) -> dict:
    assert main(["graph", text, "--at", at, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("text", "at", "left", "right"), [
    ("|x|", "0", -1.0, 1.0), ("relu(x)", "0", 0.0, 1.0), ("|x - 2| + x", "2", 0.0, 2.0),
])
def test_no_derivative_at_a_kink_and_the_one_sided_slopes(capsys, text, at, left, right) -> None:
    for method in ("forward", "backward", "central", "auto"):
        result = derive(capsys, text, at, "--method", method)
        assert result["differentiable"] is False
        assert result["slope"] is None and result["tangent"]["equation"] == "no tangent here"
        assert (result["left_slope"], result["right_slope"]) == (left, right)
        assert result["readout"].startswith(f"x = {at}")
        assert f"no derivative at x = {at}" in result["readout"]
        # No method prints a number with an empty note where no derivative exists.
        assert result["numeric_note"]
        assert all(row["note"] for row in result["limit_table"])
        if method == "auto":
            assert result["numeric"] is None


@pytest.mark.parametrize(("text", "at", "words"), [
    ("x^(1/3)", "0", "vertical"), ("sqrt(x)", "0", "defined only to the right"), ("floor(x)", "1", "jumps"),
    ("1/x", "0", "not defined"), ("ln x", "-1", "not defined"),
])
def test_auto_prints_no_number_where_no_derivative_exists(capsys, text, at, words) -> None:
    result = derive(capsys, text, at, "--method", "auto")
    assert result["numeric"] is None and result["slope"] is None
    assert words in result["no_derivative"] and result["numeric_note"] == result["no_derivative"]


@pytest.mark.parametrize(("text", "at"), [("floor(x)", "0.5"), ("ceil(x)", "0.5"), ("sign(x)", "1"),
                                          ("floor(x)", "-2.5")])
def test_derivatives_that_exist_almost_everywhere_are_computed(capsys, text, at) -> None:
    result = derive(capsys, text, at)
    assert result["slope"] == 0.0 and result["derivative"] == "0"
    assert result["tangent"]["equation"] != "no tangent here"
    assert "Derivative" not in json.dumps(result) and "DiracDelta" not in json.dumps(result)


@pytest.mark.parametrize(("text", "at", "exact"), [
    ("|x|", "1e-8", lambda x: mpmath.mpf(1)),
    ("softplus(x)", "800", lambda x: 1 / (1 + mpmath.exp(-x))),
    ("softplus(x)", "710", lambda x: 1 / (1 + mpmath.exp(-x))),
    ("sin(x)/x", "1e-8", lambda x: (x * mpmath.cos(x) - mpmath.sin(x)) / x**2),
])
def test_auto_meets_its_target_where_it_used_to_miss(capsys, text, at, exact) -> None:
    result = derive(capsys, text, at, "--method", "auto")
    reference = exact(mpmath.mpf(float(at)))
    assert abs(result["numeric"] - reference) <= 1e-12 * abs(reference)
    assert result["method"].startswith("auto (") and result["error_estimate"] is not None


def test_float16_quotient_of_x_over_3_is_numpy_s_on_the_typed_expression(capsys) -> None:
    result = derive(capsys, "x/3", "0.3", "--dtype", "float16", "--h", "1e-3")
    x, h = np.float16(0.3), np.float16(1e-3)
    assert result["numeric"] == float(((x + h) / np.float16(3) - x / np.float16(3)) / h)
    assert result["numeric"] == pytest.approx(0.305, abs=1e-3)


def test_sigmoid_compact_and_expanded_graphs_agree_on_the_exact_value(capsys) -> None:
    compact = graph(capsys, "sigmoid(x)", "x=40")
    expanded = graph(capsys, "sigmoid(x)", "x=40", "--expand")
    exact = float(mpmath.exp(-40) / (1 + mpmath.exp(-40)) ** 2)
    assert compact["gradients"]["x"] == pytest.approx(exact, rel=1e-12)
    assert expanded["gradients"]["x"] == pytest.approx(exact, rel=1e-12)


def test_a_gradient_that_saturates_in_float64_is_flagged_with_its_exact_value(capsys) -> None:
    result = graph(capsys, "tanh(x)", "x=20")
    assert result["gradients"]["x"] == 0.0  # what float64 (and PyTorch) computes
    exact = mpmath.nstr(1 - mpmath.tanh(20) ** 2, 3, min_fixed=0, max_fixed=0)
    assert any(exact in note and "rounds to 0" in note for note in result["notes"])


def test_the_graph_says_where_it_used_the_relu_convention(capsys) -> None:
    result = graph(capsys, "relu(a + b)*a", "a=-2,b=2")
    assert result["gradients"] == {"a": 0.0, "b": 0.0}  # PyTorch: relu′(0) = 0, and relu(0) = 0
    assert any("relu(a + b)" in note and "PyTorch" in note for note in result["notes"])


@pytest.mark.parametrize(("text", "message"), [
    ("2.5.3", "two decimal points"), ("1,5", "1.5, not 1,5"), ("sin^-1 x", "asin(x) for the inverse"),
])
def test_readings_a_student_trips_over_get_a_specific_message(capsys, text, message) -> None:
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert message in caught.value.message
    assert main(["derive", text, "--at", "1"]) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(("text", "at", "reference"), [
    ("ln|x|", -2.0, lambda x: mpmath.log(abs(x))), ("sin|x|", -1.0, lambda x: mpmath.sin(abs(x))),
    ("log(x)", 3.0, mpmath.log), ("log(2, x)", 8.0, lambda x: mpmath.log(x, 2)),
    ("log10(x)", 1000.0, mpmath.log10), ("lg(x)", 1000.0, mpmath.log10), ("log2(x)", 8.0, lambda x: mpmath.log(x, 2)),
    ("cbrt(x)", -8.0, lambda x: -mpmath.cbrt(-x)), ("x^(1/3)", -8.0, lambda x: -mpmath.cbrt(-x)),
])
def test_the_functions_the_issue_asked_for(capsys, text, at, reference) -> None:
    result = derive(capsys, text, str(at))
    assert result["value"] == pytest.approx(float(reference(mpmath.mpf(at))), rel=1e-15)
    assert result["slope"] == pytest.approx(float(mpmath.diff(reference, mpmath.mpf(at))), rel=1e-12)


@pytest.mark.parametrize(("text", "read"), [
    ("1/2x", "(1/2)·x"), ("e^2x", "e^2·x"), ("log x", "ln(x)"), ("x/2y", "(x/2)·y"), ("sin x^2", "sin(x^2)"),
])
def test_the_reading_is_visible(text, read) -> None:
    assert reading(parse(text).typed) == read


@pytest.mark.parametrize("at", ["-1e-6", "-2.5e3", "-1", "-.5"])
def test_negative_numbers_in_every_form(capsys, at) -> None:
    result = derive(capsys, "x^2", at)
    assert result["at"] == float(at) and result["slope"] == pytest.approx(2 * float(at), rel=1e-15)
