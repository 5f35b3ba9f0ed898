"""The race's surfaces: the notes' bowl and the classic test functions of optimization,
each with a start, a view and learning rates at which the race is worth watching.

The learning rates are per surface because curvature is: η = 0.01 is timid on the bowl
and explosive on Rosenbrock, whose valley floor curves ~1000 times more than its length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Preset:
    """A surface f(x0, x1) with where the race starts, what the view shows and each η."""

    name: str
    title: Message
    expression: str
    start: tuple[float, float]
    view: tuple[float, float, float, float]
    rates: dict[str, float] = field(default_factory=dict)
    """η per optimizer; those missing keep the optimizer's default."""
    steps: int = 300
    betas: dict[str, float] = field(default_factory=dict)
    """β per optimizer, where the lesson needs another than the default."""
    lesson: Message | str = ""
    """What the surface teaches, said under the race."""


PRESETS: tuple[Preset, ...] = (
    Preset("bowl", QT_TRANSLATE_NOOP("presets", "Bowl x0² + x1²"), "x0^2 + x1^2", (-1.5, 2.0),
           (-2.5, 2.5, -2.5, 2.5),
           {"gd": 0.1, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.5, "rmsprop": 0.05, "adam": 0.1,
            "adamw": 0.1}, 150,
           lesson=QT_TRANSLATE_NOOP("presets", "Every optimizer gets there; the race is about how straight "
                                    "the path is.")),
    Preset("ill", QT_TRANSLATE_NOOP("presets", "Ill-conditioned quadratic (κ = 100)"), "0.5*x0^2 + 50*x1^2",
           (-1.8, 0.6), (-2.0, 2.0, -1.0, 1.0),
           {"gd": 0.0198, "momentum": 0.0331, "nesterov": 0.0198, "adagrad": 0.5, "rmsprop": 0.02, "adam": 0.05,
            "adamw": 0.05}, 600, {"momentum": 0.6694},
           lesson=QT_TRANSLATE_NOOP("presets", "Descent zig-zags across the narrow valley; momentum at β* "
                                    "needs √κ times fewer steps.")),
    Preset("rosenbrock", QT_TRANSLATE_NOOP("presets", "Rosenbrock"), "(1 - x0)^2 + 100*(x1 - x0^2)^2",
           (-1.5, 2.0), (-2.0, 2.0, -1.0, 3.0),
           {"gd": 0.0008, "momentum": 0.0002, "nesterov": 0.0002, "adagrad": 0.3, "rmsprop": 0.005, "adam": 0.05,
            "adamw": 0.05}, 1000,
           lesson=QT_TRANSLATE_NOOP("presets", "Finding the curved valley is easy; following it to (1, 1) "
                                    "is not.")),
    Preset("beale", QT_TRANSLATE_NOOP("presets", "Beale"),
           "(1.5 - x0 + x0*x1)^2 + (2.25 - x0 + x0*x1^2)^2 + (2.625 - x0 + x0*x1^3)^2", (1.0, 1.5),
           (-4.5, 4.5, -4.5, 4.5),
           {"gd": 0.002, "momentum": 0.0005, "nesterov": 0.0005, "adagrad": 0.3, "rmsprop": 0.01, "adam": 0.05,
            "adamw": 0.05}, 1000,
           lesson=QT_TRANSLATE_NOOP("presets", "Flat arms and steep walls: the minimum is at (3, 0.5).")),
    Preset("himmelblau", QT_TRANSLATE_NOOP("presets", "Himmelblau"), "(x0^2 + x1 - 11)^2 + (x0 + x1^2 - 7)^2",
           (-0.3, -0.9), (-5.0, 5.0, -5.0, 5.0),
           {"gd": 0.01, "momentum": 0.005, "nesterov": 0.005, "adagrad": 0.5, "rmsprop": 0.05, "adam": 0.1,
            "adamw": 0.1}, 300,
           lesson=QT_TRANSLATE_NOOP("presets", "Four minima of equal depth: which one a run finds depends on "
                                    "how it moves.")),
    Preset("booth", QT_TRANSLATE_NOOP("presets", "Booth"), "(x0 + 2*x1 - 7)^2 + (2*x0 + x1 - 5)^2",
           (-6.0, -4.0),
           (-10.0, 10.0, -10.0, 10.0),
           {"gd": 0.02, "momentum": 0.01, "nesterov": 0.01, "adagrad": 2.0, "rmsprop": 0.1, "adam": 0.3,
            "adamw": 0.3}, 300,
           lesson=QT_TRANSLATE_NOOP("presets", "A tilted quadratic bowl (κ = 9) with its minimum at "
                                    "(1, 3).")),
    Preset("saddle", QT_TRANSLATE_NOOP("presets", "Saddle x0² − x1²"), "x0^2 - x1^2", (1.5, 1e-6),
           (-2.0, 2.0, -2.0, 2.0),
           {"gd": 0.01, "momentum": 0.01, "nesterov": 0.01, "adagrad": 0.05, "rmsprop": 0.01, "adam": 0.01,
            "adamw": 0.01}, 400,
           lesson=QT_TRANSLATE_NOOP("presets", "Started almost on the ridge: descent creeps toward the "
                                    "saddle, the adaptive methods walk off it.")),
    Preset("plateau", QT_TRANSLATE_NOOP("presets", "Plateau"), "1 - exp(-(x0^2 + x1^2))", (2.2, 1.6),
           (-3.0, 3.0, -3.0, 3.0),
           {"gd": 0.1, "momentum": 0.1, "nesterov": 0.1, "adagrad": 0.5, "rmsprop": 0.02, "adam": 0.05,
            "adamw": 0.05}, 500,
           lesson=QT_TRANSLATE_NOOP("presets", "Far from the hole the gradient is almost 0: a fixed η "
                                    "crawls, Adam rescales and moves.")),
)


def preset(name: str) -> Preset:
    return next(p for p in PRESETS if p.name == name)


def preset_fields(chosen: Preset, settings: dict[str, dict[str, float]]) -> dict[str, object]:
    """The race's fields that choosing ``chosen`` sets: its surface, start, view, steps, and
    its η and β in a copy of ``settings``."""
    changed = {kind: dict(values) for kind, values in settings.items()}
    for kind, lr in chosen.rates.items():
        changed.setdefault(kind, {})["lr"] = lr
    for kind, beta in chosen.betas.items():
        changed.setdefault(kind, {})["beta"] = beta
    return {"preset": chosen.name, "expression": chosen.expression, "start": chosen.start,
            "view_range": chosen.view, "steps": chosen.steps, "settings": changed, "step": chosen.steps}
