"""The surface panel's "Curvature and Newton" tab: the Hessian at the point, its
eigenvalues and principal directions, what kind of point it is, κ, the learning-rate
bound 2/λₘₐₓ on the descent control, the quadratic model over the surface, and
Newton's method beside the gradient step.

It follows the panel's :class:`~guicalc.core.two_variable_state.TwoVariableState`
(bound after the panel's own reactions, so the 3D box is up to date) and draws into
the panel's field and surface views. The mathematics is in guicalc.core.hessian and
guicalc.core.newton.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.descent import gradient_descent
from guicalc.core.hessian import (
    MAX_GRADIENT_NODES,
    Curvature,
    Hessian,
    HessianTooLargeError,
    describe,
    learning_rate_caption,
    quadratic_wireframe,
)
from guicalc.core.newton import Newton, NewtonPath
from guicalc.core.symbolic import display_number as num
from guicalc.i18n import translate, translated
from guicalc.ui.two_variable_controls import count_spin, readout

if TYPE_CHECKING:
    from guicalc.core.surface import TwoVariableFunction
    from guicalc.ui.two_variable_panel import TwoVariablePanel

NEWTON_COLOR = "#009E73"      # bluish green: Newton's path, beside descent's vermillion
UP_COLOR, DOWN_COLOR = "#0072B2", "#CC79A7"  # principal directions curving up and down
READOUT_PT = 11


class CurvaturePanel(QtWidgets.QWidget):
    """H, its eigen-decomposition and the kind of point; Newton's step and path."""

    def __init__(self, owner: TwoVariablePanel) -> None:
        super().__init__()
        self.setObjectName("curvaturePanel")
        self.owner, self.state = owner, owner.state
        self._function: TwoVariableFunction | None = None
        self._hessian: Hessian | None = None
        self._newton: Newton | None = None
        self.curvature: Curvature | None = None
        """H at the point, as shown."""
        self.newton_path: NewtonPath | None = None
        """The last run of Newton's method from the descent start."""
        self._build()

    def _build(self) -> None:
        self.readout = readout("hessianReadout", translate("CurvaturePanel", "Hessian readout"))
        self.newton_steps = count_spin("newtonStepsSpin", 10, 1, 100)
        self.newton_step_button = QtWidgets.QPushButton(translate("CurvaturePanel", "Newton step"),
                                                        objectName="newtonStepButton")
        self.gradient_step_button = QtWidgets.QPushButton(translate("CurvaturePanel", "Gradient step"),
                                                          objectName="gradientStepButton")
        self.newton_run_button = QtWidgets.QPushButton(translate("CurvaturePanel", "Run Newton from the start"),
                                                       objectName="newtonRunButton")
        self.model_check = QtWidgets.QCheckBox(translate("CurvaturePanel", "quadratic model on the surface"),
                                               objectName="quadraticModelCheck", checked=True)
        self.newton_label = readout("newtonReadout", translate("CurvaturePanel", "Newton readout"))
        for widget, name, description in (
                (self.newton_steps, translate("CurvaturePanel", "Newton steps"),
                 translate("CurvaturePanel", "How many steps Newton's method may take")),
                (self.newton_step_button, translate("CurvaturePanel", "Newton step"),
                 translate("CurvaturePanel", "Move the point to the minimum of its quadratic model: x − H⁻¹∇f")),
                (self.gradient_step_button, translate("CurvaturePanel", "Gradient step"),
                 translate("CurvaturePanel", "Move the point by one step of gradient descent: x − η∇f")),
                (self.newton_run_button, translate("CurvaturePanel", "Run Newton"),
                 translate("CurvaturePanel", "Newton's method from the descent start, compared with descent")),
                (self.model_check, translate("CurvaturePanel", "Quadratic model"),
                 translate("CurvaturePanel", "Draw f(p) + ∇f·d + ½·dᵀ·H·d over the surface at the point"))):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
        steps = QtWidgets.QHBoxLayout()
        for widget in (self.gradient_step_button, self.newton_step_button, self.newton_run_button):
            steps.addWidget(widget)
        label = QtWidgets.QLabel(translate("CurvaturePanel", "steps"))
        label.setBuddy(self.newton_steps)
        steps.addWidget(label)
        steps.addWidget(self.newton_steps)
        steps.addStretch(1)
        font = QtGui.QFont()
        font.setPointSize(READOUT_PT)
        for label in (self.readout, self.newton_label):
            label.setFont(font)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.readout, 1)
        layout.addWidget(self.model_check)
        layout.addLayout(steps)
        layout.addWidget(self.newton_label)

        field = self.owner.field_view
        self.directions_item = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(UP_COLOR, width=3))
        self.down_item = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(DOWN_COLOR, width=3,
                                                                         style=QtCore.Qt.PenStyle.DashLine))
        self.newton_item = pg.PlotDataItem(pen=pg.mkPen(NEWTON_COLOR, width=3), symbol="s", symbolSize=8,
                                           symbolBrush=NEWTON_COLOR, symbolPen=pg.mkPen("w", width=1))
        for item in (self.directions_item, self.down_item, self.newton_item):
            item.setZValue(15)
            field.addItem(item)

    def bind(self) -> None:
        """Follow the state (called after the panel connected its own reactions)."""
        ev = self.state.events
        ev.function.connect(self._on_function_changed)
        ev.point.connect(self.refresh)
        ev.learning_rate.connect(self.refresh)
        ev.field_range.connect(self.refresh)
        ev.surface_range.connect(self.refresh)
        ev.direction.connect(self.refresh)
        self.model_check.toggled.connect(self.refresh)
        self.newton_step_button.clicked.connect(self.newton_step)
        self.gradient_step_button.clicked.connect(self.gradient_step)
        self.newton_run_button.clicked.connect(self.run_newton)
        if self.state.function is not None:
            self._on_function_changed(self.state.function)

    # --- actions -------------------------------------------------------------------------

    def newton_step(self) -> None:
        """Move the point to where one Newton step takes it (if it can step)."""
        if self._newton is None:
            return
        path = self._newton.run(self.state.point, steps=1)
        self.newton_label.setText(translated(path.message) if path.steps == 0 else translate(
            "CurvaturePanel", "Newton step: |Δx| = {size}, f = {value}").format(
            size=num(path.step_sizes[0]), value=num(path.values[-1])))
        if path.steps:
            self.owner.set_point(*path.points[-1])

    def gradient_step(self) -> None:
        """Move the point by −η∇f, the step gradient descent takes."""
        fn = self.state.function
        if fn is None:
            return
        x, y = self.state.point
        gx, gy = (float(g) for g in fn.gradient(x, y))
        if np.isfinite([gx, gy]).all():
            rate = self.state.learning_rate
            self.owner.set_point(x - rate * gx, y - rate * gy)
            self.newton_label.setText(translate("CurvaturePanel", "Gradient step: |Δx| = {size}").format(
                size=num(rate * float(np.hypot(gx, gy)))))

    def run_newton(self) -> None:
        """Newton's method from the descent start, drawn on the field, compared with descent."""
        fn = self.state.function
        if self._newton is None or fn is None:
            return
        s = self.state
        path = self._newton.run(s.descent_start, steps=self.newton_steps.value())
        self.newton_path = path
        self.newton_item.setData(path.points[:, 0], path.points[:, 1])
        descent = gradient_descent(fn, s.descent_start, s.learning_rate, s.descent_steps, s.field_range)
        sizes = ", ".join(num(v, 3) for v in path.step_sizes[:8])
        self.newton_label.setText("\n".join([
            translated(path.message),
            translate("CurvaturePanel", "step sizes |Δx|: {sizes}").format(sizes=sizes or "—"),
            translate("CurvaturePanel", "Gradient descent with η = {rate}: {verdict}").format(
                rate=num(s.learning_rate), verdict=translated(descent.message))]))

    # --- reactions -----------------------------------------------------------------------

    def _on_function_changed(self, function: TwoVariableFunction) -> None:
        self._function = function
        self.newton_path = None
        self.newton_item.setData([], [])
        try:
            self._hessian = Hessian(function.expr, function.variables, limit=MAX_GRADIENT_NODES)
        except HessianTooLargeError as exc:  # said instead of freezing the window
            self._hessian = self._newton = None
            self.curvature = None
            self.owner.rate_bound.setText("")
            self.readout.setText(translated(exc.args[0]))
            self.newton_label.setText("")
            self._clear_drawings()
            return
        self._newton = Newton(function.expr, function.variables, self._hessian.entries)
        self.newton_label.setText(translate("CurvaturePanel", "Newton's method jumps to the stationary point "
                                                              "of the quadratic model: x ← x − H⁻¹∇f(x)."))
        self.refresh()

    def refresh(self) -> None:
        """Recompute H at the point and redraw the readout, the directions, the model and the bound."""
        fn, hessian = self._function, self._hessian
        if fn is None or hessian is None:
            return
        x, y = self.state.point
        names = fn.variables
        curvature = hessian.at({names[0]: x, names[1]: y})
        self.curvature = curvature
        value, gx, gy = fn.exact(x, y)
        self.owner.rate_bound.setText(translated(learning_rate_caption(curvature)) if curvature.defined else "")
        if not curvature.defined:
            self.readout.setText(translated(describe(curvature, False)))
            self._clear_drawings()
            return
        stationary = curvature.is_stationary(np.array([gx, gy]), np.array([x, y]))
        (a, b), (_, c) = curvature.matrix
        (l1, l2), vectors = curvature.eigenvalues, curvature.eigenvectors
        v = np.asarray(self.state.direction, dtype=float)
        kappa = curvature.condition_number
        lines = [
            translate("CurvaturePanel", "H = [[{a}, {b}], [{b}, {c}]]").format(a=num(a, 5), b=num(b, 5), c=num(c, 5)),
            translate("CurvaturePanel", "λ₁ = {l1} along ({v11}, {v12}); λ₂ = {l2} along ({v21}, {v22})").format(
                l1=num(l1, 5), l2=num(l2, 5), v11=num(vectors[0, 0], 3), v12=num(vectors[1, 0], 3),
                v21=num(vectors[0, 1], 3), v22=num(vectors[1, 1], 3)),
            translated(describe(curvature, stationary)),
            translate("CurvaturePanel", "κ = |λ|ₘₐₓ/|λ|ₘᵢₙ = {kappa};  along v: vᵀ·H·v/|v|² = {along}")
            .format(kappa=num(kappa, 5) if np.isfinite(kappa) else "∞", along=num(curvature.curvature_along(v), 5)),
        ]
        self.readout.setText("\n".join(lines))
        self._draw_directions(curvature)
        self._draw_model(curvature, value, (gx, gy))

    def _clear_drawings(self) -> None:
        self.directions_item.setData([], [])
        self.down_item.setData([], [])
        self.owner.surface_view.set_model(np.zeros((0, 2, 3)))

    def _draw_directions(self, curvature: Curvature) -> None:
        """Each eigenvector through the point: solid where f curves up, dashed where down."""
        x0, x1, y0, y1 = self.state.field_range
        length = 0.18 * min(x1 - x0, y1 - y0)
        point = np.array(self.state.point)
        up, down = [], []
        for k in range(2):
            end = curvature.eigenvectors[:, k] * length
            (up if curvature.eigenvalues[k] >= 0 else down).extend([point - end, point + end])
        for item, segments in ((self.directions_item, up), (self.down_item, down)):
            array = np.array(segments).reshape(-1, 2)
            item.setData(array[:, 0], array[:, 1]) if len(array) else item.setData([], [])

    def _draw_model(self, curvature: Curvature, value: float, gradient: tuple[float, float]) -> None:
        box = self.owner.surface_view.box
        if box is None or not self.model_check.isChecked():
            self.owner.surface_view.set_model(np.zeros((0, 2, 3)))
            return
        (x0, x1), (y0, y1) = box.x_range, box.y_range
        wire = quadratic_wireframe(value, gradient, curvature, self.state.point, (0.2 * (x1 - x0), 0.2 * (y1 - y0)))
        flat = wire.reshape(-1, 3)
        lifted = box.to_box(flat[:, 0], flat[:, 1], flat[:, 2]).reshape(-1, 2, 3)
        self.owner.surface_view.set_model(lifted)
