"""The curve's scene in core: one rule for the variable, one number formatter, the
sentences the window shows and ``guicalc derive --json`` prints, the home view's range."""

from __future__ import annotations

import json

import mpmath
import numpy as np
import pytest

from guicalc import cli
from guicalc.core.analysis import CurveAnalysis
from guicalc.core.curve_scene import curve_variable, grid_step, home_range, point_snapshot, snapped
from guicalc.core.curve_state import CurveState
from guicalc.core.parse import parse
from guicalc.core.symbolic import display_number


@pytest.mark.parametrize(("symbols", "variable"), [
    ((), "x"), (("x",), "x"), (("a", "x"), "x"), (("t",), "t"), (("x0", "x1"), None), (("x1", "x2"), None),
    (("a", "t"), "a"), (("x0", "y"), "x0"), (("x", "y"), None), (("y",), "y"), (("a", "x", "y"), "x"),
])
def test_one_rule_chooses_the_variable(symbols, variable):
    assert curve_variable(symbols) == variable


def test_the_command_line_refuses_what_the_window_makes_parameters(capsys):
    assert cli.main(["derive", "a*t^2", "--at", "1"]) == cli.EXIT_BAD_INPUT
    assert "choose one with --var" in capsys.readouterr().err


def test_numbers_for_the_screen_have_a_true_minus():
    assert [display_number(v) for v in (-2.5, 0.0, 1e-9, float("nan"), -float("inf"))] == [
        "−2.5", "0", "1e−09", "undefined", "−∞"]


def test_the_readout_is_the_one_the_command_line_prints(capsys):
    """``guicalc derive --json`` gives the window's readout and caption, built by one function."""
    assert cli.main(["derive", "sin(x)/x", "--at", "-0.5", "--method", "central", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    slope = float(mpmath.diff(lambda t: mpmath.sin(t) / t, mpmath.mpf(-0.5)))
    snapshot = point_snapshot(CurveAnalysis(parse("sin(x)/x"), "x"), CurveState(x=-0.5, method="central"))
    assert result["readout"] == snapshot.readout
    assert result["readout"].splitlines()[1] == f"slope f′(−0.5) = {display_number(slope)}"
    assert result["limit_caption"] == (f"central quotient in float64 at x = −0.5; "
                                       f"exact f′ = {display_number(slope, 12)}")


def test_the_point_snaps_to_a_round_step_of_the_view():
    assert grid_step((-1.0, 3.0)) == 0.01
    assert snapped(0.99873, (-1.0, 3.0)) == 0.99 + 0.01
    assert grid_step((0.0, 2000.0)) == 10.0 and snapped(1234.5, (0.0, 2000.0)) == 1230.0


def test_home_fits_y_to_the_curve_around_the_point():
    analysis = CurveAnalysis(parse("x^3"), "x")
    x0, x1, y_range = home_range(analysis, (-1.0, 3.0), 10.0)  # the point outside: centred, width kept
    assert (x0, x1) == (8.0, 12.0)
    xs = np.linspace(8.0, 12.0, 400)
    lo, hi = np.percentile(xs**3, [2, 98])
    pad = (hi - lo) * 0.1
    assert y_range == pytest.approx((lo - pad, hi + pad), rel=1e-3)
    assert home_range(None, (-1.0, 3.0), 1.0) == (-1.0, 3.0, None)


def test_labels_raise_whole_powers_and_never_glue_an_exponent_to_a_factor():
    import sympy as sp

    from guicalc.core.symbolic import raised, to_text

    x = sp.Symbol("x")
    assert to_text(x**2 * sp.sin(x)) == "x^2*sin(x)"  # was x^2sin(x): x to the power 2·sin(x)
    assert raised(to_text(3 * x**2 - 4 * x, unicode_minus=True)) == "3x² − 4x"
    assert raised("x^(2x) + x^2.5 + 12x^11") == "x^(2x) + x^2.5 + 12x¹¹"
    analysis = CurveAnalysis(parse("x^2 sin x"), "x")
    assert analysis.text(1) == "x²·cos(x) + 2x·sin(x)"  # sympy's d/dx, as the legend shows it
