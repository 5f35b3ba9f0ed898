"""Learning-rate schedules: η at step t as PyTorch's schedulers give it in closed form.

``StepLR`` (η·γ^⌊t/s⌋), ``ExponentialLR`` (η·γ^t) and ``CosineAnnealingLR``
(η_min + (η − η_min)(1 + cos(πt/T))/2, here with η_min = 0 and T the race's steps);
t counts the steps already taken, as ``scheduler.step()`` after each ``optimizer.step()``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message

SCHEDULES = ("constant", "step", "exponential", "cosine")
NAMES: dict[str, Message] = {
    "constant": QT_TRANSLATE_NOOP("schedules", "constant"),
    "step": QT_TRANSLATE_NOOP("schedules", "step"),
    "exponential": QT_TRANSLATE_NOOP("schedules", "exponential"),
    "cosine": QT_TRANSLATE_NOOP("schedules", "cosine"),
}


@dataclass(frozen=True)
class Schedule:
    """``kind`` with its factor γ (step, exponential), its period s (step) and its
    horizon T (cosine: η reaches 0 after T steps)."""

    kind: str = "constant"
    gamma: float = 0.5
    period: int = 100
    horizon: int = 1000

    def __post_init__(self) -> None:
        if self.kind not in SCHEDULES:
            raise ValueError(f"unknown schedule {self.kind!r}; one of {', '.join(SCHEDULES)}")

    def rate(self, lr: float, t: int) -> float:
        """η used by step t + 1 (t steps already taken)."""
        if self.kind == "step":
            return lr * self.gamma ** (t // max(1, self.period))
        if self.kind == "exponential":
            return lr * self.gamma ** t
        if self.kind == "cosine":
            return lr * (1 + math.cos(math.pi * min(t, self.horizon) / max(1, self.horizon))) / 2
        return lr
