"""An image as rectangles of flat colour, so that an SVG needs no embedded raster.

The field view's pale background is a small image stretched over the plot
(pyqtgraph's ImageItem, drawn without smoothing); a background pixmap is one
colour. Runs of equal colour along a row become one rectangle, and runs that
repeat on the next rows grow downwards, so a smooth image stays a few thousand
elements and a flat one is a single rectangle.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from PySide6 import QtCore, QtGui

MAX_PIXELS = 400_000
"""Larger images are sampled down first: a figure's raster is a background, not a photograph."""


def image_rects(image: QtGui.QImage, target: QtCore.QRectF, source: QtCore.QRectF,
                overlap: float = 0.0) -> Iterator[tuple[QtCore.QRectF, QtGui.QColor]]:
    """(rectangle in ``target``'s coordinates, colour) for the ``source`` part of ``image``.

    ``overlap`` (target units) grows each inner rectangle to the right and down, so that
    antialiased edges of neighbours do not let a hairline of background through.
    """
    rgba = _pixels(image, source)
    if rgba.size == 0:
        return
    rows, cols = rgba.shape
    step = max(1, int(np.ceil(np.sqrt(rows * cols / MAX_PIXELS))))
    rgba = rgba[::step, ::step]
    rows, cols = rgba.shape
    sx, sy = target.width() / cols, target.height() / rows
    open_runs: dict[tuple[int, int, int], int] = {}
    for r in range(rows + 1):
        runs = set(_runs(rgba[r])) if r < rows else set()
        for key in [k for k in open_runs if k not in runs]:
            top = open_runs.pop(key)
            yield _rect(target, key, top, r, sx, sy, overlap, cols, rows), _color(key[2])
        for key in runs:
            open_runs.setdefault(key, r)


def _pixels(image: QtGui.QImage, source: QtCore.QRectF) -> np.ndarray:
    """The source part of the image as (rows, cols) packed ARGB 32-bit values."""
    part = image.copy(source.toAlignedRect()) if not source.isNull() else image
    part = part.convertToFormat(QtGui.QImage.Format.Format_ARGB32)
    if part.isNull():
        return np.empty((0, 0), np.uint32)
    raw = np.frombuffer(part.constBits(), np.uint32).reshape(part.height(), part.bytesPerLine() // 4)
    return raw[:, : part.width()].copy()


def _runs(row: np.ndarray) -> Iterator[tuple[int, int, int]]:
    """(first column, end column, colour) of each run of one colour, transparent runs left out."""
    starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
    ends = np.r_[starts[1:], row.size]
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        color = int(row[start])
        if color >> 24:
            yield start, end, color


def _rect(target: QtCore.QRectF, key: tuple[int, int, int], top: int, bottom: int, sx: float, sy: float,
          overlap: float, cols: int, rows: int) -> QtCore.QRectF:
    start, end, color = key
    grow_x = overlap if end < cols and (color >> 24) == 255 else 0.0
    grow_y = overlap if bottom < rows and (color >> 24) == 255 else 0.0
    return QtCore.QRectF(target.x() + start * sx, target.y() + top * sy,
                         (end - start) * sx + grow_x, (bottom - top) * sy + grow_y)


def _color(argb: int) -> QtGui.QColor:
    return QtGui.QColor.fromRgba(argb)
