"""File ▸ Export animation…: the secant, descent or backpropagation animation of the lesson
as GIF, APNG or MP4, with a progress bar and a Cancel button.

The animation is drawn on a figure built alone from a copy of the window's settings
(``figure_alone``), never on the window's own views: the lesson, its undo history and
what the class sees do not move while frames are made.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from guicalc.core.view_kinds import kind_of_figure, view_kind
from guicalc.export.animation import ANIMATIONS, CancelledError, animation_title, export_animation
from guicalc.export.figure import ExportError
from guicalc.i18n import translate, translated

if TYPE_CHECKING:
    from guicalc.ui.main_window import MainWindow

DEFAULT_FOR_TAB = {"curve": "secant", "surface": "descent", "graph": "backprop"}


class AnimationDialog(QtWidgets.QDialog):
    """Which animation, its size, frame rate and length."""

    def __init__(self, parent: QtWidgets.QWidget, chosen: str) -> None:
        super().__init__(parent)
        self.setObjectName("animationDialog")
        self.setWindowTitle(translate("AnimationDialog", "Export animation"))
        self.kind = QtWidgets.QComboBox(objectName="animationKind")
        for name in ANIMATIONS:
            self.kind.addItem(animation_title(name), name)
        self.kind.setCurrentIndex(self.kind.findData(chosen))
        self.width_spin = self._spin("animationWidth", 100, 3840, 1280)
        self.height_spin = self._spin("animationHeight", 100, 2160, 720)
        self.fps = self._spin("animationFps", 1, 60, 15)
        self.frames = self._spin("animationFrames", 2, 600, 45)
        form = QtWidgets.QFormLayout(self)
        form.addRow(translate("AnimationDialog", "Animation"), self.kind)
        form.addRow(translate("AnimationDialog", "Width (pixels)"), self.width_spin)
        form.addRow(translate("AnimationDialog", "Height (pixels)"), self.height_spin)
        form.addRow(translate("AnimationDialog", "Frames per second"), self.fps)
        form.addRow(translate("AnimationDialog", "Frames"), self.frames)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _spin(name: str, low: int, high: int, value: int) -> QtWidgets.QSpinBox:
        spin = QtWidgets.QSpinBox(objectName=name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def choice(self) -> tuple[str, tuple[int, int], int, int]:
        """(animation, (width, height), frames per second, frames)."""
        return (self.kind.currentData(), (self.width_spin.value(), self.height_spin.value()), self.fps.value(),
                self.frames.value())


def ask_and_export(window: MainWindow) -> Path | None:
    """Ask what to animate and where, then write it with a progress dialog; None if nothing was written."""
    dialog = AnimationDialog(window, DEFAULT_FOR_TAB.get(window.document.view.tab, "secant"))
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    name, size, fps, frames = dialog.choice()
    filters = [translate("MainWindow", "GIF animation (*.gif)"), translate("MainWindow", "MP4 video (*.mp4)"),
               translate("MainWindow", "Animated PNG (*.apng)")]
    path, chosen = QtWidgets.QFileDialog.getSaveFileName(window, translate("MainWindow", "Export animation"),
                                                         f"{name}.gif", ";;".join(filters))
    if not path:
        return None
    if not Path(path).suffix:
        path += (".gif", ".mp4", ".apng")[filters.index(chosen)] if chosen in filters else ".gif"
    return export_with_progress(window, name, Path(path), size, fps, frames)


def export_with_progress(window: MainWindow, name: str, path: Path, size: tuple[int, int], fps: int,
                         frames: int) -> Path | None:
    """Write the animation, showing its progress; Cancel stops it and leaves no file."""
    from guicalc.ui.view_tabs import figure_alone

    progress = QtWidgets.QProgressDialog(translate("MainWindow", "Making {animation}…").format(
        animation=animation_title(name)), translate("MainWindow", "Cancel"), 0, frames, window)
    progress.setObjectName("animationProgress")
    progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setValue(0)
    figure_name = ANIMATIONS[name].figure
    expression, at, settings = _lesson_inputs(window, figure_name)
    figure = None
    try:
        figure = figure_alone(figure_name, expression, at, theme=window.theme_name, settings=settings)
        figure.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out and painted, not shown
        figure.resize(*size)
        figure.show()

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        written = export_animation(figure, name, path, fps, frames, step)
    except CancelledError:
        window.statusBar().showMessage(translate("MainWindow", "Animation cancelled; nothing was written"), 5000)
        return None
    except (ExportError, ValueError) as exc:
        QtWidgets.QMessageBox.warning(window, translate("MainWindow", "Export failed"), translated(str(exc.args[0])))
        return None
    finally:
        progress.close()
        if figure is not None:
            figure.close()
            owner = getattr(figure, "figure_owner", None)
            if owner is not None:
                owner.close()
    window.statusBar().showMessage(translate("MainWindow", "Exported {path}").format(path=written), 5000)
    return written


def _lesson_inputs(window: MainWindow, figure: str) -> tuple[str, Any, dict[str, dict[str, Any]]]:
    """The expression, point and saved settings of the window's lesson for ``figure``'s kind."""
    kind = kind_of_figure(figure).name
    state = window.document.states[kind]
    settings = {kind: {field: getattr(state, field) for field in view_kind(kind).fields}}
    expression = window.controller.active.text
    at: Any = None
    if kind == "surface":
        from guicalc.ui.two_variable_panel import EXAMPLES

        function = state.function  # None until the tab is opened: the example it would open with
        expression = function.text if function is not None else EXAMPLES[0]
        settings[kind].pop("point", None)  # set by the panel from ``at``
        at = state.point
    elif kind == "graph":
        from guicalc.core.vectors import parse_value

        try:
            at = {name: parse_value(text) for name, text in state.inputs.items()} or None
        except ValueError:
            at = None
    return expression, at, settings
