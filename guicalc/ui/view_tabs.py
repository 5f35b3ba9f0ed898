"""The Qt half of the registry of view kinds: each kind's tab in the main window and its figures.

guicalc.core.view_kinds says what a kind is (name, title, state, lesson section,
undo); an entry here says how the window shows it: ``make`` builds the tab's widget
on the window's document, ``figures`` names the widgets that export as figures, and
``show_example`` opens an example of the notes in it. The window's tabs and Alt+N
keys, the self-test and ``guicalc export`` iterate these entries.

A new kind: one ``register_tab(ViewTab(...))`` below, next to its core entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from guicalc.core.view_kinds import view_kind

if TYPE_CHECKING:
    from guicalc.core.examples import Example
    from guicalc.ui.main_window import MainWindow


@dataclass(frozen=True)
class ViewTab:
    """How the main window shows one view kind."""

    kind: str
    """The name of a registered ``ViewKind``."""
    make: Callable[[MainWindow], QtWidgets.QWidget]
    """Builds the tab's widget, bound to ``window.document.states[kind]`` (the window adds it)."""
    figures: Callable[[MainWindow], Mapping[str, QtWidgets.QWidget]]
    """{figure name: the widget exported}, one per name in the kind's ``figures``."""
    lazy: bool = False
    """Built the first time it is shown, not with the window (the surface brings OpenGL)."""
    show_example: Callable[[MainWindow, Example], Any] | None = None
    """Puts an example's inputs in the tab; None: the tab shows the example's function as it is."""


_TABS: dict[str, ViewTab] = {}


def register_tab(tab: ViewTab) -> ViewTab:
    """Bind a registered kind to its tab; the kind must exist and have no tab yet."""
    view_kind(tab.kind)  # KeyError for a kind nobody registered
    if tab.kind in _TABS:
        raise ValueError(f"the view kind {tab.kind!r} has a tab already")
    _TABS[tab.kind] = tab
    return tab


def unregister_tab(kind: str) -> None:
    del _TABS[kind]


def view_tab(kind: str) -> ViewTab:
    return _TABS[kind]


def _make_graph(window: MainWindow) -> QtWidgets.QWidget:
    from guicalc.ui.graph_panel import GraphPanel

    panel = GraphPanel(window.document.graph)
    panel.set_expression(window.document.functions[0].text)
    window.controller.activeExpressionChanged.connect(panel.set_expression)
    return panel


def _show_graph_example(window: MainWindow, example: Example) -> None:
    window.graph_panel.set_expression(example.expression, example.inputs)


def _make_surface(window: MainWindow) -> QtWidgets.QWidget:
    """With the panel's own example f(x0, x1); ``MainWindow.show_two_variables`` brings the lesson's."""
    from guicalc.ui.two_variable_panel import EXAMPLES, TwoVariablePanel

    # The first 3D view makes Qt recreate the native window, which loses the
    # keyboard focus: take it back, or the shortcuts stop until a click.
    QtCore.QTimer.singleShot(0, window.take_focus_back)
    return TwoVariablePanel(text=EXAMPLES[0], state=window.document.two_variable)


def _show_surface_example(window: MainWindow, example: Example) -> None:
    window.show_two_variables(example.expression)
    window.two_variable_panel.set_point(*example.inputs.values())


def _surface_figures(window: MainWindow) -> dict[str, QtWidgets.QWidget]:
    panel = window.two_variable_panel
    return {"field": panel.field_view, "surface": panel.surface_view}


def _make_lab(window: MainWindow) -> QtWidgets.QWidget:
    from guicalc.ui.lab_panel import LabPanel

    panel = LabPanel(window.document.states["lab"])
    panel.set_expression(window.document.functions[0].text)
    window.controller.activeExpressionChanged.connect(panel.set_expression)
    return panel


register_tab(ViewTab("curve", lambda window: window.curve_view,
                     lambda window: {"curve": window.curve_view, "limit": window.limit_panel}))
register_tab(ViewTab("graph", _make_graph, lambda window: {"graph": window.graph_panel.view},
                     show_example=_show_graph_example))
register_tab(ViewTab("surface", _make_surface, _surface_figures, lazy=True, show_example=_show_surface_example))
register_tab(ViewTab("lab", _make_lab, lambda window: window.view_widgets["lab"].figures()))
