"""The optimizers of the race, each updating θ ∈ R² exactly as PyTorch documents it.

``torch.optim.SGD`` (plain, heavy-ball momentum, Nesterov), ``Adagrad``, ``RMSprop``,
``Adam`` (with bias correction) and ``AdamW`` (decoupled weight decay): the same
formulas, in float64 and in the order torch computes them (``benchmarks/
check_optimizers_against_torch.py`` compares the trajectories with torch itself).
Each step keeps what it computed (velocity, moments, bias corrections), so the race
can show the update as an equation with the numbers filled in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message

KINDS = ("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw")
"""Every optimizer, in the order of the race's legend."""
NAMES: dict[str, Message] = {
    "gd": QT_TRANSLATE_NOOP("optimizers", "Gradient descent"),
    "momentum": QT_TRANSLATE_NOOP("optimizers", "Momentum"),
    "nesterov": QT_TRANSLATE_NOOP("optimizers", "Nesterov"),
    "adagrad": QT_TRANSLATE_NOOP("optimizers", "AdaGrad"),
    "rmsprop": QT_TRANSLATE_NOOP("optimizers", "RMSProp"),
    "adam": QT_TRANSLATE_NOOP("optimizers", "Adam"),
    "adamw": QT_TRANSLATE_NOOP("optimizers", "AdamW"),
}
USES: dict[str, tuple[str, ...]] = {
    "gd": ("lr",),
    "momentum": ("lr", "beta"),
    "nesterov": ("lr", "beta"),
    "adagrad": ("lr", "eps"),
    "rmsprop": ("lr", "beta", "eps"),
    "adam": ("lr", "beta1", "beta2", "eps"),
    "adamw": ("lr", "beta1", "beta2", "eps", "weight_decay"),
}
"""The hyperparameters each optimizer reads (β is RMSProp's smoothing constant α)."""


@dataclass(frozen=True)
class Hyperparameters:
    """η, β (momentum, or RMSProp's α), β₁, β₂, ε and AdamW's decoupled decay λ."""

    lr: float = 0.01
    beta: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    weight_decay: float = 0.01

    def used(self, kind: str) -> dict[str, float]:
        """Only the ones ``kind`` reads, by name (what ``guicalc descend --json`` prints)."""
        return {name: getattr(self, name) for name in USES[kind]}


DEFAULTS: dict[str, Hyperparameters] = {
    "gd": Hyperparameters(lr=0.01),
    "momentum": Hyperparameters(lr=0.01, beta=0.9),
    "nesterov": Hyperparameters(lr=0.01, beta=0.9),
    "adagrad": Hyperparameters(lr=0.5, eps=1e-10),
    "rmsprop": Hyperparameters(lr=0.01, beta=0.99, eps=1e-8),
    "adam": Hyperparameters(lr=0.05),
    "adamw": Hyperparameters(lr=0.05, weight_decay=0.01),
}
"""A race's starting hyperparameters (torch's own defaults for β, β₁, β₂, ε; the
learning rates suit the presets' surfaces better than torch's 1e-3)."""


@dataclass
class Optimizer:
    """One optimizer's running state; :meth:`step` moves θ once and records what it used."""

    kind: str
    hp: Hyperparameters
    t: int = 0
    state: dict[str, np.ndarray] = field(default_factory=dict)
    """The buffers torch keeps: ``velocity`` (SGD's momentum_buffer), ``sum`` (Adagrad's
    state_sum), ``square_avg`` (RMSprop), ``m`` and ``v`` (Adam's exp_avg, exp_avg_sq)."""
    extra: dict[str, float] = field(default_factory=dict)
    """Scalars of the last step shown in its equation (bias corrections, Adagrad's rate)."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown optimizer {self.kind!r}; one of {', '.join(KINDS)}")
        self._update = getattr(self, f"_{self.kind}")

    def step(self, theta: np.ndarray, grad: np.ndarray, lr: float | None = None) -> np.ndarray:
        """θ after one step on the gradient ``grad`` with learning rate ``lr`` (a schedule's;
        None: the hyperparameters' η). The argument arrays are not changed."""
        self.t += 1
        lr = self.hp.lr if lr is None else lr
        return self._update(np.array(theta, dtype=float), np.array(grad, dtype=float), lr)

    def _gd(self, theta: np.ndarray, g: np.ndarray, lr: float) -> np.ndarray:
        return theta - lr * g

    def _momentum(self, theta: np.ndarray, g: np.ndarray, lr: float) -> np.ndarray:
        # torch: buf = clone(g) at the first step, else buf·μ + g (dampening 0)
        b = self.state["velocity"] = g.copy() if self.t == 1 else self.hp.beta * self.state["velocity"] + g
        return theta - lr * b

    def _nesterov(self, theta: np.ndarray, g: np.ndarray, lr: float) -> np.ndarray:
        b = self.state["velocity"] = g.copy() if self.t == 1 else self.hp.beta * self.state["velocity"] + g
        return theta - lr * (g + self.hp.beta * b)

    def _adagrad(self, theta: np.ndarray, g: np.ndarray, lr: float) -> np.ndarray:
        total = self.state["sum"] = self.state.get("sum", np.zeros(2)) + g * g
        return theta - lr * (g / (np.sqrt(total) + self.hp.eps))  # lr_decay 0: clr = η

    def _rmsprop(self, theta: np.ndarray, g: np.ndarray, lr: float) -> np.ndarray:
        alpha = self.hp.beta
        v = self.state["square_avg"] = alpha * self.state.get("square_avg", np.zeros(2)) + (1 - alpha) * g * g
        return theta - lr * (g / (np.sqrt(v) + self.hp.eps))

    def _adam(self, theta: np.ndarray, g: np.ndarray, lr: float) -> np.ndarray:
        b1, b2 = self.hp.beta1, self.hp.beta2
        m = self.state.get("m", np.zeros(2))
        m = self.state["m"] = m + (1 - b1) * (g - m)  # torch's exp_avg.lerp_(grad, 1 − β₁)
        v = self.state["v"] = b2 * self.state.get("v", np.zeros(2)) + (1 - b2) * g * g
        c1, c2 = 1 - b1 ** self.t, 1 - b2 ** self.t
        self.extra = {"c1": c1, "c2": c2}
        denom = np.sqrt(v) / np.sqrt(c2) + self.hp.eps
        return theta - (lr / c1) * (m / denom)

    def _adamw(self, theta: np.ndarray, g: np.ndarray, lr: float) -> np.ndarray:
        return self._adam(theta * (1 - lr * self.hp.weight_decay), g, lr)  # decay before the Adam step
