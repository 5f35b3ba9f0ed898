"""``guicalc export``: a figure from the command line, with no screen needed."""

from __future__ import annotations

import os
from pathlib import Path

VIEWS = ("curve", "limit")


def export_figure(expression: str, view: str, at: float, size: tuple[int, int], theme: str,
                  output: Path, scale: int = 1) -> Path:
    """Build the window off screen, show ``expression`` at x = ``at`` and write ``view``."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    from guicalc.export.figure import export
    from guicalc.ui import MainWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["guicalc"])
    window = MainWindow()
    window.set_theme(theme)
    window.function_list.rows[0].edit.setText(expression)
    window.document.curve.x = at
    widget = {"curve": window.curve_view, "limit": window.limit_panel}[view]
    widget.setParent(None)  # exported alone, at the size asked for
    widget.resize(*size)
    widget.show()
    window.controller.home()
    window.controller.refresh_point()
    app.processEvents()
    try:
        return export(widget, output, scale, title=f"guicalc: {expression}")
    finally:
        widget.close()
        window.history.setClean()  # a throwaway window: nothing to ask about on close
        window.close()
