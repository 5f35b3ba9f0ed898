"""``guicalc export``: a figure from the command line, with no screen needed."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6 import QtWidgets


def export_figure(build: Callable[[], QtWidgets.QWidget], size: tuple[int, int], output: Path, scale: int = 1,
                  title: str = "guicalc", language: str = "en") -> Path:
    """Write the widget ``build()`` makes (guicalc.ui.view_tabs.figure_alone: one figure of a
    view kind, with no window) at ``size`` to ``output``, off screen when there is no display,
    its text in ``language``.

    Raises ExportError with a message for the user when the figure cannot be made.
    """
    from guicalc.export.figure import export

    with _figure(build, size, language) as widget:
        return export(widget, output, scale, title=title)


def export_animation(build: Callable[[], QtWidgets.QWidget], name: str, size: tuple[int, int], output: Path,
                     fps: int, frames: int, language: str = "en") -> Path:
    """Write animation ``name`` (guicalc.export.animation.ANIMATIONS) of the figure ``build()`` makes."""
    from guicalc.export import animation

    with _figure(build, size, language) as widget:
        return animation.export_animation(widget, name, output, fps, frames)


@contextmanager
def _figure(build: Callable[[], QtWidgets.QWidget], size: tuple[int, int], language: str) -> Iterator[Any]:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets

    from guicalc import i18n
    from guicalc.export.figure import ExportError

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["guicalc"])
    interface = app.findChild(i18n.InterfaceLanguage) or i18n.InterfaceLanguage(app)
    if not interface.apply(language):
        raise ExportError(f"the {language} translation is not built: run 'python packaging/translations.py build'")
    widget = build()
    try:
        widget.resize(*size)
        widget.show()
        if hasattr(widget, "fit_width"):  # the 3D surface: the whole box, whatever the size asked for
            widget.fit_width()
        app.processEvents()
        yield widget
    finally:
        widget.close()
        owner = getattr(widget, "figure_owner", None)
        if owner is not None:  # the panel the figure came from: its timers and workers stop
            owner.close()
        interface.reset()
