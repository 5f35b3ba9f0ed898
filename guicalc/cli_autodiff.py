"""``guicalc check`` (the gradient cross-check table) and ``guicalc jacobian``.

Registered in :mod:`guicalc.cli` by :func:`add_parsers` and :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from guicalc.cli_input import InputError, assignments, finite, json_number, parse_expression, positive, variable_option


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The two subcommands' arguments."""
    from guicalc.core.difference import DTYPES

    check = sub.add_parser("check", help="gradient check: every method's derivative against the exact value")
    check.add_argument("expression")
    check.add_argument("--at", required=True, metavar="x=1 | a=50,b=70,c=2",
                       help="the point (a bare number when the expression has one variable)")
    check.add_argument("--var", type=variable_option, default=None,
                       help="the variable to differentiate by (default: x or the only one)")
    check.add_argument("--dtype", choices=DTYPES, default="float64", help="dtype of the difference quotients")
    check.add_argument("--h", type=positive, default=None,
                       help="step of the differences (default: √ε one-sided, ∛ε central, times max(1, |x|))")
    check.add_argument("--tolerance", type=positive, default=None,
                       help="relative tolerance for pass/fail (default by dtype: 1e-6, 1e-2, 1e-1)")
    check.add_argument("--json", action="store_true")
    jacobian = sub.add_parser("jacobian", help="Jacobian of a vector function, column by column or row by row")
    jacobian.add_argument("expression", help="components in brackets: '[x0*x1, sin(x0), x0 + x1^2]'")
    jacobian.add_argument("--at", required=True, metavar="x0=1,x1=2")
    jacobian.add_argument("--mode", choices=("forward", "reverse"), default="reverse",
                          help="forward: one JVP per input (columns); reverse: one VJP per output (rows)")
    jacobian.add_argument("--seed", default=None, metavar="V", help="also give vᵀJ for this v (one per output)")
    jacobian.add_argument("--direction", default=None, metavar="V", help="also give J·v for this v (one per input)")
    jacobian.add_argument("--json", action="store_true")


def _check(args: argparse.Namespace) -> int:
    from guicalc.core.crosscheck import METHOD_NAMES, CrossCheckError, cross_check
    from guicalc.core.symbolic import format_number, to_text

    parsed = parse_expression(args.expression)
    if not parsed.symbols:
        raise InputError("the expression has no variable, so there is nothing to differentiate")
    variable = args.var if args.var else ("x" if "x" in parsed.symbols else parsed.symbols[0])
    if "=" in args.at:
        point = assignments(args.at)
    else:
        point = {variable: finite(args.at.strip())} if len(parsed.symbols) == 1 else None
        if point is None:
            raise InputError("--at: give every variable a value, such as a=50,b=70,c=2")
    try:
        table = cross_check(parsed.expr, point, variable or "", args.dtype, args.h, args.tolerance)
    except CrossCheckError as exc:
        raise InputError(str(exc)) from None
    if args.json:
        rows = [{"method": r.method, "value": _maybe(r.value), "relative_error": _maybe(r.relative_error),
                 "passed": r.passed, "h": r.h, "note": r.note} for r in table.rows]
        print(json.dumps({"expression": args.expression, "variable": table.variable,
                          "derivative": to_text(table.derivative), "exact": json_number(table.exact),
                          "dtype": table.dtype, "tolerance": table.tolerance, "kink": table.kink, "rows": rows},
                         ensure_ascii=False))
        return 0
    print(f"d/d{table.variable} {to_text(parsed.expr)} = {to_text(table.derivative)}")
    print(f"exact (50 digits) = {format_number(table.exact, 17)}; tolerance {table.tolerance:g} relative, "
          f"differences in {table.dtype}")
    for r in table.rows:
        value = "—" if r.value is None else format_number(r.value, 17)
        error = "—" if r.relative_error is None else f"{r.relative_error:.2e}"
        verdict = "pass" if r.passed else "FAIL"
        print(f"{METHOD_NAMES[r.method]:<32} {value:>24}  {error:>9}  {verdict}" + (f"  ({r.note})" if r.note else ""))
    return 0


def _jacobian(args: argparse.Namespace) -> int:
    import numpy as np

    from guicalc.core.autodiff import AutodiffError
    from guicalc.core.jacobian import VectorTrace, parse_vector
    from guicalc.core.parse import ParseError
    from guicalc.core.vectors import parse_value

    try:
        function = parse_vector(args.expression)
    except ParseError as exc:
        raise InputError(f"{exc} in {args.expression[:60]!r}") from None
    try:
        trace = VectorTrace(function, assignments(args.at))
        built = trace.build(args.mode)
        extra = {}
        if args.seed is not None:
            extra["vjp"] = trace.vjp(parse_value(args.seed, "--seed")).tolist()
        if args.direction is not None:
            extra["jvp"] = trace.jvp(parse_value(args.direction, "--direction")).tolist()
    except (AutodiffError, ValueError) as exc:
        raise InputError(str(exc)) from None
    m, n = function.shape
    if args.json:
        print(json.dumps({"expression": args.expression, "inputs": list(function.inputs),
                          "jacobian": [[_maybe(float(v)) for v in row] for row in built.jacobian],
                          "passes": built.pass_count, "mode": built.mode, **extra}, ensure_ascii=False))
        return 0
    how = "column by column (one JVP per input)" if built.mode == "forward" else "row by row (one VJP per output)"
    print(f"J ({m} × {n}), {how}: {built.pass_count} passes")
    with np.printoptions(precision=12, suppress=True):
        print(built.jacobian)
    for key, value in extra.items():
        print(f"{key}: {value}")
    return 0


def _maybe(value: float | None) -> float | None:
    return None if value is None else json_number(value)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"check": _check, "jacobian": _jacobian}
