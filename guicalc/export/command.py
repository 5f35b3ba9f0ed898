"""``guicalc export``: a figure from the command line, with no screen needed."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6 import QtWidgets

    from guicalc.ui import MainWindow

VIEWS = ("curve", "limit", "surface", "field", "graph")


def export_figure(expression: str, view: str, at: object, size: tuple[int, int], theme: str,
                  output: Path, scale: int = 1, seed: str | None = None) -> Path:
    """Build the window off screen, show ``expression`` at ``at`` and write ``view``.

    ``at`` is x for the curve and limit views, the point (x, y) for the surface and
    field (None: the panel's default), the inputs {name: value} for the graph.
    Raises ExportError with a message for the user when the figure cannot be made.
    """
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    from guicalc.export.figure import export
    from guicalc.ui import MainWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["guicalc"])
    window = MainWindow()
    window.set_theme(theme)
    widget = None
    try:
        widget = _show(window, view, expression, at, seed)
        widget.setParent(None)  # exported alone, at the size asked for
        widget.resize(*size)
        widget.show()
        if hasattr(widget, "fit_width"):  # the 3D surface: the whole box, whatever the size asked for
            widget.fit_width()
        app.processEvents()
        return export(widget, output, scale, title=f"guicalc: {expression}")
    finally:
        if widget is not None:
            widget.close()
        if window.two_variable_panel is not None:
            window.two_variable_panel.shutdown()
        window.history.setClean()  # a throwaway window: nothing to ask about on close
        window.close()


def _show(window: MainWindow, view: str, expression: str, at: object,
          seed: str | None) -> QtWidgets.QWidget:
    """Put ``expression`` in ``view`` at ``at``; the widget to export."""
    from guicalc.export.figure import ExportError

    if view == "graph":
        panel = window.graph_panel
        if seed is not None:
            panel.seed.setText(seed)
        if not panel.set_expression(expression, at if isinstance(at, Mapping) else None):
            raise ExportError(panel.message.text())
        while panel.step_backward.isEnabled():  # the whole backward pass, every gradient shown
            panel.step_backward.click()
        return panel.view
    if view in ("surface", "field"):
        window.show_two_variables(expression)
        panel = window.two_variable_panel
        if at is not None:
            panel.set_point(*at)
        return panel.surface_view if view == "surface" else panel.field_view
    window.function_list.rows[0].edit.setText(expression)
    window.document.curve.x = at
    window.controller.home()
    window.controller.refresh_point()
    return window.curve_view if view == "curve" else window.limit_panel
