"""The two-variable panel: surface and field views of one f(x, y), a shared point,
the directional derivative and animated gradient descent.

The panel is the controller: widgets and views write to one ``TwoVariableState``
(``guicalc.core``), and every drawing follows the state's events, so a point
dragged in either view moves in both and the readouts never disagree.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guicalc.core.contour import contour_levels, contour_segments
from guicalc.core.descent import Outcome, gradient_descent
from guicalc.core.directional import directional_derivative, directional_readout
from guicalc.core.parse import Parsed
from guicalc.core.quiver import arrow_segments, quiver_vectors
from guicalc.core.scene3d import Box, arrow_3d
from guicalc.core.surface import (
    PointAnalysis,
    TwoVariableFunction,
    analyse_point,
    descent_field,
    gradient_readout,
    grid_axis,
    surface_grid,
    tangent_plane,
)
from guicalc.core.symbolic import display_number as num
from guicalc.core.two_variable_state import BOUNDS, TwoVariableState
from guicalc.i18n import error_text, translate, translated
from guicalc.ui.clicked_figure import ClickedFigure
from guicalc.ui.compact_row import labelled
from guicalc.ui.flow_layout import FlowLayout
from guicalc.ui.two_variable_controls import (
    RangeEditor,
    count_spin,
    group,
    number_spin,
    readout,
    set_quietly,
    settings_box,
)
from guicalc.views.field_view import FieldView
from guicalc.views.loss_view import LossView
from guicalc.views.surface_view import SurfaceView
from guicalc.views.text_size import keep_text_size

CONTOUR_GRID = 121       # samples per axis for the contour lines and the background colours
MAX_ARROWS_PER_AXIS = 101
ANIMATION_MS = 3000      # a whole descent run takes about this long on screen
EXAMPLES = ("x0^2 + x1^2", "3x1^2 + 5e^x2", "norm(x1, x2)", "sqrt(x1^2 + x2^2)")


class TwoVariablePanel(QWidget):
    """Surface, field, readouts and gradient descent for one function of two variables."""

    pointChanged = Signal(float, float)
    """The shared point moved (by a drag in either view or by the spin boxes)."""
    descentFinished = Signal(str)
    """A descent animation ended; the argument is the verdict shown to the user."""

    def __init__(self, parent: QWidget | None = None, text: str = EXAMPLES[0],
                 state: TwoVariableState | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("twoVariablePanel")
        self.state = state or TwoVariableState()
        """The lesson's (``Document.two_variable``) in the window, so it is saved with it."""
        self.animation_interval_ms: int | None = None
        """Milliseconds per descent step; None spreads a run over ``ANIMATION_MS``; 0 shows the
        whole path at once (no animation: every frame redraws the 3D view)."""
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_animation_tick)
        self._box: Box | None = None
        self._analysis: PointAnalysis | None = None
        self._build()
        self._clicked = ClickedFigure(self, [(self.field_view.viewport(), self.field_view),
                                             (self.surface_view.scene or self.surface_view, self.surface_view)],
                                      self.surface_view)
        self._connect()
        self.set_expression(text)

    # --- public API -------------------------------------------------------------------

    def set_expression(self, expression: str | Parsed) -> None:
        """Show f given as a text or as the document parsed it; a ParseError propagates and
        nothing changes."""
        current = self.state.function
        text = expression if isinstance(expression, str) else expression.text
        if current is not None and current.text == text:
            return  # the same f again (the editor re-announces it): keep the descent running
        function = TwoVariableFunction.from_text(expression)
        if current is not None and set(function.symbols) <= set(current.variables):
            function = function.with_variables(*current.variables)  # keep the user's choice of axes
        self.state.function = function

    def set_variables(self, x: str, y: str) -> None:
        """Use ``x`` and ``y`` as the horizontal axes (ValueError if they cannot be)."""
        if self.state.function is None:
            raise ValueError(translate("TwoVariablePanel", "set an expression first"))
        self.state.function = self.state.function.with_variables(x, y)

    def set_point(self, x: float, y: float) -> None:
        """Move the shared point."""
        self.state.point = (float(x), float(y))

    def run_descent(self) -> None:
        """Compute descent from the start with the chosen η and steps, and animate it."""
        state = self.state
        if state.function is None:
            return
        self._timer.stop()
        path = gradient_descent(state.function, state.descent_start, state.learning_rate,
                                state.descent_steps, state.field_range)
        state.descent_shown = 0
        state.descent = path
        interval = self.animation_interval_ms
        if interval == 0:
            state.descent_shown = path.steps
            self._on_animation_tick()  # the run is over: the final status and descentFinished
            return
        if interval is None:
            interval = max(15, min(150, ANIMATION_MS // max(path.steps, 1)))
        self._timer.start(interval)

    @property
    def view(self) -> QWidget:
        """The figure Export and Copy take: the view clicked last (the surface at first)."""
        return self._clicked.current

    def is_animating(self) -> bool:
        """True while a descent run is being revealed step by step."""
        return self._timer.isActive()

    def shutdown(self) -> None:
        """Stop every timer (the animation's and the 3D view's)."""
        self._timer.stop()
        self.surface_view.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        s = self.state
        self.title = QLabel(objectName="functionTitle")
        keep_text_size(self.title, 1.25, 16)
        self.x_combo, self.y_combo = QComboBox(objectName="xVariableCombo"), QComboBox(
            objectName="yVariableCombo")
        header = FlowLayout()
        header.addWidget(self.title)
        header.addWidget(labelled(translate("TwoVariablePanel", "horizontal axes:"), self.x_combo,
                                  QLabel(translate("TwoVariablePanel", "and")), self.y_combo))

        self.surface_view = SurfaceView()
        self.field_view = FieldView()
        self.surface_range = RangeEditor("surfaceRange", s.surface_range, translate("TwoVariablePanel", "Surface"))
        self.resolution_spin = count_spin("surfaceResolutionSpin", s.surface_resolution,
                                          *BOUNDS["surface_resolution"])
        self.field_range = RangeEditor("fieldRange", s.field_range, translate("TwoVariablePanel", "Field"))
        self.arrow_step_spin = number_spin("arrowStepSpin", s.field_step, 0.05, 3, *BOUNDS["field_step"])
        self.normalise_check = QCheckBox(translate("TwoVariablePanel", "same length"),
                                         objectName="normaliseArrowsCheck")
        self.normalise_check.setToolTip(translate("TwoVariablePanel",
                                                  "Arrows of one length show the direction of −∇f only"))
        surface_box = settings_box(translate("TwoVariablePanel", "Surface"), self.surface_range,
                                   labelled(translate("TwoVariablePanel", "grid"), self.resolution_spin))
        field_box = settings_box(translate("TwoVariablePanel", "Field"), self.field_range,
                                 labelled(translate("TwoVariablePanel", "arrows every"), self.arrow_step_spin,
                                          self.normalise_check))
        views = QSplitter(Qt.Orientation.Horizontal)
        views.addWidget(self.surface_view)
        views.addWidget(self.field_view)
        for index, view in enumerate((self.surface_view, self.field_view)):
            view.setMinimumSize(240, 200)  # the 3D view hints no size: the splitter gave it none
            views.setStretchFactor(index, 1)
        views.setChildrenCollapsible(False)
        views.setSizes([1000, 1000])

        self.point_x = number_spin("twoVariablePointX", s.point[0], 0.1)
        self.point_y = number_spin("twoVariablePointY", s.point[1], 0.1)
        self.gradient_label = readout("gradientReadout", translate("TwoVariablePanel", "Gradient readout"))
        point_box = group(translate("TwoVariablePanel", "At the point"),
                          [(QLabel("x"), self.point_x), (QLabel("y"), self.point_y)], self.gradient_label)

        self.angle_spin = number_spin("directionAngleSpin", 45.0, 5.0, 1, -360.0, 360.0)
        self.angle_spin.setSuffix("°")
        self.angle_spin.setWrapping(True)
        self.directional_label = readout("directionalReadout",
                                         translate("TwoVariablePanel", "Directional derivative readout"))
        direction_box = group(translate("TwoVariablePanel", "Directional derivative (drag the tip of v)"),
                              [(QLabel(translate("TwoVariablePanel", "angle of v")), self.angle_spin)],
                              self.directional_label)

        self.rate_spin = number_spin("learningRateSpin", s.learning_rate, 0.05, 4, *BOUNDS["learning_rate"])
        self.steps_spin = count_spin("descentStepsSpin", s.descent_steps, *BOUNDS["descent_steps"])
        self.start_x = number_spin("descentStartX", s.descent_start[0], 0.1)
        self.start_y = number_spin("descentStartY", s.descent_start[1], 0.1)
        self.run_button = QPushButton(translate("TwoVariablePanel", "Run descent"), objectName="descentRunButton")
        self.status_label = readout("descentStatus", translate("TwoVariablePanel", "Descent readout"))
        self.status_label.setText(translate("TwoVariablePanel", "Click the field to choose a start, then Run."))
        self.loss_view = LossView()
        self.loss_view.setMinimumSize(320, 200)
        descent_box = group(translate("TwoVariablePanel", "Gradient descent  x ← x − η∇f(x)"),
                            [(QLabel("η"), self.rate_spin),
                             (QLabel(translate("TwoVariablePanel", "steps")), self.steps_spin),
                             (None, self.run_button)], self.status_label,
                            [(QLabel(translate("TwoVariablePanel", "start x")), self.start_x),
                             (QLabel("y"), self.start_y)])

        self.rate_bound = QLabel(objectName="learningRateBound")
        """2/λₘₐₓ at the point, written by the curvature tab: why a larger η diverges."""
        self.rate_bound.setWordWrap(True)
        descent_box.layout().insertWidget(1, self.rate_bound)
        from guicalc.ui.curvature_panel import CurvaturePanel

        self.curvature_panel = CurvaturePanel(self)
        self.second_tabs = QTabWidget(objectName="secondOrderTabs")
        self.second_tabs.addTab(direction_box, translate("TwoVariablePanel", "Directional derivative"))
        scroll = QScrollArea(objectName="curvatureScroll", widgetResizable=True)  # its sentences can be long
        scroll.setWidget(self.curvature_panel)
        scroll.setAccessibleName(translate("TwoVariablePanel", "Curvature and Newton"))
        scroll.setAccessibleDescription(translate("TwoVariablePanel", "The Hessian at the point and Newton's method"))
        self.second_tabs.addTab(scroll, translate("TwoVariablePanel", "Curvature and Newton"))
        self.second_tabs.setFixedHeight(300)

        self._name_controls()
        # The readouts and descent wrap into as many lines as the width allows, and
        # scroll (vertically only) below the views on a small screen.
        bottom = QWidget(objectName="twoVariableControls")
        flow = FlowLayout(bottom)
        for widget in (point_box, self.second_tabs, descent_box, self.loss_view, surface_box, field_box):
            flow.addWidget(widget)
        controls = QScrollArea(objectName="twoVariableControlsScroll", widgetResizable=True)
        controls.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        controls.setFrameShape(QFrame.Shape.NoFrame)
        controls.setWidget(bottom)
        controls.setAccessibleName(translate("TwoVariablePanel", "Point, direction and descent"))
        controls.setAccessibleDescription(translate(
            "TwoVariablePanel", "The readouts and settings below the views; scrolls on a small screen"))
        split = QSplitter(Qt.Orientation.Vertical, objectName="twoVariableSplit")
        split.addWidget(views)
        split.addWidget(controls)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(split, 1)

    def _name_controls(self) -> None:
        """Names and descriptions for screen readers; the fields' visible labels are too
        short ("x", "y") to tell the point's x from the start's."""
        self.keyboard_view = self.field_view  # where F6 sends the keys
        for widget, name, description in (
                (self.x_combo, self.tr("First horizontal axis"), self.tr("The variable along the first axis")),
                (self.y_combo, self.tr("Second horizontal axis"), self.tr("The variable along the second axis")),
                (self.resolution_spin, self.tr("Surface grid"), self.tr("Samples per axis of the surface")),
                (self.arrow_step_spin, self.tr("Arrow spacing"), self.tr("Distance between the arrows of −∇f")),
                (self.point_x, self.tr("Point x"), self.tr("First coordinate of the point")),
                (self.point_y, self.tr("Point y"), self.tr("Second coordinate of the point")),
                (self.angle_spin, self.tr("Angle of v"), self.tr("Direction of the directional derivative")),
                (self.rate_spin, self.tr("Learning rate η"), self.tr("Step size of gradient descent")),
                (self.steps_spin, self.tr("Descent steps"), self.tr("How many steps descent takes")),
                (self.start_x, self.tr("Descent start x"), self.tr("First coordinate where descent starts")),
                (self.start_y, self.tr("Descent start y"), self.tr("Second coordinate where descent starts")),
                (self.run_button, self.tr("Run descent"),
                 self.tr("Run gradient descent from the start (Enter in the field plot)"))):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        self.surface_view.set_accessible_text(name=self.tr("Surface plot"))

    def _describe_views(self) -> None:
        """What the field and surface plots show, in words, for a screen reader."""
        s, a = self.state, self._analysis
        if s.function is None or a is None:
            return
        x, y = s.function.variables
        angle = math.degrees(math.atan2(s.direction[1], s.direction[0]))
        point = self.tr("point ({0}, {1}) = ({2}, {3}), f = {4}").format(x, y, num(a.x), num(a.y), num(a.value))
        self.field_view.setAccessibleDescription(
            self.tr("Contours and −∇f arrows of {0}; {1}; v at {2}°; descent starts at ({3}, {4})").format(
                _title(s.function), point, f"{angle:.0f}", num(s.descent_start[0]), num(s.descent_start[1])))
        self.surface_view.set_accessible_text(
            description=self.tr("Surface of {0} with the tangent plane at the {1}").format(_title(s.function), point))

    def _connect(self) -> None:
        s, ev = self.state, self.state.events
        ev.function.connect(self._on_function_changed)
        ev.surface_range.connect(self._refresh_surface)
        ev.surface_resolution.connect(self._refresh_surface)
        for signal in (ev.field_range, ev.field_step, ev.normalise_arrows):
            signal.connect(self._refresh_field)
        ev.point.connect(self._refresh_point)
        ev.direction.connect(self._refresh_direction)
        ev.descent.connect(self._refresh_path)
        ev.descent_shown.connect(self._refresh_path)
        ev.descent_start.connect(self._on_start_changed)
        ev.learning_rate.connect(lambda v: set_quietly(self.rate_spin, v))
        ev.descent_steps.connect(lambda v: set_quietly(self.steps_spin, v))

        self.field_view.pointDragged.connect(self.set_point)
        self.surface_view.pointDragged.connect(self.set_point)
        self.field_view.directionDragged.connect(lambda vx, vy: setattr(s, "direction", (vx, vy)))
        self.field_view.startClicked.connect(self._on_start_clicked)
        self.field_view.pointNudged.connect(self._on_point_nudged)
        self.field_view.startNudged.connect(self._on_start_nudged)
        self.field_view.directionTurned.connect(
            lambda turns: self.angle_spin.setValue(self.angle_spin.value() + turns * self.angle_spin.singleStep()))
        self.field_view.runRequested.connect(self.run_descent)
        self.point_x.valueChanged.connect(lambda v: self.set_point(v, s.point[1]))
        self.point_y.valueChanged.connect(lambda v: self.set_point(s.point[0], v))
        self.angle_spin.valueChanged.connect(
            lambda deg: setattr(s, "direction", (math.cos(math.radians(deg)), math.sin(math.radians(deg)))))
        self.surface_range.rangeChanged.connect(lambda r: setattr(s, "surface_range", r))
        self.resolution_spin.valueChanged.connect(lambda n: setattr(s, "surface_resolution", n))
        self.field_range.rangeChanged.connect(lambda r: setattr(s, "field_range", r))
        self.arrow_step_spin.valueChanged.connect(lambda v: setattr(s, "field_step", v))
        self.normalise_check.toggled.connect(lambda on: setattr(s, "normalise_arrows", on))
        self.rate_spin.valueChanged.connect(lambda v: setattr(s, "learning_rate", v))
        self.steps_spin.valueChanged.connect(lambda n: setattr(s, "descent_steps", n))
        self.start_x.valueChanged.connect(lambda v: setattr(s, "descent_start", (v, s.descent_start[1])))
        self.start_y.valueChanged.connect(lambda v: setattr(s, "descent_start", (s.descent_start[0], v)))
        self.run_button.clicked.connect(self.run_descent)
        self.x_combo.activated.connect(lambda _: self._on_variable_picked(self.x_combo, self.y_combo))
        self.y_combo.activated.connect(lambda _: self._on_variable_picked(self.y_combo, self.x_combo))
        self.curvature_panel.bind()  # after the panel's own reactions: the 3D box is then up to date

    # --- reactions to the state ---------------------------------------------------------------

    def _on_function_changed(self, function: TwoVariableFunction) -> None:
        self._timer.stop()
        x, y = function.variables
        self.title.setText(_title(function))
        names = sorted({x, y} | {"x", "y", "x0", "x1", "x2"})
        for combo, chosen in ((self.x_combo, x), (self.y_combo, y)):
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItems(names)
                combo.setCurrentText(chosen)
        for editor in (self.surface_range, self.field_range):
            editor.set_names(x, y)
        self.field_view.set_axis_labels(x, y)
        self._analysis = None
        self.state.descent = None
        self._refresh_surface()
        self._refresh_field()
        self._refresh_point()

    def _on_variable_picked(self, picked: QComboBox, other: QComboBox) -> None:
        x, y = self.state.function.variables
        if picked.currentText() == other.currentText():
            with QSignalBlocker(other):
                other.setCurrentText(x if picked is self.x_combo else y)
        try:
            self.set_variables(self.x_combo.currentText(), self.y_combo.currentText())
        except ValueError as error:
            self.title.setText(f"{_title(self.state.function)}   ({error_text(error)})")
            for combo, name in ((self.x_combo, x), (self.y_combo, y)):
                with QSignalBlocker(combo):
                    combo.setCurrentText(name)

    def _refresh_surface(self) -> None:
        s = self.state
        x0, x1, y0, y1 = s.surface_range
        self.surface_range.set_range(s.surface_range)
        set_quietly(self.resolution_spin, s.surface_resolution)
        n = s.surface_resolution
        grid = surface_grid(s.function, (x0, x1), (y0, y1), (n, n))
        self._box = Box((x0, x1), (y0, y1), grid.z_range())
        self.surface_view.set_surface(grid, self._box, s.function.variables)
        self._draw_point_in_3d()
        self._draw_path_in_3d()

    def _refresh_field(self) -> None:
        s = self.state
        x0, x1, y0, y1 = s.field_range
        self.field_range.set_range(s.field_range)
        set_quietly(self.arrow_step_spin, s.field_step)
        with QSignalBlocker(self.normalise_check):
            self.normalise_check.setChecked(s.normalise_arrows)
        self.field_view.set_view_range(x0, x1, y0, y1)
        grid = surface_grid(s.function, (x0, x1), (y0, y1), (CONTOUR_GRID, CONTOUR_GRID))
        self.field_view.set_background(grid.x, grid.y, grid.z, grid.z_range())
        pieces = [contour_segments(grid.x, grid.y, grid.z, level) for level in contour_levels(grid.z, 12)]
        self.field_view.set_contours(np.concatenate(pieces) if pieces else np.empty((0, 2)))
        step = max(s.field_step, max(x1 - x0, y1 - y0) / (MAX_ARROWS_PER_AXIS - 1))
        field = descent_field(s.function, grid_axis(x0, x1, step), grid_axis(y0, y1, step))
        vectors = quiver_vectors(field.u, field.v, step, s.normalise_arrows)
        tails = np.column_stack([field.x.ravel(), field.y.ravel()])
        self.field_view.set_quiver(arrow_segments(tails, vectors, head=0.3, min_head=0.12 * step))
        self._refresh_direction()

    def _refresh_point(self) -> None:
        s = self.state
        x, y = s.point
        set_quietly(self.point_x, x)
        set_quietly(self.point_y, y)
        self.field_view.set_point(x, y)
        self._analysis = analyse_point(s.function, x, y)
        self.gradient_label.setText(translated(gradient_readout(s.function, self._analysis)))
        self._draw_point_in_3d()
        self._refresh_direction()
        self.pointChanged.emit(x, y)

    def _draw_point_in_3d(self) -> None:
        box, a = self._box, self._analysis
        if a is None:
            return
        if box is None or not np.isfinite(a.value):
            self.surface_view.set_point(None, None, None)
            return
        point = box.to_box(a.x, a.y, a.value)
        if not a.defined:
            self.surface_view.set_point(point, None, None)
            return
        (x0, x1), (y0, y1) = box.x_range, box.y_range
        corners = tangent_plane(a, 0.2 * (x1 - x0), 0.2 * (y1 - y0))
        plane = box.to_box(corners[:, 0], corners[:, 1], corners[:, 2])
        arrow = None
        if a.norm > 0:
            gx, gy = a.exact_gradient
            uphill = np.array([gx / a.norm, gy / a.norm, a.norm]) * box.scale
            arrow = arrow_3d(point, uphill, 0.6, head=0.3)
        self.surface_view.set_point(point, plane, arrow)

    def _refresh_direction(self) -> None:
        s = self.state
        if self._analysis is None:
            return
        x0, x1, y0, y1 = s.field_range
        d = directional_derivative(s.function, self._analysis, s.direction)
        self._describe_views()
        self.directional_label.setText(translated(directional_readout(s.function, d)))
        set_quietly(self.angle_spin, math.degrees(math.atan2(s.direction[1], s.direction[0])))
        if not d.quotients:
            self.field_view.set_direction(np.empty((0, 2)), None)
            return
        length = 0.2 * min(x1 - x0, y1 - y0)
        vector = np.array(d.unit) * length
        segments = arrow_segments(np.array(s.point), vector, head=0.25)
        self.field_view.set_direction(segments, (s.point[0] + vector[0], s.point[1] + vector[1]))

    def _on_start_clicked(self, x: float, y: float) -> None:
        self.state.descent_start = (x, y)
        self.run_descent()

    def _on_point_nudged(self, right: int, up: int) -> None:
        x, y = self.state.point
        step = self.point_x.singleStep()
        self.set_point(_stepped(x, right * step), _stepped(y, up * step))

    def _on_start_nudged(self, right: int, up: int) -> None:
        x, y = self.state.descent_start
        step = self.start_x.singleStep()
        self.state.descent_start = (_stepped(x, right * step), _stepped(y, up * step))

    def _on_start_changed(self, start: tuple[float, float]) -> None:
        set_quietly(self.start_x, start[0])
        set_quietly(self.start_y, start[1])
        self.field_view.set_start(start)
        self._describe_views()

    def _on_animation_tick(self) -> None:
        path = self.state.descent
        if path is None or self.state.descent_shown >= path.steps:
            self._timer.stop()
            self._refresh_path()
            if path is not None:
                self.descentFinished.emit(translated(path.message))
            return
        self.state.descent_shown += 1

    def _refresh_path(self) -> None:
        s, path = self.state, self.state.descent
        self.field_view.set_start(s.descent_start)
        if path is None:
            self.field_view.set_path(np.empty((0, 2)))
            self.surface_view.set_path(np.empty((0, 3)))
            self.loss_view.set_losses(np.empty(0), translate("TwoVariablePanel", "f per step"), False)
            return
        k = min(s.descent_shown, path.steps)
        shown, values = path.points[: k + 1], path.values[: k + 1]
        self.field_view.set_path(shown)
        self._draw_path_in_3d()
        if self._timer.isActive():
            step = translate("TwoVariablePanel", "Step {k} of {steps}: f = {f}")
            self.status_label.setText(step.format(k=k, steps=path.steps, f=num(values[-1])))
            self.loss_view.set_losses(values, translate("TwoVariablePanel", "f per step"), False)
            return
        self.status_label.setText(translated(path.message))
        diverged = path.outcome is Outcome.DIVERGED
        title = translate("TwoVariablePanel", "f per step")
        if path.outcome is Outcome.DIVERGED:
            title = translate("TwoVariablePanel", "DIVERGING: f grows")
        elif path.outcome is Outcome.CONVERGED:
            title = translate("TwoVariablePanel", "f per step: converged")
        self.loss_view.set_losses(values, title, diverged)


    def _draw_path_in_3d(self) -> None:
        path, box = self.state.descent, self._box
        if path is None or box is None:
            self.surface_view.set_path(np.empty((0, 3)))
            return
        k = min(self.state.descent_shown, path.steps) + 1
        lifted = box.to_box(path.points[:k, 0], path.points[:k, 1], path.values[:k])
        lifted[:, 2] += 0.01  # just above the surface, so the path is not hidden in it
        self.surface_view.set_path(lifted)


def _stepped(value: float, step: float) -> float:
    """``value + step`` without binary noise (0.1 + 0.2 shows as 0.3), as a key press should."""
    return float(f"{value + step:.12g}")


def _title(function: TwoVariableFunction) -> str:
    x, y = function.variables
    return f"f({x}, {y}) = {function.text}"
