"""What the export tests measure: vector elements in an SVG, and how far its rendering is from the screen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
from PySide6 import QtCore, QtGui, QtSvg

SVG = "{http://www.w3.org/2000/svg}"
LINES = (f"{SVG}polyline", f"{SVG}path")


def image_array(image: QtGui.QImage) -> np.ndarray:
    """(height, width, 3) RGB as ints."""
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return raw[:, : image.width(), :3].astype(int)


def svg_as_image(path: Path, size: QtCore.QSize) -> QtGui.QImage:
    """The SVG file drawn by Qt's own SVG renderer on white."""
    renderer = QtSvg.QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def difference_from(path: Path, screen: QtGui.QImage) -> float:
    """Mean absolute difference, in 0…255 per channel, between the SVG rendered back and ``screen``."""
    on_screen = image_array(screen)
    from_file = image_array(svg_as_image(path, screen.size()))
    difference = float(np.abs(on_screen - from_file).mean())
    print(f"mean |SVG − screen| for {path.name} = {difference:.2f} of 255")
    return difference


def stroked_points(root: ET.Element, color: str) -> int:
    """How many vertices the SVG strokes in ``color`` (Qt puts the stroke on the
    enclosing group): the curve is there as vectors, not as a bitmap."""
    count = 0
    for element in stroked(root, color):
        count += len((element.get("points") or element.get("d") or "").split())
    return count


def stroked(root: ET.Element, color: str) -> list[ET.Element]:
    """The polyline and path elements stroked in ``color``."""
    return [element for group in root.iter() if group.get("stroke", "").lower() == color.lower()
            for element in group.iter() if element.tag in LINES]


def filled(root: ET.Element, curved: bool = False) -> int:
    """How many filled shapes the SVG holds (``curved``: only those with Bézier curves, the
    circles and ellipses; the SVG writer puts every shape in a ``path``)."""
    return sum(1 for e in root.iter(f"{SVG}path") if e.get("fill", "black") != "none"
               and (not curved or "C" in e.get("d", "")))


def subpaths(root: ET.Element, color: str) -> int:
    """How many separate lines the paths stroked in ``color`` hold (one path per line set)."""
    return sum(element.get("d", "").count("M") for element in stroked(root, color))


def texts(root: ET.Element) -> list[str]:
    return [e.text.strip() for e in root.iter(f"{SVG}text") if e.text and e.text.strip()]
