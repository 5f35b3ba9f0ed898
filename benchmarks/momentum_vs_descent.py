"""Issue 18 on the κ = 100 quadratic ½x0² + 50x1²: steps to f < 1e-8 of plain descent at its
best η = 2/(λmin + λmax) against heavy-ball momentum at Distill's η and β*, and each run's
measured rate beside the theoretical one (Goh, "Why Momentum Really Works", 2017).

    python benchmarks/momentum_vs_descent.py
"""

from __future__ import annotations

import sys

import numpy as np

START = (-1.8, 0.6)
STEPS = 2000


def main() -> int:
    from guicalc.core.optimizers import Hyperparameters
    from guicalc.core.quadratic_theory import measured_rate, quadratic_theory
    from guicalc.core.race import Racer, run_race
    from guicalc.core.surface import TwoVariableFunction

    fn = TwoVariableFunction.from_text("0.5*x0^2 + 50*x1^2")
    theory = quadratic_theory(fn.expr, fn.variables)
    racers = [Racer("gd", Hyperparameters(lr=theory.best_lr)),
              Racer("momentum", Hyperparameters(lr=theory.momentum_lr, beta=theory.momentum_beta)),
              Racer("nesterov", Hyperparameters(lr=1 / theory.high, beta=theory.momentum_rate))]
    race = run_race(fn.values, fn.gradient, START, racers, STEPS)
    print(f"κ = {theory.kappa:g}; from {START}, f₀ = {race.trails[0].values[0]:g}")
    steps = {}
    for trail in race.trails:
        below = np.nonzero(trail.values < 1e-8)[0]
        steps[trail.racer.kind] = int(below[0]) if below.size else None
        rate, expected = measured_rate(trail.points, theory.minimum), theory.rate(trail.racer.kind, trail.racer.hp)
        print(f"{trail.racer.kind:<9} η = {trail.racer.hp.lr:.5g}" + (f", β = {trail.racer.hp.beta:.5g}"
                                                                      if trail.racer.kind != "gd" else "")
              + f": f < 1e-8 after {steps[trail.racer.kind]} steps; measured rate {rate:.5f}, theory {expected:.5f}")
    ratio = steps["gd"] / steps["momentum"]
    print(f"plain descent / momentum at β*: {ratio:.1f}× more steps (theory ~√κ = {np.sqrt(theory.kappa):g}; "
          f"issue: ≥ 5×) — {'met' if ratio >= 5 else 'NOT met'}")
    return 0 if ratio >= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
