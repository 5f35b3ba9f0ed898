"""The lesson being worked on: functions, the point, the quotient settings, the views.

Observable state objects (psygnal, no Qt): widgets write here, views listen here.
Each field's comment says what a user sees it as.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psygnal import evented
from psygnal.containers import EventedList

from guicalc.core.curve_state import CurveState
from guicalc.core.graph_state import GraphState
from guicalc.core.two_variable_state import TwoVariableState
from guicalc.core.view_kinds import view_kinds

if TYPE_CHECKING:  # parse brings sympy, which a Document (and the window's first paint) does without
    from guicalc.core.parse import Parsed

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#000000", "#F0E442")
"""The functions' colours: Okabe–Ito without the tangent's vermillion, the secant's green,
f′'s sky blue and f″'s purple, so a second function is never taken for one of them."""
FUNCTION_NAMES = "fghpqruvw"
"""The functions' names in the editor, the legend and the readout, in the list's order."""
DEFAULT_EXPRESSION = "3x^2 - 4x"
THEMES = ("light", "dark", "projector")


def function_name(index: int) -> str:
    """The name of the function at ``index`` in the list: f, g, h, p, …, then f₁₀, f₁₁, …"""
    if index < len(FUNCTION_NAMES):
        return FUNCTION_NAMES[index]
    return "f" + str(index + 1).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


@evented
@dataclass
class FunctionState:
    """One row of the function list."""

    text: str = DEFAULT_EXPRESSION
    """What the user typed; may be invalid while they type."""
    color: str = PALETTE[0]
    visible: bool = True

    def parsed(self) -> Parsed:
        """``text`` parsed, or the ParseError raised: once per text, however many views ask.

        The editor's error line, the curve, its parameters, the graph and the surface all
        ask here, so one keystroke parses the text once. When rows of the list define named
        functions (``f(x) = x^2``), the calls of them are put in (guicalc.core.definitions).
        """
        from guicalc.core.definitions import definition_name, resolve
        from guicalc.core.parse import ParseError, parse

        # With named functions (f(x) = …) in the list, a row's meaning depends on the others.
        rows = getattr(self, "_rows", None)
        mine = rows is not None and any(f is self for f in rows)
        texts = [f.text for f in rows] if mine else [self.text]
        named = any(definition_name(t) for t in texts)
        key = (self.text, tuple(texts) if named else None)
        known, result = getattr(self, "_parsed", (None, None))
        if known != key:
            try:
                index = next(i for i, f in enumerate(rows) if f is self) if mine else 0
                result = resolve(texts, index) if named else parse(self.text)
            except ParseError as exc:
                result = exc
            object.__setattr__(self, "_parsed", (key, result))
        if isinstance(result, ParseError):
            raise result.copy()  # a fresh traceback each time
        return result


@evented
@dataclass
class ParameterState:
    """A free symbol other than the variable (a, b, k…), shown as a slider."""

    name: str
    value: float = 1.0
    minimum: float = -5.0
    maximum: float = 5.0


@evented
@dataclass
class ViewState:
    """How the lesson is looked at."""

    tab: str = "curve"
    """The view shown: the name of a registered view kind (guicalc.core.view_kinds)."""
    theme: str | None = None
    """One of ``THEMES``; None keeps the user's own choice."""


@dataclass
class Document:
    """Everything a lesson saves: the functions and parameters, one state per view kind,
    and which view and theme are shown."""

    functions: EventedList = field(default_factory=lambda: EventedList([FunctionState()]))
    parameters: dict[str, ParameterState] = field(default_factory=dict)
    view: ViewState = field(default_factory=ViewState)
    states: dict[str, Any] = field(default_factory=dict)
    """Each registered view kind's state under the kind's name; a kind not given starts at its defaults."""

    def __post_init__(self) -> None:
        for kind in view_kinds():
            self.states.setdefault(kind.name, kind.state())
        for f in self.functions:
            self._adopt(f)
        self.functions.events.inserted.connect(lambda _, f: self._adopt(f))

    def _adopt(self, f: FunctionState) -> None:
        """Let ``f`` see the list it is in: its named functions (f(x) = …) are the other rows'."""
        object.__setattr__(f, "_rows", self.functions)

    @property
    def curve(self) -> CurveState:
        return self.states["curve"]

    @property
    def graph(self) -> GraphState:
        return self.states["graph"]

    @property
    def two_variable(self) -> TwoVariableState:
        return self.states["surface"]

    def name_of(self, function: FunctionState) -> str:
        """f, g, h, … by the function's place in the list (f₁₀ … past the letters)."""
        index = next((i for i, f in enumerate(self.functions) if f is function), 0)
        return function_name(index)

    def next_color(self) -> str:
        used = {f.color for f in self.functions}
        return next((c for c in PALETTE if c not in used), PALETTE[len(self.functions) % len(PALETTE)])

    def replace_with(self, other: Document) -> None:
        """Take ``other``'s content into this document's own state objects.

        Views stay bound to this document's objects, so a loaded lesson is copied in
        rather than swapped: every change is announced as if the user had made it.
        """
        for name, state in other.parameters.items():
            mine = self.parameters.get(name)
            if mine is None:
                self.parameters[name] = state
            else:
                mine.minimum, mine.maximum, mine.value = state.minimum, state.maximum, state.value
        while len(self.functions) > 1:
            self.functions.pop()
        first, *rest = other.functions
        mine = self.functions[0]
        mine.text, mine.color, mine.visible = first.text, first.color, first.visible
        self.functions.extend(rest)
        for kind in view_kinds():  # each kind's saved fields, in the order its section lists them
            mine, theirs = self.states[kind.name], other.states[kind.name]
            for name in kind.fields:
                setattr(mine, name, getattr(theirs, name))
        self.view.theme = other.view.theme
        for name in [n for n in self.parameters if n not in other.parameters]:
            del self.parameters[name]  # New and Open replace the parameters too: the views read them again
        self.view.tab = other.view.tab  # last: the tab opens on content already in place

    def parameter_values(self) -> dict[str, float]:
        return {name: p.value for name, p in self.parameters.items()}
