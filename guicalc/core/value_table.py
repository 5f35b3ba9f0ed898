"""The table of values view: x, f(x), f′(x) and each other function, as a graphing calculator lists them.

The x column is filled by a step (``start``, ``step``, ``rows``) or typed cell by cell
(``xs``). The rows are a Qt-free function of the document and this state
(:func:`value_rows`): the table, its exported figure and the points the curve plot
draws for it all read them. Values are exact (50 digits, rounded), as the readouts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from psygnal import evented

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import Reader, boolean, expect_list, integer, number

if TYPE_CHECKING:
    from guicalc.core.document import Document

MAX_ROWS = 100


@evented
@dataclass
class ValueTableState:
    """Which x the table of values lists and whether the plot shows its points."""

    start: float = 0.0
    step: float = 0.5
    rows: int = 5
    """x = start, start + step, …: ``rows`` values, when no x was typed."""
    xs: tuple[float, ...] = ()
    """The x column as the user typed it; empty: filled by the step."""
    show_points: bool = True
    """Draw (x, f(x)) of every row on the curve plot."""

    def x_column(self) -> tuple[float, ...]:
        """The x of each row: typed, or filled by the step (rounded as typed: 0.1·3 is 0.3)."""
        if self.xs:
            return self.xs
        return tuple(float(f"{self.start + i * self.step:.12g}") for i in range(self.rows))


def _numbers(value: object, where: str) -> tuple[float, ...]:
    read = number()
    return tuple(read(v, f"{where}[{i}]") for i, v in enumerate(expect_list(value, where, MAX_ROWS)))


VALUE_TABLE_FIELDS: dict[str, Reader] = {
    "start": number(), "step": number(positive=True, high=1e6), "rows": integer(1, MAX_ROWS), "xs": _numbers,
    "show_points": boolean,
}
VALUE_TABLE_UNDO: dict[str, Message | str] = {
    "start": QT_TRANSLATE_NOOP("DocumentHistory", "table start"),
    "step": QT_TRANSLATE_NOOP("DocumentHistory", "table step"),
    "rows": QT_TRANSLATE_NOOP("DocumentHistory", "table rows"),
    "xs": QT_TRANSLATE_NOOP("DocumentHistory", "table x values"),
    "show_points": QT_TRANSLATE_NOOP("DocumentHistory", "table points on the plot"),
}


@dataclass(frozen=True)
class ValueRows:
    """The table as shown: column headers, then one row of values per x (NaN: undefined)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[float, ...], ...]
    functions: tuple[int, ...]
    """The index in the function list of each column after x and f′."""

    def points(self) -> list[tuple[float, float]]:
        """(x, f(x)) of the first function, for the plot."""
        return [(row[0], row[1]) for row in self.rows] if len(self.headers) > 1 else []


def column_name(parsed_name: str | None, index: int) -> str:
    """A function's name in the headers: its own (g), else f, f₂, f₃… by its row."""
    if parsed_name:
        return parsed_name
    return "f" if index == 0 else "f" + str(index + 1).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def value_rows(document: Document, state: ValueTableState, first: int = 0) -> ValueRows:
    """x, f(x), f′(x) of function ``first`` and each other function's value, at each x.

    A function that does not parse, or has two variables, has no column; the first
    function's parameters take the document's slider values.
    """
    from guicalc.core.analysis import CurveAnalysis
    from guicalc.core.curve_scene import curve_variable
    from guicalc.core.parse import ParseError

    values = document.parameter_values()
    analyses: list[tuple[int, CurveAnalysis]] = []
    functions = list(document.functions)
    order = [first, *(i for i in range(len(functions)) if i != first)]
    for i in order:
        try:
            parsed = functions[i].parsed()
        except ParseError:
            continue
        variable = parsed.variable or curve_variable(parsed.symbols, document.curve.variable)
        if variable is None:
            continue
        params = {name: values.get(name, 1.0) for name in parsed.symbols if name != variable}
        analyses.append((i, CurveAnalysis(parsed, variable, params)))
    if not analyses or analyses[0][0] != first:
        return ValueRows(("x",), tuple((x,) for x in state.x_column()), ())
    (_, main), others = analyses[0], analyses[1:]
    name = column_name(main.parsed.name, first)
    v = main.variable
    headers = (v, f"{name}({v})", f"{name}′({v})",
               *(f"{column_name(a.parsed.name, i)}({v})" for i, a in others))
    rows = tuple((x, main.exact(0, x), main.exact(1, x), *(a.exact(0, x) for _, a in others))
                 for x in state.x_column())
    return ValueRows(headers, rows, tuple(i for i, _ in analyses))
