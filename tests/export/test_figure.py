"""Exported figures are vector graphics that match what is on screen."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtSvg

from guicalc.export.figure import ExportError, export, render_image
from guicalc.views.curve_view import TANGENT_COLOR

SVG = "{http://www.w3.org/2000/svg}"


def _image_array(image: QtGui.QImage) -> np.ndarray:
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return raw[:, : image.width(), :3].astype(int)


def _svg_as_image(path: Path, size) -> QtGui.QImage:
    renderer = QtSvg.QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _stroked_points(root: ET.Element, color: str) -> int:
    """How many vertices the SVG strokes in ``color`` (Qt puts the stroke on the
    enclosing group): the curve is there as vectors, not as a bitmap."""
    count = 0
    for group in root.iter():
        if group.get("stroke", "").lower() != color.lower():
            continue
        for element in group.iter():
            if element.tag in (f"{SVG}polyline", f"{SVG}path"):
                count += len((element.get("points") or element.get("d") or "").split())
    return count


def _texts(root: ET.Element) -> list[str]:
    return [e.text.strip() for e in root.iter(f"{SVG}text") if e.text and e.text.strip()]


def test_curve_svg_is_vector_and_matches_the_screen(main_window, tmp_path):
    view = main_window.curve_view
    path = export(view, tmp_path / "curve.svg")
    root = ET.parse(path).getroot()
    curve_color = main_window.document.functions[0].color
    assert _stroked_points(root, curve_color) > 500  # f as vector polylines, not a bitmap
    assert _stroked_points(root, TANGENT_COLOR) >= 2
    texts = _texts(root)
    assert "f(x) = 3x^2 − 4x" in texts and "tangent" in texts
    assert {"0.5", "1.0", "1.5"} <= set(texts)  # tick labels are text
    on_screen = _image_array(view.grab().toImage())
    from_file = _image_array(_svg_as_image(path, view.size()))
    difference = np.abs(on_screen - from_file).mean()
    print(f"mean |SVG − screen| = {difference:.2f} of 255")
    assert difference < 8


def test_limit_panel_svg_holds_the_table_as_text(main_window, tmp_path):
    path = export(main_window.limit_panel, tmp_path / "limit.svg")
    texts = _texts(ET.parse(path).getroot())
    assert {"2.30000", "2.03000", "2.00300", "2.00030", "2.00003"} <= set(texts)
    assert "best h" in texts


def test_png_scales_are_sharp_not_upscaled(main_window, tmp_path):
    view = main_window.curve_view
    for scale in (1, 2, 4):
        image = QtGui.QImage(str(export(view, tmp_path / f"curve{scale}.png", scale)))
        assert (image.width(), image.height()) == (view.width() * scale, view.height() * scale)
    with pytest.raises(ExportError):
        render_image(view, 3)
    with pytest.raises(ExportError, match="choose a .svg or .png"):
        export(view, tmp_path / "curve.pdf")


def test_exported_lines_stop_at_the_plot_edge(qtbot, main_window, tmp_path):
    main_window.function_list.rows[0].edit.setText("1/x")
    view = main_window.curve_view
    y0, y1 = view.getPlotItem().getViewBox().viewRange()[1]
    root = ET.parse(export(view, tmp_path / "pole.svg")).getroot()
    # After export the on-screen data is back as it was.
    assert np.nanmax(np.abs(view.curve(view.curve_keys()[0]).curve.getData()[1])) > max(abs(y0), abs(y1))
    assert _stroked_points(root, main_window.document.functions[0].color) > 100


def test_headless_command_line_export(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "t.svg"
    result = subprocess.run([sys.executable, "-m", "guicalc", "export", "3x^2-4x", "--view", "curve", "--at", "1",
                             "-o", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert _stroked_points(root, "#0072B2") > 500
    assert _stroked_points(root, TANGENT_COLOR) >= 2
    assert "f(x) = 3x^2 − 4x" in _texts(root)


def test_graph_view_exports_its_gradients_as_text(qtbot, main_window, tmp_path):
    panel = main_window.graph_panel
    main_window.tabs.setCurrentWidget(panel)
    panel.set_expression("(a + b)*c", {"a": 50, "b": 70, "c": 2})
    while panel.step_backward.isEnabled():
        qtbot.mouseClick(panel.step_backward, QtCore.Qt.MouseButton.LeftButton)
    root = ET.parse(export(main_window.current_figure(), tmp_path / "graph.svg")).getroot()
    texts = _texts(root)
    assert "240" in texts and "120" in texts and texts.count("2") >= 3
