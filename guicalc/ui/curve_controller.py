"""Connects the document to the curve view, the point panel and the limit panel.

The document changes; this asks core/ for the numbers and the sentences
(guicalc.core.curve_scene: the snapshot at the point, the same ``guicalc derive``
prints) and hands them to the views. A move of the point repaints the point, tangent,
secant and readouts; the limit table and error plot follow at their own pace while it
keeps moving (``LAB_INTERVAL_MS``), and resampling is coalesced onto the next event-loop
turn. An edit resamples only the curves whose analysis changed; a keystroke shows the
curve, f′ and the point at once and leaves the legend's formulas, the readout, the table
and the error plot to the typing pause.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore

from guicalc.core import curve_scene, symbolic
from guicalc.core.analysis import HEAVY_TEXT, USABLE_NODES, CurveAnalysis
from guicalc.core.curve_state import CurveState
from guicalc.core.definitions import definition_name
from guicalc.core.document import Document, FunctionState, ParameterState
from guicalc.core.parse import Parsed, ParseError, UnfinishedNameError
from guicalc.core.worker import Job
from guicalc.i18n import located, translate, translated
from guicalc.ui.background import BackgroundWork
from guicalc.ui.function_list import TYPING_PAUSE_MS
from guicalc.ui.limit_panel import LimitPanel
from guicalc.ui.parameter_panel import ParameterPanel
from guicalc.ui.point_panel import PointPanel
from guicalc.ui.throttle import Throttle
from guicalc.views.curve_view import CurveView

DERIVATIVE_STYLES = {1: ("′", "#56B4E9"), 2: ("″", "#CC79A7")}
MIN_SAMPLES = 2000
SLIDER_PAUSE_MS = 600
"""A slider for a new letter waits for a pause in the typing this long."""
LAB_INTERVAL_MS = 250
"""While the point moves (a drag, a held key, h shrinking) the limit table and error plot
follow at most this often, and once more when it rests: each move repaints the point,
tangent and readouts only (see ui.throttle). Four times a second is as fast as anyone
reads a table; a refresh costs 15-40 ms, so at 150 ms it took a fifth of a drag's time."""


@dataclass(frozen=True)
class _Drawn:
    """A curve as last drawn: what its samples were taken of, the samples, its colour and label."""

    sampled: tuple[object, ...]
    xs: np.ndarray
    ys: np.ndarray
    color: str
    label: str


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """The same analysis object (``is``: sympy's == would compare expressions), the rest equal."""
    return a[0] is b[0] and a[1:] == b[1:]


class CurveController(QtCore.QObject):
    """Owns the analyses of the functions and keeps every curve widget current."""

    statusMessage = QtCore.Signal(str)
    twoVariableExpression = QtCore.Signal(object)  # the Parsed f(x, y) typed in the list
    activeExpressionChanged = QtCore.Signal(object)  # the active function's Parsed, when it parses
    parameterAdded = QtCore.Signal(object)  # a new ParameterState (a new letter was typed)
    curvesChanged = QtCore.Signal()  # the curves were resampled (a text, a parameter, the range changed)

    def __init__(self, document: Document, view: CurveView, point_panel: PointPanel,
                 limit_panel: LimitPanel, parameter_panel: ParameterPanel) -> None:
        super().__init__(view)
        self.document = document
        self.view = view
        self.point_panel = point_panel
        self.limit_panel = limit_panel
        self.parameter_panel = parameter_panel
        self.analyses: dict[int, CurveAnalysis] = {}
        self.active: FunctionState = document.functions[0]
        self.samples = MIN_SAMPLES
        self._held = False
        self._waiting: list[FunctionState] = []  # a lesson's functions still to analyse, one per turn
        self._waiting_total = 0
        self._unshown: dict[str, tuple] = {}  # curves of the waiting functions, sampled, shown together
        self._adopted: dict[int, weakref.ref] = {}  # parameter states whose changes we follow, by id
        self._lab = Throttle(self.refresh_lab, LAB_INTERVAL_MS, self)
        self._at_rest = QtCore.QTimer(self, singleShot=True, interval=LAB_INTERVAL_MS)
        self._at_rest.timeout.connect(lambda: self._selectable_readouts(True))
        self._swept: tuple[object, ...] | None = None  # what the error plot's range was fitted to
        self._drawn: dict[str, _Drawn] = {}  # each curve's samples, by its key in the view
        self.background = BackgroundWork(self)
        """Works out derivatives too large to find at once (see CurveAnalysis)."""
        self.background.jobEnded.connect(self._on_derivative_worked_out)
        self._asked: dict[tuple[int, int], object] = {}  # (id(f), order) -> the f asked about
        self._named = False  # whether a row defined a named function (f(x) = …) at the last edit
        self._resample_timer = self._coalescer(self.refresh_curves)
        self.slider_pause_ms = SLIDER_PAUSE_MS
        self._new_parameters_timer = self._coalescer(self._on_typing_paused)
        self._next_timer = self._coalescer(self._analyse_next)
        self.typing_pause_ms = TYPING_PAUSE_MS
        self._typing = False  # inside a keystroke's redraw: the legend keeps its formulas, the point is quick
        self._keystroke: FunctionState | None = None  # the function whose next text change is typed
        self._typed_timer = self._coalescer(self._after_typing)

        state = document.curve
        for name in ("x", "h"):  # they move continuously (a drag, a held key, h shrinking)
            getattr(state.events, name).connect(self.follow_point)
        for name in ("method", "dtype", "steps", "show_secant"):
            getattr(state.events, name).connect(self.refresh_point)
        for name in ("show_first", "show_second"):
            getattr(state.events, name).connect(self.refresh_curves)
        view.pointDragged.connect(self._on_point_dragged)
        view.pointNudged.connect(self._on_point_nudged)
        view.rangeChanged.connect(self._on_range_changed)
        document.functions.events.inserted.connect(lambda _, f: self._watch(f))
        document.functions.events.removed.connect(self._on_function_removed)
        for f in document.functions:
            self._watch(f)

    def _coalescer(self, slot: object) -> QtCore.QTimer:
        timer = QtCore.QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        return timer

    # -- functions -------------------------------------------------------------------
    def _watch(self, f: FunctionState) -> None:
        f.events.text.connect(lambda _: self._on_text_changed(f))
        f.events.color.connect(lambda _: self.refresh_curves())
        f.events.visible.connect(lambda _: self.refresh_curves())
        self.reanalyse(f)

    def keystroke(self, f: FunctionState) -> None:
        """The next change of ``f``'s text is a keystroke in its editor: shown at once as a
        curve, the rest after the typing pause. Undo, a lesson or a script change it whole."""
        self._keystroke = f

    def _on_text_changed(self, f: FunctionState) -> None:
        self._typing, self._keystroke = self._keystroke is f, None
        try:
            self.reanalyse(f)
            # A named function (g(x) = f(x) + 1) changes with the rows it calls: the others follow.
            named = any(definition_name(g.text) for g in self.document.functions)
            if named or self._named:
                for g in list(self.document.functions):
                    if g is not f:
                        self._reanalyse_if_changed(g)
            self._named = named
        finally:
            self._typing = False

    @property
    def typing(self) -> bool:
        """True from a keystroke until the typing pause has brought the legend, readout,
        table and error plot up to date."""
        return self._typed_timer.isActive()

    def _after_typing(self) -> None:
        """The typing paused: the legend's formulas, then the exact point, readout, table and sweep."""
        self._typed_timer.stop()
        self.refresh_curves()
        self.refresh_point()

    def _reanalyse_if_changed(self, f: FunctionState) -> None:
        if self._held and len(f.text) > HEAVY_TEXT:
            self.reanalyse(f)  # noted, not parsed
            return
        a = self.analyses.get(id(f))
        try:
            same = a is not None and f.parsed() == a.parsed
        except ParseError:
            same = False
        if not same:
            self.reanalyse(f)

    def _on_function_removed(self, _: int, f: FunctionState) -> None:
        self.analyses.pop(id(f), None)
        self._waiting = [g for g in self._waiting if g is not f]
        self._show_parameters()
        if f is self.active:
            self.active = self.document.functions[0]
        self.refresh_curves()
        self.refresh_point()

    def set_active(self, f: FunctionState) -> None:
        """The function whose tangent and limits are shown."""
        if f is not self.active:
            self.active = f
            self.refresh_curves()
            self.refresh_point()
            if id(f) in self.analyses:
                self.activeExpressionChanged.emit(f.parsed())

    def reanalyse(self, f: FunctionState) -> bool:
        """Parse and analyse ``f`` and draw the curves; on error the last good analysis stays
        drawn (False: nothing was drawn). While a lesson is put in (``hold``) a heavy ``f``
        is only noted: ``reanalyse_all`` has it read."""
        if self._held and len(f.text) > HEAVY_TEXT:
            if not any(g is f for g in self._waiting):
                self._waiting.append(f)
            if f is self.active:  # the views that follow it take it before the lesson's settings for them
                try:
                    self.activeExpressionChanged.emit(f.parsed())
                except ParseError:
                    pass
            return False
        self._waiting = [g for g in self._waiting if g is not f]  # typed in before its turn came
        try:
            parsed = f.parsed()
        except UnfinishedNameError as exc:
            self.statusMessage.emit(translated(exc.message))  # quietly: the last good plot stays
            return False
        except ParseError as exc:
            if f.text.strip():
                self.statusMessage.emit(located(exc))
            return False
        if f is self.active:
            self.activeExpressionChanged.emit(parsed)
        variable = self._curve_variable(parsed)
        if variable is None:
            self.statusMessage.emit(translate("CurveController",
                                              "{expression} has two variables: shown in the surface and field views")
                                    .format(expression=f.text))
            self.twoVariableExpression.emit(parsed)  # after: the views may refuse it, with their own message
            return False
        params = self._parameters_for(parsed, variable)
        self.analyses[id(f)] = CurveAnalysis(parsed, variable, params)
        self._show_parameters()  # after the analysis: the panel follows the text just typed
        self.statusMessage.emit("")
        self.refresh_curves()
        if self._typing:
            self._typed_timer.start(self.typing_pause_ms)
            if f is self.active:
                self._show_point_quickly(self.analyses[id(f)])
        elif f is self.active:
            self.refresh_point()
        return True

    def reanalyse_all(self) -> None:
        """After the document was replaced whole (New, Open): the functions put in, and those
        whose analysis uses a parameter the new lesson no longer has, are read again, and the
        parameter panel shows the new lesson's parameters. Ends ``hold``.

        Heavy functions (texts over HEAVY_TEXT) other than the active one are read one per
        event-loop turn after this returns and drawn together at the end, so that a lesson
        of fifty heavy functions opens at once and the window answers while they arrive
        (issue 22 §8: it froze the window 37.6 s)."""
        self._held = False
        present = list(self.document.functions)
        noted = [f for f in self._waiting if any(f is g for g in present)]
        self._waiting = [f for f in noted if f is not self.active]
        self._waiting_total = len(self._waiting)
        active_noted = any(f is self.active for f in noted)
        active_read = active_noted and self.reanalyse(self.active)
        drawn = active_read
        for f in present:
            if (f is self.active and active_noted) or any(f is g for g in self._waiting):
                continue
            analysis = self.analyses.get(id(f))
            if analysis is None or any(n not in self.document.parameters for n in analysis.params):
                drawn = self.reanalyse(f) or drawn
        if not drawn:
            self.refresh_curves()
        if not active_read:
            self.refresh_point()
        self.parameter_panel.show_parameters([self.document.parameters[n] for n in self._parameter_names()
                                              if n in self.document.parameters])
        if self._waiting:
            self._say_working()
            self._next_timer.start()

    @property
    def working(self) -> bool:
        """True while functions of a lesson just opened are still being read and drawn."""
        return bool(self._waiting)

    def _analyse_next(self) -> None:
        """One waiting function of the lesson: parsed, analysed and its curve drawn."""
        if self._held or not self._waiting:
            return
        f = self._waiting.pop(0)
        self._analyse_quietly(f)
        if self._waiting:
            self._say_working()
            self._next_timer.start()
            return
        present = {f"{id(g)}:" for g in self.document.functions}
        for key, curve in self._unshown.items():
            if key[:key.index(":") + 1] in present:
                self.view.set_curve(key, *curve)
        self._unshown.clear()
        self._show_parameters()
        self.statusMessage.emit("")
        self.curvesChanged.emit()  # the last curve is in: the points of interest, the table

    def _curve_variable(self, parsed: Parsed) -> str | None:
        """The variable of ``parsed`` as a curve; None for f(x, y), which the surface shows."""
        return parsed.variable or curve_scene.curve_variable(parsed.symbols, self.document.curve.variable)

    def two_variable_function(self) -> Parsed | None:
        """The lesson's first function of two variables (None: there is none). The surface
        tab built after the lesson was read in missed its ``twoVariableExpression``."""
        for f in self.document.functions:
            try:
                parsed = f.parsed()
            except ParseError:
                continue
            if self._curve_variable(parsed) is None:
                return parsed
        return None

    def _analyse_quietly(self, f: FunctionState) -> None:
        """``reanalyse`` for a function of a lesson being read in: only its own curves are
        sampled (every curve at each of n functions would be n² samplings), and shown with
        the others' at the end: a curve added redraws every curve (n² paints, 1.3 s a turn
        at 25 curves of 180 sines)."""
        try:
            parsed = f.parsed()
        except ParseError:
            return  # its row says what is wrong
        variable = self._curve_variable(parsed)
        if variable is None:
            self.twoVariableExpression.emit(parsed)
            return
        self.analyses[id(f)] = CurveAnalysis(parsed, variable, self._parameters_for(parsed, variable))
        self._draw_function(f, *self.view.x_range(), later=True)

    def _say_working(self) -> None:
        done = self._waiting_total - len(self._waiting)
        self.statusMessage.emit(self.tr("Working… reading the lesson's functions ({0} of {1})").format(
            done + 1, self._waiting_total + 1))

    def _parameters_for(self, parsed: Parsed, variable: str) -> dict[str, float]:
        names = [s for s in parsed.symbols if s != variable]
        for name in names:
            p = self.document.parameters.setdefault(name, ParameterState(name))
            known = self._adopted.get(id(p))
            if known is None or known() is not p:  # new here, or loaded from a file (an id can be reused)
                self._adopted[id(p)] = weakref.ref(p)
                p.events.value.connect(lambda _: self._on_parameter_changed())
                self.parameterAdded.emit(p)
        return {n: self.document.parameters[n].value for n in names}

    def _show_parameters(self) -> None:
        """A slider for each parameter of the curves drawn: each function's current analysis,
        which is its text's, or its last good text's while the text is unfinished or wrong.

        A slider that goes goes at once; a new one comes when the typing pauses, so that the
        letters of a word being typed (3s on the way to 3sin x) never flash as sliders."""
        names = self._parameter_names()
        shown = set(self.parameter_panel.rows)
        self.parameter_panel.show_parameters([self.document.parameters[n] for n in names if n in shown])
        if set(names) - shown:
            self._new_parameters_timer.start(self.slider_pause_ms)
        else:
            self._new_parameters_timer.stop()

    def _parameter_names(self) -> list[str]:
        return sorted({n for a in self.analyses.values() for n in a.params})

    def _on_typing_paused(self) -> None:
        self.parameter_panel.show_parameters([self.document.parameters[n] for n in self._parameter_names()])

    def _on_parameter_changed(self) -> None:
        values = self.document.parameter_values()
        for key, a in list(self.analyses.items()):
            params = {n: values[n] for n in a.params}
            if params != a.params:  # the others keep their analysis, and their samples
                self.analyses[key] = a.with_params(params)
        self.refresh_curves()
        self.refresh_point()

    # -- drawing ---------------------------------------------------------------------
    def hold(self) -> None:
        """No drawing until ``reanalyse_all``: a lesson of n functions replaced one function
        at a time would resample every curve n times (50 functions: 1 376 samplings)."""
        self._held = True

    def refresh_curves(self) -> None:
        """Every visible function (and f′, f″ of the active one) drawn; only the curves whose
        analysis, x range or sample count changed are sampled again (an edit of one of 20
        functions samples one)."""
        if self._held:
            return
        x0, x1 = self.view.x_range()
        wanted: set[str] = set()
        self._ask_for_derivatives()
        self._unshown.clear()  # drawn now, at the current range
        for f in self.document.functions:
            wanted.update(self._draw_function(f, x0, x1))
        for key in self.view.curve_keys():
            if key not in wanted:
                self.view.remove_curve(key)
                self._drawn.pop(key, None)
        if not self._waiting:
            self.curvesChanged.emit()

    def _draw_function(self, f: FunctionState, x0: float, x1: float, later: bool = False) -> list[str]:
        """Draw ``f`` (and f′, f″ when it is the active one); the keys drawn. ``later``: the
        curves are sampled now and put in ``_unshown``, to be shown with the others'."""
        a = self.analyses.get(id(f))
        if a is None or not f.visible:
            return []
        state = self.document.curve
        orders = [0] + [o for o, on in ((1, state.show_first), (2, state.show_second)) if on and f is self.active]
        keys = []
        for order in orders:
            key = f"{id(f)}:{order}"
            mark, color = DERIVATIVE_STYLES.get(order, ("", f.color))
            drawn = self._drawn.get(key)
            if self._typing and drawn is not None:
                label = drawn.label  # the formula is printed when the typing pauses
            else:
                label = self._curve_label(a, order, mark, self.document.name_of(f))
            if later:
                xs, ys = a.sample(x0, x1, self.samples, order)
                self._unshown[key] = (xs, ys, color, label, order > 0)
                self._drawn[key] = _Drawn((a, a.is_symbolic(order), (x0, x1), self.samples), xs, ys, color, label)
            else:
                ys = self._draw(key, a, order, (x0, x1), color, label)
            if order == 0 and not np.isfinite(ys).any():
                self.statusMessage.emit(translated(curve_scene.no_real_value(f.text, x0, x1)))
            keys.append(key)
        return keys

    def _draw(self, key: str, a: CurveAnalysis, order: int, x_range: tuple[float, float], color: str,
              label: str) -> np.ndarray:
        """One curve: sampled again only when what it samples changed, drawn again only when
        its samples, colour or label did."""
        sampled = (a, a.is_symbolic(order), x_range, self.samples)
        drawn = self._drawn.get(key)
        if drawn is not None and key in self.view.curve_keys() and _same(drawn.sampled, sampled):
            xs, ys = drawn.xs, drawn.ys
            if (drawn.color, drawn.label) != (color, label):
                self.view.set_curve(key, xs, ys, color, label, dashed=order > 0)
        else:
            xs, ys = a.sample(*x_range, self.samples, order)
            self.view.set_curve(key, xs, ys, color, label, dashed=order > 0)
        self._drawn[key] = _Drawn(sampled, xs, ys, color, label)
        return ys

    def follow_point(self, *_: object) -> None:
        """The point or h moved: the point, tangent and readout at once, the limit table and
        error plot at ``LAB_INTERVAL_MS`` while it keeps moving (see ``Throttle``)."""
        self.refresh_point(moving=True)

    def refresh_point(self, *_: object, moving: bool = False) -> None:
        """Point, tangent, secant and readout at the current x, and the limit table and
        error plot (``moving``: at their own pace, see ``follow_point``)."""
        if self._held:
            return
        a = self.analyses.get(id(self.active))
        if a is None:
            return
        self._ask_for_derivatives()
        snapshot = curve_scene.point_snapshot(a, self.document.curve,
                                              a.parsed.name or self.document.name_of(self.active))
        t = snapshot.tangent
        self.view.set_point(t.x, t.y)
        self.view.set_tangent(t.x, t.y, t.slope, t.left, t.right)
        self.point_panel.readout.setText(translated(snapshot.readout))
        self.view.setAccessibleDescription(translated(snapshot.description))  # for a screen reader
        if snapshot.secant is None:
            self.view.hide_secant()
            self.point_panel.secant_readout.setText("")
        else:
            (lo, ya), (hi, yb) = snapshot.secant.ends
            self.view.set_secant(lo, ya, hi, yb)
            self.point_panel.secant_readout.setText(translated(snapshot.secant.readout))
        # The error plot's h line is cheap to move: it follows every step of "shrink h".
        self.limit_panel.error_view.set_current_h(self.document.curve.h)
        if moving:  # the lab at its own pace; plain text while the numbers run, selectable at rest
            self._lab.request()
            self._selectable_readouts(False)
            self._at_rest.start()
        else:  # a change made once (a method, the opening view): at rest at once
            self._lab.run_now()
            self._at_rest.stop()
            self._selectable_readouts(True)

    def _selectable_readouts(self, on: bool) -> None:
        for readout in (self.point_panel.readout, self.point_panel.secant_readout, self.limit_panel.caption):
            readout.set_selectable(on)

    def _show_point_quickly(self, a: CurveAnalysis) -> None:
        """The point, tangent and secant on the curve just typed, from float64 values: the
        50-digit ones, the readout, the table and the sweep follow when the typing pauses.
        Where f may have no derivative the tangent waits too (``quick_slope``)."""
        x = self.document.curve.x
        y = float(a.values(np.array([x]))[0])
        self.view.set_point(x, y)
        self.view.set_tangent(x, y, a.quick_slope(x))
        ends = curve_scene.secant_line(a, self.document.curve)
        if ends is None:
            self.view.hide_secant()
        else:
            self.view.set_secant(*ends[0], *ends[1])

    def settle(self) -> None:
        """Finish now what waits for the point to rest or the typing to pause (an export or
        a copy of the limit panel wants what the screen will show)."""
        if self._typed_timer.isActive():
            self._after_typing()
        self._lab.flush()

    def refresh_lab(self) -> None:
        """The limit table, its caption and the error plot at the current x."""
        a = self.analyses.get(id(self.active))
        if a is None or self._held:
            return
        s = self.document.curve
        lab = curve_scene.limit_lab(a, s)
        self.limit_panel.set_rows(lab.rows, translated(lab.caption))
        sweep = a.error_sweep(s.x, s.method, s.dtype)
        # Only another function, method or dtype fits the error plot again: a point move keeps its range.
        swept = (id(self.active), id(a.parsed), s.method, s.dtype)
        self.limit_panel.set_sweep(sweep, translated(curve_scene.sweep_message(sweep, s.dtype)),
                                   keep_range=swept == self._swept)
        self._swept = swept

    # -- derivatives worked out in the background ------------------------------------------
    def _ask_for_derivatives(self) -> None:
        """Send the active function's f′ (and f″ when shown) to the worker when they are
        too large to work out here; each is asked for once per expression."""
        a = self.analyses.get(id(self.active))
        if a is None:
            return
        orders = (1, 2) if self.document.curve.show_second else (1,)
        for order in orders:
            key = (id(self.active), order)
            if a.outstanding(order) and self._asked.get(key) != a.expr:
                self._asked[key] = a.expr
                self.background.submit(key, symbolic.bounded_derivative, a.expr, a.variable, order, USABLE_NODES)

    def _on_derivative_worked_out(self, job: Job) -> None:
        function_id, order = job.key
        a = self.analyses.get(function_id)
        self._asked.pop(job.key, None)
        if a is None or a.expr != job.args[0] or not a.outstanding(order):
            return  # the function was edited or removed meanwhile
        mark = DERIVATIVE_STYLES[order][0]
        if job.error is not None:
            reason = (self.tr("stopped after {0:g} s").format(self.background.worker.budget) if job.timed_out
                      else self.tr("sympy failed on it"))
            a.settle(order, None, reason)
        else:
            expr, _ = job.result
            a.settle(order, expr, self.tr("more than {0} nodes").format(USABLE_NODES))
        if a.is_symbolic(order):
            # The exact curve replaces the numerical one; the other curves stay (fifty of 180
            # sines took seconds to resample).
            f = next((g for g in self.document.functions if id(g) == function_id), None)
            if f is not None and not self._held:
                self._draw_function(f, *self.view.x_range())
                if not self._waiting:
                    self.curvesChanged.emit()
            if self.analyses.get(id(self.active)) is a:
                self.refresh_point()
            return
        # The numerical curve and slope drawn meanwhile stay: only the words change.
        self.statusMessage.emit(self.tr("f{0} is too large to work out symbolically ({1}); "
                                        "it is computed numerically from f").format(mark, a.note(order)))
        key = f"{function_id}:{order}"
        if key in self.view.curve_keys():
            self.view.rename_curve(key, self._curve_label(a, order, mark, self.document.name_of(self.active)))

    def _curve_label(self, a: CurveAnalysis, order: int, mark: str, name: str = "f") -> str:
        """``name`` (f, g, h, …: the row's, or the one typed, g(x) = x² + 1) with the derivative's
        ``mark``, and the formula or why there is none."""
        name = a.parsed.name or name
        text = a.text(order)
        if text is not None:
            return f"{name}{mark}({a.variable}) = {text}"
        if a.note(order):
            return self.tr("{0}({1}), numerical: too large to work out ({2})").format(
                name + mark, a.variable, a.note(order))
        return self.tr("{0}({1}), numerical while its exact form is worked out").format(name + mark, a.variable)

    def shutdown(self) -> None:
        """End the background worker and what waits for the typing pause (the window closes)."""
        self._typed_timer.stop()
        self.background.close()

    # -- user actions ----------------------------------------------------------------
    def _on_point_dragged(self, x: float) -> None:
        snapped = curve_scene.snapped(x, self.view.x_range())
        if snapped == self.document.curve.x:
            self.follow_point()  # no change event: still put the point back on the curve
        else:
            self.document.curve.x = snapped

    def _on_point_nudged(self, steps: int) -> None:
        x_range = self.view.x_range()
        self.document.curve.x = curve_scene.snapped(self.document.curve.x + steps * curve_scene.grid_step(x_range),
                                                    x_range)

    def _on_range_changed(self, x0: float, x1: float) -> None:
        self.document.curve.x_range = (x0, x1)
        self._resample_timer.start()
        self.follow_point()  # a pan or a zoom goes on like a drag

    def home(self, reset: bool = False) -> None:
        """The default view: the x range around the point, y fitted to the curve; ``reset``
        (Ctrl+0) also gives x the default width again."""
        default = CurveState.x_range
        x0, x1, y_range = curve_scene.home_range(self.analyses.get(id(self.active)), self.document.curve.x_range,
                                                 self.document.curve.x,
                                                 default[1] - default[0] if reset else None)
        self.view.set_x_range(x0, x1, y_range)
