"""Animations for slides: the secant turning into the tangent, a descent path walked,
backpropagation stepped through the graph — as GIF, APNG or MP4.

Each animation moves one setting of a figure built alone (``guicalc.ui.view_tabs.figure_alone``)
frame by frame and paints the figure as the PNG export does. Encoding: Pillow writes GIF
and APNG (a maintained imaging library, no system binary); imageio-ffmpeg (the wrapper
imageio itself uses) pipes frames to the ffmpeg binary its wheel ships and writes MP4,
so nothing comes from the system. The file is written beside its name and renamed
when complete: a cancelled or failed export leaves no partial file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6 import QtGui, QtWidgets

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.export.animation_names import ANIMATED_FIGURES
from guicalc.export.figure import ExportError, render_image
from guicalc.i18n import translate, translated

Progress = Callable[[int, int], bool]
"""``progress(done, total)``: called after each frame; False cancels the export."""
LARGEST_H, SMALLEST_H = 1.0, 1e-4
"""The secant's steps: from a chord you can see to one the eye cannot tell from the tangent."""
MAX_BYTES = 3 << 30
"""Frames are held in memory for GIF and APNG: refuse sizes × frames beyond about 3 GB."""


class CancelledError(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class Animation:
    figure: str
    """The figure (``guicalc export --view``) it is drawn on."""
    title: Message
    """Its name in the window's menu."""
    moves: Callable[[QtWidgets.QWidget, int], Iterator[None]]
    """``moves(figure, frames)`` sets the figure to each frame in turn, yielding after each."""


def secant_hs(frames: int, largest: float = LARGEST_H, smallest: float = SMALLEST_H) -> np.ndarray:
    """Geometric steps from ``largest`` down to ``smallest``: each frame halves the gap alike."""
    return np.geomspace(largest, smallest, frames)


def _secant(figure: QtWidgets.QWidget, frames: int) -> Iterator[None]:
    state = figure.figure_document.curve
    state.show_secant = True
    for h in secant_hs(frames):
        state.h = float(h)
        yield


def _descent(figure: QtWidgets.QWidget, frames: int) -> Iterator[None]:
    """The panel's own descent, revealed step by step (the last frames show the whole path)."""
    from guicalc.core.descent import gradient_descent

    state = figure.figure_owner.state
    if state.function is None:
        raise ExportError(translate("Export", "there is no function of two variables to descend"))
    path = gradient_descent(state.function, state.descent_start, state.learning_rate, state.descent_steps,
                            state.field_range)
    state.descent = path
    for frame in range(frames):
        state.descent_shown = round(frame * path.steps / (frames - 1))
        yield


def _backprop(figure: QtWidgets.QWidget, frames: int) -> Iterator[None]:
    """From nothing computed, through the forward pass, to every gradient."""
    from guicalc.core.graph_state import MAX_STEP

    state = figure.figure_owner.state
    state.step = MAX_STEP
    last = state.step  # the walk stops at its last step
    for frame in range(frames):
        state.step = round(frame * last / (frames - 1))
        yield


ANIMATIONS = {
    "secant": Animation(ANIMATED_FIGURES["secant"], QT_TRANSLATE_NOOP("Export", "Secant turning into the tangent"),
                        _secant),
    "descent": Animation(ANIMATED_FIGURES["descent"], QT_TRANSLATE_NOOP("Export", "Gradient descent walked"),
                         _descent),
    "backprop": Animation(ANIMATED_FIGURES["backprop"],
                          QT_TRANSLATE_NOOP("Export", "Backpropagation stepped through the graph"), _backprop),
}
FORMATS = (".gif", ".apng", ".mp4")


def export_animation(figure: QtWidgets.QWidget, name: str, path: str | Path, fps: int = 15, frames: int = 45,
                     progress: Progress | None = None) -> Path:
    """Write animation ``name`` of ``figure`` (shown at its export size) to ``path``.

    A ``.png`` path is written as APNG. Raises CancelledError when ``progress`` says stop,
    ExportError when the file cannot be made; either way no file is left at ``path``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (*FORMATS, ".png"):
        raise ExportError(translate("Export", "cannot write an animation to '{suffix}': choose .gif, .apng, .png "
                                              "or .mp4").format(suffix=path.suffix))
    if frames < 2 or not 1 <= fps <= 60:
        raise ExportError(translate("Export", "an animation needs at least 2 frames and 1 to 60 frames a second"))
    width, height = figure.width(), figure.height()
    if suffix != ".mp4" and width * height * 3 * frames > MAX_BYTES:
        raise ExportError(translate("Export", "{frames} frames of {width}×{height} are too many for a GIF: "
                                              "choose fewer or smaller").format(frames=frames, width=width,
                                                                               height=height))
    images = _frames(figure, ANIMATIONS[name], frames, progress)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=suffix, dir=path.parent or ".")
    os.close(handle)
    try:
        if suffix == ".mp4":
            _write_mp4(images, Path(temporary), fps)
        else:
            _write_pillow(images, Path(temporary), fps, "GIF" if suffix == ".gif" else "PNG")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's owner-only
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _frames(figure: QtWidgets.QWidget, animation: Animation, frames: int,
            progress: Progress | None) -> Iterator[np.ndarray]:
    """Each frame as (height, width, 3) RGB, after the figure has redrawn."""
    app = QtWidgets.QApplication.instance()
    render_image(figure, 1)  # pyqtgraph sizes its axes to the labels it has painted once:
    app.processEvents()      # the first frame is laid out as the screen is
    for done, _ in enumerate(animation.moves(figure, frames), start=1):
        app.processEvents()  # coalesced redraws (the curve's resampling, the graph's layout)
        yield _rgb(render_image(figure, 1))
        if progress is not None and not progress(done, frames):
            raise CancelledError


def _rgb(image: QtGui.QImage) -> np.ndarray:
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return raw[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def _write_pillow(images: Iterator[np.ndarray], path: Path, fps: int, format_name: str) -> None:
    from PIL import Image

    pictures = [Image.fromarray(rgb) for rgb in images]
    if format_name == "GIF":  # one palette for all frames (no flicker), taken from the first, middle and last
        sample = Image.fromarray(np.vstack([np.asarray(pictures[i]) for i in {0, len(pictures) // 2, -1}]))
        palette = sample.quantize(colors=255, method=Image.Quantize.MAXCOVERAGE)
        pictures = [p.quantize(palette=palette, dither=Image.Dither.NONE) for p in pictures]
    duration = round(100 / fps) * 10 if format_name == "GIF" else round(1000 / fps)  # GIF counts 1/100 s
    pictures[0].save(path, format=format_name, save_all=True, append_images=pictures[1:], duration=duration,
                     loop=0, **({"optimize": False} if format_name == "GIF" else {}))


def _write_mp4(images: Iterator[np.ndarray], path: Path, fps: int) -> None:
    import imageio_ffmpeg

    writer = None
    try:
        for rgb in images:
            # H.264 in yuv420p (what slides and browsers play) needs even sizes: drop an odd last row or column.
            h, w = rgb.shape[0] // 2 * 2, rgb.shape[1] // 2 * 2
            if writer is None:
                writer = imageio_ffmpeg.write_frames(str(path), (w, h), fps=fps, codec="libx264", quality=8,
                                                     pix_fmt_out="yuv420p", macro_block_size=1,
                                                     ffmpeg_log_level="error")
                writer.send(None)  # start ffmpeg
            writer.send(np.ascontiguousarray(rgb[:h, :w]))
    finally:
        if writer is not None:
            writer.close()


def animation_title(name: str) -> str:
    return translated(ANIMATIONS[name].title)
