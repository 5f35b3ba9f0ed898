"""The observable state of the optimizer race, Qt-free: saved with the lesson, undoable.

Everything that decides a race (the surface, the start, the racers and their
hyperparameters, the schedule, the noise and its seed) is here, so a reopened lesson
runs the same race again to the same numbers; the trails themselves are recomputed,
not stored. The scrubber's step and the optimizer whose sliders are shown are
navigation: saved, not undone. Kept free of sympy (a Document loads it at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from psygnal import evented

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.optimizer_presets import preset, preset_fields
from guicalc.core.optimizers import DEFAULTS, KINDS, Hyperparameters
from guicalc.core.readers import (
    Reader,
    WorkspaceError,
    boolean,
    choice,
    expect_list,
    expect_object,
    integer,
    number,
    text,
)
from guicalc.core.schedules import SCHEDULES
from guicalc.core.two_variable_state import point, rectangle

MAX_STEPS = 5000
RACE_KINDS = ("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
"""The racers of a new race (AdamW joins when ticked)."""
LIMITS: dict[str, tuple[float, float]] = {
    "lr": (1e-6, 10.0), "beta": (0.0, 0.9999), "beta1": (0.0, 0.9999), "beta2": (0.0, 0.999999),
    "eps": (1e-12, 1.0), "weight_decay": (0.0, 1.0),
}
"""What the sliders (and so a lesson file) accept for each hyperparameter."""


FIRST = preset("rosenbrock")
"""The surface a new lesson's race is on."""


def default_settings() -> dict[str, dict[str, float]]:
    """Every optimizer's defaults, at the first surface's learning rates."""
    plain = {kind: dict(vars(DEFAULTS[kind])) for kind in KINDS}
    return preset_fields(FIRST, plain)["settings"]


@evented
@dataclass
class RaceState:
    """What the race shows; every field announces its changes."""

    preset: str = "rosenbrock"
    """The preset last chosen (its surface, start and view); "" once the surface is typed."""
    expression: str = "(1 - x0)^2 + 100*(x1 - x0^2)^2"
    """f(x0, x1) the racers descend."""
    start: tuple[float, float] = (-1.5, 2.0)
    view_range: tuple[float, float, float, float] = (-2.0, 2.0, -1.0, 3.0)
    steps: int = 1000
    racers: tuple[str, ...] = RACE_KINDS
    """The optimizers in the race, in the legend's order."""
    settings: dict[str, dict[str, float]] = field(default_factory=default_settings)
    """{optimizer: {lr, beta, beta1, beta2, eps, weight_decay}}; replaced whole on a change."""
    schedule: str = "constant"
    schedule_gamma: float = 0.5
    """γ of the step and exponential schedules."""
    schedule_period: int = 100
    """Steps between the step schedule's cuts."""
    noise: float = 0.0
    """σ of the Gaussian noise added to every gradient (SGD); 0: exact gradients."""
    seed: int = 0
    log_scale: bool = True
    """The loss plot's f axis on a log scale (where f > 0)."""
    selected: str = "adam"
    """The optimizer whose sliders and equation are shown."""
    step: int = 1000
    """The scrubber: the trails are drawn up to this step."""

    def hyperparameters(self, kind: str) -> Hyperparameters:
        return Hyperparameters(**self.settings.get(kind, vars(DEFAULTS[kind])))


def view_around(start: tuple[float, float], view: tuple[float, float, float, float]
                ) -> tuple[float, float, float, float]:
    """``view``, or if ``start`` lies outside it a square around ``start`` and the origin."""
    x0, x1, y0, y1 = view
    if x0 <= start[0] <= x1 and y0 <= start[1] <= y1:
        return view
    half = 1.25 * max(abs(start[0]), abs(start[1]), 1.0)
    return -half, half, -half, half


def _settings(value: object, where: str) -> dict[str, dict[str, float]]:
    """{optimizer: {hyperparameter: number}}, each within LIMITS; missing ones keep defaults."""
    given = expect_object(value, where)
    settings = default_settings()
    for kind, entry in given.items():
        if kind not in KINDS:
            raise WorkspaceError(QT_TRANSLATE_NOOP("workspace", "{where} has no optimizer {name}").format(
                where=where, name=repr(kind)[:40]))
        fields = expect_object(entry, f"{where}.{kind}")
        for name, bounds in LIMITS.items():
            if name in fields:
                settings[kind][name] = number(low=bounds[0], high=bounds[1])(fields[name], f"{where}.{kind}.{name}")
    return settings


def _racers(value: object, where: str) -> tuple[str, ...]:
    items = expect_list(value, where, len(KINDS))
    one = choice(KINDS)
    kinds = tuple(one(item, f"{where}[{i}]") for i, item in enumerate(items))
    if len(set(kinds)) != len(kinds):
        raise WorkspaceError(QT_TRANSLATE_NOOP("workspace", "{where} names an optimizer twice").format(where=where))
    return kinds


RACE_FIELDS: dict[str, Reader] = {
    "preset": text, "expression": text, "start": point, "view_range": rectangle,
    "steps": integer(1, MAX_STEPS), "racers": _racers, "settings": _settings,
    "schedule": choice(SCHEDULES), "schedule_gamma": number(low=0.01, high=1.0),
    "schedule_period": integer(1, MAX_STEPS), "noise": number(low=0.0, high=100.0),
    "seed": integer(0, 2**31 - 1), "log_scale": boolean, "selected": choice(KINDS), "step": integer(0, MAX_STEPS),
}
"""The lesson-file section ``race``."""
RACE_UNDO: dict[str, Message] = {
    "expression": QT_TRANSLATE_NOOP("DocumentHistory", "race function"),
    "start": QT_TRANSLATE_NOOP("DocumentHistory", "race start"),
    "view_range": QT_TRANSLATE_NOOP("DocumentHistory", "race view"),
    "steps": QT_TRANSLATE_NOOP("DocumentHistory", "race steps"),
    "racers": QT_TRANSLATE_NOOP("DocumentHistory", "optimizers in the race"),
    "settings": QT_TRANSLATE_NOOP("DocumentHistory", "hyperparameters"),
    "schedule": QT_TRANSLATE_NOOP("DocumentHistory", "learning-rate schedule"),
    "schedule_gamma": QT_TRANSLATE_NOOP("DocumentHistory", "schedule factor γ"),
    "schedule_period": QT_TRANSLATE_NOOP("DocumentHistory", "schedule period"),
    "noise": QT_TRANSLATE_NOOP("DocumentHistory", "gradient noise σ"),
    "seed": QT_TRANSLATE_NOOP("DocumentHistory", "noise seed"),
    "log_scale": QT_TRANSLATE_NOOP("DocumentHistory", "loss scale"),
}
"""Undo records what decides the race; the scrubber and the optimizer shown are navigation."""
