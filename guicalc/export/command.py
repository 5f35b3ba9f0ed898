"""``guicalc export``: a figure from the command line, with no screen needed."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6 import QtWidgets


def export_figure(build: Callable[[], QtWidgets.QWidget], size: tuple[int, int], output: Path, scale: int = 1,
                  title: str = "guicalc") -> Path:
    """Write the widget ``build()`` makes (guicalc.ui.view_tabs.figure_alone: one figure of a
    view kind, with no window) at ``size`` to ``output``, off screen when there is no display.

    Raises ExportError with a message for the user when the figure cannot be made.
    """
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    from guicalc.export.figure import export

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["guicalc"])
    widget = build()
    try:
        widget.resize(*size)
        widget.show()
        if hasattr(widget, "fit_width"):  # the 3D surface: the whole box, whatever the size asked for
            widget.fit_width()
        app.processEvents()
        return export(widget, output, scale, title=title)
    finally:
        widget.close()
        owner = getattr(widget, "figure_owner", None)
        if owner is not None:  # the panel the figure came from: its timers and workers stop
            owner.close()
