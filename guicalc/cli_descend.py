"""``guicalc descend``: one optimizer of the race, run headless, its path and verdict as JSON.

Registered in :mod:`guicalc.cli` by :func:`add_parser` and :data:`COMMANDS`; the readers
come from :mod:`guicalc.cli_input` (never from cli: that would be an import cycle).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from guicalc.cli_input import InputError, assignments, finite, json_number, positive


def _fraction(text: str) -> float:
    value = finite(text)
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give a number from 0 up to (not including) 1")
    return value


def _steps(text: str) -> int:
    from guicalc.core.race import MAX_STEPS

    if not text.isdigit() or not 1 <= int(text) <= MAX_STEPS:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number of steps from 1 to {MAX_STEPS}")
    return int(text)


def _view(text: str) -> tuple[float, float, float, float]:
    parts = [finite(p.strip()) for p in text.split(",")]
    if len(parts) != 4 or parts[0] >= parts[1] or parts[2] >= parts[3]:
        raise argparse.ArgumentTypeError(f"{text!r}: give X0,X1,Y0,Y1 with X0 < X1 and Y0 < Y1")
    return parts[0], parts[1], parts[2], parts[3]


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The subcommand's arguments."""
    from guicalc.core.optimizers import KINDS
    from guicalc.core.schedules import SCHEDULES

    descend = sub.add_parser("descend", help="run one optimizer (gd, momentum, nesterov, adagrad, rmsprop, adam, "
                                             "adamw) on f(x0, x1): its path and verdict")
    descend.add_argument("expression")
    descend.add_argument("--optimizer", choices=KINDS, default="gd")
    descend.add_argument("--at", required=True, metavar="x0=-1.5,x1=2", help="the start")
    descend.add_argument("--steps", type=_steps, default=100, metavar="N")
    descend.add_argument("--lr", type=positive, default=None, help="learning rate η (default: the race's)")
    descend.add_argument("--beta", type=_fraction, default=None, help="momentum β, or RMSProp's α")
    descend.add_argument("--beta1", type=_fraction, default=None)
    descend.add_argument("--beta2", type=_fraction, default=None)
    descend.add_argument("--eps", type=positive, default=None)
    descend.add_argument("--weight-decay", type=_fraction, default=None, help="AdamW's decoupled decay λ")
    descend.add_argument("--schedule", choices=SCHEDULES, default="constant")
    descend.add_argument("--gamma", type=positive, default=0.5, help="factor of the step and exponential schedules")
    descend.add_argument("--period", type=_steps, default=100, help="steps between the step schedule's cuts")
    descend.add_argument("--noise", type=finite, default=0.0, metavar="SIGMA", help="σ of gradient noise (SGD)")
    descend.add_argument("--seed", type=int, default=0)
    descend.add_argument("--view", type=_view, default=None, metavar="X0,X1,Y0,Y1",
                         help="the plotted range: a run that leaves it and grows is diverged at that step")
    descend.add_argument("--json", action="store_true")


def _descend(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from guicalc.core.optimizers import DEFAULTS, NAMES
    from guicalc.core.parse import ParseError
    from guicalc.core.quadratic_theory import quadratic_theory
    from guicalc.core.race import Racer, run_race
    from guicalc.core.race_text import theory_lines
    from guicalc.core.schedules import Schedule
    from guicalc.core.surface import TwoVariableFunction

    try:
        fn = TwoVariableFunction.from_text(args.expression)
    except (ParseError, ValueError) as exc:
        raise InputError(f"{exc} in {args.expression[:60]!r}") from None
    start = assignments(args.at)
    if set(start) != set(fn.variables):
        raise InputError(f"--at: give the start as {fn.variables[0]}=…,{fn.variables[1]}=…")
    if not (args.noise >= 0 and args.gamma <= 1):
        raise InputError("--noise must be at least 0 and --gamma at most 1")
    given = {name: getattr(args, name) for name in ("lr", "beta", "beta1", "beta2", "eps", "weight_decay")}
    hp = replace(DEFAULTS[args.optimizer], **{k: v for k, v in given.items() if v is not None})
    racer = Racer(args.optimizer, hp)
    race = run_race(fn.values, fn.gradient, [start[v] for v in fn.variables], [racer], args.steps,
                    Schedule(args.schedule, args.gamma, args.period, args.steps), args.noise, args.seed, args.view)
    trail = race.trails[0]
    if args.json:
        print(json.dumps({
            "expression": args.expression, "variables": list(fn.variables), "optimizer": args.optimizer,
            "hyperparameters": hp.used(args.optimizer),
            "schedule": {"kind": args.schedule, "gamma": args.gamma, "period": args.period},
            "noise": args.noise, "seed": args.seed,
            "path": [[json_number(float(x)), json_number(float(y))] for x, y in trail.points],
            "values": [json_number(float(f)) for f in trail.values],
            "verdict": {"kind": trail.verdict.kind, "step": trail.verdict.step, "text": str(trail.verdict.text)},
        }, ensure_ascii=False))
        return 0
    print(f"{NAMES[args.optimizer]} on f({', '.join(fn.variables)}) = {args.expression}, "
          + ", ".join(f"{k} = {v:g}" for k, v in hp.used(args.optimizer).items()))
    print(trail.verdict.text)
    theory = quadratic_theory(fn.expr, fn.variables)
    if theory is not None:
        print(theory_lines(theory, race))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"descend": _descend}
