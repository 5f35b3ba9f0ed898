"""The optimizer race: several optimizers from one start on one f(x0, x1), side by side.

Every control writes its field of :class:`~guicalc.core.race_state.RaceState` (saved with
the lesson, undoable) and redraws from the state's events, so undo and an opened lesson
show up here as a user's edit. A change of what decides the race runs it again (after
a short pause, so a slider drag runs it once it rests); the scrubber only redraws. The
mathematics is in core (race, verdict, race_text, quadratic_theory); this shows it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from guicalc.core.optimizer_presets import PRESETS, preset_fields
from guicalc.core.optimizers import KINDS, NAMES, USES
from guicalc.core.race_state import LIMITS, MAX_STEPS
from guicalc.core.schedules import NAMES as SCHEDULE_NAMES
from guicalc.core.schedules import SCHEDULES
from guicalc.i18n import error_text, located, translate, translated
from guicalc.ui.fitting_columns import FittingColumns
from guicalc.ui.steady_label import SteadyCell, SteadyLabel
from guicalc.views.race_view import COLOURS, RaceFieldView, RaceLossView

if TYPE_CHECKING:
    from guicalc.core.quadratic_theory import QuadraticTheory
    from guicalc.core.race import Race, Trail
    from guicalc.core.race_state import RaceState
    from guicalc.core.surface import TwoVariableFunction

RERUN_MS = 150
"""Pause after the last change before the race runs again."""
PLAY_MS = 30
EQUATION_MS = 100
"""While the scrubber moves, the equations follow at most this often (the plots every step)."""
REST_MS = 300
"""The scrubber rests this long before the equations can be selected again: selectable text
is a text document that costs as much again to lay out on every new number."""
SELECTABLE = (QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
              | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard)
WRAP_LINES = 3
"""Lines an update's cell keeps beyond its own, for the long ones wrapped in a narrow column."""
PLAY_FRAMES = 200
"""A play goes through the race in about this many frames."""
CONTROLS_MIN_WIDTH = 290
"""Pixels: narrower than the controls' column, so that the window fits 1024 px with the functions dock."""
DECIDING = ("expression", "start", "view_range", "steps", "racers", "settings", "schedule", "schedule_gamma",
            "schedule_period", "noise", "seed")


class _Scale:
    """How a slider's integer position maps to a hyperparameter (log, 1 − 10^−s, linear)."""

    def __init__(self, to_value: Callable[[int], float], to_position: Callable[[float], float], top: int) -> None:
        self.to_value, self.to_position, self.top = to_value, to_position, top

    def position(self, value: float) -> int:
        return int(min(max(round(self.to_position(value)), 0), self.top))


def _log(low_exp: int, high_exp: int) -> _Scale:
    return _Scale(lambda s: 10 ** (low_exp + s / 100), lambda v: (math.log10(max(v, 1e-300)) - low_exp) * 100,
                  (high_exp - low_exp) * 100)


SCALES = {
    "lr": _log(-6, 1),
    "beta": _Scale(lambda s: 1 - 10 ** (-s / 100), lambda v: -100 * math.log10(max(1 - v, 1e-300)), 400),
    "eps": _log(-12, 0),
    "weight_decay": _Scale(lambda s: s / 1000, lambda v: v * 1000, 1000),
}
SCALES["beta1"] = SCALES["beta"]
SCALES["beta2"] = _Scale(SCALES["beta"].to_value, SCALES["beta"].to_position, 600)


def _titles() -> dict[str, str]:
    return {"lr": translate("RacePanel", "Learning rate η"), "beta": translate("RacePanel", "Momentum β (RMSProp α)"),
            "beta1": translate("RacePanel", "First-moment decay β₁"),
            "beta2": translate("RacePanel", "Second-moment decay β₂"), "eps": translate("RacePanel", "ε"),
            "weight_decay": translate("RacePanel", "Decoupled weight decay λ")}


def _named(widget: QtWidgets.QWidget, name: str, accessible: str, tip: str) -> QtWidgets.QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)
    return widget


class RacePanel(QtWidgets.QWidget):
    """objectName ``optimizerRace``: controls on the left, the field and the loss plot, the
    scrubber, each racer's update as an equation, and the verdicts."""

    def __init__(self, state: RaceState, history: QtWidgets.QUndoStack | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optimizerRace")
        self.state, self.history = state, history
        self.race: Race | None = None
        self.function: TwoVariableFunction | None = None
        self.theory: QuadraticTheory | None = None
        self.field_view, self.loss_view = RaceFieldView(), RaceLossView()
        self.keyboard_view = self.field_view  # where Ctrl+… "focus the view" puts the keys
        self.message = QtWidgets.QLabel(objectName="raceMessage", wordWrap=True)
        self.message.setStyleSheet("color: #D55E00")
        self.message.hide()
        self._rerun = QtCore.QTimer(self, singleShot=True, interval=RERUN_MS)
        self._rerun.timeout.connect(self.run)
        self._player = QtCore.QTimer(self, interval=PLAY_MS)
        self._player.timeout.connect(self._play_tick)
        self._equation_timer = QtCore.QTimer(self, singleShot=True, interval=EQUATION_MS)
        self._equation_timer.timeout.connect(self.show_equations)
        self._rest_timer = QtCore.QTimer(self, singleShot=True, interval=REST_MS)
        self._rest_timer.timeout.connect(lambda: self._make_equations_selectable(True))
        self._equations_shown = QtCore.QElapsedTimer()
        self.equations: dict[str, QtWidgets.QLabel] = {}
        controls = self._controls()
        layout = QtWidgets.QHBoxLayout(self)
        layout.addWidget(controls)
        layout.addLayout(self._main(), 1)
        self._connect()
        self._from_state()
        self.run()

    # -- building -----------------------------------------------------------------------------

    def _controls(self) -> QtWidgets.QWidget:
        self.preset = _named(QtWidgets.QComboBox(), "racePreset", translate("RacePanel", "Surface"),
                             translate("RacePanel", "A test function with its start, view and learning rates"))
        for p in PRESETS:
            self.preset.addItem(translated(p.title), p.name)
        self.preset.addItem(translate("RacePanel", "Your own f"), "")
        self.expression = _named(QtWidgets.QLineEdit(), "raceExpression", translate("RacePanel", "f(x0, x1)"),
                                 translate("RacePanel", "The function the optimizers descend; Enter runs the race"))
        self.start_x = _named(QtWidgets.QDoubleSpinBox(), "raceStartX", translate("RacePanel", "Start x0"),
                              translate("RacePanel", "Where every racer starts"))
        self.start_y = _named(QtWidgets.QDoubleSpinBox(), "raceStartY", translate("RacePanel", "Start x1"),
                              translate("RacePanel", "Where every racer starts"))
        for spin in (self.start_x, self.start_y):
            spin.setRange(-1e6, 1e6)
            spin.setDecimals(6)  # the saddle starts 10⁻⁶ off its ridge
            spin.setSingleStep(0.1)
            spin.setKeyboardTracking(False)
        self.steps = _named(QtWidgets.QSpinBox(), "raceSteps", translate("RacePanel", "Steps"),
                            translate("RacePanel", "How many steps each racer takes"))
        self.steps.setRange(1, MAX_STEPS)
        self.steps.setKeyboardTracking(False)
        form = QtWidgets.QFormLayout()
        form.addRow(translate("RacePanel", "&Surface"), self.preset)
        form.addRow(translate("RacePanel", "&f ="), self.expression)
        starts = QtWidgets.QHBoxLayout()
        starts.addWidget(self.start_x)
        starts.addWidget(self.start_y)
        form.addRow(translate("RacePanel", "Start"), starts)
        form.addRow(translate("RacePanel", "S&teps"), self.steps)

        racers = QtWidgets.QGroupBox(translate("RacePanel", "Racers"))
        grid = QtWidgets.QGridLayout(racers)
        self.racer_boxes: dict[str, QtWidgets.QCheckBox] = {}
        for i, kind in enumerate(KINDS):
            box = _named(QtWidgets.QCheckBox(translated(NAMES[kind])), f"raceUse_{kind}",
                         translate("RacePanel", "Race {name}").format(name=translated(NAMES[kind])),
                             translate("RacePanel", "Race this optimizer"))
            box.setStyleSheet(f"QCheckBox {{ border-left: 6px solid {COLOURS[kind]}; padding-left: 4px }}")
            self.racer_boxes[kind] = box
            grid.addWidget(box, i // 2, i % 2)

        tuning = QtWidgets.QGroupBox(translate("RacePanel", "Hyperparameters"))
        tuning_layout = QtWidgets.QFormLayout(tuning)
        self.selected = _named(QtWidgets.QComboBox(), "raceSelected", translate("RacePanel", "Optimizer to tune"),
                               translate("RacePanel", "Whose hyperparameters the sliders set"))
        for kind in KINDS:
            self.selected.addItem(translated(NAMES[kind]), kind)
        tuning_layout.addRow(translate("RacePanel", "T&une"), self.selected)
        self.sliders: dict[str, QtWidgets.QSlider] = {}
        self.slider_values: dict[str, QtWidgets.QLabel] = {}
        self._slider_rows: dict[str, tuple[QtWidgets.QWidget, QtWidgets.QWidget]] = {}
        for name, title in _titles().items():
            slider = _named(QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal), f"raceSlider_{name}", title,
                            translate("RacePanel", "Drag, or use the arrow keys and Page Up/Down"))
            slider.setRange(0, SCALES[name].top)
            slider.setPageStep(max(1, SCALES[name].top // 20))
            value = QtWidgets.QLabel(objectName=f"raceValue_{name}")
            value.setMinimumWidth(70)
            row = QtWidgets.QWidget()
            row_layout = QtWidgets.QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(slider, 1)
            row_layout.addWidget(value)
            label = QtWidgets.QLabel(title)
            label.setBuddy(slider)
            tuning_layout.addRow(label, row)
            self.sliders[name], self.slider_values[name] = slider, value
            self._slider_rows[name] = (label, row)

        extras = QtWidgets.QGroupBox(translate("RacePanel", "Schedule and noise"))
        extra_form = QtWidgets.QFormLayout(extras)
        self.schedule = _named(QtWidgets.QComboBox(), "raceSchedule", translate("RacePanel", "Learning-rate schedule"),
                               translate("RacePanel", "η per step: constant, cut by γ every period, times γ "
                                                      "each step, or cosine to 0"))
        for name in SCHEDULES:
            self.schedule.addItem(translated(SCHEDULE_NAMES[name]), name)
        self.gamma = _named(QtWidgets.QDoubleSpinBox(), "raceGamma", translate("RacePanel", "Schedule factor γ"),
                            translate("RacePanel", "The factor of the step and exponential schedules"))
        self.gamma.setRange(0.01, 1.0)
        self.gamma.setSingleStep(0.01)
        self.gamma.setDecimals(3)
        self.period = _named(QtWidgets.QSpinBox(), "racePeriod", translate("RacePanel", "Schedule period"),
                             translate("RacePanel", "Steps between two cuts of the step schedule"))
        self.period.setRange(1, MAX_STEPS)
        self.noise = _named(QtWidgets.QDoubleSpinBox(), "raceNoise", translate("RacePanel", "Gradient noise σ"),
                            translate("RacePanel", "σ of Gaussian noise added to every gradient: descent becomes SGD"))
        self.noise.setRange(0.0, 100.0)
        self.noise.setSingleStep(0.05)
        self.noise.setDecimals(3)
        self.seed = _named(QtWidgets.QSpinBox(), "raceSeed", translate("RacePanel", "Noise seed"),
                           translate("RacePanel", "The same seed gives the same noise: a race can be run again"))
        self.seed.setRange(0, 2**31 - 1)
        for spin in (self.gamma, self.period, self.noise, self.seed):
            spin.setKeyboardTracking(False)
        self.log_scale = _named(QtWidgets.QCheckBox(translate("RacePanel", "Loss on a &log scale")), "raceLogScale",
                                translate("RacePanel", "Loss on a log scale"),
                                    translate("RacePanel", "f per step on a logarithmic axis (when f > 0)"))
        extra_form.addRow(translate("RacePanel", "Sc&hedule"), self.schedule)
        extra_form.addRow(translate("RacePanel", "γ"), self.gamma)
        extra_form.addRow(translate("RacePanel", "Period"), self.period)
        extra_form.addRow(translate("RacePanel", "&Noise σ"), self.noise)
        extra_form.addRow(translate("RacePanel", "Seed"), self.seed)
        extra_form.addRow(self.log_scale)

        column = QtWidgets.QWidget()
        column_layout = QtWidgets.QVBoxLayout(column)
        column_layout.addLayout(form)
        column_layout.addWidget(racers)
        column_layout.addWidget(tuning)
        column_layout.addWidget(extras)
        column_layout.addStretch(1)
        scroll = QtWidgets.QScrollArea(objectName="raceControls")
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        # Its whole width when the window has it; on a 1024 px projector it scrolls sideways
        # rather than push the window past the screen.
        scroll.setMinimumWidth(min(column.sizeHint().width() + 24, CONTROLS_MIN_WIDTH))
        return scroll

    def _button(self, icon: str) -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton()
        button.setIcon(self.style().standardIcon(getattr(QtWidgets.QStyle.StandardPixmap, icon)))
        return button

    def _main(self) -> QtWidgets.QVBoxLayout:
        plots = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        plots.addWidget(self.field_view)
        plots.addWidget(self.loss_view)
        plots.setSizes([600, 400])
        self.to_start = _named(self._button("SP_MediaSkipBackward"), "raceToStart",
                               translate("RacePanel", "To the start"),
                               translate("RacePanel", "Back to step 0 (Home in the plot)"))
        self.back = _named(self._button("SP_MediaSeekBackward"), "raceBack", translate("RacePanel", "Step back"),
                           translate("RacePanel", "One step back (Left in the plot)"))
        self.play = _named(self._button("SP_MediaPlay"), "racePlay", translate("RacePanel", "Play"),
                           translate("RacePanel", "Play the race from here, or pause it (Space in the plot)"))
        self.play.setCheckable(True)
        self.forward = _named(self._button("SP_MediaSeekForward"), "raceForward",
                              translate("RacePanel", "Step forward"),
                              translate("RacePanel", "One step forward (Right in the plot)"))
        self.to_end = _named(self._button("SP_MediaSkipForward"), "raceToEnd", translate("RacePanel", "To the end"),
                             translate("RacePanel", "To the last step (End in the plot)"))
        self.scrubber = _named(QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal), "raceScrubber",
                               translate("RacePanel", "Step of the race"),
                                   translate("RacePanel", "Drag to move through the steps"))
        # Fixed both ways: a new step's text then never asks the page's layout to run again.
        self.step_label = SteadyLabel(translate("RacePanel", "step {step} of {steps}").format(
            step=MAX_STEPS, steps=MAX_STEPS))
        self.step_label.setObjectName("raceStepLabel")
        scrub = QtWidgets.QHBoxLayout()
        for widget in (self.to_start, self.back, self.play, self.forward, self.to_end):
            scrub.addWidget(widget)
        scrub.addWidget(self.scrubber, 1)
        scrub.addWidget(self.step_label)

        self.equation_box = FittingColumns()
        self.equation_box.setObjectName("raceEquations")
        self.verdicts = QtWidgets.QLabel(objectName="raceVerdicts", wordWrap=True)
        self.verdicts.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.verdicts.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
                                              | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard)
        _named(self.verdicts, "raceVerdicts", translate("RacePanel", "Verdicts"), "")
        self.verdicts.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        words = QtWidgets.QWidget()
        words_layout = QtWidgets.QVBoxLayout(words)
        words_layout.addWidget(self.equation_box)
        words_layout.addWidget(self.verdicts)
        words_layout.addStretch(1)
        below = QtWidgets.QScrollArea(objectName="raceWords")
        below.setWidget(words)
        below.setWidgetResizable(True)
        below.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        top = QtWidgets.QWidget()
        top_layout = QtWidgets.QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(plots, 1)
        top_layout.addLayout(scrub)
        split.addWidget(top)
        split.addWidget(below)
        split.setSizes([560, 300])
        layout = QtWidgets.QVBoxLayout()
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        return layout

    # -- state ↔ widgets ----------------------------------------------------------------------

    def _connect(self) -> None:
        s = self.state
        self.preset.activated.connect(self._on_preset_chosen)
        self.expression.editingFinished.connect(self._on_expression_edited)
        self.start_x.valueChanged.connect(lambda v: setattr(s, "start", (float(v), s.start[1])))
        self.start_y.valueChanged.connect(lambda v: setattr(s, "start", (s.start[0], float(v))))
        self.steps.valueChanged.connect(lambda v: setattr(s, "steps", int(v)))
        for kind, box in self.racer_boxes.items():
            box.toggled.connect(lambda _on, k=kind: self._on_racer_toggled())
        self.selected.currentIndexChanged.connect(lambda i: setattr(s, "selected", self.selected.itemData(i)))
        for name, slider in self.sliders.items():
            slider.valueChanged.connect(lambda position, n=name: self._on_slider_moved(n, position))
        self.schedule.currentIndexChanged.connect(lambda i: setattr(s, "schedule", self.schedule.itemData(i)))
        self.gamma.valueChanged.connect(lambda v: setattr(s, "schedule_gamma", float(v)))
        self.period.valueChanged.connect(lambda v: setattr(s, "schedule_period", int(v)))
        self.noise.valueChanged.connect(lambda v: setattr(s, "noise", float(v)))
        self.seed.valueChanged.connect(lambda v: setattr(s, "seed", int(v)))
        self.log_scale.toggled.connect(lambda on: setattr(s, "log_scale", bool(on)))
        self.scrubber.valueChanged.connect(lambda v: setattr(s, "step", int(v)))
        self.to_start.clicked.connect(lambda: self.go_to(0))
        self.to_end.clicked.connect(lambda: self.go_to(self.state.steps))
        self.back.clicked.connect(lambda: self.move(-1))
        self.forward.clicked.connect(lambda: self.move(1))
        self.play.toggled.connect(self._on_play_toggled)
        self.field_view.stepRequested.connect(self.move)
        self.field_view.endRequested.connect(lambda end: self.go_to(self.state.steps if end else 0))
        self.field_view.playToggled.connect(self.play.toggle)
        s.events.connect(self._on_state_changed)

    def _on_state_changed(self, info: object) -> None:
        name = info.signal.name
        if name == "step":  # the scrubber's path: redraw, nothing else
            with QtCore.QSignalBlocker(self.scrubber):
                self.scrubber.setValue(min(self.state.step, self.state.steps))
            self.show_step()
            return
        self._from_state()
        if name in DECIDING:
            self._rerun.start()
        elif name == "log_scale" and self.race is not None:
            self._draw_losses()
        elif name == "selected":
            self.show_step()

    def _from_state(self) -> None:
        """Every widget from the state, without writing back."""
        s = self.state
        blockers = [QtCore.QSignalBlocker(w) for w in (
            self.preset, self.expression, self.start_x, self.start_y, self.steps, self.selected, self.schedule,
            self.gamma, self.period, self.noise, self.seed, self.log_scale, self.scrubber,
            *self.racer_boxes.values(), *self.sliders.values())]
        index = self.preset.findData(s.preset)
        self.preset.setCurrentIndex(index if index >= 0 else self.preset.count() - 1)
        if self.expression.text() != s.expression:
            self.expression.setText(s.expression)
        self.start_x.setValue(s.start[0])
        self.start_y.setValue(s.start[1])
        self.steps.setValue(s.steps)
        for kind, box in self.racer_boxes.items():
            box.setChecked(kind in s.racers)
        self.selected.setCurrentIndex(max(self.selected.findData(s.selected), 0))
        hp = s.settings.get(s.selected, {})
        for name, slider in self.sliders.items():
            used = name in USES[s.selected]
            for widget in self._slider_rows[name]:
                widget.setVisible(used)
            if name in hp:
                slider.setValue(SCALES[name].position(hp[name]))
                self.slider_values[name].setText(f"{hp[name]:.4g}")
        self.schedule.setCurrentIndex(max(self.schedule.findData(s.schedule), 0))
        self.gamma.setValue(s.schedule_gamma)
        self.period.setValue(s.schedule_period)
        self.gamma.setEnabled(s.schedule in ("step", "exponential"))
        self.period.setEnabled(s.schedule == "step")
        self.noise.setValue(s.noise)
        self.seed.setValue(s.seed)
        self.log_scale.setChecked(s.log_scale)
        self.scrubber.setRange(0, s.steps)
        self.scrubber.setValue(min(s.step, s.steps))
        del blockers

    def _on_preset_chosen(self, index: int) -> None:
        name = self.preset.itemData(index)
        chosen = next((p for p in PRESETS if p.name == name), None)
        if chosen is None:
            self.state.preset = ""
            return
        if self.history is not None:
            self.history.beginMacro(translate("RacePanel", "choose the surface {name}").format(
                name=translated(chosen.title)))
        try:
            for field, value in preset_fields(chosen, self.state.settings).items():
                setattr(self.state, field, value)
        finally:
            if self.history is not None:
                self.history.endMacro()

    def _on_expression_edited(self) -> None:
        text = self.expression.text().strip()
        if text != self.state.expression:
            self.state.expression = text
            self.state.preset = next((p.name for p in PRESETS if p.expression == text), "")

    def _on_racer_toggled(self) -> None:
        self.state.racers = tuple(kind for kind in KINDS if self.racer_boxes[kind].isChecked())

    def _on_slider_moved(self, name: str, position: int) -> None:
        low, high = LIMITS[name]
        value = min(max(float(f"{SCALES[name].to_value(position):.4g}"), low), high)
        settings = {kind: dict(values) for kind, values in self.state.settings.items()}
        settings.setdefault(self.state.selected, {})[name] = value
        self.state.settings = settings

    # -- the race -----------------------------------------------------------------------------

    def run(self) -> None:
        """Run the race the state describes and draw it (the last good race stays on a bad f)."""
        from guicalc.core.parse import ParseError
        from guicalc.core.quadratic_theory import quadratic_theory
        from guicalc.core.race import race_of_state
        from guicalc.core.race_backdrop import race_backdrop

        self._rerun.stop()
        try:
            fn, race = race_of_state(self.state)
        except (ParseError, ValueError) as exc:
            self.message.setText(located(exc) if isinstance(exc, ParseError) else error_text(exc))
            self.message.show()
            return
        self.message.hide()
        self.race, self.function = race, fn
        self.theory = quadratic_theory(fn.expr, fn.variables)
        backdrop = race_backdrop(fn, self.state.view_range)
        kinds = [t.racer.kind for t in race.trails]
        self.field_view.set_backdrop(backdrop.x, backdrop.y, backdrop.shade, backdrop.contours,
                                     self.state.view_range, fn.variables)
        self.field_view.set_trails(kinds, [t.points for t in race.trails], race.start)
        self._draw_losses()
        self._make_equation_labels(race.trails)
        self._say_verdicts()
        self.show_step()

    def _draw_losses(self) -> None:
        race = self.race
        self.loss_view.set_losses([t.racer.kind for t in race.trails], [t.values for t in race.trails],
                                  self.state.log_scale)

    def _make_equation_labels(self, trails: Sequence[Trail]) -> None:
        from guicalc.core.race_text import update_equation

        for label in self.equations.values():
            label.parentWidget().deleteLater()  # its SteadyCell
        self.equations = {}
        cells = []
        for trail in trails:
            kind = trail.racer.kind
            label = QtWidgets.QLabel(objectName=f"raceEquation_{kind}")
            label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # in one column a long line still wraps in its cell's spare lines
            label.setStyleSheet(f"QLabel {{ border-left: 6px solid {COLOURS[kind]}; padding-left: 6px }}")
            label.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(SELECTABLE)
            label.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
            label.setAccessibleName(translate("RacePanel", "Update of {name}").format(name=translated(NAMES[kind])))
            # A fixed box: new numbers on a scrub repaint the label, never the layout around it.
            last = len(trail.points) - 1  # step 0 is the start alone: the lines of a step and of the end
            lines = max(translated(update_equation(trail, step)).count("\n") + 1 for step in {min(1, last), last})
            cells.append(SteadyCell(label, lines + WRAP_LINES))
            self.equations[kind] = label
        self.equation_box.set_cells(cells)

    def _say_verdicts(self) -> None:
        from guicalc.core.race_text import standings, theory_lines

        text = translated(standings(self.race))
        chosen = next((p for p in PRESETS if p.name == self.state.preset), None)
        if chosen is not None and chosen.lesson:
            text = translated(chosen.lesson) + "\n\n" + text
        if self.theory is not None:
            text += "\n\n" + translated(theory_lines(self.theory, self.race))
        self.verdicts.setText(text)
        self.verdicts.setAccessibleDescription(text.replace("\n", "; "))

    def show_step(self) -> None:
        """Draw the race at the scrubber's step: trails, markers, the line on the losses, each update."""
        if self.race is None:
            return
        step = min(self.state.step, self.race.steps)
        self.field_view.show_step(step)
        self.loss_view.show_step(step)
        self.step_label.setText(translate("RacePanel", "step {step} of {steps}").format(step=step,
                                                                                        steps=self.race.steps))
        # Six equations of unicode text cost more than both plots: while the scrubber is
        # dragged they follow at most every EQUATION_MS, and always show the step it rests on.
        if self._equations_shown.isValid() and self._equations_shown.elapsed() < EQUATION_MS:
            if not self._equation_timer.isActive():
                self._equation_timer.start()
            self._make_equations_selectable(False)
            self._rest_timer.start()
            return
        self.show_equations()

    def show_equations(self) -> None:
        """Each racer's update at the scrubber's step, with its numbers."""
        from guicalc.core.race_text import update_equation

        self._equation_timer.stop()
        self._equations_shown.start()
        if self.race is None:
            return
        step = min(self.state.step, self.race.steps)
        for trail in self.race.trails:
            label, text = self.equations[trail.racer.kind], translated(update_equation(trail, step))
            label.setText(text)
            label.setAccessibleDescription(text.replace("\n", "; "))

    def _make_equations_selectable(self, selectable: bool) -> None:
        """Plain text while the scrubber moves, selectable when it rests (reachable by Tab in both)."""
        flags = SELECTABLE if selectable else QtCore.Qt.TextInteractionFlag.NoTextInteraction
        for label in self.equations.values():
            if label.textInteractionFlags() != flags:
                label.setTextInteractionFlags(flags)
                label.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)  # the flags set their own policy

    # -- moving through the steps --------------------------------------------------------------

    def go_to(self, step: int) -> None:
        self.state.step = int(min(max(step, 0), self.state.steps))

    def move(self, by: int) -> None:
        self.go_to(self.state.step + by)

    def _on_play_toggled(self, playing: bool) -> None:
        self.play.setIcon(self.style().standardIcon(
            QtWidgets.QStyle.StandardPixmap.SP_MediaPause if playing else QtWidgets.QStyle.StandardPixmap.SP_MediaPlay))
        if playing:
            if self.state.step >= self.state.steps:
                self.go_to(0)
            self._player.start()
        else:
            self._player.stop()

    def _play_tick(self) -> None:
        if self.state.step >= self.state.steps:
            self.play.setChecked(False)
            return
        self.move(max(1, self.state.steps // PLAY_FRAMES))

    def shutdown(self) -> None:
        """Stop the timers (the window closes)."""
        self._player.stop()
        self._rerun.stop()
        self._equation_timer.stop()
        self._rest_timer.stop()

    def figures(self) -> dict[str, QtWidgets.QWidget]:
        return {"race": self.field_view, "race-loss": self.loss_view}
