"""The race in words: each update as its equation with the numbers filled in, who won and
why, and what theory says on a quadratic. Messages, so the window says them in the
student's language and ``guicalc descend`` prints their English.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message, joined
from guicalc.core.optimizers import NAMES
from guicalc.core.quadratic_theory import QuadraticTheory, measured_rate
from guicalc.core.race import Race, Trail
from guicalc.core.symbolic import display_number
from guicalc.core.verdict import KIND_NAMES

DIGITS = 4


def _n(value: float) -> str:
    return display_number(float(value) + 0.0, DIGITS)


def _v(pair: Sequence[float]) -> str:
    return f"({_n(pair[0])}, {_n(pair[1])})"


def update_equation(trail: Trail, step: int) -> Message:
    """The update that took θ from step − 1 to ``step`` (1 … k), numbers filled in; at step 0
    (or past the trail's end) what there is to say instead."""
    kind, hp = trail.racer.kind, trail.racer.hp
    name = NAMES[kind]
    if step <= 0 or trail.steps == 0:
        return QT_TRANSLATE_NOOP("race", "{name}: θ₀ = {theta}, f = {f}").format(
            name=name, theta=_v(trail.points[0]), f=_n(trail.values[0]))
    if step > trail.steps:
        return QT_TRANSLATE_NOOP("race", "{name}: stopped at step {k} ({verdict})").format(
            name=name, k=trail.steps, verdict=KIND_NAMES[trail.verdict.kind])
    i = step - 1
    g, lr, new = trail.gradients[i], trail.rates[i], trail.points[step]
    b = trail.buffers
    lines = [QT_TRANSLATE_NOOP("race", "{name}, step {t}: η = {lr}").format(name=name, t=step, lr=_n(lr)),
             QT_TRANSLATE_NOOP("race", "g = ∇f(θ) = {g}").format(g=_v(g))]
    if kind == "gd":
        lines.append(QT_TRANSLATE_NOOP("race", "θ ← θ − η·g = {theta}").format(theta=_v(new)))
    elif kind in ("momentum", "nesterov"):
        lines.append(QT_TRANSLATE_NOOP("race", "b ← β·b + g = {b}   (velocity, β = {beta})").format(
            b=_v(b["velocity"][i]), beta=_n(hp.beta)))
        lines.append(QT_TRANSLATE_NOOP("race", "θ ← θ − η·b = {theta}").format(theta=_v(new)) if kind == "momentum"
                     else QT_TRANSLATE_NOOP("race", "θ ← θ − η·(g + β·b) = {theta}   (look-ahead)").format(
                         theta=_v(new)))
    elif kind == "adagrad":
        lines.append(QT_TRANSLATE_NOOP("race", "s ← s + g² = {s}   (sum of squares)").format(s=_v(b["sum"][i])))
        lines.append(QT_TRANSLATE_NOOP("race", "θ ← θ − η·g/(√s + ε) = {theta}").format(theta=_v(new)))
    elif kind == "rmsprop":
        lines.append(QT_TRANSLATE_NOOP("race", "v ← α·v + (1 − α)·g² = {v}   (mean square, α = {alpha})").format(
            v=_v(b["square_avg"][i]), alpha=_n(hp.beta)))
        lines.append(QT_TRANSLATE_NOOP("race", "θ ← θ − η·g/(√v + ε) = {theta}").format(theta=_v(new)))
    else:
        c1, c2 = trail.scalars["c1"][i], trail.scalars["c2"][i]
        m, v = b["m"][i], b["v"][i]
        if kind == "adamw":
            lines.append(QT_TRANSLATE_NOOP("race", "θ ← θ·(1 − η·λ), λ = {decay}   (decoupled weight decay)").format(
                decay=_n(hp.weight_decay)))
        lines += [
            QT_TRANSLATE_NOOP("race", "m ← β₁·m + (1 − β₁)·g = {m}   (first moment)").format(m=_v(m)),
            QT_TRANSLATE_NOOP("race", "v ← β₂·v + (1 − β₂)·g² = {v}   (second moment)").format(v=_v(v)),
            QT_TRANSLATE_NOOP("race", "m̂ = m/(1 − β₁ᵗ) = {mhat}, v̂ = v/(1 − β₂ᵗ) = {vhat}   (bias correction: "
                              "1 − β₁ᵗ = {c1}, 1 − β₂ᵗ = {c2})").format(mhat=_v(m / c1), vhat=_v(v / c2), c1=_n(c1),
                                                                        c2=_n(c2)),
            QT_TRANSLATE_NOOP("race", "θ ← θ − η·m̂/(√v̂ + ε) = {theta}").format(theta=_v(new)),
        ]
    lines.append(QT_TRANSLATE_NOOP("race", "f(θ) = {f}").format(f=_n(trail.values[step])))
    return joined(lines)


def standings(race: Race) -> Message:
    """Who got there first, and how the others ended."""
    arrived = sorted((t for t in race.trails if t.verdict.kind == "converged"), key=lambda t: t.verdict.step)
    lines: list[Message] = []
    if arrived:
        winner = arrived[0]
        lines.append(QT_TRANSLATE_NOOP("race", "{name} got there first: converged after {k} steps.").format(
            name=NAMES[winner.racer.kind], k=winner.verdict.step))
        if len(arrived) > 1:
            lines.append(QT_TRANSLATE_NOOP("race", "Then: {others}.").format(others=joined(
                [QT_TRANSLATE_NOOP("race", "{name} ({k})").format(name=NAMES[t.racer.kind], k=t.verdict.step)
                 for t in arrived[1:]], ", ")))
    else:
        finite = [t for t in race.trails if np.isfinite(t.values[-1])]
        if finite:
            best = min(finite, key=lambda t: t.values[-1])
            lines.append(QT_TRANSLATE_NOOP("race", "Nobody converged in {k} steps; lowest f: {name} "
                                           "(f = {f}).").format(k=race.steps, name=NAMES[best.racer.kind],
                                                                f=_n(best.values[-1])))
    for trail in race.trails:
        if trail.verdict.kind != "converged":
            lines.append(QT_TRANSLATE_NOOP("race", "{name}: {verdict}").format(name=NAMES[trail.racer.kind],
                                                                              verdict=trail.verdict.text))
    return joined(lines)


def theory_lines(theory: QuadraticTheory | None, race: Race | None = None) -> Message:
    """κ, the largest stable and the best η of descent, β* and each run's measured rate
    beside the theoretical one (a quadratic only)."""
    if theory is None:
        return QT_TRANSLATE_NOOP("race", "Not a quadratic: no closed-form rates (the theory is for quadratics).")
    if not theory.positive_definite:
        return QT_TRANSLATE_NOOP("race", "A quadratic with eigenvalues {low} and {high} of the Hessian: no minimum "
                                 "(a saddle or a valley).").format(low=_n(theory.low), high=_n(theory.high))
    lines = [
        QT_TRANSLATE_NOOP("race", "Hessian eigenvalues λmin = {low}, λmax = {high}: condition number κ = {kappa}"
                          ).format(low=_n(theory.low), high=_n(theory.high), kappa=_n(theory.kappa)),
        QT_TRANSLATE_NOOP("race", "Descent diverges for η > 2/λmax = {stable}; fastest at η = 2/(λmin + λmax) = "
                          "{best}, rate (κ − 1)/(κ + 1) = {rate}").format(
            stable=_n(theory.stable_lr), best=_n(theory.best_lr), rate=_n(theory.best_rate)),
        QT_TRANSLATE_NOOP("race", "Momentum: fastest at η = (2/(√λmin + √λmax))² = {lr} and β* = ((√κ − 1)/(√κ + 1))²"
                          " = {beta}, rate (√κ − 1)/(√κ + 1) = {rate}").format(
            lr=_n(theory.momentum_lr), beta=_n(theory.momentum_beta), rate=_n(theory.momentum_rate)),
    ]
    for trail in race.trails if race is not None else ():
        expected = theory.rate(trail.racer.kind, trail.racer.hp)
        measured = measured_rate(trail.points, theory.minimum) if theory.minimum is not None else None
        lines.append(QT_TRANSLATE_NOOP("race", "{name}: measured rate {measured}, theory {expected}").format(
            name=NAMES[trail.racer.kind], measured="—" if measured is None else _n(measured),
            expected=QT_TRANSLATE_NOOP("race", "none (adaptive)") if expected is None else _n(expected)))
    return joined(lines)
