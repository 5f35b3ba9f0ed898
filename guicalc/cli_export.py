"""``guicalc export``: what the window can show, as a file — SVG, PDF, PNG, or an animation.

The flags set what the window's controls set (the type, the method, h, the rows of
the limit table, the theme, the language of the figure's text), so that a figure
such as the float16 limit table can be made with no screen.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from guicalc.cli_input import InputError, positive

FIGURE_SUFFIXES = (".svg", ".pdf", ".png")
ANIMATION_SUFFIXES = (".gif", ".mp4", ".apng", ".png")
LANGUAGES = ("en", "ko", "zh_CN")
ANIMATION_TIMEOUT = 600.0


def add_arguments(export: argparse.ArgumentParser) -> None:
    """The flags beyond the figure, its point and its size (cli.py declares those)."""
    from guicalc.core.curve_state import DTYPES, MAX_STEPS, METHODS
    from guicalc.export.animation_names import ANIMATED_FIGURES

    export.add_argument("--dtype", choices=DTYPES, default=None, help="curve and limit: the floating-point type")
    export.add_argument("--method", choices=METHODS, default=None, help="curve and limit: the difference quotient")
    export.add_argument("--h", type=positive, default=None, help="curve: the secant's step")
    export.add_argument("--rows", type=int, choices=range(1, MAX_STEPS + 1), default=None, metavar="N",
                        help=f"limit: rows of the table, h = 1e-1 … 1e-N (1 to {MAX_STEPS})")
    export.add_argument("--lang", choices=LANGUAGES, default="en", help="the language of the figure's text")
    export.add_argument("--animate", choices=tuple(ANIMATED_FIGURES), default=None,
                        help="an animation instead of a figure: the secant turning into the tangent, "
                             "a descent path walked, backpropagation stepped through the graph")
    export.add_argument("--fps", type=int, choices=range(1, 61), default=15, metavar="N",
                        help="animation: frames per second (1 to 60)")
    export.add_argument("--frames", type=int, choices=range(2, 601), default=45, metavar="N",
                        help="animation: how many frames (2 to 600)")


def budget(args: argparse.Namespace) -> float:
    """The time budget: an animation paints and encodes every frame, so the commands'
    default of a few seconds becomes a few minutes unless --timeout was given."""
    from guicalc.cli_limits import DEFAULT_TIMEOUT

    if args.animate and args.timeout == DEFAULT_TIMEOUT:
        return ANIMATION_TIMEOUT
    return args.timeout


def settings(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """{view kind: {state field: value}} from the flags given."""
    curve = {"dtype": args.dtype, "method": args.method, "h": args.h, "steps": args.rows}
    return {"curve": {name: value for name, value in curve.items() if value is not None}}


def run(args: argparse.Namespace, at: object) -> int:
    """Write the figure or animation ``args`` asks for; ``at`` is ``--at`` read for the view."""
    from guicalc.export.command import export_animation, export_figure
    from guicalc.export.figure import ExportError
    from guicalc.ui.view_tabs import figure_alone

    output = Path(args.output)
    suffix = output.suffix.lower()
    allowed = ANIMATION_SUFFIXES if args.animate else FIGURE_SUFFIXES
    if suffix not in allowed:
        raise InputError(f"cannot export {'an animation' if args.animate else 'a figure'} to {output.name!r}: "
                         f"the file must end in {', '.join(allowed)}")
    view = view_of(args)
    chosen = settings(args)

    def build() -> Any:
        return figure_alone(view, args.expression, at, args.seed, args.theme, chosen)

    title = f"guicalc: {args.expression}"
    try:
        if args.animate:
            written = export_animation(build, args.animate, args.size, output, args.fps, args.frames, args.lang)
        else:
            written = export_figure(build, args.size, output, args.scale, title=title, language=args.lang)
    except ExportError as exc:
        raise InputError(str(exc)) from None
    print(written)
    return 0


def view_of(args: argparse.Namespace) -> str:
    """The figure an animation is drawn on (--view for a figure)."""
    from guicalc.export.animation_names import ANIMATED_FIGURES

    if not args.animate:
        return args.view
    figure = ANIMATED_FIGURES[args.animate]
    if args.view not in ("curve", figure):  # curve is --view's default
        raise InputError(f"--animate {args.animate} is drawn on the {figure} view, not {args.view}")
    return figure
