"""Every example of the source notes, as a lesson the window can open.

Each opens the right view at the right point, with the notes' numbers on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from guicalc.core.messages import QT_TRANSLATE_NOOP
from guicalc.core.view_kinds import view_kind


@dataclass(frozen=True)
class Example:
    title: str
    expression: str
    view: str = "curve"
    """The name of the registered view kind it opens in (guicalc.core.view_kinds)."""
    x: float = 1.0
    x_range: tuple[float, float] = (-1.0, 3.0)
    method: str = "forward"
    dtype: str = "float64"
    h: float = 0.1
    steps: int = 5
    inputs: dict[str, object] = field(default_factory=dict)
    """Graph inputs (numbers or vectors) or the two-variable point."""

    def __post_init__(self) -> None:
        view_kind(self.view)  # a misspelt kind fails at import, not when a student opens it


EXAMPLES: tuple[tuple[str, tuple[Example, ...]], ...] = (
    (QT_TRANSLATE_NOOP("examples", "Derivatives and limits"), (
        Example(QT_TRANSLATE_NOOP(
            "examples", "f(x) = 3x² − 4x: the limit at x = 1 (d2l 2.4)"), "3x^2 - 4x", x_range=(0.0, 3.0)),
        Example(QT_TRANSLATE_NOOP(
            "examples", "Rounding: the same limit in float16"), "3x^2 - 4x", dtype="float16", steps=8,
                x_range=(0.0, 3.0)),
        Example(QT_TRANSLATE_NOOP(
            "examples", "Exercise: x³ − 1/x and its tangent at x = 1"), "x^3 - 1/x", x_range=(0.1, 3.0)),
        Example(QT_TRANSLATE_NOOP(
            "examples", "Central difference: 0.01x² + 0.1x at x = 5"), "0.01x^2 + 0.1x", x=5.0, method="central",
                h=1e-4, x_range=(0.0, 20.0)),
        Example(QT_TRANSLATE_NOOP(
            "examples", "Chain rule: x₁² + 2x₂ with x₁ = sin t, x₂ = cos t"), "sin(t)^2 + 2cos(t)", x=1.0,
                x_range=(-6.3, 6.3)),
        Example(QT_TRANSLATE_NOOP(
            "examples", "sigmoid(x) and its derivative σ(1 − σ)"), "sigmoid(x)", x=0.0, x_range=(-6.0, 6.0)),
    )),
    (QT_TRANSLATE_NOOP("examples", "Gradients"), (
        Example(QT_TRANSLATE_NOOP(
            "examples", "x0² + x1²: surface and −∇f field"), "x0^2 + x1^2", view="surface",
            inputs={"x0": -1.0, "x1": 2.0}),
        Example(QT_TRANSLATE_NOOP(
            "examples", "Exercise: 3x1² + 5e^x2"), "3x1^2 + 5e^x2", view="surface", inputs={"x1": 1.0, "x2": 0.0}),
        Example(QT_TRANSLATE_NOOP("examples", "Exercise: ‖x‖₂ = sqrt(x1² + x2²)"), "sqrt(x1^2 + x2^2)", view="surface",
                inputs={"x1": 1.0, "x2": 1.0}),
    )),
    (QT_TRANSLATE_NOOP("examples", "Backpropagation"), (
        Example(QT_TRANSLATE_NOOP(
            "examples", "(a + b)·c at a = 50, b = 70, c = 2"), "(a + b)*c", view="graph",
            inputs={"a": 50, "b": 70, "c": 2}),
        Example(QT_TRANSLATE_NOOP("examples", "x·y at x = 2, y = 3"), "x*y", view="graph", inputs={"x": 2, "y": 3}),
        Example(QT_TRANSLATE_NOOP("examples", "exp(x) at x = 2"), "exp(x)", view="graph", inputs={"x": 2}),
        Example(QT_TRANSLATE_NOOP("examples", "1/x at x = 4"), "1/x", view="graph", inputs={"x": 4}),
        Example(QT_TRANSLATE_NOOP(
            "examples", "sigmoid(x) at x = 0, as one node"), "sigmoid(x)", view="graph", inputs={"x": 0}),
        Example(QT_TRANSLATE_NOOP(
            "examples", "2·xᵀx with x = [0, 1, 2, 3]"), "2*dot(x, x)", view="graph", inputs={"x": [0, 1, 2, 3]}),
        Example(QT_TRANSLATE_NOOP(
            "examples", "x·x needs a seed v (vector output)"), "x*x", view="graph", inputs={"x": [0, 1, 2, 3]}),
    )),
)


def all_examples() -> list[Example]:
    return [example for _, group in EXAMPLES for example in group]
