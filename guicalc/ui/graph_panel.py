"""The computational-graph panel: the graph view with its mode, steps, inputs and seed.

What the user chooses (inputs, seed, mode, expand, step) lives in a ``GraphState``
(saved with the lesson, undone by the history): the controls write it and follow it.
The panel owns the model objects (graph, trace, walkthrough) for one expression;
the view only draws their snapshots. sympy and the autodiff core are imported on
first use, off the window's start-up path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.graph_state import GraphState
from guicalc.core.readers import MAX_LENGTH
from guicalc.i18n import error_text, located, translate, translated
from guicalc.ui.compact_row import labelled
from guicalc.ui.flow_layout import FlowLayout
from guicalc.views.graph_view import GraphView
from guicalc.views.text_size import keep_text_size

if TYPE_CHECKING:
    import sympy as sp

    from guicalc.core.autodiff import Graph, Trace
    from guicalc.core.parse import Parsed
    from guicalc.core.walkthrough import Walkthrough

CONTROL_PT = 14
ERROR = "#D55E00"
TYPING_PAUSE_MS = 500
"""A hidden panel follows the lesson's function once the typing pauses this long (or when shown)."""


class GraphPanel(QtWidgets.QWidget):
    """``graphView`` with ``graphModeCombo``, ``graphStepForward``, ``graphStepBackward``,
    ``graphReset``, ``graphExpand``, one ``graphInput_<name>`` field per input and
    ``graphSeed`` (the upstream gradient v for a vector output).

    Call :meth:`set_expression` with the text of the expression; values typed in the
    fields (or given to ``set_expression``) are the point of evaluation.
    """

    def __init__(self, state: GraphState | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state if state is not None else GraphState()
        keep_text_size(self, at_least_points=CONTROL_PT)
        self.view = GraphView()
        self.mode_combo = QtWidgets.QComboBox(objectName="graphModeCombo")
        self.mode_combo.addItem(translate("GraphPanel", "Reverse mode (backpropagation)"), "reverse")
        self.mode_combo.addItem(translate("GraphPanel", "Forward mode (one pass per input)"), "forward")
        self.step_forward = QtWidgets.QPushButton(translate("GraphPanel", "Step forward ▶"),
                                                  objectName="graphStepForward")
        self.step_forward.setToolTip(translate("GraphPanel",
                                               "Compute the next node (forward mode: its value and tangent)"))
        self.step_backward = QtWidgets.QPushButton(translate("GraphPanel", "◀ Step backward"),
                                                   objectName="graphStepBackward")
        self.step_backward.setToolTip(translate("GraphPanel", "Pass the gradient back through the next node"))
        self.reset = QtWidgets.QPushButton(translate("GraphPanel", "Reset"), objectName="graphReset")
        self.reset.setToolTip(translate("GraphPanel", "Back to the first step (Home in the graph)"))
        self.expand = QtWidgets.QCheckBox(translate("GraphPanel", "Expand sigmoid, softplus"), objectName="graphExpand")
        self.expand.setToolTip(translate("GraphPanel",
                                         "Show composite nodes as the exp, + and 1/x nodes they are made of"))
        self.dual = QtWidgets.QCheckBox(translate("GraphPanel", "Dual numbers"), objectName="graphDual")
        self.dual.setToolTip(translate("GraphPanel", "Forward mode: show each node as value + tangent·ε"))
        self.mode_combo.setAccessibleName(translate("GraphPanel", "Differentiation mode"))
        self.mode_combo.setToolTip(translate("GraphPanel", "Reverse mode passes the gradient back once; "
                                             "forward mode passes a tangent once per input"))
        self.seed = QtWidgets.QLineEdit(objectName="graphSeed")
        self.seed.setMaxLength(MAX_LENGTH)  # the file's limit: what is typed can be saved
        self.seed.setPlaceholderText("1")
        self.seed.setToolTip(translate("GraphPanel",
                                       "Upstream gradient v: a vector output needs one, e.g. [1, 1, 1, 1]"))
        self.message = QtWidgets.QLabel(objectName="graphMessage")
        self.message.setStyleSheet(f"color: {ERROR}")
        self.message.setWordWrap(True)
        self.notes = QtWidgets.QLabel(objectName="graphNotes")  # conventions used, gradients that vanished
        self.notes.setWordWrap(True)
        self.notes.setVisible(False)
        self.fields: dict[str, QtWidgets.QLineEdit] = {}

        controls = FlowLayout()  # wraps on a narrow screen instead of widening the window
        for widget in (self.mode_combo, self.step_backward, self.step_forward, self.reset, self.expand, self.dual):
            controls.addWidget(widget)
        self.inputs_row = FlowLayout()
        """One "name = value" unit per input, then the seed's."""
        self._seed_unit = labelled(translate("GraphPanel", "seed v ="), self.seed)
        self.inputs_row.addWidget(self._seed_unit)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(self.inputs_row)
        layout.addWidget(self.message)
        layout.addWidget(self.notes)
        layout.addWidget(self.view, 1)

        self._expr: sp.Expr | None = None
        self._graph: Graph | None = None
        self.walk: Walkthrough | None = None
        self._followed: str | Parsed | None = None  # the lesson's function, not yet shown (see follow)
        self._pause = QtCore.QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._catch_up)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(self.state.mode))
        self.expand.setChecked(self.state.expand)
        self.seed.setText(self.state.seed)
        self.mode_combo.currentIndexChanged.connect(
            lambda index: setattr(self.state, "mode", self.mode_combo.itemData(index)))
        self.expand.toggled.connect(lambda on: setattr(self.state, "expand", on))
        self.dual.setChecked(self.state.dual)
        self.dual.toggled.connect(lambda on: setattr(self.state, "dual", on))
        events = self.state.events
        events.mode.connect(self._on_mode_changed)
        events.expand.connect(self._on_expand_changed)
        events.dual.connect(self._on_dual_changed)
        events.step.connect(self._on_step_changed)
        events.inputs.connect(self._on_inputs_changed)
        events.seed.connect(self._on_seed_changed)
        self.step_forward.clicked.connect(lambda: self._step("forward"))
        self.step_backward.clicked.connect(lambda: self._step("backward"))
        self.reset.clicked.connect(self._on_reset)
        self.seed.editingFinished.connect(self._recompute)
        self.view.inputEditRequested.connect(self._on_input_edit_requested)
        self.view.stepRequested.connect(self._step)
        self.view.resetRequested.connect(self._on_reset)
        self._update_buttons()

    def set_expression(self, expression: str | Parsed, values: Mapping[str, object] | None = None) -> bool:
        """Show the graph of ``expression`` (a text, or the lesson's function as parsed) at
        ``values`` (inputs not given keep their value, or 1).

        A bad expression leaves the last good graph on screen and says what is wrong.
        """
        from guicalc.core.parse import ParseError, parse

        self._followed = None  # this one, not a function typed before it, is what is shown
        self._pause.stop()
        try:
            parsed = parse(expression) if isinstance(expression, str) else expression
        except ParseError as exc:
            self._say(located(exc))
            return False
        if parsed.expr == self._expr and not values:
            return self._recompute()  # the same graph: stay at the same step
        self._expr = parsed.expr
        self._graph = None
        given = {name: self._field_text(values[name]) for name in (values or {})}
        self._set_fields(parsed.symbols, given)
        return self._recompute()

    def follow(self, expression: str | Parsed) -> None:
        """The lesson's function, typed one key at a time: shown now when the panel is seen;
        hidden, it is built when the panel is shown or the typing pauses (building the graph
        on every keystroke cost 12–82 ms for a tab nobody looked at)."""
        if self.isVisible():
            self.set_expression(expression)
            return
        self._followed = expression
        self._pause.start()

    def _catch_up(self) -> None:
        """The function followed, built now: when shown, when the typing paused, and before a
        change of the state (a lesson opened), which applies to that function's graph."""
        if self._followed is not None:
            self.set_expression(self._followed)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._catch_up()
        super().showEvent(event)

    # -- inputs -------------------------------------------------------------------------------

    def _on_inputs_changed(self, values: Mapping[str, str]) -> None:
        """Values from a lesson opened: put them in the fields of the inputs the graph has."""
        self._catch_up()
        changed = {name: text for name, text in values.items() if name in self.fields
                   and self.fields[name].text() != text}
        for name, text in changed.items():  # none when the state only follows the fields
            self.fields[name].setText(text)
        if changed:
            self._recompute()

    def _on_seed_changed(self, seed: str) -> None:
        self._catch_up()
        if seed != self.seed.text():
            self.seed.setText(seed)
            self._recompute()

    @staticmethod
    def _field_text(value: object) -> str:
        if hasattr(value, "tolist"):  # a numpy value, as core.vectors.parse_assignments gives
            value = value.tolist()
        if isinstance(value, str):
            return value
        if isinstance(value, (list, tuple)):
            return "[" + ", ".join(f"{float(v):g}" for v in value) + "]"
        return f"{float(value):g}"

    def _set_fields(self, names: tuple[str, ...], given: Mapping[str, str]) -> None:
        old = {name: field.text() for name, field in self.fields.items()}
        while self.inputs_row.count() > 1:  # the last is the seed's
            item = self.inputs_row.takeAt(0)
            # Hidden now: deleteLater waits for the event loop, and until then an
            # unmanaged field would be drawn over the graph.
            item.widget().hide()
            item.widget().deleteLater()
        self.fields = {}
        for index, name in enumerate(names):
            field = QtWidgets.QLineEdit(given.get(name, old.get(name, "1")), objectName=f"graphInput_{name}")
            field.setMaxLength(MAX_LENGTH)
            field.setMinimumWidth(QtGui.QFontMetrics(field.font()).horizontalAdvance("[0, 1, 2, 3]  "))
            field.setToolTip(translate("GraphPanel",
                                       "The value of {name}: a number, or a vector such as [0, 1, 2, 3]").format(
                                           name=name))
            field.editingFinished.connect(self._recompute)
            self.inputs_row.insert_widget(index, labelled(f"{name} =", field))
            self.fields[name] = field

    def _on_input_edit_requested(self, name: str) -> None:
        field = self.fields.get(name)
        if field is not None:
            field.setFocus(QtCore.Qt.FocusReason.MouseFocusReason)
            field.selectAll()

    # -- model --------------------------------------------------------------------------------

    def _recompute(self) -> bool:
        """Evaluate at the values in the fields; stay at the same step if the graph is the same."""
        from guicalc.core.autodiff import AutodiffError, Graph
        from guicalc.core.vectors import parse_value
        from guicalc.core.walkthrough import Walkthrough

        if self._expr is None:
            return False
        self.state.inputs = {name: field.text() for name, field in self.fields.items()}
        self.state.seed = self.seed.text()
        try:
            values = {name: parse_value(field.text(), name) for name, field in self.fields.items()}
            seed = parse_value(self.seed.text(), translate("GraphPanel",
                                                           "seed v")) if self.seed.text().strip() else None
            graph = self._graph or Graph(self._expr, expand=self.state.expand)
            walk = Walkthrough(graph.evaluate(values), seed)
        except (AutodiffError, ValueError) as exc:
            self._say(error_text(exc))
            return False
        if self.walk is not None:
            walk.resume(self.walk)
        walk.dual = self.state.dual
        if walk.mode != self.state.mode:
            walk.set_mode(self.state.mode)
        if graph is not self._graph:
            self.view.set_graph(graph, walk.value_texts())
        self._graph, self.walk = graph, walk
        self._say(translated(walk.backward_error))
        self._show_notes(walk.trace)
        self._refresh()
        return True

    def _show_notes(self, trace: Trace) -> None:
        from guicalc.core.autodiff_notes import gradient_notes

        text = "\n".join(translated(n) for n in gradient_notes(trace))
        self.notes.setText(text)
        self.notes.setVisible(bool(text))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refresh(self) -> None:
        if self.walk is not None:
            self.state.step = self.walk.position
            self.view.show_snapshot(self.walk.snapshot())
        self._update_buttons()

    def _update_buttons(self) -> None:
        walk = self.walk
        self.step_forward.setEnabled(walk is not None and walk.can_step_forward())
        self.step_backward.setEnabled(walk is not None and walk.can_step_backward())
        self.reset.setEnabled(walk is not None)

    # -- slots --------------------------------------------------------------------------------

    def _step(self, direction: str) -> None:
        """``direction`` is "forward", "backward" or "next" (forward while it can, then backward)."""
        if self.walk is None:
            return
        if direction == "next":
            direction = "forward" if self.walk.can_step_forward() else "backward"
        if direction == "forward":
            self.walk.step_forward()
        else:
            self.walk.step_backward()
        self._refresh()

    def _on_mode_changed(self, mode: str) -> None:
        self._catch_up()
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        if self.walk is not None:
            self.walk.set_mode(mode)
            self._refresh()

    def _on_step_changed(self, step: int) -> None:
        """A lesson opened (or an undo) at another step: walk there."""
        self._catch_up()
        if self.walk is not None and self.walk.position != step:
            self.walk.go_to(step)
            self._refresh()

    def _on_reset(self) -> None:
        if self.walk is not None:
            self.walk.reset()
            self._refresh()

    def _on_dual_changed(self, dual: bool) -> None:
        self._catch_up()
        self.dual.setChecked(dual)
        if self.walk is not None:
            self.walk.dual = dual
            self._refresh()

    def _on_expand_changed(self, expand: bool) -> None:
        self._catch_up()
        self.expand.setChecked(expand)
        self._graph = None
        self._recompute()
