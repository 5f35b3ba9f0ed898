"""The Qt half of the registry of view kinds: each kind's tab in the main window and its figures.

guicalc.core.view_kinds says what a kind is (name, title, state, lesson section,
undo); an entry here says how the window shows it: ``make`` builds the tab's widget
on the window's document, ``figures`` names the widgets that export as figures,
``figure`` builds one figure alone on a document (``guicalc export``: no window,
no clicks) and ``show_example`` opens an example of the notes in it. The window's
tabs and Alt+N keys, the self-test and ``guicalc export`` iterate these entries.

A new kind: one ``register_tab(ViewTab(...))`` below, next to its core entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from guicalc.core.view_kinds import kind_of_figure, view_kind

if TYPE_CHECKING:
    from guicalc.core.document import Document
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
    figure: Callable[[Document, str, Any], QtWidgets.QWidget] | None = None
    """``figure(document, name, at)``: the figure ``name`` built alone on ``document`` (its
    first function is the expression) at the point ``at`` as ``guicalc export --at`` reads it
    for this kind (None: the kind's default). Widgets it needs but does not show are kept in
    the figure's ``figure_owner`` (closed after the export; ``alone`` does it). None: the
    figure is taken from a hidden main window showing the document (slower)."""


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


def figure_alone(figure: str, expression: str, at: object = None, seed: str | None = None,
                 theme: str = "light", settings: Mapping[str, Mapping[str, Any]] | None = None) -> QtWidgets.QWidget:
    """The figure ``figure`` of ``expression`` at ``at``, built from a new document by its
    kind's ``ViewTab.figure``, with no main window (``guicalc export``). ``settings``:
    {view kind: {state field: value}}, what the window's controls would have set. The
    document is kept as the figure's ``figure_document`` (an animation moves its settings)."""
    from guicalc.core.document import Document
    from guicalc.ui.presentation import apply_theme
    from guicalc.views.theme import THEMES

    kind = kind_of_figure(figure).name
    document = Document()
    document.functions[0].text = expression
    document.view.theme, document.view.tab = theme, kind
    if seed is not None:
        document.graph.seed = seed
    for kind_name, fields in (settings or {}).items():
        for name, value in fields.items():
            setattr(document.states[kind_name], name, value)
    apply_theme([], THEMES[theme])  # the palette, before the widgets take their colours from it
    make = view_tab(kind).figure or _figure_in_a_window
    widget = make(document, figure, at)
    plots = [plot for plot in (widget, *widget.findChildren(pg.PlotWidget)) if isinstance(plot, pg.PlotWidget)]
    apply_theme(plots, THEMES[theme])
    widget.figure_document = document
    return widget


def alone(figure: QtWidgets.QWidget, owner: QtCore.QObject) -> QtWidgets.QWidget:
    """``figure`` out of its panel (exported at the size asked for); the panel kept with it."""
    figure.setParent(None)
    figure.figure_owner = owner
    return figure


def _figure_in_a_window(document: Document, name: str, at: object) -> QtWidgets.QWidget:
    """For a kind with no ``figure`` of its own: its tab in a main window that is never shown
    (``at``, if a number, is the curve's x, as for a kind that draws f at x)."""
    from guicalc.ui import MainWindow

    if isinstance(at, float):
        document.curve.x = at
    window = MainWindow(document)
    window.history.setClean()  # a throwaway window: nothing to ask about on close
    kind = kind_of_figure(name).name
    window.show_view(kind)
    return alone(view_tab(kind).figures(window)[name], window)


def _curve_figure(document: Document, name: str, at: object) -> QtWidgets.QWidget:
    """The curve or the limit panel, drawn by the curve controller at x = ``at``."""
    from guicalc.ui.curve_controller import CurveController
    from guicalc.ui.explore_controller import ExploreController
    from guicalc.ui.limit_panel import LimitPanel
    from guicalc.ui.parameter_panel import ParameterPanel
    from guicalc.ui.point_panel import PointPanel
    from guicalc.views.curve_view import CurveView

    if at is not None:
        document.curve.x = float(at)
    view, limit_panel = CurveView(), LimitPanel()
    panels = QtWidgets.QWidget()  # what the window has beside the curve, never shown here
    point_panel, parameter_panel = PointPanel(document.curve, panels), ParameterPanel(panels)
    controller = CurveController(document, view, point_panel, limit_panel, parameter_panel)
    controller.home()
    controller.refresh_point()
    ExploreController(document, view, controller).refresh()  # points of interest and the table's, as on screen
    if name == "limit":
        view.setParent(panels)
        limit_panel.figure_owner = panels
        return limit_panel
    limit_panel.setParent(panels)
    view.figure_owner = panels
    return view


def _make_graph(window: MainWindow) -> QtWidgets.QWidget:
    from guicalc.ui.graph_panel import GraphPanel

    state = window.document.graph
    step = state.step
    panel = GraphPanel(state)
    # Built when first shown, maybe after a lesson opened: its inputs, and its step (the new
    # walk starts at 0; the step's change event walks it back there).
    panel.set_expression(window.controller.active.text, dict(state.inputs))
    state.step = step
    window.controller.activeExpressionChanged.connect(panel.follow)  # hidden: when shown or typing pauses
    return panel


def _graph_figure(document: Document, name: str, at: object) -> QtWidgets.QWidget:
    """The graph at the inputs ``at`` ({name: value}), the whole backward pass walked."""
    from guicalc.core.graph_state import MAX_STEP
    from guicalc.export.figure import ExportError
    from guicalc.ui.graph_panel import GraphPanel

    panel = GraphPanel(document.graph)
    if not panel.set_expression(document.functions[0].text, at if isinstance(at, Mapping) else None):
        raise ExportError(panel.message.text())
    document.graph.step = MAX_STEP  # the walk stops at its last step: every gradient shown
    return alone(panel.view, panel)


def _show_graph_example(window: MainWindow, example: Example) -> None:
    window.graph_panel.set_expression(example.expression, example.inputs)


def _make_surface(window: MainWindow) -> QtWidgets.QWidget:
    """With the lesson's function of two variables (a lesson opened on this tab builds it
    after its functions were read in), else the panel's own example f(x0, x1);
    ``MainWindow.show_two_variables`` brings a function typed later."""
    from guicalc.core.parse import ParseError
    from guicalc.core.surface import drawable
    from guicalc.i18n import located
    from guicalc.ui.two_variable_panel import EXAMPLES, TwoVariablePanel

    # The first 3D view makes Qt recreate the native window, which loses the
    # keyboard focus: take it back, or the shortcuts stop until a click.
    QtCore.QTimer.singleShot(0, window.take_focus_back)
    lesson = window.controller.two_variable_function()
    try:
        text = EXAMPLES[0] if lesson is None else drawable(lesson).text
    except ParseError as exc:  # too large to draw: the example, and the status bar says why
        window.statusBar().showMessage(located(exc))
        text = EXAMPLES[0]
    return TwoVariablePanel(text=text, state=window.document.two_variable)


def _show_surface_example(window: MainWindow, example: Example) -> None:
    window.show_two_variables(example.expression)
    window.two_variable_panel.set_point(*example.inputs.values())


def _surface_figure(document: Document, name: str, at: object) -> QtWidgets.QWidget:
    """The surface or the field of f(x0, x1) with the point at ``at`` (None: the panel's)."""
    from guicalc.core.parse import ParseError
    from guicalc.export.figure import ExportError
    from guicalc.ui.two_variable_panel import TwoVariablePanel

    try:
        panel = TwoVariablePanel(text=document.functions[0].text, state=document.two_variable)
    except ParseError as exc:
        raise ExportError(str(exc)) from None
    if at is not None:
        panel.set_point(*at)
    return alone(panel.field_view if name == "field" else panel.surface_view, panel)


def _surface_figures(window: MainWindow) -> dict[str, QtWidgets.QWidget]:
    panel = window.two_variable_panel
    return {"field": panel.field_view, "surface": panel.surface_view}


def _make_lab(window: MainWindow) -> QtWidgets.QWidget:
    from guicalc.ui.lab_panel import LabPanel

    panel = LabPanel(window.document.states["lab"])
    panel.set_expression(window.document.functions[0].text)
    window.controller.activeExpressionChanged.connect(panel.set_expression)
    return panel


def _make_race(window: MainWindow) -> QtWidgets.QWidget:
    from guicalc.ui.race_panel import RacePanel

    return RacePanel(window.document.states["race"], window.history)


def _race_figure(document: Document, name: str, at: object) -> QtWidgets.QWidget:
    """The race on the document's first function from ``at`` (x0, x1; None: the state's start)."""
    from guicalc.core.race_state import view_around
    from guicalc.export.figure import ExportError
    from guicalc.ui.race_panel import RacePanel

    state = document.states["race"]
    state.expression, state.preset = document.functions[0].text, ""
    if at is not None:
        state.start = (float(at[0]), float(at[1]))
    state.view_range = view_around(state.start, state.view_range)
    panel = RacePanel(state)
    if panel.race is None:
        raise ExportError(panel.message.text())
    panel.go_to(state.steps)
    return alone(panel.loss_view if name == "race-loss" else panel.field_view, panel)


def _curve_figures(window: MainWindow) -> dict[str, QtWidgets.QWidget]:
    window.controller.settle()  # the limit panel as it rests, not between two moves of the point
    return {"curve": window.curve_view, "limit": window.limit_panel}


register_tab(ViewTab("curve", lambda window: window.curve_view, _curve_figures, figure=_curve_figure))
register_tab(ViewTab("graph", _make_graph, lambda window: {"graph": window.graph_panel.view},
                     show_example=_show_graph_example, figure=_graph_figure))
register_tab(ViewTab("surface", _make_surface, _surface_figures, lazy=True, show_example=_show_surface_example,
                     figure=_surface_figure))


def _lab_figure(document: Document, name: str, at: object) -> QtWidgets.QWidget:
    """A page of the lab (check, jacobian, rules, double-backward) at the point ``at``, the
    lab's own point text (``x=2`` or ``a=50, b=70, c=2``; None: 1 for each input)."""
    from guicalc.export.figure import ExportError
    from guicalc.ui.lab_panel import LabPanel

    state = document.states["lab"]
    if isinstance(at, str):
        state.point = at
    panel = LabPanel(state)
    panel.set_expression(document.functions[0].text)
    figure = panel.figures()[name]
    if panel.message.text():
        raise ExportError(panel.message.text())
    return alone(figure, panel)


register_tab(ViewTab("lab", _make_lab, lambda window: window.view_widgets["lab"].figures(), figure=_lab_figure))


def _make_taylor(window: MainWindow) -> QtWidgets.QWidget:
    from guicalc.ui.taylor_panel import TaylorPanel

    panel = TaylorPanel(window.document.states["taylor"], window.document.parameter_values)
    panel.set_expression(window.controller.active.text)
    window.controller.activeExpressionChanged.connect(panel.set_expression)
    return panel


def _taylor_figure(document: Document, name: str, at: object) -> QtWidgets.QWidget:
    """The formula, Pₙ over f and the error plot, at the centre ``at`` (None: the lesson's)."""
    from guicalc.export.figure import ExportError
    from guicalc.ui.taylor_panel import TaylorPanel

    state = document.states["taylor"]
    if at is not None:
        state.center = float(at)
    panel = TaylorPanel(state, document.parameter_values)
    if panel.set_expression(document.functions[0].text):
        panel.refresh_now()
    if panel.polynomial() is None:
        raise ExportError(panel.message.text())
    return alone(panel.view, panel)


register_tab(ViewTab("taylor", _make_taylor, lambda window: {"taylor": window.view_widgets["taylor"].view},
                     figure=_taylor_figure))


def _make_values(window: MainWindow) -> QtWidgets.QWidget:
    from guicalc.ui.value_table_panel import ValueTablePanel

    panel = ValueTablePanel(window.document)
    # Slider values change the rows too; refreshed when seen (a pan resamples the curves every frame).
    window.controller.curvesChanged.connect(lambda: panel.isVisible() and panel.refresh())
    panel.opened.connect(window.explore.open_table)
    return panel


def _values_figure(document: Document, name: str, at: object) -> QtWidgets.QWidget:
    """The table of values alone on a document (guicalc export; ``at``, if a number, is the first x)."""
    from guicalc.ui.value_table_panel import ValueTablePanel

    if isinstance(at, float):
        document.states["values"].start = at
    panel = ValueTablePanel(document)
    return alone(panel.fresh_table(), panel)


register_tab(ViewTab("values", _make_values, lambda window: {"values": window.view_widgets["values"].fresh_table()},
                     figure=_values_figure))
register_tab(ViewTab("race", _make_race, lambda window: window.view_widgets["race"].figures(), lazy=True,
                     figure=_race_figure))
