"""``guicalc taylor`` (Taylor polynomials and their error) and ``guicalc hessian``.

Registered in :mod:`guicalc.cli` by :func:`add_parsers` and :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from guicalc.cli_input import InputError, assignments, finite, json_number, parse_expression, variable_name


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The two subcommands' arguments."""
    from guicalc.core.taylor import MAX_DEGREE

    taylor = sub.add_parser("taylor", help="Taylor polynomial of degree n at a point, and its error f − Pₙ")
    taylor.add_argument("expression")
    taylor.add_argument("--at", type=finite, default=0.0, metavar="A", help="the centre a (default 0)")
    taylor.add_argument("--degree", type=int, choices=range(MAX_DEGREE + 1), default=5, metavar="N",
                        help=f"the degree n (0 to {MAX_DEGREE}, default 5)")
    taylor.add_argument("--var", default=None, help="the variable (default: x, or the only one)")
    taylor.add_argument("--x", default=None, metavar="X1,X2,…",
                        help="where to give the error f − Pₙ (default: a − 2 … a + 2 in steps of 0.5)")
    taylor.add_argument("--json", action="store_true")
    hessian = sub.add_parser("hessian", help="Hessian at a point: eigenvalues, kind of point, κ, 2/λₘₐₓ")
    hessian.add_argument("expression")
    hessian.add_argument("--at", required=True, metavar="x0=1,x1=1")
    hessian.add_argument("--json", action="store_true")


def _taylor(args: argparse.Namespace) -> int:
    import numpy as np

    from guicalc.core.taylor import TaylorError, TaylorSeries

    parsed = parse_expression(args.expression)
    variable = variable_name(args.var) if args.var else ("x" if "x" in parsed.symbols or not parsed.symbols
                                                         else parsed.symbols[0])
    if variable is None:
        raise InputError(f"--var: {args.var!r} is not a variable name")
    others = [s for s in parsed.symbols if s != variable]
    if others:
        raise InputError(f"the expression has other variables ({', '.join(others)}): give one variable with --var "
                         "and numbers for the rest")
    xs = [args.at + 0.5 * k for k in range(-4, 5)] if args.x is None else [_number(p) for p in args.x.split(",")]
    series = TaylorSeries(parsed.expr, variable)
    try:
        polynomial = series.polynomial(args.at, args.degree)
    except TaylorError as exc:
        raise InputError(str(exc)) from None
    errors = series.errors(polynomial, np.array(xs))
    result = {
        "expression": args.expression,
        "variable": variable,
        "at": args.at,
        "degree": args.degree,
        "coefficients": [json_number(c) for c in polynomial.coefficients],
        "polynomial": polynomial.text(unicode=False),
        "errors": [{"x": x, "error": json_number(float(e)), "abs_error": json_number(abs(float(e)))}
                   for x, e in zip(xs, errors, strict=True)],
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"P{args.degree}({variable}) at {variable} = {args.at:g}: {polynomial.text()}")
    for row in result["errors"]:
        error = "undefined" if row["error"] is None else f"{row['error']:.6e}"
        print(f"{variable} = {row['x']:g}: f − P{args.degree} = {error}")
    return 0


def _hessian(args: argparse.Namespace) -> int:
    from guicalc.core.hessian import Hessian, describe, learning_rate_caption
    from guicalc.core.symbolic import derivative, exact_value, to_text

    parsed = parse_expression(args.expression)
    point = assignments(args.at)
    missing = [s for s in parsed.symbols if s not in point]
    if missing:
        raise InputError(f"give a value for {', '.join(missing)} in --at")
    variables = list(point)
    hessian = Hessian(parsed.expr, variables)
    curvature = hessian.at(point)
    if not curvature.defined:
        raise InputError(f"the Hessian is undefined at {args.at}")
    gradient = [exact_value(derivative(parsed.expr, v), point) for v in variables]
    stationary = max(abs(g) for g in gradient) <= 1e-9 * max(1.0, abs(exact_value(parsed.expr, point)))
    bound = curvature.max_stable_learning_rate
    result = {
        "expression": args.expression,
        "variables": variables,
        "entries": [[to_text(e) for e in row] for row in hessian.entries],
        "matrix": curvature.matrix.tolist(),
        "eigenvalues": curvature.eigenvalues.tolist(),
        "eigenvectors": curvature.eigenvectors.T.tolist(),
        "classification": curvature.classification,
        "stationary": stationary,
        "condition_number": json_number(curvature.condition_number),
        "max_stable_learning_rate": bound,
        "description": str(describe(curvature, stationary)),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"H = {curvature.matrix.tolist()}")
    print(f"eigenvalues (ascending): {curvature.eigenvalues.tolist()}")
    print(result["description"])
    print(f"κ = {curvature.condition_number:g}; {learning_rate_caption(curvature)}")
    return 0


def _number(text: str) -> float:
    try:
        return finite(text.strip())
    except argparse.ArgumentTypeError as exc:
        raise InputError(f"--x: {exc}") from None


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"taylor": _taylor, "hessian": _hessian}
