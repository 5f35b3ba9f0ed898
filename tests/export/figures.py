"""A figure built as ``guicalc export`` builds it, shown, and grabbed once it has settled:
what the golden tests and the browser check compare exported files with."""

from __future__ import annotations

import numpy as np
from PySide6 import QtTest, QtWidgets

from guicalc import cli
from guicalc.core.document import DEFAULT_EXPRESSION
from guicalc.ui.view_tabs import figure_alone
from guicalc.views.focus import FocusFrame
from guicalc.views.surface_view import grab_with_3d
from tests.export.svg_checks import image_array
from tests.export.test_export_without_window import CASES as WINDOWLESS_CASES

SIZE = (1280, 720)
CASES = {  # per kind: an expression and --at; a kind added later brings its case there
    **WINDOWLESS_CASES,
    "curve": (DEFAULT_EXPRESSION, "1"),  # the default lesson
    "surface": ("x0^2 + 3x1^2", "1,-0.5"),  # elliptic contours: a background that is not symmetric
}


def shown_figure(name: str, expression: str, at: str, size: tuple[int, int] = SIZE,
                 settings: dict | None = None) -> tuple[QtWidgets.QWidget, np.ndarray]:
    """The figure ``name``, shown, and its on-screen grab (RGB) once two grabs agree
    (pyqtgraph widens an axis after painting its labels once)."""
    widget = figure_alone(name, expression, cli._export_point(name, expression, at), settings=settings)
    widget.resize(*size)
    widget.show()
    QtTest.QTest.qWaitForWindowExposed(widget)
    if hasattr(widget, "fit_width"):
        widget.fit_width()
    for frame in widget.findChildren(FocusFrame):  # the keyboard focus is not part of the figure
        frame.hide()
    screen = None
    for _ in range(10):
        QtWidgets.QApplication.processEvents()
        previous, screen = screen, image_array(grab_with_3d(widget).toImage())[:, :, ::-1]
        if previous is not None and np.array_equal(previous, screen):
            break
    return widget, screen


def close_figure(widget: QtWidgets.QWidget) -> None:
    """Close the figure and the panel it came from (its timers and workers stop)."""
    widget.close()
    owner = getattr(widget, "figure_owner", None)
    if owner is not None:
        if hasattr(owner, "shutdown"):
            owner.shutdown()
        owner.close()
