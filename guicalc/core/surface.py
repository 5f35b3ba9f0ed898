"""f(x, y) on a grid and at a point: values, the exact gradient, the −∇f field.

Everything here is vectorised over numpy arrays and never imports Qt, so the
surface view, the field view and an SVG exporter all read the same numbers.
Grids use ``np.meshgrid(..., indexing="ij")``: ``z[i, j]`` is f(x[i], y[j]), the
shape ``GLSurfacePlotItem`` expects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from guicalc.core.contour import DRAWN_LIMIT
from guicalc.core.evaluate import Evaluator
from guicalc.core.gradient import numeric_gradient
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message, joined
from guicalc.core.parse import Parsed, ParseError, parse
from guicalc.core.symbolic import count_nodes, display_number, gradient, to_text

EXACT_DIGITS = 50
MAX_NODES = 120
"""Largest f (nodes of its tree) the surface and field take. Its gradient is worked out
and evaluated on the window's thread; the cost grows with the square of the size: a
product of 20 factors (119 nodes) takes 0.5 s to set up, of 40 factors 1.7 s, of 99
factors 17 s (measured on a 2-core VM)."""


@dataclass(frozen=True, eq=False)
class TwoVariableFunction:
    """f(x, y) with its exact partial derivatives, compiled once per expression.

    Compiling the numpy and 50-digit evaluators here, not per call, keeps a
    point drag at well under a millisecond of mathematics.
    """

    text: str
    expr: sp.Expr
    variables: tuple[str, str]
    partials: tuple[sp.Expr, sp.Expr] = field(init=False)
    _numpy: tuple[Evaluator, Evaluator, Evaluator] = field(init=False, repr=False)
    _exact: tuple[Evaluator, Evaluator, Evaluator] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        x, y = self.variables
        if not x or not y or x == y:
            raise ValueError(QT_TRANSLATE_NOOP(
                "surface", "two different variables are needed, not {x!r} and {y!r}").format(x=x, y=y))
        missing = sorted(s.name for s in self.expr.free_symbols if s.name not in self.variables)
        if missing:
            raise ValueError(QT_TRANSLATE_NOOP(
                "surface", "{names} must be one of the two variables").format(names=", ".join(missing)))
        dfdx, dfdy = gradient(self.expr, self.variables)
        exprs = (self.expr, dfdx, dfdy)
        object.__setattr__(self, "partials", (dfdx, dfdy))
        object.__setattr__(self, "_numpy", tuple(Evaluator(e) for e in exprs))
        object.__setattr__(self, "_exact", tuple(
            Evaluator(e, "mpmath", precision=EXACT_DIGITS) for e in exprs))

    @classmethod
    def from_text(cls, expression: str | Parsed, variables: Sequence[str] | None = None) -> TwoVariableFunction:
        """Parse ``expression`` (or take it as the document parsed it); more than two free
        symbols is a :class:`ParseError`."""
        parsed = drawable(expression)
        text = parsed.text
        names = parsed.symbols
        if len(names) > 2:
            raise ParseError(QT_TRANSLATE_NOOP(
                "parse", "the two-variable view draws functions of two variables; this one has {count}: {names}"
            ).format(count=len(names), names=", ".join(names)), 0, len(text))
        chosen = tuple(variables) if variables is not None else default_variables(parsed)
        if len(chosen) != 2:
            raise ValueError("exactly two variables are needed")
        return cls(text, parsed.expr, (chosen[0], chosen[1]))

    @property
    def symbols(self) -> tuple[str, ...]:
        """The names the expression itself uses (a subset of the variables)."""
        return tuple(sorted(s.name for s in self.expr.free_symbols))

    def with_variables(self, x: str, y: str) -> TwoVariableFunction:
        """The same expression with other (or swapped) axes."""
        return TwoVariableFunction(self.text, self.expr, (x, y))

    def values(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """f at arrays of points (NaN where undefined), with the broadcast shape."""
        return self._call(self._numpy[0], x, y)

    def gradient(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The exact ∂f/∂x, ∂f/∂y evaluated vectorised; NaN where undefined."""
        return self._call(self._numpy[1], x, y), self._call(self._numpy[2], x, y)

    def exact(self, x: float, y: float) -> tuple[float, float, float]:
        """f, ∂f/∂x, ∂f/∂y at one point in 50 digits, rounded to floats (NaN if none)."""
        env = dict(zip(self.variables, (x, y), strict=True))
        return tuple(_to_float(ev(**env)) for ev in self._exact)  # type: ignore[return-value]

    def _call(self, ev: Evaluator, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        result = ev(**dict(zip(self.variables, (x, y), strict=True)))
        return np.broadcast_to(np.asarray(result, dtype=float), x.shape)


def drawable(expression: str | Parsed) -> Parsed:
    """``expression`` parsed (or as the document parsed it), if it is small enough for the
    surface and field (a ParseError otherwise): checked before the views are built, so a
    giant f never freezes them."""
    parsed = parse(expression) if isinstance(expression, str) else expression
    text = parsed.text
    if count_nodes(parsed.expr, MAX_NODES) > MAX_NODES:
        raise ParseError(QT_TRANSLATE_NOOP(
            "surface", "this function is too large for the surface and field (more than {limit} nodes): "
            "working out its gradient would freeze the window").format(limit=MAX_NODES),
            0, len(text))
    return parsed


def default_variables(parsed: Parsed) -> tuple[str, str]:
    """The expression's own symbols, completed to two (x0 → x0, x1; x → x, y)."""
    names = list(parsed.symbols)
    if len(names) == 2:
        return names[0], names[1]
    if not names:
        return "x", "y"
    (only,) = names
    numbered = re.fullmatch(r"(.*?)(\d+)", only)
    if numbered:
        return only, f"{numbered.group(1)}{int(numbered.group(2)) + 1}"
    return (only, "y") if only != "y" else ("x", "y")


@dataclass(frozen=True, eq=False)
class SurfaceGrid:
    """z[i, j] = f(x[i], y[j])."""

    x: np.ndarray
    y: np.ndarray
    z: np.ndarray

    def z_range(self) -> tuple[float, float]:
        """Finite min and max of z, within ±DRAWN_LIMIT, widened when flat or empty so it can be drawn."""
        finite = self.z[np.isfinite(self.z)]
        if finite.size == 0:
            return -1.0, 1.0
        lo, hi = (float(np.clip(v, -DRAWN_LIMIT, DRAWN_LIMIT)) for v in (finite.min(), finite.max()))
        if hi - lo < 1e-12 * max(1.0, abs(lo)):
            return lo - 1.0, hi + 1.0
        return lo, hi


def surface_grid(fn: TwoVariableFunction, x_range: tuple[float, float],
                 y_range: tuple[float, float], shape: tuple[int, int]) -> SurfaceGrid:
    """f sampled on a regular ``shape`` grid over the two ranges (edges included)."""
    x = np.linspace(x_range[0], x_range[1], shape[0])
    y = np.linspace(y_range[0], y_range[1], shape[1])
    xx, yy = np.meshgrid(x, y, indexing="ij")
    return SurfaceGrid(x, y, fn.values(xx, yy))


def grid_axis(lo: float, hi: float, step: float) -> np.ndarray:
    """lo, lo + step, … up to hi inclusive: the notes' ``np.arange(-2, 2.25, 0.25)``."""
    count = int(np.floor((hi - lo) / step + 1e-9)) + 1
    return lo + step * np.arange(max(count, 1))


@dataclass(frozen=True, eq=False)
class GradientField:
    """The −∇f vectors (u, v) at the grid points x[i], y[j] (arrays of shape (nx, ny))."""

    x: np.ndarray
    y: np.ndarray
    u: np.ndarray
    v: np.ndarray


def descent_field(fn: TwoVariableFunction, x: np.ndarray, y: np.ndarray) -> GradientField:
    """−∇f from the exact partials at every grid point: the way downhill."""
    xx, yy = np.meshgrid(x, y, indexing="ij")
    gx, gy = fn.gradient(xx, yy)
    return GradientField(xx, yy, -gx, -gy)


@dataclass(frozen=True)
class PointAnalysis:
    """Everything the readouts show at one point, exact and numerical side by side."""

    x: float
    y: float
    value: float
    exact_gradient: tuple[float, float]
    numeric_gradient: tuple[float, float]

    @property
    def defined(self) -> bool:
        """False where f or one of its partials has no finite value (‖x‖₂ at 0)."""
        return bool(np.isfinite([self.value, *self.exact_gradient]).all())

    @property
    def norm(self) -> float:
        """|∇f|, NaN when the gradient is undefined."""
        return float(np.hypot(*self.exact_gradient))


def analyse_point(fn: TwoVariableFunction, x: float, y: float) -> PointAnalysis:
    """f and ∇f at (x, y): partials in 50 digits and by central differences."""
    value, gx, gy = fn.exact(x, y)
    with np.errstate(all="ignore"):
        numeric = numeric_gradient(fn.expr, fn.variables, np.array([x, y]))
    return PointAnalysis(x, y, value, (gx, gy), (float(numeric[0]), float(numeric[1])))


def tangent_plane(point: PointAnalysis, half_x: float, half_y: float) -> np.ndarray:
    """Corners (4, 3) of z = f(p) + ∇f·(q − p) over the square p ± (half_x, half_y)."""
    gx, gy = point.exact_gradient
    dx = np.array([-half_x, half_x, half_x, -half_x])
    dy = np.array([-half_y, -half_y, half_y, half_y])
    z = point.value + gx * dx + gy * dy
    return np.column_stack([point.x + dx, point.y + dy, z])


def gradient_readout(fn: TwoVariableFunction, point: PointAnalysis) -> Message:
    """The text of the gradient readout: f, each partial exact and numerical, ∇f, |∇f|."""
    x, y = fn.variables
    at = f"({display_number(point.x)}, {display_number(point.y)})"
    lines = [f"f{at} = {display_number(point.value, 10)}"]
    for name, partial, exact, numeric in zip(
            (x, y), fn.partials, point.exact_gradient, point.numeric_gradient, strict=True):
        formula = to_text(partial, unicode_minus=True)
        lines.append(QT_TRANSLATE_NOOP("surface", "∂f/∂{name} = {formula} = {exact}   (central diff.: {numeric})")
                     .format(name=name, formula=formula, exact=display_number(exact, 10),
                             numeric=display_number(numeric, 10)))
    if point.defined:
        gx, gy = point.exact_gradient
        lines.append(f"∇f = ({display_number(gx)}, {display_number(gy)})   |∇f| = {display_number(point.norm)}")
    else:
        lines.append(QT_TRANSLATE_NOOP("surface", "∇f is undefined at {at}: no tangent plane there").format(at=at))
        if np.isfinite(point.numeric_gradient).all():
            nx, ny = point.numeric_gradient
            lines.append(QT_TRANSLATE_NOOP(
                "surface", "(the central difference still gives ({x}, {y}) and hides the corner)").format(
                x=display_number(nx), y=display_number(ny)))
    return joined(lines)


def _to_float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return float("nan")
