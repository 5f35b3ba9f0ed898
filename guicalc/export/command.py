"""``guicalc export``: a figure from the command line, with no screen needed."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from guicalc.core.view_kinds import kind_of_figure

if TYPE_CHECKING:
    from PySide6 import QtWidgets

    from guicalc.ui import MainWindow


def export_figure(expression: str, view: str, at: object, size: tuple[int, int], theme: str,
                  output: Path, scale: int = 1, seed: str | None = None) -> Path:
    """Build the window off screen, show ``expression`` at ``at`` and write ``view``.

    ``view`` is a figure of a registered view kind (guicalc.core.view_kinds.figure_names).
    ``at`` is x for the curve and limit views (and a kind with no reader of its own),
    the point (x, y) for the surface and field (None: the panel's default), the inputs
    {name: value} for the graph.
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
    """Put ``expression`` in the tab of ``view``'s kind at ``at``; the widget to export."""
    from guicalc.export.figure import ExportError
    from guicalc.ui.view_tabs import view_tab

    kind = kind_of_figure(view).name
    if kind == "graph":
        panel = window.graph_panel
        if seed is not None:
            panel.seed.setText(seed)
        if not panel.set_expression(expression, at if isinstance(at, Mapping) else None):
            raise ExportError(panel.message.text())
        while panel.step_backward.isEnabled():  # the whole backward pass, every gradient shown
            panel.step_backward.click()
    elif kind == "surface":
        window.show_two_variables(expression)
        if at is not None:
            window.two_variable_panel.set_point(*at)
    else:  # the curve, and any kind that draws the lesson's function at x
        window.function_list.rows[0].edit.setText(expression)
        window.document.curve.x = at
        window.controller.home()
        window.controller.refresh_point()
        window.show_view(kind)
    return view_tab(kind).figures(window)[view]
