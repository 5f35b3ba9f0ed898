"""The SVG writer on its own: what pyqtgraph draws under a stretched data transform comes out
as thin lines in figure pixels (the old files were bands outside Qt), and nothing infinite or
far outside the figure reaches the file."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from guicalc.export.svg_engine import svg_document
from tests.export.renderers import RENDERERS, missing
from tests.export.svg_checks import SVG

SIZE = QtCore.QSize(400, 300)


def _svg(paint, tmp_path) -> tuple[ET.Element, str]:
    data = svg_document(paint, SIZE, (SIZE.width(), SIZE.height()), "test", "test")
    (tmp_path / "t.svg").write_bytes(data)
    text = data.decode("utf-8")
    return ET.fromstring(text), text


def _stretched(painter: QtGui.QPainter) -> None:
    """A line in data coordinates under pyqtgraph's kind of transform: x × 285, y × −37.7."""
    painter.setTransform(QtGui.QTransform(285.55, 0, 0, -37.672, 20, 250))
    pen = QtGui.QPen(QtGui.QColor("#0072B2"), 2)
    pen.setCosmetic(True)
    painter.setPen(pen)
    path = QtGui.QPainterPath(QtCore.QPointF(0, 5))
    for x in np.linspace(0, 1.2, 50)[1:]:
        path.lineTo(x, 3 * x * x - 4 * x + 5)
    painter.drawPath(path)


def test_a_stretched_line_is_written_in_figure_pixels_with_its_width(qtbot, tmp_path):
    root, text = _svg(_stretched, tmp_path)
    assert "vector-effect" not in text and "transform" not in text
    (line,) = [e for e in root.iter(f"{SVG}path") if e.get("stroke") == "#0072b2"]
    assert line.get("stroke-width") == "2"
    numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", line.get("d"))]
    xs, ys = np.array(numbers[0::2]), np.array(numbers[1::2])
    assert xs.min() == pytest.approx(20) and xs.max() == pytest.approx(20 + 1.2 * 285.55, abs=0.1)
    assert ys.min() == pytest.approx(250 - 5 * 37.672, abs=0.1)  # y = 5 at x = 0, the highest point


@pytest.mark.skipif(bool(missing()), reason="renderers missing")
def test_every_renderer_draws_it_thin(qtbot, tmp_path):
    """The bug as a teacher saw it: the same line drawn by Qt into an image and by each renderer."""
    image = QtGui.QImage(SIZE, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    _stretched(painter)
    painter.end()
    qt = np.frombuffer(image.constBits(), np.uint8).reshape(SIZE.height(), -1, 4)[:, : SIZE.width(), :3]
    ink = (qt.min(axis=2) < 200).mean()
    _svg(_stretched, tmp_path)
    for name, render in RENDERERS.items():
        drawn = (render(tmp_path / "t.svg", SIZE.width(), SIZE.height()).min(axis=2) < 200).mean()
        assert drawn == pytest.approx(ink, rel=0.25), name  # a band would be many times the ink


def test_nothing_infinite_or_far_away_reaches_the_file(qtbot, tmp_path):
    def paint(painter: QtGui.QPainter) -> None:
        painter.setPen(QtGui.QPen(QtGui.QColor("black"), 1))
        painter.setBrush(QtGui.QColor("red"))
        path = QtGui.QPainterPath(QtCore.QPointF(10, 10))
        path.lineTo(1e308, 50)
        path.lineTo(float("inf"), float("nan"))
        path.lineTo(20, 20)
        painter.drawPath(path)
        painter.drawPolygon(QtGui.QPolygonF([QtCore.QPointF(-1e9, 0), QtCore.QPointF(1e9, 5), QtCore.QPointF(0, 1e9)]))
        painter.drawLine(QtCore.QLineF(-5e6, 100, 5e6, 100))
        painter.drawText(QtCore.QPointF(5000, 5000), "far away")
        painter.drawText(QtCore.QPointF(30, 40), "here")

    root, text = _svg(paint, tmp_path)
    assert not re.search(r"inf|nan", text.split("<g", 1)[1], re.IGNORECASE)
    numbers = [abs(float(v)) for e in root.iter(f"{SVG}path") for v in re.findall(r"-?\d+(?:\.\d+)?", e.get("d"))]
    assert numbers and max(numbers) < 500  # within the figure and its margin
    assert [e.text for e in root.iter(f"{SVG}text")] == ["here"]
