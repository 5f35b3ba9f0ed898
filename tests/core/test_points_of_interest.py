"""Issue 21: points of interest found by bracketing and bisection, checked against sympy's
exact solutions (evaluated by mpmath); never a root at a pole or a jump."""

from __future__ import annotations

import math

import mpmath
import pytest
import sympy as sp

from guicalc.core.analysis import CurveAnalysis
from guicalc.core.parse import parse
from guicalc.core.points_of_interest import points_of_interest

X = sp.Symbol("x", real=True)
TOLERANCE = 1e-12


def _analysis(text: str) -> CurveAnalysis:
    return CurveAnalysis(parse(text), "x")


def _found(text: str, x0: float, x1: float) -> dict[str, list[tuple[float, float]]]:
    points = points_of_interest([_analysis(text)], x0, x1)
    kinds: dict[str, list[tuple[float, float]]] = {}
    for p in points:
        kinds.setdefault(p.kind, []).append((p.x, p.y))
    return {k: sorted(v) for k, v in kinds.items()}


def _exact(expr: sp.Expr, x0: float, x1: float) -> list[float]:
    """The real solutions of expr = 0 in [x0, x1], from sympy, as floats through mpmath."""
    solutions = sp.solveset(expr, X, sp.Interval(x0, x1))
    return sorted(float(mpmath.mpf(sp.N(s, 40))) for s in solutions)


def _close(found: list[float], exact: list[float]) -> None:
    assert len(found) == len(exact), (found, exact)
    for f, e in zip(found, exact, strict=True):
        assert abs(f - e) <= TOLERANCE * max(1.0, abs(e)), (f, e)


def test_the_default_lesson_has_roots_0_and_4_3_and_a_minimum_at_2_3():
    expr = 3 * X**2 - 4 * X
    found = _found("3x^2 - 4x", -1, 3)
    _close([x for x, _ in found["root"]], _exact(expr, -1, 3))
    assert [y for _, y in found["root"]] == [0.0, 0.0]
    (x, y), = found["minimum"]
    _close([x], _exact(sp.diff(expr, X), -1, 3))
    assert abs(y - float(expr.subs(X, sp.Rational(2, 3)))) <= TOLERANCE
    assert "maximum" not in found and "inflection" not in found and "discontinuity" not in found


def test_tan_has_roots_at_multiples_of_pi_and_none_at_its_poles():
    found = _found("tan x", -5, 5)
    _close([x for x, _ in found["root"]], [float(k * mpmath.pi) for k in (-1, 0, 1)])
    poles = [float((k + mpmath.mpf(1) / 2) * mpmath.pi) for k in (-2, -1, 0, 1)]
    _close([x for x, _ in found["discontinuity"]], poles)
    assert all(math.isnan(y) for _, y in found["discontinuity"])
    assert "minimum" not in found and "maximum" not in found
    _close([x for x, _ in found["inflection"]], [float(k * mpmath.pi) for k in (-1, 0, 1)])


@pytest.mark.parametrize("text, x0, x1", [
    ("1/x", -2, 2), ("1/x", -2.1, 1.9), ("1/(x - 0.3)", -2, 2), ("sign(x) - 0.5", -1, 1.3),
    ("floor(x) - 0.5", -2, 2), ("1/x^2", -1, 1), ("1/(x^2 - 1)", -2, 2),
])
def test_no_root_is_found_at_a_pole_or_a_jump(text, x0, x1):
    found = _found(text, x0, x1)
    assert "root" not in found, found["root"]
    assert found["discontinuity"]


def test_values_beyond_float_squares_find_their_root_without_overflow():
    """exp(1000x) − 1 reaches 1e434 on the view: the sign test must not multiply values
    (warnings are errors here, as overflow was in the window)."""
    found = _found("exp(1000x) - 1", -1, 1)
    _close([x for x, _ in found["root"]], [0.0])


def test_floor_breaks_exactly_at_the_integers():
    found = _found("floor(x)", -2.05, 2.05)
    assert [x for x, _ in found["discontinuity"]] == [-2.0, -1.0, 0.0, 1.0, 2.0]


@pytest.mark.parametrize("text, expr, x0, x1", [
    ("x^3 - x", X**3 - X, -2, 2),
    ("x^4 - 3x^2 + 1", X**4 - 3 * X**2 + 1, -2.5, 2.5),
    ("cos(x)", sp.cos(X), -7, 7),
    ("x^5 - 5x^3 + 4x", X**5 - 5 * X**3 + 4 * X, -2.5, 2.5),
    ("e^x - 3", sp.exp(X) - 3, -1, 3),
])
def test_roots_extrema_and_inflections_match_sympy(text, expr, x0, x1):
    found = _found(text, x0, x1)
    _close([x for x, _ in found.get("root", [])], _exact(expr, x0, x1))
    extrema = sorted(found.get("minimum", []) + found.get("maximum", []))
    _close([x for x, _ in extrema], _exact(sp.diff(expr, X), x0, x1))
    for x, y in extrema:
        kind = "minimum" if sp.diff(expr, X, 2).subs(X, x) > 0 else "maximum"
        assert (x, y) in found[kind]
        assert abs(y - float(expr.subs(X, x))) <= TOLERANCE * max(1.0, abs(y))
    _close([x for x, _ in found.get("inflection", [])], _exact(sp.diff(expr, X, 2), x0, x1))


def test_a_double_root_that_only_touches_is_found():
    found = _found("(x - 1)^2", -1, 3)
    _close([x for x, _ in found["root"]], [1.0])


def test_two_parabolas_intersect_at_plus_and_minus_1():
    points = points_of_interest([_analysis("x^2"), _analysis("2 - x^2")], -3, 3)
    crossings = sorted((p.x, p.y) for p in points if p.kind == "intersection")
    _close([x for x, _ in crossings], _exact(X**2 - (2 - X**2), -3, 3))
    assert [y for _, y in crossings] == pytest.approx([1.0, 1.0], abs=TOLERANCE)
    assert {(p.function, p.other) for p in points if p.kind == "intersection"} == {(0, 1)}


def test_labels_name_the_kind_and_the_coordinates():
    points = points_of_interest([_analysis("3x^2 - 4x")], -1, 3)
    minimum = next(p for p in points if p.kind == "minimum")
    assert minimum.label == "local minimum (0.666667, −1.33333)"
    pole = next(p for p in points_of_interest([_analysis("1/x")], -2, 2) if p.kind == "discontinuity")
    assert pole.label == "discontinuity at x = 0"


def test_points_kept_from_the_call_before_are_the_points_found_afresh(monkeypatch):
    """Issue 16: an edit of one of three curves works out that curve and its two pairs only."""
    from guicalc.core import points_of_interest as module

    kept = module.KnownPoints()
    curves = [_analysis("x^2"), _analysis("2 - x^2"), _analysis("sin x")]
    points_of_interest(curves, -3, 3, known=kept)
    worked = []
    for name in ("curve_points", "intersections"):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *args, real=real, name=name: worked.append(name) or real(*args))
    curves[2] = _analysis("cos x")
    again = points_of_interest(curves, -3, 3, known=kept)
    assert worked == ["curve_points", "intersections", "intersections"]
    monkeypatch.undo()
    assert again == points_of_interest(curves, -3, 3)  # the same as found with nothing kept
    # cos x against x² (mpmath): the crossings of the new curve, not the old sin x's.
    crossings = [p.x for p in again if p.kind == "intersection" and (p.function, p.other) == (0, 2)]
    assert len(crossings) == 2
    for c in crossings:
        assert abs(float(mpmath.findroot(lambda t: mpmath.cos(t) - t**2, c)) - c) < TOLERANCE
