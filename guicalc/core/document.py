"""The lesson being worked on: functions, the point, the quotient settings, the views.

Observable state objects (psygnal, no Qt): widgets write here, views listen here.
Each field's comment says what a user sees it as.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from psygnal import evented
from psygnal.containers import EventedList

from guicalc.core.lab_state import SAVED as LAB_SAVED
from guicalc.core.lab_state import LabState
from guicalc.core.two_variable_state import SAVED, TwoVariableState

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
DEFAULT_EXPRESSION = "3x^2 - 4x"
TABS = ("curve", "graph", "surface", "lab")
THEMES = ("light", "dark", "projector")


@evented
@dataclass
class FunctionState:
    """One row of the function list."""

    text: str = DEFAULT_EXPRESSION
    """What the user typed; may be invalid while they type."""
    color: str = PALETTE[0]
    visible: bool = True


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
class CurveState:
    """The point on the curve and how its derivative is approximated."""

    variable: str = "x"
    x: float = 1.0
    """The point where the tangent touches."""
    h: float = 0.1
    """The secant's step."""
    method: str = "forward"
    dtype: str = "float64"
    steps: int = 8
    """Rows of the limit table: h = 10⁻¹ … 10⁻ⁿ."""
    show_first: bool = True
    show_second: bool = False
    show_secant: bool = True
    x_range: tuple[float, float] = (-1.0, 3.0)
    """The visible part of the axis, and the range sampled."""


@evented
@dataclass
class ViewState:
    """How the lesson is looked at."""

    tab: str = "curve"
    """The view shown: one of ``TABS`` (surface is the surface-and-field tab)."""
    theme: str | None = None
    """One of ``THEMES``; None keeps the user's own choice."""


@evented
@dataclass
class GraphState:
    """The computational-graph tab's inputs, as the user typed them."""

    inputs: dict[str, str] = field(default_factory=dict)
    """The text of each input's field: a number or a vector such as [0, 1, 2]."""
    seed: str = ""
    """The upstream gradient v for a vector output; empty means 1."""


@dataclass
class Document:
    """Everything a lesson saves: the functions with the curve settings, the graph's
    inputs, the two-variable views' settings, and which view and theme are shown."""

    functions: EventedList = field(default_factory=lambda: EventedList([FunctionState()]))
    parameters: dict[str, ParameterState] = field(default_factory=dict)
    curve: CurveState = field(default_factory=CurveState)
    graph: GraphState = field(default_factory=GraphState)
    two_variable: TwoVariableState = field(default_factory=TwoVariableState)
    lab: LabState = field(default_factory=LabState)
    view: ViewState = field(default_factory=ViewState)

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
        for name in ("variable", "x_range", "method", "dtype", "h", "steps",
                     "show_first", "show_second", "show_secant", "x"):
            setattr(self.curve, name, getattr(other.curve, name))
        self.graph.inputs, self.graph.seed = dict(other.graph.inputs), other.graph.seed
        for name in SAVED:
            setattr(self.two_variable, name, getattr(other.two_variable, name))
        for name in LAB_SAVED:
            setattr(self.lab, name, getattr(other.lab, name))
        self.view.theme = other.view.theme
        self.view.tab = other.view.tab  # last: the tab opens on content already in place

    def parameter_values(self) -> dict[str, float]:
        return {name: p.value for name, p in self.parameters.items()}
