"""The Taylor panel: Pₙ of the lesson's function at a draggable centre, its formula,
the error |f − Pₙ| on a log scale with the band under a tolerance, and f″'s sign.

Widgets write to one :class:`~guicalc.core.taylor_state.TaylorState` (saved with the
lesson, undoable) and every drawing follows its events. The numbers come from
guicalc.core.taylor (Taylor-mode derivatives in 50 digits, errors in 40) and
guicalc.core.concavity.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.concavity import SecondDerivative
from guicalc.core.curve_scene import curve_variable
from guicalc.core.parse import Parsed, ParseError, parse
from guicalc.core.symbolic import count_nodes, display_number
from guicalc.core.taylor import TaylorError, TaylorPolynomial, TaylorSeries, tolerance_caption, within_tolerance
from guicalc.core.taylor_state import CENTER_LIMIT, MAX_DEGREE, TOLERANCE_EXPONENTS, TaylorState
from guicalc.i18n import error_text, translate, translated
from guicalc.ui.compact_row import labelled
from guicalc.ui.flow_layout import FlowLayout
from guicalc.ui.two_variable_controls import number_spin, readout, set_quietly
from guicalc.views.taylor_view import TaylorErrorView, TaylorView, subscript
from guicalc.views.text_size import keep_text_size

MAX_NODES = 300
"""Largest f (nodes of its tree) the view takes: its errors are evaluated in 40 digits at every sample."""
CONCAVITY_NODES = 120
"""Largest f whose f″ is worked out for the shading (as the surface bounds its gradient)."""
SAMPLES = 321
"""Samples of f, Pₙ and the error across the view (the error in 40 digits: ~0.1 s)."""
NUDGE = 0.1
PAN_DELAY_MS = 60


class TaylorPanel(QtWidgets.QWidget):
    """Pₙ over f, its error and concavity, with the degree, centre and tolerance controls."""

    def __init__(self, state: TaylorState, parameters: Callable[[], dict[str, float]] = dict,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taylorPanel")
        self.state, self._parameters = state, parameters
        self._series: TaylorSeries | None = None
        self._pending: tuple | None = None
        self._concavity_stale = True
        self._second: SecondDerivative | None = None
        self._polynomial: TaylorPolynomial | None = None
        self._stale = True
        self._concavity_text = ""
        self._pan = QtCore.QTimer(self, singleShot=True, interval=PAN_DELAY_MS)
        self._pan.timeout.connect(self._on_pan_settled)
        self._build()
        self._connect()

    # --- public API -------------------------------------------------------------------

    def set_expression(self, expression: str | Parsed) -> bool:
        """Follow f given as text or as the document parsed it; a bad one keeps the last
        good figure and says why. False if it could not be shown."""
        try:
            parsed = parse(expression) if isinstance(expression, str) else expression
        except ParseError as exc:
            self._say(error_text(exc))
            return False
        if count_nodes(parsed.expr, MAX_NODES) > MAX_NODES:
            self._say(translate("TaylorPanel", "This function is too large for the Taylor view (more than {limit} "
                                               "nodes in its tree).").format(limit=MAX_NODES))
            return False
        variable = curve_variable(parsed.symbols) or parsed.symbols[0]
        values = self._parameters()
        others = {name: values.get(name, 1.0) for name in parsed.symbols if name != variable}
        self._pending = (parsed.expr, variable, others)  # differentiated when the tab is shown, not per keystroke
        for view in (self.taylor_view, self.error_view):
            axis = view.getPlotItem().getAxis("bottom")
            if axis.labelText != variable:  # setLabel re-lays the axis out: 1.4 ms each, per keystroke
                view.getPlotItem().setLabel("bottom", variable)
        self._concavity_stale = True
        self._refresh()
        return True

    def _build_series(self) -> None:
        """The series and f″ of the expression set last (f″ only for a small f: sympy's f″ of a
        product of many factors takes minutes)."""
        if self._pending is None:
            return
        expr, variable, others = self._pending
        self._pending = None
        self._series = TaylorSeries(expr, variable, others)
        small = count_nodes(expr, CONCAVITY_NODES) <= CONCAVITY_NODES
        self._second = SecondDerivative(expr, variable, others) if small else None

    def polynomial(self) -> TaylorPolynomial | None:
        """The polynomial drawn (None where f has none at a)."""
        return self._polynomial

    def set_probe(self, x: float) -> None:
        """Read the error at ``x`` (the dotted line of the error plot)."""
        self.probe_spin.setValue(x)

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        s = self.state
        self.formula = QtWidgets.QLabel(objectName="taylorFormula")
        self.formula.setWordWrap(True)
        self.formula.setAccessibleName(translate("TaylorPanel", "Taylor polynomial"))
        self.formula.setAccessibleDescription(translate("TaylorPanel", "The polynomial Pₙ with its coefficients"))
        self.formula.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        keep_text_size(self.formula, 1.25, 15)  # larger than the rest, in presentation mode too
        self.derivatives = QtWidgets.QLabel(objectName="taylorDerivatives")
        self.derivatives.setWordWrap(True)
        self.taylor_view, self.error_view = TaylorView(), TaylorErrorView()
        plots = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        plots.addWidget(self.taylor_view)
        plots.addWidget(self.error_view)
        plots.setSizes([3, 2])
        self.view = QtWidgets.QWidget(objectName="taylorFigure")
        """The figure Export takes: the formula above both plots."""
        figure_layout = QtWidgets.QVBoxLayout(self.view)
        figure_layout.addWidget(self.formula)
        figure_layout.addWidget(self.derivatives)
        figure_layout.addWidget(plots, 1)
        self.keyboard_view = self.taylor_view

        self.degree_slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal, objectName="taylorDegreeSlider",
                                               minimum=0, maximum=MAX_DEGREE, value=s.degree)
        self.degree_slider.setTickPosition(QtWidgets.QSlider.TickPosition.TicksBelow)
        self.degree_slider.setPageStep(1)
        self.degree_label = QtWidgets.QLabel(objectName="taylorDegreeLabel")
        self.center_spin = number_spin("taylorCenterSpin", s.center, NUDGE, 4, -CENTER_LIMIT, CENTER_LIMIT)
        self.tolerance_spin = QtWidgets.QSpinBox(objectName="taylorToleranceSpin", prefix="10^",
                                                 minimum=TOLERANCE_EXPONENTS[0], maximum=TOLERANCE_EXPONENTS[1],
                                                 value=s.tolerance_exponent)
        self.concavity_check = QtWidgets.QCheckBox(translate("TaylorPanel", "shade f″ > 0 and f″ < 0"),
                                                   objectName="taylorConcavityCheck", checked=s.show_concavity)
        self.probe_spin = number_spin("taylorProbeSpin", s.center + 1.0, NUDGE, 4, -CENTER_LIMIT, CENTER_LIMIT)
        self.caption = readout("taylorCaption", translate("TaylorPanel", "Taylor readout"))
        self.caption.setText(translate("TaylorPanel", "Where |f − Pₙ| is below the tolerance, the error at x, "
                                                      "the inflection points"))
        self.message = QtWidgets.QLabel(objectName="taylorMessage")
        self.message.setStyleSheet("color: #D55E00")
        self.message.setWordWrap(True)
        self.message.hide()
        controls = FlowLayout()  # wraps on a narrow screen instead of widening the window
        self.degree_slider.setMinimumWidth(160)  # a flow gives a slider only its minimum
        controls.addWidget(labelled(translate("TaylorPanel", "degree n"), self.degree_slider, self.degree_label))
        for text, widget in ((translate("TaylorPanel", "centre a"), self.center_spin),
                             (translate("TaylorPanel", "tolerance"), self.tolerance_spin),
                             (None, self.concavity_check),
                             (translate("TaylorPanel", "error at"), self.probe_spin)):
            controls.addWidget(labelled(text, widget))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(controls)
        layout.addWidget(self.caption)
        for widget, name, description in (
                (self.degree_slider, translate("TaylorPanel", "Taylor degree"),
                 translate("TaylorPanel", "Degree n of the Taylor polynomial (Ctrl+] and Ctrl+[)")),
                (self.center_spin, translate("TaylorPanel", "Centre a"),
                 translate("TaylorPanel", "Where the polynomial touches f")),
                (self.tolerance_spin, translate("TaylorPanel", "Tolerance"),
                 translate("TaylorPanel", "The band where |f − Pₙ| is below this is shaded")),
                (self.concavity_check, translate("TaylorPanel", "Concavity shading"),
                 translate("TaylorPanel", "Shade where f curves up or down and mark inflection points")),
                (self.probe_spin, translate("TaylorPanel", "Error at x"),
                 translate("TaylorPanel", "Where the readout gives |f − Pₙ|"))):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
        self.raise_degree = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+]"), self, self._on_raise_degree,
                                            context=QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.lower_degree = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+["), self, self._on_lower_degree,
                                            context=QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.taylor_view.set_x_range(*s.x_range)

    def _connect(self) -> None:
        s, ev = self.state, self.state.events
        ev.degree.connect(self._refresh)
        ev.center.connect(self._refresh)
        ev.tolerance_exponent.connect(self._refresh)
        ev.show_concavity.connect(self._on_concavity_toggled)
        ev.x_range.connect(self._on_range_changed)
        self.degree_slider.valueChanged.connect(lambda n: setattr(s, "degree", n))
        self.center_spin.valueChanged.connect(lambda a: setattr(s, "center", a))
        self.tolerance_spin.valueChanged.connect(lambda k: setattr(s, "tolerance_exponent", k))
        self.concavity_check.toggled.connect(lambda on: setattr(s, "show_concavity", on))
        self.probe_spin.valueChanged.connect(lambda _: self._refresh())
        self.taylor_view.centerDragged.connect(lambda x: setattr(s, "center", round(x, 4)))
        self.taylor_view.centerNudged.connect(
            lambda steps: setattr(s, "center", float(f"{s.center + steps * NUDGE:.10g}")))
        self.taylor_view.rangeChanged.connect(lambda *_: self._pan.start())

    # --- reactions ------------------------------------------------------------------------

    def _on_raise_degree(self) -> None:
        self.state.degree = min(MAX_DEGREE, self.state.degree + 1)

    def _on_lower_degree(self) -> None:
        self.state.degree = max(0, self.state.degree - 1)

    def _on_concavity_toggled(self) -> None:
        self._concavity_stale = True
        self._refresh()

    def _on_pan_settled(self) -> None:
        x0, x1 = self.taylor_view.getPlotItem().getViewBox().viewRange()[0]
        self.state.x_range = (float(x0), float(x1))

    def _on_range_changed(self, x_range: tuple[float, float]) -> None:
        shown = self.taylor_view.getPlotItem().getViewBox().viewRange()[0]
        if not np.allclose(shown, x_range):
            self.taylor_view.set_x_range(*x_range)
        self._concavity_stale = True
        self._refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refresh_concavity(self) -> None:
        self._concavity_stale = False
        if self._series is None:
            return
        if self._second is None:
            self.taylor_view.set_concavity((), np.empty(0), np.empty(0))
            self._concavity_text = translate("TaylorPanel", "f is too large to shade where it curves up or down")
            return
        if not self.state.show_concavity:
            self.taylor_view.set_concavity((), np.empty(0), np.empty(0))
            self._concavity_text = ""
            return
        lo, hi = self.state.x_range
        concavity = self._second.concavity(lo, hi)
        points = np.array(concavity.inflections)
        points[np.abs(points) < 1e-12 * (hi - lo)] = 0.0  # bisection's 1e-21 beside 0 reads as 0
        self.taylor_view.set_concavity(concavity.intervals, points, self._series.values(points))
        self._concavity_text = translate("TaylorPanel", "inflection points: {points}").format(
            points=", ".join(display_number(x, 4) for x in points)) if len(points) else translate(
            "TaylorPanel", "no inflection point in view")

    def _refresh(self) -> None:
        s = self.state
        set_quietly(self.center_spin, s.center)
        set_quietly(self.tolerance_spin, s.tolerance_exponent)
        with QtCore.QSignalBlocker(self.degree_slider):
            self.degree_slider.setValue(s.degree)
        with QtCore.QSignalBlocker(self.concavity_check):
            self.concavity_check.setChecked(s.show_concavity)
        self.degree_label.setText(f"n = {s.degree}")
        self._stale = True
        if self.isVisible():  # a hidden tab computes when shown, not on every keystroke in the editor
            self.refresh_now()

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def refresh_now(self) -> None:
        """Compute and draw Pₙ, its error and the readouts for the current state."""
        self._stale = False
        self._build_series()
        if self._concavity_stale:
            self._refresh_concavity()
        s, series = self.state, self._series
        if series is None:
            return
        xs = np.linspace(*s.x_range, SAMPLES)
        f = series.values(xs)
        finite = f[np.isfinite(f)]
        y_range = (float(np.percentile(finite, 1)), float(np.percentile(finite, 99))) if finite.size else (-1, 1)
        if y_range[1] - y_range[0] < 1e-9:
            y_range = (y_range[0] - 1, y_range[1] + 1)
        try:
            polynomial = series.polynomial(s.center, s.degree)
        except TaylorError as exc:
            self._polynomial = None
            self._say(translated(exc.args[0]))
            self.taylor_view.set_curves(xs, f, np.full_like(xs, np.nan), s.degree, y_range)
            self.taylor_view.set_center(s.center, float(series.values(np.array([s.center]))[0]))
            self.taylor_view.set_band(None)
            self.formula.setText("")
            self.derivatives.setText("")
            self.caption.setText("")
            return
        self._say("")
        self._polynomial = polynomial
        v, n = series.variable, s.degree
        tolerance = 10.0 ** s.tolerance_exponent
        errors = series.errors(polynomial, xs)
        interval = within_tolerance(xs, errors, s.center, tolerance)
        self.taylor_view.set_curves(xs, f, polynomial.values(xs), n, y_range)
        self.taylor_view.set_center(s.center, polynomial.coefficients[0])
        self.taylor_view.set_band(interval)
        probe = self.probe_spin.value()
        (probe_error,) = series.errors(polynomial, np.array([probe]))
        self.error_view.set_errors(xs, errors, tolerance, interval, probe)
        self.formula.setText(f"P{subscript(n)}({v}) = {polynomial.text()}")
        self.formula.setAccessibleDescription(self.formula.text())
        factorial = np.cumprod([1.0, *range(1, n + 1)])
        values = ", ".join(display_number(c * k, 8) for c, k in zip(polynomial.coefficients, factorial, strict=True))
        self.derivatives.setText(translate("TaylorPanel", "cₖ = f⁽ᵏ⁾(a)/k!, with f⁽ᵏ⁾({a}) for k = 0…{n}: {values}")
                                 .format(a=display_number(s.center), n=n, values=values))
        lines = [translated(tolerance_caption(interval, tolerance, n, v)),
                 translate("TaylorPanel", "at {v} = {x}: |f − P{n}| = {error}").format(
                     v=v, x=display_number(probe), n=n, error=display_number(abs(probe_error), 12))]
        if s.show_concavity and self._concavity_text:
            lines.append(self._concavity_text)
        self.caption.setText("\n".join(lines))
        self.taylor_view.setAccessibleDescription(
            translate("TaylorPanel", "f and its Taylor polynomial of degree {n} at {v} = {a}").format(
                n=n, v=v, a=display_number(s.center)))
