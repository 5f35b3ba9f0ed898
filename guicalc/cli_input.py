"""What the headless commands share: reading numbers, points and expressions from the command line.

Kept apart from ``cli.py`` so that every command module (``cli``, ``cli_autodiff``) can use
the same readers without importing one another.
"""

from __future__ import annotations

import argparse
import math
from typing import Any

EXIT_BAD_INPUT = 2


class InputError(Exception):
    """Bad user input: one line for stderr, exit status 2."""


def finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def attached_negative_values(argv: list[str]) -> list[str]:
    """``--at -1e-6`` as ``--at=-1e-6``: argparse takes a value that starts with '-' for an
    option unless it looks like ``-1`` or ``-.5``, so ``-1e-6`` and ``-2.5e3`` were refused."""
    result: list[str] = []
    for i, arg in enumerate(argv):
        if result and result[-1].startswith("--") and "=" not in result[-1] and arg.startswith("-") \
                and _is_number(arg) and i > 0:
            result[-1] = f"{result[-1]}={arg}"
        else:
            result.append(arg)
    return result


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


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
    for part in filter(None, (p.strip() for p in text.split(","))):
        given, sep, value = part.partition("=")
        name = variable_name(given.strip())
        if not sep or name is None:
            raise InputError(f"--at wants name=value pairs such as x0=-1,x1=2, not {part!r}")
        try:
            values[name] = finite(value)
        except argparse.ArgumentTypeError as exc:
            raise InputError(f"--at {name}: {exc}") from None
    if not values:
        raise InputError("--at needs at least one name=value")
    return values


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
