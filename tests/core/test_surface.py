"""f(x, y) on grids and at points: values, exact and numerical gradients, readouts."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from guicalc.core.directional import directional_derivative, directional_readout
from guicalc.core.parse import ParseError
from guicalc.core.surface import (
    TwoVariableFunction,
    analyse_point,
    descent_field,
    gradient_readout,
    grid_axis,
    surface_grid,
    tangent_plane,
)


def test_grid_is_indexed_x_first_like_glsurfaceplotitem() -> None:
    fn = TwoVariableFunction.from_text("x0 - 10 x1")
    grid = surface_grid(fn, (0.0, 1.0), (0.0, 2.0), (3, 5))
    assert grid.z.shape == (3, 5)
    assert grid.z[2, 0] == pytest.approx(1.0)   # x0 = 1, x1 = 0
    assert grid.z[0, 4] == pytest.approx(-20.0)  # x0 = 0, x1 = 2


def test_notes_surface_over_minus_ten_to_ten() -> None:
    grid = surface_grid(TwoVariableFunction.from_text("x0^2 + x1^2"), (-10, 10), (-10, 10), (100, 100))
    assert grid.z.shape == (100, 100)
    assert grid.z_range() == pytest.approx((2 * (10 / 99) ** 2, 200.0))


def test_notes_field_grid_is_minus_two_to_two_every_quarter() -> None:
    axis = grid_axis(-2.0, 2.0, 0.25)
    assert len(axis) == 17
    assert axis[0] == -2.0 and axis[-1] == 2.0 and np.allclose(np.diff(axis), 0.25)


def test_gradient_at_minus_one_two_is_minus_two_four() -> None:
    fn = TwoVariableFunction.from_text("x0^2 + x1^2")
    point = analyse_point(fn, -1.0, 2.0)
    assert point.value == 5.0
    assert point.exact_gradient == (-2.0, 4.0)
    assert point.numeric_gradient == pytest.approx((-2.0, 4.0), abs=1e-8)
    text = gradient_readout(fn, point)
    assert "∇f = (−2, 4)" in text
    assert "∂f/∂x0 = 2x0 = −2" in text and "∂f/∂x1 = 2x1 = 4" in text
    assert f"|∇f| = {np.sqrt(20):.6g}" in text


def test_notes_exercise_three_x1_squared_plus_five_exp_x2() -> None:
    fn = TwoVariableFunction.from_text("3x1^2 + 5e^x2")
    assert fn.variables == ("x1", "x2")
    point = analyse_point(fn, 1.0, 0.0)
    assert point.exact_gradient == pytest.approx((6.0, 5.0))
    assert point.numeric_gradient == pytest.approx((6.0, 5.0), rel=1e-7)


@pytest.mark.parametrize("text", ["norm(x1, x2)", "sqrt(x1^2 + x2^2)"])
def test_norm_has_no_gradient_at_the_origin(text: str) -> None:
    fn = TwoVariableFunction.from_text(text)
    at_origin = analyse_point(fn, 0.0, 0.0)
    assert at_origin.value == 0.0
    assert not at_origin.defined
    readout = gradient_readout(fn, at_origin)
    assert "∇f is undefined at (0, 0)" in readout
    assert "central difference still gives (0, 0) and hides the corner" in readout
    elsewhere = analyse_point(fn, 3.0, 4.0)
    assert elsewhere.defined and elsewhere.exact_gradient == pytest.approx((0.6, 0.8))
    assert elsewhere.norm == pytest.approx(1.0)


def test_minus_gradient_field_points_to_the_minimum() -> None:
    axis = grid_axis(-2.0, 2.0, 0.25)
    field = descent_field(TwoVariableFunction.from_text("x0^2 + x1^2"), axis, axis)
    assert field.u.shape == (17, 17)
    assert np.allclose(field.u, -2 * field.x) and np.allclose(field.v, -2 * field.y)


def test_tangent_plane_touches_and_follows_the_gradient() -> None:
    fn = TwoVariableFunction.from_text("x0^2 + x1^2")
    point = analyse_point(fn, 1.0, 2.0)
    corners = tangent_plane(point, 0.5, 0.25)
    assert corners.shape == (4, 3)
    expected = 5.0 + 2.0 * (corners[:, 0] - 1.0) + 4.0 * (corners[:, 1] - 2.0)
    assert corners[:, 2] == pytest.approx(expected)
    assert corners[:, 0].min() == 0.5 and corners[:, 1].max() == 2.25
    # The plane of a linear function is the function itself.
    linear = TwoVariableFunction.from_text("3x - 2y + 1")
    plane = tangent_plane(analyse_point(linear, 0.3, -0.7), 1.0, 1.0)
    assert plane[:, 2] == pytest.approx(linear.values(plane[:, 0], plane[:, 1]))


def test_directional_derivative_is_the_limit_of_its_quotients() -> None:
    fn = TwoVariableFunction.from_text("x0^2 + x1^2")
    point = analyse_point(fn, -1.0, 2.0)
    d = directional_derivative(fn, point, (3.0, 4.0))
    assert d.unit == pytest.approx((0.6, 0.8))
    assert d.value == pytest.approx(-2 * 0.6 + 4 * 0.8)
    errors = [abs(q - d.value) for _, q in d.quotients]
    assert errors == sorted(errors, reverse=True) and errors[-1] < 1e-2
    text = directional_readout(fn, d)
    assert "D_u f = ∇f · u = 2" in text and "lim h→0" in text and "h = 0.001:" in text


def test_zero_direction_asks_for_a_direction() -> None:
    fn = TwoVariableFunction.from_text("x0^2 + x1^2")
    d = directional_derivative(fn, analyse_point(fn, 1.0, 1.0), (0.0, 0.0))
    assert np.isnan(d.value)
    assert directional_readout(fn, d).startswith("Drag the arrow tip")


@pytest.mark.parametrize(("text", "variables"), [
    ("x0^2", ("x0", "x1")), ("x^2 + 1", ("x", "y")), ("y^2", ("x", "y")),
    ("a b", ("a", "b")), ("7", ("x", "y")), ("t^2", ("t", "y")),
])
def test_default_variables_complete_to_two(text: str, variables: tuple[str, str]) -> None:
    fn = TwoVariableFunction.from_text(text)
    assert fn.variables == variables
    assert fn.values(np.array([2.0]), np.array([3.0])).shape == (1,)


def test_three_variables_are_refused_with_a_message() -> None:
    with pytest.raises(ParseError, match="two variables; this one has 3: x, y, z"):
        TwoVariableFunction.from_text("x y z")


def test_swapping_variables_swaps_the_partials() -> None:
    fn = TwoVariableFunction.from_text("x0^2 + 3 x1")
    swapped = fn.with_variables("x1", "x0")
    assert analyse_point(swapped, 2.0, 5.0).exact_gradient == (3.0, 10.0)
    with pytest.raises(ValueError, match="two different variables"):
        fn.with_variables("x0", "x0")
    with pytest.raises(ValueError, match="x1 must be one of the two variables"):
        fn.with_variables("x0", "y")


def test_two_variable_core_loads_no_qt() -> None:
    code = ("import sys, guicalc.core.surface, guicalc.core.descent, guicalc.core.contour, "
            "guicalc.core.quiver, guicalc.core.scene3d, guicalc.core.directional, "
            "guicalc.core.two_variable_state\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'OpenGL'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
