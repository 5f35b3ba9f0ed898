"""Check the race's optimizers against torch.optim itself: 100 steps of each on Rosenbrock
and on the saddle, in float64, from the presets' starts, at the presets' learning rates.

torch is not a dependency of guicalc. Run with the project's Python; torch is imported
from ``--torch-python`` (a Python that has torch, e.g. a throwaway venv with
``pip install torch``), or from this Python if it has torch:

    python benchmarks/check_optimizers_against_torch.py --torch-python /tmp/torch-venv/bin/python

Prints the largest relative difference per optimizer and surface; exits 1 above 1e-12.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import asdict, replace

STEPS = 100
SURFACES = {"rosenbrock": (-1.5, 2.0), "saddle": (1.5, 1e-3)}
TOLERANCE = 1e-12


def torch_paths(spec: list[dict]) -> list[list[list[float]]]:
    """Each run of ``spec`` by torch.optim (imported here: only the worker needs torch)."""
    import torch

    functions = {
        "rosenbrock": lambda p: (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2,
        "saddle": lambda p: p[0] ** 2 - p[1] ** 2,
    }
    paths = []
    for run in spec:
        hp, kind = run["hp"], run["kind"]
        theta = torch.tensor(run["start"], dtype=torch.float64, requires_grad=True)
        optimizer = _torch_optimizer(torch, kind, theta, hp)
        path = [theta.detach().tolist()]
        for _ in range(run["steps"]):
            optimizer.zero_grad()
            functions[run["surface"]](theta).backward()
            optimizer.step()
            path.append(theta.detach().tolist())
        paths.append(path)
    return paths


def _torch_optimizer(torch, kind: str, theta, hp: dict):
    """torch.optim's optimizer for ``kind`` with the race's hyperparameters."""
    optim, lr = torch.optim, hp["lr"]
    if kind in ("gd", "momentum", "nesterov"):
        return optim.SGD([theta], lr=lr, momentum=0.0 if kind == "gd" else hp["beta"], nesterov=kind == "nesterov")
    if kind == "adagrad":
        return optim.Adagrad([theta], lr=lr, eps=hp["eps"])
    if kind == "rmsprop":
        return optim.RMSprop([theta], lr=lr, alpha=hp["beta"], eps=hp["eps"])
    betas = (hp["beta1"], hp["beta2"])
    if kind == "adam":
        return optim.Adam([theta], lr=lr, betas=betas, eps=hp["eps"])
    return optim.AdamW([theta], lr=lr, betas=betas, eps=hp["eps"], weight_decay=hp["weight_decay"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch-python", default=None, help="a Python with torch installed")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:  # in the Python that has torch: spec on stdin, paths on stdout
        json.dump(torch_paths(json.load(sys.stdin)), sys.stdout)
        return 0

    import numpy as np

    from guicalc.core.optimizer_presets import preset
    from guicalc.core.optimizers import DEFAULTS, KINDS
    from guicalc.core.race import Racer, run_race
    from guicalc.core.surface import TwoVariableFunction

    spec, ours = [], []
    for surface, start in SURFACES.items():
        chosen = preset(surface)
        fn = TwoVariableFunction.from_text(chosen.expression)
        for kind in KINDS:
            hp = replace(DEFAULTS[kind], lr=chosen.rates[kind])
            spec.append({"surface": surface, "kind": kind, "hp": asdict(hp), "start": list(start), "steps": STEPS})
            ours.append(run_race(fn.values, fn.gradient, start, [Racer(kind, hp)], STEPS).trails[0].points)
    python = args.torch_python or sys.executable
    done = subprocess.run([python, __file__, "--worker"], input=json.dumps(spec), capture_output=True, text=True)
    if done.returncode != 0:
        print(f"torch could not run in {python}:\n{done.stderr.strip().splitlines()[-1]}")
        print("Install it apart from guicalc (python -m venv /tmp/torch-venv; /tmp/torch-venv/bin/pip install "
              "torch) and pass --torch-python /tmp/torch-venv/bin/python.")
        return 2
    version = subprocess.run([python, "-c", "import torch; print(torch.__version__)"], capture_output=True,
                             text=True).stdout.strip()
    worst_all = 0.0
    print(f"torch {version}, float64, {STEPS} steps; largest ‖ours − torch‖/‖torch‖ over the path:")
    for run, mine, theirs in zip(spec, ours, json.loads(done.stdout), strict=True):
        theirs = np.array(theirs)
        worst = float(np.max(np.linalg.norm(mine - theirs, axis=1) / np.linalg.norm(theirs, axis=1)))
        worst_all = max(worst_all, worst)
        print(f"  {run['surface']:<11} {run['kind']:<9} lr={run['hp']['lr']:<8g} {worst:.2e}"
              f"{'' if worst <= TOLERANCE else '  FAIL'}")
    print(f"largest: {worst_all:.2e} ({'within' if worst_all <= TOLERANCE else 'ABOVE'} {TOLERANCE:g})")
    return 0 if worst_all <= TOLERANCE else 1


if __name__ == "__main__":
    sys.exit(main())
