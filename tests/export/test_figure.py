"""Exported figures are vector graphics that match what is on screen."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from guicalc.export.figure import ExportError, export, render_image
from guicalc.views.curve_view import TANGENT_COLOR
from guicalc.views.error_view import ERROR_COLOR
from guicalc.views.graph_view import ACTIVE, EDGE_INK
from tests.export.svg_checks import difference_from, filled, stroked, stroked_points, texts


def test_curve_svg_is_vector_and_matches_the_screen(main_window, tmp_path):
    view = main_window.curve_view
    path = export(view, tmp_path / "curve.svg")
    root = ET.parse(path).getroot()
    curve_color = main_window.document.functions[0].color
    assert stroked_points(root, curve_color) > 500  # f as vector polylines, not a bitmap
    assert stroked_points(root, TANGENT_COLOR) >= 2
    labels = texts(root)
    assert "f(x) = 3x² − 4x" in labels and "tangent" in labels
    assert {"0.5", "1.0", "1.5"} <= set(labels)  # tick labels are text
    assert difference_from(path, view.grab().toImage()) < 8


def test_limit_panel_svg_holds_the_table_and_the_error_plot(main_window, tmp_path):
    panel = main_window.limit_panel
    path = export(panel, tmp_path / "limit.svg")
    root = ET.parse(path).getroot()
    labels = texts(root)
    assert {"2.30000", "2.03000", "2.00300", "2.00030", "2.00003"} <= set(labels)
    assert "best h" in labels
    sweep = panel.error_view.curve.curve.getData()[0]
    assert len(sweep) > 20
    assert stroked_points(root, ERROR_COLOR) >= len(sweep)  # the error curve as a polyline
    assert difference_from(path, panel.grab().toImage()) < 8


def test_png_scales_are_sharp_not_upscaled(main_window, tmp_path):
    view = main_window.curve_view
    for scale in (1, 2, 4):
        image = QtGui.QImage(str(export(view, tmp_path / f"curve{scale}.png", scale)))
        assert (image.width(), image.height()) == (view.width() * scale, view.height() * scale)
    with pytest.raises(ExportError):
        render_image(view, 3)
    with pytest.raises(ExportError, match="choose a .svg, .pdf or .png"):
        export(view, tmp_path / "curve.tiff")


def test_exported_lines_stop_at_the_plot_edge(qtbot, main_window, tmp_path):
    main_window.function_list.rows[0].edit.setText("1/x")
    view = main_window.curve_view
    y0, y1 = view.getPlotItem().getViewBox().viewRange()[1]
    root = ET.parse(export(view, tmp_path / "pole.svg")).getroot()
    # After export the on-screen data is back as it was.
    assert np.nanmax(np.abs(view.curve(view.curve_keys()[0]).curve.getData()[1])) > max(abs(y0), abs(y1))
    assert stroked_points(root, main_window.document.functions[0].color) > 100


def test_headless_command_line_export(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "t.svg"
    result = subprocess.run([sys.executable, "-m", "guicalc", "export", "3x^2-4x", "--view", "curve", "--at", "1",
                             "-o", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert stroked_points(root, "#0072B2") > 500
    assert stroked_points(root, TANGENT_COLOR) >= 2
    assert "f(x) = 3x² − 4x" in texts(root)


def test_graph_view_exports_its_gradients_as_text(qtbot, main_window, tmp_path):
    panel = main_window.graph_panel
    main_window.tabs.setCurrentWidget(panel)
    panel.set_expression("(a + b)*c", {"a": 50, "b": 70, "c": 2})
    while panel.step_backward.isEnabled():
        qtbot.mouseClick(panel.step_backward, QtCore.Qt.MouseButton.LeftButton)
    figure = main_window.current_figure()
    assert figure is panel.view
    path = export(figure, tmp_path / "graph.svg")
    root = ET.parse(path).getroot()
    labels = texts(root)
    assert "240" in labels and "120" in labels and labels.count("2") >= 3
    edges = stroked(root, EDGE_INK) + stroked(root, ACTIVE)  # the last step's edges are highlighted
    assert len(edges) >= 5  # a→+, b→+, +→×, c→× and the output, as vector paths
    assert filled(root) >= 4       # their arrow heads
    assert difference_from(path, figure.grab().toImage()) < 8
