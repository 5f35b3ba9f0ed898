"""What the headless commands share: reading numbers, points and expressions from the command line.

Kept apart from ``cli.py`` so that every command module (``cli``, ``cli_autodiff``) can use
the same readers without importing one another.
"""

from __future__ import annotations

import argparse
import math
from typing import Any

EXIT_BAD_INPUT = 2


MAX_VARIABLES = 100
"""Names in one command's point (``--at``) or expression: a gradient of 2 000 took 32 s."""


class InputError(Exception):
    """Bad user input: one line for stderr, exit status 2."""


class TooLargeError(Exception):
    """A task beyond the command line's size limits: one line for stderr, exit status 4."""


def check_variable_count(names: object) -> None:
    count = len(names)
    if count > MAX_VARIABLES:
        raise TooLargeError(f"{count} variables; the command line takes at most {MAX_VARIABLES}")


def finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def positive(text: str) -> float:
    value = finite(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("h must be positive")
    return value


def parse_expression(text: str) -> Any:
    from guicalc.core.parse import ParseError, parse

    try:
        return parse(text)
    except ParseError as exc:
        raise InputError(f"{exc} in {text[:60]!r}") from None


def assignments(text: str) -> dict[str, float]:
    """``x0=-1,x1=2`` as a dict, in the order given, named as the parser names them (x₁ is x1)."""
    values: dict[str, float] = {}
    parts = [p for p in (p.strip() for p in text.split(",")) if p]
    check_variable_count(parts)
    for part in parts:
        given, sep, value = part.partition("=")
        name = variable_name(given.strip())
        if not sep or name is None:
            raise InputError(f"--at wants name=value pairs such as x0=-1,x1=2, not {part!r}")
        if name in values:
            raise InputError(f"--at gives {name} twice")
        try:
            values[name] = finite(value)
        except argparse.ArgumentTypeError as exc:
            raise InputError(f"--at {name}: {exc}") from None
    if not values:
        raise InputError("--at needs at least one name=value")
    return values


def variable_option(text: str) -> str:
    """``--var``: a variable name as the parser reads it (x₁ is x1); anything else is refused."""
    name = variable_name(text)
    if name is None:
        raise argparse.ArgumentTypeError(f"a variable name such as x, t or x1, not {text[:40]!r}")
    return name


def variable_name(text: str) -> str | None:
    """The name the parser gives the variable ``text`` (``x₁`` → x1, ``alpha`` → α); None if not one."""
    from guicalc.core.parse import ParseError, parse

    try:
        expr = parse(text).expr
    except ParseError:
        return None
    return expr.name if expr.is_Symbol else None


def json_number(value: float) -> float | None:
    """JSON has no NaN: undefined values are null."""
    return value if math.isfinite(value) else None


def one_sided_json(value: float | None) -> float | str | None:
    """A one-sided slope for JSON: a number, "inf" or "-inf" (a vertical half-tangent), or null (none)."""
    if value is None or math.isnan(value):
        return None
    return value if math.isfinite(value) else ("inf" if value > 0 else "-inf")
