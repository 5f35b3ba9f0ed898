"""The autodiff lab: the gradient check, the Jacobian both ways, the rules, double backward.

Four pages over one :class:`~guicalc.core.lab_state.LabState` (saved with the
lesson, undoable): every widget writes its field there and redraws when the field
changes, so undo and an opened lesson show up here like a user's edit. The lab
follows the lesson's active function; the Jacobian page has its own vector
function. The mathematics is in core (crosscheck, jacobian, derivation,
double_backward); the pages only show it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.readers import MAX_LENGTH
from guicalc.i18n import error_text, located, translate, translated
from guicalc.ui.compact_row import labelled
from guicalc.ui.flow_layout import FlowLayout
from guicalc.views.graph_view import GraphView
from guicalc.views.jacobian_view import JacobianView
from guicalc.views.text_size import keep_text_size

if TYPE_CHECKING:
    import sympy as sp

    from guicalc.core.jacobian import JacobianBuild, VectorTrace
    from guicalc.core.lab_state import LabState
    from guicalc.core.parse import Parsed
    from guicalc.core.walkthrough import Walkthrough

CONTROL_PT = 14
ERROR = "#D55E00"
PASS, FAIL = "#009E73", "#D55E00"
MARK = "#FFE08A"  # the sub-expression the rule acts on
PLAY_MS = 700
MAX_NODES = 300  # beyond this a derivation or a second graph takes seconds, in the window's thread


def _field(name: str, tip: str, accessible: str, placeholder: str = "") -> QtWidgets.QLineEdit:
    field = QtWidgets.QLineEdit(objectName=name)
    field.setMaxLength(MAX_LENGTH)  # the file's limit: what is typed can be saved
    field.setToolTip(tip)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    return field


def _labelled(layout: QtWidgets.QLayout, text: str, widget: QtWidgets.QWidget) -> None:
    layout.addWidget(labelled(text, widget))  # kept together when the row wraps


def _message() -> QtWidgets.QLabel:
    label = QtWidgets.QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR}")
    label.hide()
    return label


def _say(label: QtWidgets.QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _RuleLine(QtWidgets.QLabel):
    """The step of the derivation, rich text; as a figure, drawn on a white page."""

    def paint_figure(self, painter: QtGui.QPainter) -> None:
        page = QtGui.QPainterPath()
        page.addRect(QtCore.QRectF(self.rect()))
        painter.fillPath(page, QtGui.QColor("#FFFFFF"))
        document = QtGui.QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(self.text())
        margin = 12
        document.setTextWidth(self.width() - 2 * margin)
        painter.translate(margin, margin)
        document.drawContents(painter)


class LabPanel(QtWidgets.QWidget):
    """objectName ``autodiffLab``; pages in ``labPages``: ``check``, ``jacobian``, ``rules``, ``double``.

    :attr:`view` is the figure of the current page (for export and copy).
    """

    def __init__(self, state: LabState, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autodiffLab")
        keep_text_size(self, at_least_points=CONTROL_PT)
        self.state = state
        self._expr: sp.Expr | None = None
        self._names: tuple[str, ...] = ()

        self.point = _field("labPoint", translate("LabPanel", "The point: x=1, or a=50, b=70, c=2 (Alt+P)"),
                            translate("LabPanel", "Point"), "x=1")
        self.variable = QtWidgets.QComboBox(objectName="labVariable")
        self.variable.setToolTip(translate("LabPanel", "The variable to differentiate by"))
        self.variable.setAccessibleName(translate("LabPanel", "Differentiate by"))
        top = FlowLayout()  # wraps on a narrow screen
        _labelled(top, translate("LabPanel", "&Point"), self.point)
        _labelled(top, translate("LabPanel", "&Differentiate by"), self.variable)
        self.message = _message()
        self.message.setObjectName("labMessage")

        self.pages = QtWidgets.QTabWidget(objectName="labPages")
        self.pages.tabBar().setAccessibleName(translate("LabPanel", "Lab pages"))
        self.pages.addTab(self._check_page(), translate("LabPanel", "Gradient check"))
        self.pages.addTab(self._jacobian_page(), translate("LabPanel", "Jacobian"))
        self.pages.addTab(self._rules_page(), translate("LabPanel", "Rule by rule"))
        self.pages.addTab(self._double_page(), translate("LabPanel", "Double backward"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

        self._timer = QtCore.QTimer(self, interval=PLAY_MS)
        self._timer.timeout.connect(self._play_tick)
        self._vector: VectorTrace | None = None
        self._build: JacobianBuild | None = None
        self._done = 0
        self._second: Walkthrough | None = None
        self._stale: set[str] = set()
        self._connect()
        self._from_state()

    # -- pages --------------------------------------------------------------------------------

    def _check_page(self) -> QtWidgets.QWidget:
        from guicalc.core.difference import DTYPES

        page = QtWidgets.QWidget(objectName="labCheckPage")
        self.dtype = QtWidgets.QComboBox(objectName="labDtype")
        for dtype in DTYPES:
            self.dtype.addItem(dtype, dtype)
        self.dtype.setToolTip(translate("LabPanel", "The floating-point type of the difference quotients"))
        self.dtype.setAccessibleName(translate("LabPanel", "Type of the differences"))
        self.step = _field("labStep", translate("LabPanel", "Step h of the differences; empty: √ε one-sided, "
                                                "∛ε central"), translate("LabPanel", "Step h"),
                           translate("LabPanel", "automatic"))
        self.tolerance = _field("labTolerance", translate("LabPanel", "Relative tolerance of pass/fail; empty: "
                                                          "the type's default"),
                                translate("LabPanel", "Tolerance"), translate("LabPanel", "automatic"))
        controls = FlowLayout()  # wraps on a narrow screen
        _labelled(controls, translate("LabPanel", "T&ype"), self.dtype)
        _labelled(controls, translate("LabPanel", "&h ="), self.step)
        _labelled(controls, translate("LabPanel", "T&olerance"), self.tolerance)
        self.summary = QtWidgets.QLabel(objectName="labCheckSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(translate("LabPanel", "Exact derivative"))
        self.summary.setAccessibleDescription(translate("LabPanel", "The exact derivative and the tolerance"))
        self.table = QtWidgets.QTableWidget(0, 5, objectName="labCheckTable")
        self.table.setHorizontalHeaderLabels([translate("LabPanel", "Method"), translate("LabPanel", "f′"),
                                              translate("LabPanel", "Relative error"),
                                              translate("LabPanel", "Check"), translate("LabPanel", "Why")])
        self.table.setAccessibleName(translate("LabPanel", "Cross-check of the derivative"))
        self.table.setToolTip(translate("LabPanel", "Every way to compute f′, against the exact value"))
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        return page

    def _jacobian_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget(objectName="labJacobianPage")
        self.vector = _field("labVector", translate("LabPanel", "A vector function in brackets, such as "
                                                    "[x0*x1, sin(x0), x0 + x1^2]"),
                             translate("LabPanel", "Vector function"))
        self.vector_point = _field("labVectorPoint", translate("LabPanel", "Its point, such as x0=1, x1=2"),
                                   translate("LabPanel", "Point of the vector function"))
        self.mode = QtWidgets.QComboBox(objectName="labJacobianMode")
        self.mode.addItem(translate("LabPanel", "Forward mode: column by column (JVPs)"), "forward")
        self.mode.addItem(translate("LabPanel", "Reverse mode: row by row (VJPs)"), "reverse")
        self.mode.setToolTip(translate("LabPanel", "Forward mode needs one pass per input, reverse mode one per "
                                       "output"))
        self.mode.setAccessibleName(translate("LabPanel", "How the Jacobian is built"))
        self.next_pass = QtWidgets.QPushButton(translate("LabPanel", "Next pass ▶"), objectName="labJacobianStep")
        self.next_pass.setToolTip(translate("LabPanel", "One more JVP or VJP (Space in the figure)"))
        self.play = QtWidgets.QPushButton(translate("LabPanel", "Play"), objectName="labJacobianPlay")
        self.play.setToolTip(translate("LabPanel", "Build the Jacobian pass by pass, animated"))
        self.play.setCheckable(True)
        self.restart = QtWidgets.QPushButton(translate("LabPanel", "Start again"), objectName="labJacobianReset")
        self.restart.setToolTip(translate("LabPanel", "Back to no pass (Home in the figure)"))
        self.jacobian_view = JacobianView()
        self.seed = _field("labSeed", translate("LabPanel", "v for vᵀJ: one number per output, such as [1, 2, 3]"),
                           translate("LabPanel", "Seed v"), "[1, 0, 0]")
        self.vjp = QtWidgets.QLabel(objectName="labVjp")
        self.direction = _field("labDirection", translate("LabPanel", "v for J·v: one number per input, "
                                                          "such as [1, −1]"),
                                translate("LabPanel", "Direction v"), "[1, 0]")
        self.jvp = QtWidgets.QLabel(objectName="labJvp")
        self.jacobian_message = _message()
        row1 = FlowLayout()  # wraps on a narrow screen
        _labelled(row1, translate("LabPanel", "&f ="), self.vector)
        _labelled(row1, translate("LabPanel", "a&t"), self.vector_point)
        row2 = FlowLayout()  # wraps on a narrow screen
        for widget in (self.mode, self.next_pass, self.play, self.restart):
            row2.addWidget(widget)
        row3 = FlowLayout()  # wraps on a narrow screen
        _labelled(row3, translate("LabPanel", "&seed v ="), self.seed)
        row3.addWidget(self.vjp)
        _labelled(row3, translate("LabPanel", "di&rection v ="), self.direction)
        row3.addWidget(self.jvp)
        layout = QtWidgets.QVBoxLayout(page)
        for row in (row1, row2, row3):
            layout.addLayout(row)
        layout.addWidget(self.jacobian_message)
        layout.addWidget(self.jacobian_view, 1)
        return page

    def _rules_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget(objectName="labRulesPage")
        self.rules = QtWidgets.QListWidget(objectName="labRuleList")
        self.rules.setAccessibleName(translate("LabPanel", "Rules applied, one per step"))
        self.rules.setToolTip(translate("LabPanel", "↑ and ↓ step through the derivation"))
        self.rule_line = _RuleLine(objectName="labRuleLine")
        self.rule_line.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.rule_line.setWordWrap(True)
        keep_text_size(self.rule_line, 1.25, CONTROL_PT + 4)
        self.rule_line.setAccessibleName(translate("LabPanel", "The step, with the part the rule acts on marked"))
        self.rule_line.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft)
        self.rule_line.setAutoFillBackground(True)
        palette = self.rule_line.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor("#FFFFFF"))
        palette.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor("#000000"))
        self.rule_line.setPalette(palette)
        self.rule_line.setContentsMargins(12, 12, 12, 12)
        self.rules_message = _message()
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        split.addWidget(self.rules)
        split.addWidget(self.rule_line)
        split.setSizes([300, 300])
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(self.rules_message)
        layout.addWidget(split, 1)
        return page

    def _double_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget(objectName="labDoublePage")
        self.hvp_direction = _field("labHvpDirection", translate("LabPanel", "v of H·v, one number per variable; "
                                                                 "empty: all ones (f″ for one variable)"),
                                    translate("LabPanel", "Hessian direction v"), "[1, 1]")
        self.double_step = QtWidgets.QPushButton(translate("LabPanel", "Step ▶"), objectName="labDoubleStep")
        self.double_step.setToolTip(translate("LabPanel", "The next step through the second graph (Space in it)"))
        self.double_result = QtWidgets.QLabel(objectName="labDoubleResult")
        self.double_result.setWordWrap(True)
        self.double_message = _message()
        self.second_view = GraphView()
        self.second_view.setObjectName("labSecondGraph")
        self.second_view.setAccessibleName(translate("LabPanel", "Graph of the gradient (double backward)"))
        controls = FlowLayout()  # wraps on a narrow screen
        _labelled(controls, translate("LabPanel", "H·v with v ="), self.hvp_direction)
        controls.addWidget(self.double_step)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.double_result)
        layout.addWidget(self.double_message)
        layout.addWidget(self.second_view, 1)
        return page

    @property
    def view(self) -> QtWidgets.QWidget:
        """The current page's figure, for export."""
        return (self.table, self.jacobian_view, self.rule_line, self.second_view)[self.pages.currentIndex()]

    # -- state --------------------------------------------------------------------------------

    def _connect(self) -> None:
        from guicalc.core.lab_state import PAGES

        s = self.state
        fields = {"point": self.point, "step": self.step, "tolerance": self.tolerance, "vector": self.vector,
                  "vector_point": self.vector_point, "seed": self.seed, "direction": self.direction,
                  "hvp_direction": self.hvp_direction}
        for name, field in fields.items():
            field.editingFinished.connect(lambda n=name, f=field: setattr(s, n, f.text()))
        self.dtype.currentIndexChanged.connect(lambda _: setattr(s, "dtype", self.dtype.currentData()))
        self.mode.currentIndexChanged.connect(lambda _: setattr(s, "jacobian_mode", self.mode.currentData()))
        self.variable.currentIndexChanged.connect(
            lambda _: self.variable.currentData() and setattr(s, "variable", self.variable.currentData()))
        self.pages.currentChanged.connect(lambda i: setattr(s, "page", PAGES[i]))
        self.pages.currentChanged.connect(lambda _: self._refresh_current())
        s.events.connect(self._on_state)
        self.next_pass.clicked.connect(self.step_jacobian)
        self.restart.clicked.connect(self.reset_jacobian)
        self.play.toggled.connect(self._on_play)
        self.jacobian_view.stepRequested.connect(self.step_jacobian)
        self.jacobian_view.resetRequested.connect(self.reset_jacobian)
        self.rules.currentRowChanged.connect(self._show_rule)
        self.double_step.clicked.connect(lambda: self._step_second("next"))
        self.second_view.stepRequested.connect(self._step_second)
        self.second_view.resetRequested.connect(self._reset_second)

    def _on_state(self, info: object) -> None:
        from guicalc.core.lab_state import PAGES

        if info.signal.name == "page":  # navigation: nothing to compute again
            self.pages.setCurrentIndex(PAGES.index(self.state.page) if self.state.page in PAGES else 0)
        else:
            self._from_state()

    def _from_state(self) -> None:
        """Every widget shows the state, then every page is computed again."""
        from guicalc.core.lab_state import PAGES

        s = self.state
        for field, text in ((self.point, s.point), (self.step, s.step), (self.tolerance, s.tolerance),
                            (self.vector, s.vector), (self.vector_point, s.vector_point), (self.seed, s.seed),
                            (self.direction, s.direction), (self.hvp_direction, s.hvp_direction)):
            if field.text() != text:
                field.setText(text)
        for combo, value in ((self.dtype, s.dtype), (self.mode, s.jacobian_mode)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.pages.blockSignals(True)
        self.pages.setCurrentIndex(PAGES.index(s.page) if s.page in PAGES else 0)
        self.pages.blockSignals(False)
        self._recompute()

    def set_expression(self, expression: str | Parsed) -> None:
        """Follow the lesson's active function, a text or as already parsed (a bad one leaves
        the last good one, and says why)."""
        from guicalc.core.parse import ParseError, parse

        try:
            parsed = parse(expression) if isinstance(expression, str) else expression
        except ParseError as exc:
            _say(self.message, located(exc))
            return
        self._expr, self._names = parsed.expr, parsed.symbols
        self.variable.blockSignals(True)
        self.variable.clear()
        for name in self._names:
            self.variable.addItem(name, name)
        self.variable.blockSignals(False)
        self._recompute()

    # -- computing ----------------------------------------------------------------------------

    def _variable(self) -> str:
        chosen = self.state.variable
        if chosen in self._names:
            return chosen
        return "x" if "x" in self._names else (self._names[0] if self._names else "x")

    def _point(self) -> dict[str, float]:
        from guicalc.core.vectors import parse_assignments

        given = parse_assignments(self.state.point) if self.state.point.strip() else {}
        point = {}
        for name in self._names:
            value = given.get(name)
            if value is not None and value.ndim:
                raise ValueError(translate("LabPanel", "{name} must be a number here").format(name=name))
            point[name] = float(value) if value is not None else 1.0
        return point

    def _recompute(self) -> None:
        """Every page is out of date; the one on screen is computed now, the others when shown
        (so typing in the curve's editor does not wait for the lab)."""
        from guicalc.core.lab_state import PAGES

        variable = self._variable()
        self.variable.blockSignals(True)
        self.variable.setCurrentIndex(max(0, self.variable.findData(variable)))
        self.variable.blockSignals(False)
        self._stale = set(PAGES)
        self._refresh_current()

    def _refresh_current(self) -> None:
        from guicalc.core.lab_state import PAGES

        if self.isVisible():
            self._compute(PAGES[self.pages.currentIndex()])

    def figures(self) -> dict[str, QtWidgets.QWidget]:
        """Every page's figure, each computed (for export and the self-test)."""
        from guicalc.core.lab_state import PAGES

        for page in PAGES:
            self._compute(page)
        return {"check": self.table, "jacobian": self.jacobian_view, "rules": self.rule_line,
                "double-backward": self.second_view}

    def _compute(self, page: str) -> None:
        """Show ``page`` for the current function and state, if it is out of date."""
        from guicalc.core.symbolic import count_nodes

        if page not in self._stale:
            return
        self._stale.discard(page)
        if page == "jacobian":
            self._show_jacobian()
            return
        _say(self.message, "")
        if self._expr is None:
            return
        nodes = count_nodes(self._expr, MAX_NODES)
        if nodes > MAX_NODES:
            _say(self.message, translate("LabPanel", "The function is too large for the lab (more than {limit} "
                                         "nodes in its tree).").format(limit=MAX_NODES))
            return
        try:
            point = self._point()
        except ValueError as exc:
            _say(self.message, error_text(exc))
            return
        if page == "check":
            self._show_check(point, self._variable())
        elif page == "rules":
            self._show_rules(self._variable())
        else:
            self._show_double(point)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_current()

    def _show_check(self, point: dict[str, float], variable: str) -> None:
        from guicalc.core.crosscheck import METHOD_NAMES, CrossCheckError, cross_check
        from guicalc.core.derivation import line_text
        from guicalc.core.symbolic import format_number
        from guicalc.core.vectors import parse_number

        self.table.setRowCount(0)
        try:
            h = parse_number(self.state.step, "h") if self.state.step.strip() else None
            tol = parse_number(self.state.tolerance, translate("LabPanel", "tolerance")) \
                if self.state.tolerance.strip() else None
            if (h is not None and h <= 0) or (tol is not None and tol <= 0):
                raise ValueError(translate("LabPanel", "h and the tolerance must be positive"))
            table = cross_check(self._expr, point, variable, self.state.dtype, h, tol)
        except (CrossCheckError, ValueError) as exc:
            self.summary.setText(error_text(exc))
            return
        summary = translate("LabPanel", "f′ = {derivative}; exact value with 50 digits: {exact}. Pass: relative "
                            "error ≤ {tolerance:g}; the differences are computed in {dtype}.").format(
            derivative=line_text(table.derivative), exact=format_number(table.exact, 17),
            tolerance=table.tolerance, dtype=table.dtype)
        self.summary.setText(summary + ("\n" + translated(table.kink) if table.kink else ""))
        self.table.setRowCount(len(table.rows))
        for i, row in enumerate(table.rows):
            verdict = translate("LabPanel", "pass") if row.passed else translate("LabPanel", "fail")
            cells = [translated(METHOD_NAMES[row.method]),
                     "—" if row.value is None else format_number(row.value, 17),
                     "—" if row.relative_error is None else f"{row.relative_error:.2e}", verdict,
                     translated(row.note)]
            for j, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                if j == 3:
                    item.setForeground(QtGui.QColor(PASS if row.passed else FAIL))
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QtWidgets.QHeaderView.ResizeMode.Stretch)  # the reasons wrap
        self.table.resizeRowsToContents()

    def _show_rules(self, variable: str) -> None:
        from guicalc.core.derivation import DerivationError, derive

        self.rules.blockSignals(True)
        self.rules.clear()
        self.rules.blockSignals(False)
        self._derivation = None
        try:
            self._derivation = derive(self._expr, variable)
        except DerivationError as exc:
            _say(self.rules_message, error_text(exc))
            self.rule_line.setText("")
            return
        _say(self.rules_message, "")
        for k, step in enumerate(self._derivation.steps, start=1):
            item = QtWidgets.QListWidgetItem(f"{k}. {translated(step.name)}")
            item.setToolTip(step.formula)
            self.rules.addItem(item)
        if self._derivation.steps:
            self.rules.setCurrentRow(0)
        else:
            self.rule_line.setText("")

    def _show_rule(self, row: int) -> None:
        from guicalc.core.derivation import MARK_END, MARK_START, line_text

        derivation = getattr(self, "_derivation", None)
        if derivation is None or not 0 <= row < len(derivation.steps):
            return
        step = derivation.steps[row]
        marked = html.escape(line_text(step.before, step.target)).replace(
            MARK_START, f'<span style="background:{MARK}; font-weight:bold">').replace(MARK_END, "</span>")
        rule = html.escape(translated(step.name))
        formula = f" &nbsp; <i>{html.escape(step.formula)}</i>" if step.formula else ""
        after = html.escape(line_text(step.after))
        self.rule_line.setText(f"<p><b>{rule}</b>{formula}</p><p>= {marked}</p><p>= {after}</p>")

    def _show_double(self, point: dict[str, float]) -> None:
        from guicalc.core.autodiff import AutodiffError
        from guicalc.core.derivation import line_text
        from guicalc.core.double_backward import double_backward
        from guicalc.core.symbolic import format_number
        from guicalc.core.vectors import parse_value
        from guicalc.core.walkthrough import Walkthrough

        self._second = None
        self.hvp_direction.setPlaceholderText("[" + ", ".join("1" for _ in self._names) + "]")
        try:
            direction = None
            if self.state.hvp_direction.strip():
                v = parse_value(self.state.hvp_direction, translate("LabPanel", "Hessian direction v")).reshape(-1)
                if v.size != len(self._names):
                    raise ValueError(translate("LabPanel", "v needs {count} numbers, one per variable").format(
                        count=len(self._names)))
                direction = dict(zip(self._names, map(float, v), strict=True))
            result = double_backward(self._expr, point, direction)
        except (AutodiffError, ValueError) as exc:
            _say(self.double_message, error_text(exc))
            self.double_result.setText("")
            return
        _say(self.double_message, "")
        hv = ", ".join(format_number(result.hvp[n], 12) for n in self._names)
        text = translate("LabPanel", "The backward pass through the graph of f gave vᵀ∇f = {gradient}; its own "
                         "backward pass gives H·v = [{hv}].").format(gradient=line_text(result.product), hv=hv)
        if len(self._names) == 1 and direction is None:
            text += " " + translate("LabPanel", "With one variable and v = 1 that is f″ = {value}.").format(
                value=format_number(result.second_derivative, 12))
        if result.second is None:
            text += " " + translate("LabPanel", "vᵀ∇f is a constant, so the second graph has no input: H·v = 0.")
        else:
            text += " " + translate("LabPanel", "{count} of its nodes are values the first pass saved.").format(
                count=len(result.shared))
            self._second = Walkthrough(result.trace)
            self.second_view.set_graph(result.second, self._second.value_texts())
            self.second_view.show_snapshot(self._second.snapshot())
        self.double_result.setText(text)

    def _step_second(self, direction: str) -> None:
        walk = self._second
        if walk is None:
            return
        if direction == "next":
            direction = "forward" if walk.can_step_forward() else "backward"
        walk.step_forward() if direction == "forward" else walk.step_backward()
        self.second_view.show_snapshot(walk.snapshot())

    def _reset_second(self) -> None:
        if self._second is not None:
            self._second.reset()
            self.second_view.show_snapshot(self._second.snapshot())

    # -- the Jacobian -------------------------------------------------------------------------

    def _show_jacobian(self) -> None:
        from guicalc.core.autodiff import AutodiffError
        from guicalc.core.jacobian import VectorTrace, parse_vector
        from guicalc.core.parse import ParseError
        from guicalc.core.vectors import parse_assignments, parse_value

        self._vector, self._build = None, None
        self.vjp.setText("")
        self.jvp.setText("")
        try:
            function = parse_vector(self.state.vector)
            given = parse_assignments(self.state.vector_point) if self.state.vector_point.strip() else {}
            point = {n: float(given[n]) if n in given else 1.0 for n in function.inputs}
            self._vector = VectorTrace(function, point)
            self._build = self._vector.build(self.state.jacobian_mode)
        except ParseError as exc:
            _say(self.jacobian_message, located(exc))
            return
        except (AutodiffError, ValueError, TypeError) as exc:
            _say(self.jacobian_message, error_text(exc))
            return
        _say(self.jacobian_message, "")
        self._done = min(self._done, self._build.pass_count)
        try:
            if self.state.seed.strip():
                self.vjp.setText("vᵀJ = " + _vector_text(self._vector.vjp(parse_value(self.state.seed, "v"))))
            if self.state.direction.strip():
                self.jvp.setText("J·v = " + _vector_text(self._vector.jvp(parse_value(self.state.direction, "v"))))
        except (AutodiffError, ValueError) as exc:
            _say(self.jacobian_message, error_text(exc))
        self._draw_jacobian()

    def _draw_jacobian(self) -> None:
        build, trace = self._build, self._vector
        if build is None or trace is None:
            return
        m, n = trace.function.shape
        if build.mode == "forward":
            caption = translate("LabPanel", "Forward mode: {done} of {passes} passes. Pass i is one JVP J·eᵢ and "
                                "gives column i. Reverse mode would need {other} passes (one per output).")
            other = m
        else:
            caption = translate("LabPanel", "Reverse mode: {done} of {passes} passes. Pass j is one VJP eⱼᵀJ and "
                                "gives row j. Forward mode would need {other} passes (one per input).")
            other = n
        caption = caption.format(done=self._done, passes=build.pass_count, other=other)
        self.jacobian_view.show_build(build, self._done, trace.function.inputs, caption)
        self.next_pass.setEnabled(self._done < build.pass_count)

    def step_jacobian(self) -> None:
        """One more pass: the next column (forward) or row (reverse)."""
        if self._build is not None and self._done < self._build.pass_count:
            self._done += 1
            self._draw_jacobian()

    def reset_jacobian(self) -> None:
        self._done = 0
        self._draw_jacobian()

    def _on_play(self, playing: bool) -> None:
        if playing:
            if self._build is not None and self._done >= self._build.pass_count:
                self.reset_jacobian()
            self._timer.start()
        else:
            self._timer.stop()

    def _play_tick(self) -> None:
        self.step_jacobian()
        if self._build is None or self._done >= self._build.pass_count:
            self.play.setChecked(False)


def _vector_text(values: object) -> str:
    from guicalc.core.symbolic import format_number

    return "[" + ", ".join(format_number(float(v), 10) for v in values) + "]"
