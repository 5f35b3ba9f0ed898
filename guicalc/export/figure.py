"""Render any 2D view (a pyqtgraph plot, a table, a panel) to SVG or PNG.

pyqtgraph's own SVGExporter fails on PySide6 6.11 (pyqtgraph issue #3485), so
widgets are painted through ``QSvgGenerator``: Qt writes paths as paths and text
as text. Pixmap caches (which make drags fast) are switched off while painting,
or the curves would land in the file as bitmaps. A widget that paints its own
figure (``paint_figure(painter)``: the 3D surface, which OpenGL cannot put into
a vector file) is asked to instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from guicalc.core.clipping import clip_polyline_y
from guicalc.core.workspace import write_atomically
from guicalc.i18n import translate
from guicalc.views.focus import FocusFrame

SCALES = (1, 2, 4)
NO_CACHE = QtWidgets.QGraphicsItem.CacheMode.NoCache


class ExportError(OSError):
    """A figure could not be written; the message says why, for the user."""


def export(widget: QtWidgets.QWidget, path: str | Path, scale: int = 1, title: str = "guicalc") -> Path:
    """Write ``widget`` as it is on screen to ``path`` (.svg or .png)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        write_svg(widget, path, title)
    elif suffix == ".png":
        write_png(widget, path, scale)
    else:
        raise ExportError(translate("Export", "cannot export to '{suffix}': choose a .svg or .png file").format(
            suffix=path.suffix))
    return path


def write_svg(widget: QtWidgets.QWidget, path: Path, title: str = "guicalc") -> None:
    _write_bytes(path, svg_bytes(widget, title))


def svg_bytes(widget: QtWidgets.QWidget, title: str = "guicalc") -> bytes:
    """``widget`` as an SVG document."""
    size = widget.size()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    generator = QtSvg.QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QtCore.QRect(QtCore.QPoint(0, 0), size))
    generator.setTitle(xml_text(title))
    generator.setDescription("Exported from guicalc")
    _paint(widget, generator)
    return _valid_xml(bytes(buffer.data()))  # labels quote the user's text too


def write_png(widget: QtWidgets.QWidget, path: Path, scale: int = 1) -> None:
    _write_bytes(path, _png_bytes(render_image(widget, scale)))


def render_image(widget: QtWidgets.QWidget, scale: int = 1) -> QtGui.QImage:
    """``widget`` painted at ``scale`` times its size (sharp text and lines, not upscaled)."""
    if scale not in SCALES:
        raise ExportError(translate("Export", "PNG scale must be one of {scales}, not {scale}").format(
            scales=", ".join(map(str, SCALES)), scale=scale))
    image = QtGui.QImage(widget.size() * scale, QtGui.QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QtGui.QColor("white"))
    _paint(widget, image)
    return image


def copy_to_clipboard(widget: QtWidgets.QWidget) -> None:
    """Put the figure on the clipboard as SVG (for vector-aware programs) and as an image."""
    data = QtCore.QMimeData()
    data.setData("image/svg+xml", QtCore.QByteArray(svg_bytes(widget)))
    data.setImageData(render_image(widget, 2))
    QtWidgets.QApplication.clipboard().setMimeData(data)


def _paint(widget: QtWidgets.QWidget, device: QtGui.QPaintDevice) -> None:
    painter = QtGui.QPainter(device)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    try:
        if hasattr(widget, "paint_figure"):
            widget.paint_figure(painter)
            return
        with _exporting(widget):
            # QWidget.render explicitly: QGraphicsView overloads render() for its scene.
            QtWidgets.QWidget.render(widget, painter, QtCore.QPoint(0, 0), QtGui.QRegion(),
                                     QtWidgets.QWidget.RenderFlag.DrawChildren)
    finally:
        painter.end()


@contextmanager
def _exporting(widget: QtWidgets.QWidget) -> Iterator[None]:
    """Items draw as vectors: no pixmap caches, and pyqtgraph's export mode
    (scatter symbols are otherwise stamped from a pixmap atlas)."""
    views = [widget] if isinstance(widget, QtWidgets.QGraphicsView) else []
    views += widget.findChildren(QtWidgets.QGraphicsView)
    items = [item for view in views for item in view.scene().items()]
    saved = [(item, item.cacheMode()) for item in items if item.cacheMode() != NO_CACHE]
    exportable = [item for item in items if hasattr(item, "setExportMode")]
    curves = [(item, *item.getData(), item.opts["connect"]) for item in items
              if isinstance(item, pg.PlotCurveItem) and item.getViewBox() is not None and item.xData is not None]
    for item, _ in saved:
        item.setCacheMode(NO_CACHE)
    for item in exportable:
        item.setExportMode(True, {"antialias": True})
    frames = [frame for frame in widget.findChildren(FocusFrame) if frame.isVisible()]
    for frame in frames:  # the keyboard focus is not part of the figure
        frame.hide()
    for item, xs, ys, connect in curves:
        # Qt's SVG writer ignores the view's clip: cut the lines at its edges here.
        y0, y1 = item.getViewBox().viewRange()[1]
        item.setData(*clip_polyline_y(*_as_polyline(xs, ys, connect), y0, y1), connect="finite")
    try:
        yield
    finally:
        for frame in frames:
            frame.show()
        for item, xs, ys, connect in curves:
            item.setData(xs, ys, connect=connect)
        for item in exportable:
            item.setExportMode(False)
        for item, mode in saved:
            item.setCacheMode(mode)


def _as_polyline(xs: np.ndarray, ys: np.ndarray, connect: object) -> tuple[np.ndarray, np.ndarray]:
    """Separate segments (a quiver, contours: ``connect="pairs"``) as one polyline broken by NaN."""
    if connect != "pairs":
        return xs, ys
    n = len(xs) // 2
    gap = np.full((n, 1), np.nan)
    return (np.hstack([np.reshape(xs[: 2 * n], (n, 2)), gap]).ravel(),
            np.hstack([np.reshape(ys[: 2 * n], (n, 2)), gap]).ravel())


def _png_bytes(image: QtGui.QImage) -> bytes:
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError(translate("Export", "the image could not be encoded as PNG"))
    return bytes(buffer.data())


def _write_bytes(path: Path, data: bytes) -> None:
    """Write atomically: a failed export never leaves half a file behind. Python's own file
    calls, not QSaveFile: a name that is not UTF-8 (byte 0xFF) keeps its bytes."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise ExportError(translate("Export", "cannot write {path}: {reason}").format(
            path=path, reason=exc.strerror or str(exc))) from None


# Characters XML 1.0 does not allow, even escaped: C0 controls but tab, newline and return;
# lone surrogates; U+FFFE and U+FFFF. Qt's SVG writer copies them into <title> and <text>.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters an XML document cannot hold."""
    return _NOT_XML.sub("", text)


def _valid_xml(svg: bytes) -> bytes:
    return xml_text(svg.decode("utf-8", "replace")).encode("utf-8")
