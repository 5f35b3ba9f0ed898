"""Regenerate the README's screenshots from the real window.

Run under a screen (the 3D view needs OpenGL): ``xvfb-run -a python packaging/screenshots.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import translations  # packaging/translations.py, beside this script
from PySide6 import QtCore, QtWidgets

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def _settle(app: QtWidgets.QApplication) -> None:
    for _ in range(10):
        app.processEvents()
        QtCore.QThread.msleep(20)


def graph_after_backward_pass(app: QtWidgets.QApplication) -> None:
    from guicalc.ui import MainWindow

    window = MainWindow()
    window.show()
    window.document.functions[0].text = "(a + b)*c"
    panel = window.graph_panel
    panel.set_expression("(a + b)*c", {"a": 50, "b": 70, "c": 2})
    window.tabs.setCurrentWidget(panel)
    while panel.step_backward.isEnabled():
        panel.step_backward.click()
    _settle(app)
    window.grab().save(str(OUT / "graph.png"))
    window.history.setClean()
    window.close()


def surface_and_field(app: QtWidgets.QApplication) -> None:
    from guicalc.core.examples import all_examples
    from guicalc.ui import MainWindow

    window = MainWindow()
    window.show()
    window.open_example(next(e for e in all_examples() if e.expression == "x0^2 + x1^2"))
    panel = window.two_variable_panel
    panel.animation_interval_ms = 0
    panel.findChild(QtWidgets.QDoubleSpinBox, "descentStartX").setValue(-1.5)
    panel.findChild(QtWidgets.QDoubleSpinBox, "descentStartY").setValue(1.5)
    panel.run_descent()
    _settle(app)
    from guicalc.views.surface_view import grab_with_3d

    grab_with_3d(window).save(str(OUT / "surface.png"))
    window.history.setClean()
    window.close()


def autodiff_lab(app: QtWidgets.QApplication) -> None:
    """The lab's four pages: a check where h = 1e-12 fails by rounding, the Jacobian half
    built row by row, the chain rule marked, and the second graph after its backward pass."""
    from guicalc.core.document import Document
    from guicalc.ui import MainWindow

    document = Document()
    document.functions[0].text = "x*sin(x)*exp(x)"
    window = MainWindow(document)
    window.show()
    lab = window.show_view("lab")
    state = document.states["lab"]
    state.point, state.step = "x=0.9", "1e-12"
    _settle(app)
    window.grab().save(str(OUT / "lab_check.png"))
    state.page, state.jacobian_mode = "jacobian", "reverse"
    state.seed, state.direction = "[1, 2, 3]", "[1, -1]"
    lab.step_jacobian()
    lab.step_jacobian()
    _settle(app)
    window.grab().save(str(OUT / "lab_jacobian.png"))
    state.page = "double"
    lab.second_view.setFocus()
    for _ in range(14):
        lab.second_view.stepRequested.emit("next")
    _settle(app)
    window.grab().save(str(OUT / "lab_double.png"))
    window.document.functions[0].text = "sin(cos(exp(x)))"
    state.page = "rules"
    lab.rules.setCurrentRow(1)
    _settle(app)
    window.grab().save(str(OUT / "lab_rules.png"))
    window.history.setClean()
    window.close()


def second_order(app: QtWidgets.QApplication) -> None:
    """The Taylor view (P₅ of sin at 0.5 with its error) and the curvature tab at Himmelblau's
    maximum, with Newton's path from (0.5, −3.5) stopping at a saddle."""
    from guicalc.ui import MainWindow

    window = MainWindow()
    window.show()
    window.resize(1600, 1000)
    window.document.functions[0].text = "sin(x)"
    window.show_view("taylor")
    state = window.document.states["taylor"]
    state.degree, state.center = 5, 0.5
    window.view_widgets["taylor"].set_probe(2.0)
    _settle(app)
    window.grab().save(str(OUT / "taylor.png"))
    window.show_two_variables("(x0^2 + x1 - 11)^2 + (x0 + x1^2 - 7)^2")
    panel = window.two_variable_panel
    s = panel.state
    s.field_range = s.surface_range = (-5.0, 5.0, -5.0, 5.0)
    s.field_step, s.learning_rate, s.descent_start = 0.5, 0.01, (0.5, -3.5)
    panel.set_point(-0.270845, -0.923039)
    panel.second_tabs.setCurrentIndex(1)
    panel.curvature_panel.run_newton()
    _settle(app)
    window.grab().save(str(OUT / "hessian.png"))
    window.history.setClean()
    window.close()


def curve_in(app: QtWidgets.QApplication, code: str) -> None:
    """d2l's 3x² − 4x with its tangent at x = 1, with the interface in ``code``."""
    from guicalc import i18n
    from guicalc.ui import MainWindow

    language = i18n.InterfaceLanguage(app)
    if not language.apply(code):
        raise SystemExit(f"guicalc_{code}.qm is missing: run python packaging/translations.py build")
    window = MainWindow()
    window.show()
    window.document.functions[0].text = "3x^2 - 4x"
    window.document.curve.x = 1.0
    window.controller.home()
    _settle(app)
    window.grab().save(str(OUT / f"curve_{code}.png"))
    window.history.setClean()
    window.close()
    language.reset()


def main() -> int:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    graph_after_backward_pass(app)
    surface_and_field(app)
    autodiff_lab(app)
    second_order(app)
    translations.build()
    for code in ("ko", "zh_CN"):
        curve_in(app, code)
    print(f"wrote screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
