"""The registry of view kinds: one entry per kind of view, and everything that lists views reads it.

A kind is the Qt-free half of a view (napari's ``layer_to_visual`` and glue's viewer
state are the models): its name, its title, the state class the Document keeps under
that name, the lesson-file section of that state (a reader per saved field, with its
limits), the settings the undo history records, the names of the figures it exports,
and optionally a Qt-free scene. The window's tabs, ``guicalc export --view``, the
self-test, the lesson file, the examples and the undo history iterate ``view_kinds()``.
The Qt half (the tab's widget and which widget each figure is) is guicalc.ui.view_tabs.

To add a kind: its state module, one ``register(ViewKind(...))`` below, one
``register_tab`` in guicalc.ui.view_tabs (docs/architecture.md walks through it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from guicalc.core.curve_state import CURVE_FIELDS, CURVE_UNDO, CurveState
from guicalc.core.graph_state import GRAPH_FIELDS, GRAPH_UNDO, GraphState
from guicalc.core.lab_state import LAB_FIELDS, LAB_UNDO, LabState
from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import Reader
from guicalc.core.taylor_state import TAYLOR_FIELDS, TAYLOR_UNDO, TaylorState
from guicalc.core.two_variable_state import TWO_VARIABLE_FIELDS, TWO_VARIABLE_UNDO, TwoVariableState
from guicalc.core.value_table import VALUE_TABLE_FIELDS, VALUE_TABLE_UNDO, ValueTableState

if TYPE_CHECKING:
    from guicalc.core.document import Document

DOCUMENT_SECTIONS = ("functions", "parameters", "view")
"""Sections of the lesson file that belong to no view kind."""


@dataclass(frozen=True)
class ViewKind:
    """One kind of view, as the core knows it."""

    name: str
    """Its key everywhere: the Document's state, the lesson's tab, the examples' ``view``."""
    title: Message
    """The tab's title, translatable (``QT_TRANSLATE_NOOP("MainWindow", ...)``)."""
    state: type
    """An evented dataclass (psygnal) whose defaults are a new lesson's."""
    fields: Mapping[str, Reader]
    """The saved fields with the reader that checks each in a file, in the order a
    loaded lesson sets them. Fields not listed are not saved."""
    undo: Mapping[str, Message | str] = field(default_factory=dict)
    """The fields the undo history records, with the name the Edit menu gives them."""
    figures: tuple[str, ...] = ()
    """What ``guicalc export --view`` offers for this kind; () means the kind's name."""
    section: str = ""
    """Its key in the lesson file; "" means the kind's name."""
    scene: Callable[[Document], Any] | None = None
    """A Qt-free scene of the document for this view, if the kind has one."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "figures", self.figures or (self.name,))
        object.__setattr__(self, "section", self.section or self.name)


_KINDS: dict[str, ViewKind] = {}


def register(kind: ViewKind) -> ViewKind:
    """Add ``kind`` after the others (its tab comes last); refuse a name, section or figure taken."""
    taken_sections = {k.section for k in _KINDS.values()} | set(DOCUMENT_SECTIONS)
    clash = (kind.name in _KINDS or kind.section in taken_sections
             or set(kind.figures) & set(figure_names()))
    if clash:
        raise ValueError(f"the view kind {kind.name!r} clashes with one registered already")
    _KINDS[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    """Remove a kind (a test's extra kind, once the test is done)."""
    del _KINDS[name]


def view_kinds() -> tuple[ViewKind, ...]:
    """Every kind, in the order of the window's tabs."""
    return tuple(_KINDS.values())


def view_kind(name: str) -> ViewKind:
    return _KINDS[name]


def figure_names() -> tuple[str, ...]:
    """Every figure of every kind: the choices of ``guicalc export --view``."""
    return tuple(figure for kind in _KINDS.values() for figure in kind.figures)


def kind_of_figure(figure: str) -> ViewKind:
    return next(kind for kind in _KINDS.values() if figure in kind.figures)


CURVE = register(ViewKind("curve", QT_TRANSLATE_NOOP("MainWindow", "Curve"), CurveState, CURVE_FIELDS,
                          CURVE_UNDO, figures=("curve", "limit")))
GRAPH = register(ViewKind("graph", QT_TRANSLATE_NOOP("MainWindow", "Graph"), GraphState, GRAPH_FIELDS,
                          GRAPH_UNDO))
SURFACE = register(ViewKind("surface", QT_TRANSLATE_NOOP("MainWindow", "Surface and field"), TwoVariableState,
                            TWO_VARIABLE_FIELDS, TWO_VARIABLE_UNDO, figures=("surface", "field"),
                            section="two_variable"))
"""The two-variable kind keeps the section name that lesson files have always used."""
LAB = register(ViewKind("lab", QT_TRANSLATE_NOOP("MainWindow", "Autodiff lab"), LabState, LAB_FIELDS, LAB_UNDO,
                        figures=("check", "jacobian", "rules", "double-backward")))
TAYLOR = register(ViewKind("taylor", QT_TRANSLATE_NOOP("MainWindow", "Taylor"), TaylorState, TAYLOR_FIELDS,
                           TAYLOR_UNDO))
VALUES = register(ViewKind("values", QT_TRANSLATE_NOOP("MainWindow", "Table of values"), ValueTableState,
                           VALUE_TABLE_FIELDS, VALUE_TABLE_UNDO))
