"""Render any view (a pyqtgraph plot, a table, a panel, the 3D surface) to SVG or PNG.

Widgets are painted into ``svg_engine.SvgDevice``, which writes plain SVG 1.1 in
the figure's pixels (Qt's ``QSvgGenerator`` writes files only Qt draws right, and
pyqtgraph's SVGExporter fails on PySide6 6.11, pyqtgraph issue #3485). Pixmap
caches (which make drags fast) are switched off while painting, or the curves
would reach the file as bitmaps. A widget that paints its own figure
(``paint_figure(painter)``: the 3D surface, which OpenGL cannot put into a vector
file) is asked to instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.workspace import write_atomically
from guicalc.export.svg_engine import svg_document
from guicalc.i18n import translate
from guicalc.views.focus import FocusFrame

SCALES = (1, 2, 4)
PDF_DPI = 96
SLIDE = (1280, 720)
"""A 16:9 slide at 96 dpi (13.33 × 7.5 inches): an SVG is shown at most this large unless asked."""
NO_CACHE = QtWidgets.QGraphicsItem.CacheMode.NoCache


class ExportError(OSError):
    """A figure could not be written; the message says why, for the user."""


def export(widget: QtWidgets.QWidget, path: str | Path, scale: int = 1, title: str = "guicalc") -> Path:
    """Write ``widget`` as it is on screen to ``path`` (.svg, .pdf or .png)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        write_svg(widget, path, title)
    elif suffix == ".pdf":
        _write_bytes(path, pdf_bytes(widget, title))
    elif suffix == ".png":
        write_png(widget, path, scale)
    else:
        raise ExportError(translate("Export", "cannot export to '{suffix}': choose a .svg, .pdf or .png file")
                          .format(suffix=path.suffix))
    return path


def write_svg(widget: QtWidgets.QWidget, path: Path, title: str = "guicalc") -> None:
    _write_bytes(path, svg_bytes(widget, title))


def svg_bytes(widget: QtWidgets.QWidget, title: str = "guicalc") -> bytes:
    """``widget`` as a portable SVG document, shown at its own size or fitted into a slide."""
    size = widget.size()
    svg = svg_document(lambda painter: _paint_on(widget, painter), size, slide_fit(size.width(), size.height()),
                       xml_text(title), "Exported from guicalc")
    return _valid_xml(svg)  # labels quote the user's text too


def slide_fit(width: int, height: int) -> tuple[int, int]:
    """The figure's size, scaled down (never up) to fit a 16:9 slide."""
    factor = min(1.0, SLIDE[0] / width, SLIDE[1] / height)
    return max(1, round(width * factor)), max(1, round(height * factor))


def pdf_bytes(widget: QtWidgets.QWidget, title: str = "guicalc") -> bytes:
    """``widget`` as a one-page vector PDF the size of the figure (Qt embeds the fonts'
    subsets and keeps text as text)."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)  # one figure pixel is one PDF pixel at 96 dpi: nothing moves
    size = widget.size()
    points = QtCore.QSizeF(size.width() * 72 / PDF_DPI, size.height() * 72 / PDF_DPI)
    writer.setPageSize(QtGui.QPageSize(points, QtGui.QPageSize.Unit.Point, "figure",
                                       QtGui.QPageSize.SizeMatchPolicy.ExactMatch))
    writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
    writer.setTitle(title)
    writer.setCreator("guicalc")
    _paint(widget, writer)
    return bytes(buffer.data())


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
    try:
        _paint_on(widget, painter)
    finally:
        painter.end()


def _paint_on(widget: QtWidgets.QWidget, painter: QtGui.QPainter) -> None:
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    if hasattr(widget, "paint_figure"):
        widget.paint_figure(painter)
        return
    with _exporting(widget):
        # QWidget.render explicitly: QGraphicsView overloads render() for its scene. The
        # window background too: a panel's grey is part of the figure as on screen.
        flags = QtWidgets.QWidget.RenderFlag.DrawWindowBackground | QtWidgets.QWidget.RenderFlag.DrawChildren
        QtWidgets.QWidget.render(widget, painter, QtCore.QPoint(0, 0), QtGui.QRegion(), flags)


@contextmanager
def _exporting(widget: QtWidgets.QWidget) -> Iterator[None]:
    """Items draw as vectors: no pixmap caches, and pyqtgraph's export mode
    (scatter symbols are otherwise stamped from a pixmap atlas)."""
    views = [widget] if isinstance(widget, QtWidgets.QGraphicsView) else []
    views += widget.findChildren(QtWidgets.QGraphicsView)
    items = [item for view in views for item in view.scene().items()]
    saved = [(item, item.cacheMode()) for item in items if item.cacheMode() != NO_CACHE]
    exportable = [item for item in items if hasattr(item, "setExportMode")]
    for item, _ in saved:
        item.setCacheMode(NO_CACHE)
    for item in exportable:
        item.setExportMode(True, {"antialias": True})
    frames = [frame for frame in widget.findChildren(FocusFrame) if frame.isVisible()]
    for frame in frames:  # the keyboard focus is not part of the figure
        frame.hide()
    try:
        yield
    finally:
        for frame in frames:
            frame.show()
        for item in exportable:
            item.setExportMode(False)
        for item, mode in saved:
            item.setCacheMode(mode)


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
