"""``guicalc``: the window by default, and headless commands over core/.

``guicalc derive``, ``guicalc gradient``, ``guicalc graph``: the notes' numbers, as text or JSON.
A bad expression exits with status 2 and one line on stderr naming the problem
and its column. Qt is imported only when a window is wanted.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence

from guicalc.cli_input import (
    EXIT_BAD_INPUT,
    InputError,
    TooLargeError,
    assignments,
    check_variable_count,
    finite,
    json_number,
    one_sided_json,
    parse_expression,
    positive,
    variable_option,
)

MAX_PIXELS = 64_000_000
"""Pixels of an exported PNG (8000×8000 at scale 1, 4000×4000 at 2): 4.7 GB were needed for 1 024 million."""


def main(argv: Sequence[str] | None = None) -> int:
    """``argv`` None: the process's own arguments (a real process, where the time budget may end it)."""
    in_process = argv is not None
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"derive": _derive, "gradient": _gradient, "graph": _graph, "export": _export}
    if argv and argv[0] in ("check", "jacobian"):
        from guicalc import cli_autodiff

        commands.update(cli_autodiff.COMMANDS)
    if argv and argv[0] in ("taylor", "hessian"):
        from guicalc import cli_second_order

        commands.update(cli_second_order.COMMANDS)
    if argv and argv[0] == "descend":
        from guicalc import cli_descend

        commands.update(cli_descend.COMMANDS)
    if argv and argv[0] in commands:
        from guicalc import cli_limits

        parser = _parser()
        args = parser.parse_args(cli_limits.joined_negative_numbers(argv))
        if args.command == "export":
            from guicalc import cli_export

            args.timeout = cli_export.budget(args)
        return cli_limits.run_bounded(lambda: _run(commands[args.command], args), args.timeout, hard=not in_process)
    from guicalc.app import run

    return run(argv)


def _run(command: object, args: argparse.Namespace) -> int:
    try:
        return command(args)
    except InputError as exc:
        print(f"guicalc: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    from guicalc.core.curve_state import DTYPES, METHODS
    from guicalc.core.view_kinds import figure_names

    parser = argparse.ArgumentParser(prog="guicalc", description="Calculus the way deep learning uses it.")
    sub = parser.add_subparsers(dest="command", required=True)
    derive = sub.add_parser("derive", help="derivative, tangent and difference quotients at a point")
    derive.add_argument("expression")
    derive.add_argument("--at", required=True, type=finite, metavar="X")
    derive.add_argument("--var", type=variable_option, default=None, help="the variable (default: x, or the only one)")
    derive.add_argument("--method", choices=METHODS, default="forward")
    derive.add_argument("--h", type=positive, default=None, help="step for the single quotient (default 1e-4)")
    derive.add_argument("--dtype", choices=DTYPES, default="float64")
    derive.add_argument("--steps", type=int, choices=range(1, 21), default=8, metavar="N",
                        help="rows of the limit table, h = 1e-1 … 1e-N (1 to 20)")
    derive.add_argument("--json", action="store_true")
    gradient = sub.add_parser("gradient", help="exact and numerical gradient at a point")
    gradient.add_argument("expression")
    gradient.add_argument("--at", required=True, metavar="x0=-1,x1=2")
    gradient.add_argument("--json", action="store_true")
    graph = sub.add_parser("graph", help="computational graph: forward values and backpropagated gradients")
    graph.add_argument("expression")
    graph.add_argument("--at", required=True, metavar="a=50,b=70,x=[0,1,2,3]")
    graph.add_argument("--seed", default=None, metavar="V",
                       help="upstream gradient v for a vector output (vᵀJ), e.g. [1,1,1,1]")
    graph.add_argument("--expand", action="store_true", help="expand sigmoid and softplus into exp, +, 1/x")
    graph.add_argument("--json", action="store_true")
    export = sub.add_parser("export", help="write a figure as SVG, PDF or PNG, or an animation, with no screen")
    export.add_argument("expression")
    export.add_argument("--view", choices=figure_names(), default="curve")
    export.add_argument("--at", default=None, metavar="X | X0,X1 | a=50,b=70",
                        help="the point: x for curve and limit (default 1), x0,x1 for surface and field, "
                             "the inputs for graph as in 'guicalc graph'")
    export.add_argument("--seed", default=None, metavar="V", help="graph: upstream gradient v for a vector output")
    export.add_argument("--size", type=_size, default=(1280, 720), metavar="WxH",
                        help="the figure's size in pixels (default 1280x720, a 16:9 slide)")
    export.add_argument("--theme", choices=("light", "dark", "projector"), default="light")
    export.add_argument("--scale", type=int, choices=(1, 2, 4), default=1, help="PNG pixel scale")
    export.add_argument("-o", "--output", required=True, metavar="FILE.svg|.pdf|.png|.gif|.mp4")
    from guicalc import cli_export

    cli_export.add_arguments(export)
    from guicalc import cli_autodiff

    cli_autodiff.add_parsers(sub)
    from guicalc import cli_second_order

    cli_second_order.add_parsers(sub)
    from guicalc import cli_descend

    cli_descend.add_parser(sub)
    from guicalc import cli_limits

    cli_limits.add_timeout(sub)
    return parser


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()) or not (100 <= int(width) <= 8000
                                                                  and 100 <= int(height) <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: give the size as WxH, from 100x100 to 8000x8000")
    return int(width), int(height)


def _derive(args: argparse.Namespace) -> int:
    from guicalc.core import symbolic
    from guicalc.core.analysis import CurveAnalysis
    from guicalc.core.curve_scene import curve_variable, limit_lab, point_snapshot
    from guicalc.core.curve_state import CurveState
    from guicalc.core.difference import DEFAULT_H

    parsed = parse_expression(args.expression)
    if args.var is None and len(parsed.symbols) > 1 and "x" not in parsed.symbols:
        # The window makes the others parameters with sliders; here they would have no value.
        raise InputError(f"the expression has several variables ({', '.join(parsed.symbols)}): "
                         "choose one with --var")
    variable = args.var or curve_variable(parsed.symbols) or parsed.symbols[0]  # f(x, y): say y needs a value
    if variable not in parsed.symbols and parsed.symbols:
        raise InputError(f"the expression has no variable {variable!r} (it has {', '.join(parsed.symbols)})")
    try:
        analysis = CurveAnalysis(parsed, variable, inline_nodes=None)  # no window to keep answering
    except ValueError as exc:
        raise InputError(str(exc)) from None
    x = args.at
    dq = analysis.quotients(args.method, args.dtype)
    single = dq.at(x, args.h) if args.h else (dq.best(x) if args.method == "auto" else dq.at(x, DEFAULT_H))
    verdict = analysis.differentiability(x)
    if not verdict.exists:  # a quotient is still a number; it must not pass for f′
        single = type(single)(single.h, None if args.method == "auto" else single.value,
                              f"{verdict.why} ({single.note})" if single.note and args.method != "auto"
                              else verdict.why)
    # What the window shows at this point: the same tangent, table and sentences.
    state = CurveState(variable=variable, x=x, method=args.method, dtype=args.dtype, steps=args.steps,
                       show_secant=False)
    snapshot, lab = point_snapshot(analysis, state), limit_lab(analysis, state)
    tangent, rows = snapshot.tangent, lab.rows
    result = {
        "expression": args.expression,
        "parsed": symbolic.to_text(parsed.expr),
        "variable": variable,
        "derivative": symbolic.to_text(analysis.derivative(1)),
        "latex": symbolic.to_latex(analysis.derivative(1)),
        "at": x,
        "value": json_number(tangent.y),
        "slope": json_number(tangent.slope),
        "differentiable": verdict.exists,
        "no_derivative": verdict.why,
        "left_slope": one_sided_json(verdict.left),
        "right_slope": one_sided_json(verdict.right),
        "tangent": {"slope": json_number(tangent.slope), "intercept": json_number(tangent.intercept),
                    "equation": tangent.equation(variable)},
        "method": args.method if args.method != "auto" else f"auto ({single.kind or dq.auto_kind})",
        "error_estimate": single.error,
        "dtype": dq.dtype,
        "h": single.h,
        "numeric": single.value,
        "numeric_note": single.note,
        "limit_table": [{"h": r.h, "quotient": r.quotient, "error": r.error, "note": r.note}
                        for r in rows],
        "readout": snapshot.readout,
        "limit_caption": lab.caption,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"f({variable}) = {result['parsed']}")
    print(f"{args.method} difference quotient in {dq.dtype} at {variable} = {symbolic.format_number(x)}:")
    for r in rows:
        h_text = f"{r.h:.5f}" if r.h >= 1e-5 else f"{r.h:.1e}"
        q_text = "undefined" if r.quotient is None else f"{r.quotient:.5f}"
        line = f"h={h_text}, numerical limit={q_text}"
        print(f"{line}   ({r.note})" if r.note else line)
    print(f"f'({variable}) = {result['derivative']}")
    print(verdict.why if not verdict.exists else
          f"f'({symbolic.format_number(x)}) = {symbolic.format_number(tangent.slope, 12)}")
    print(f"tangent at {variable} = {symbolic.format_number(x)}: {tangent.equation(variable)}")
    return 0


def _gradient(args: argparse.Namespace) -> int:
    import numpy as np

    from guicalc.core import symbolic
    from guicalc.core.gradient import numeric_gradient

    parsed = parse_expression(args.expression)
    check_variable_count(parsed.symbols)
    point = assignments(args.at)
    missing = [s for s in parsed.symbols if s not in point]
    if missing:
        raise InputError(f"give a value for {', '.join(missing)} in --at")
    variables = [v for v in point if v in parsed.symbols] or list(point)
    partials = symbolic.gradient(parsed.expr, variables)
    exact = [symbolic.exact_value(p, point) for p in partials]
    numeric = numeric_gradient(parsed.expr, variables, np.array([point[v] for v in variables]))
    norm = math.sqrt(sum(g * g for g in exact))
    result = {
        "expression": args.expression,
        "variables": variables,
        "partials": [symbolic.to_text(p) for p in partials],
        "gradient": [json_number(g) for g in exact],
        "numeric_gradient": [json_number(float(g)) for g in numeric],
        "norm": json_number(norm),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for v, p, g in zip(variables, result["partials"], exact, strict=True):
        print(f"∂f/∂{v} = {p} = {symbolic.format_number(g, 12)}")
    grad = ", ".join(symbolic.format_number(g, 12) for g in exact)
    print(f"∇f = ({grad}), |∇f| = {symbolic.format_number(norm, 12)}")
    return 0


def _graph(args: argparse.Namespace) -> int:
    from guicalc.core import autodiff_text
    from guicalc.core.autodiff import Graph
    from guicalc.core.autodiff_notes import gradient_notes
    from guicalc.core.vectors import parse_assignments, parse_value, to_json

    parsed = parse_expression(args.expression)
    check_variable_count(parsed.symbols)
    try:
        graph = Graph(parsed.expr, expand=args.expand)
        trace = graph.evaluate(parse_assignments(args.at))
        flow = trace.backward(None if args.seed is None else parse_value(args.seed, "--seed"))
    except ValueError as exc:  # AutodiffError is a ValueError too
        raise InputError(str(exc)) from None
    notes = gradient_notes(trace)
    if not args.json:
        print(autodiff_text.report(trace, flow))
        for note in notes:
            print(f"note: {note}")
        return 0
    nodes = [{"id": n.id, "op": n.op_name, "label": n.label, "text": n.text, "inputs": list(n.inputs),
              "value": to_json(trace.values[n.id]),
              "grad": to_json(flow.nodes[n.id]) if n.id in flow.nodes else None} for n in graph.nodes]
    result = {
        "expression": args.expression,
        "output": to_json(trace.output),
        "gradients": {name: to_json(flow.nodes[i]) for name, i in graph.inputs.items()},
        "nodes": nodes,
        "notes": notes,
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _export(args: argparse.Namespace) -> int:
    from guicalc import cli_export

    pixels = args.size[0] * args.size[1] * args.scale ** 2
    if pixels > MAX_PIXELS:
        raise TooLargeError(f"{args.size[0] * args.scale}x{args.size[1] * args.scale} pixels is more than "
                            f"{MAX_PIXELS // 1_000_000} million: choose a smaller --size or --scale")
    return cli_export.run(args, _export_point(cli_export.view_of(args), args.expression, args.at))


def _export_point(view: str, expression: str, at: str | None) -> object:
    """Check ``expression`` for ``view`` and read ``--at`` as that view wants it."""
    from guicalc.core.parse import ParseError
    from guicalc.core.view_kinds import kind_of_figure

    parsed = parse_expression(expression)
    kind = kind_of_figure(view).name
    if kind == "graph":
        from guicalc.core.vectors import parse_assignments

        try:
            return None if at is None else parse_assignments(at)
        except ValueError as exc:
            raise InputError(f"--at: {exc}") from None
    if kind == "lab":  # the lab's point field: a=50, b=70, c=2, or a number for the only variable
        return None if at is None else _lab_point(parsed.symbols, at)
    if kind in ("surface", "race"):
        from guicalc.core.surface import TwoVariableFunction

        try:
            TwoVariableFunction.from_text(expression)
        except (ParseError, ValueError) as exc:
            raise InputError(f"{exc} in {expression[:60]!r}") from None
        if at is None:
            return None
        point = list(assignments(at).values()) if "=" in at else [_at_number(p) for p in at.split(",")]
        if len(point) != 2:
            raise InputError(f"--at for the {view} view is the point x0,x1 (two numbers), not {at!r}")
        return tuple(point)
    if len(parsed.symbols) > 1 and "x" not in parsed.symbols:
        raise InputError(f"the {view} view needs x or a single variable; {expression!r} has "
                         f"{', '.join(parsed.symbols)}")
    return 1.0 if at is None else _at_number(at)


def _lab_point(symbols: tuple[str, ...], at: str) -> str:
    from guicalc.core.vectors import parse_assignments

    if "=" not in at:
        if len(symbols) > 1:
            raise InputError(f"--at for the lab names each input, e.g. {'=1,'.join(symbols)}=1")
        at = f"{symbols[0] if symbols else 'x'}={_at_number(at)}"
    try:
        parse_assignments(at)
    except ValueError as exc:
        raise InputError(f"--at: {exc}") from None
    return at


def _at_number(text: str) -> float:
    try:
        return finite(text.strip())
    except argparse.ArgumentTypeError as exc:
        raise InputError(f"--at: {exc}") from None
