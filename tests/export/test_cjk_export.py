"""Korean and Chinese labels survive export: text in the SVG, real glyphs in the PNG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from guicalc import i18n
from guicalc.export.figure import export
from tests.export.svg_checks import SVG, image_array, svg_as_image

LABELS = [("ko", "접선"), ("zh_CN", "切线")]  # the legend's "tangent"


def _label_rect(view, text: str) -> QtCore.QRect:
    """Where the legend draws ``text``, in the view widget's pixels."""
    from PySide6 import QtWidgets

    item = next(i for i in view.scene().items()
                if isinstance(i, QtWidgets.QGraphicsTextItem) and i.toPlainText() == text)
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return rect.translated(view.viewport().mapTo(view, QtCore.QPoint(0, 0)))


def _unlikeness(image: QtGui.QImage, rect: QtCore.QRect) -> float:
    """How unlike the two characters of a two-character label are: the share of their ink
    pixels that differ, at the best alignment within two pixels. Two "tofu" boxes (a font
    without the glyphs) are alike; two different characters are not."""
    crop = image_array(image.copy(rect))
    ink = np.abs(crop - crop[0, 0]).sum(axis=2) > 150
    assert ink.sum() > 40, "the label left no ink"
    rows, columns = np.nonzero(ink)
    box = ink[rows.min():rows.max() + 1, columns.min():columns.max() + 1]
    half = box.shape[1] // 2
    left, right = box[:, :half], box[:, box.shape[1] - half:]
    shifted = (np.roll(np.roll(right, dy, axis=0), dx, axis=1) for dy in range(-2, 3) for dx in range(-2, 3))
    return min(float(np.mean(left != other)) for other in shifted)


@pytest.mark.parametrize(("code", "label"), LABELS)
def test_cjk_legend_is_svg_text_in_a_cjk_font(window_in, tmp_path, code, label):
    view = window_in(code).curve_view
    path = export(view, tmp_path / "curve.svg")
    families = [group.get("font-family", "") for group in ET.parse(path).getroot().iter()
                for text in group if text.tag == f"{SVG}text" and text.text and label in text.text]
    assert families, f"{label} is not a <text> of the SVG"
    assert i18n.cjk_family(code) in families[0]


@pytest.mark.parametrize(("code", "label"), LABELS)
def test_cjk_legend_is_drawn_with_glyphs_not_boxes(window_in, tmp_path, code, label):
    view = window_in(code).curve_view
    rect = _label_rect(view, label)
    png = QtGui.QImage(str(export(view, tmp_path / "curve.png", 1)))
    svg = svg_as_image(export(view, tmp_path / "curve.svg"), view.size())
    for image in (png, svg):
        assert _unlikeness(image, rect) > 0.15


def test_the_halves_of_tofu_are_alike(qapp):
    """The check above tells boxes from glyphs: a font without Hangul draws two like boxes."""
    image = QtGui.QImage(120, 60, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("white"))
    font = QtGui.QFont("DejaVu Sans", 24)
    font.setStyleStrategy(QtGui.QFont.StyleStrategy.NoFontMerging)  # no fallback to a CJK font
    painter = QtGui.QPainter(image)
    painter.setFont(font)
    painter.setPen(QtGui.QColor("black"))
    painter.drawText(QtCore.QRect(0, 0, 120, 60), QtCore.Qt.AlignmentFlag.AlignCenter, "접선")
    painter.end()
    assert _unlikeness(image, image.rect()) < 0.05
