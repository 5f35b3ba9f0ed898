"""Golden figures: every view's SVG, drawn by renderers other than Qt, looks like the screen.

Qt's own SVG renderer drew the old files right while librsvg, resvg and CairoSVG drew
every line as a solid band (non-scaling strokes under a stretched transform), so these
tests render with those three (``tests/export/renderers.py``) and compare with Qt's
on-screen grab of the same figure. Chromium is checked by ``tests/export/browser_check.py``,
which CI runs (.ci/run).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtWidgets

from guicalc.core.document import DEFAULT_EXPRESSION
from guicalc.core.view_kinds import figure_names, kind_of_figure
from guicalc.export.figure import export
from tests.export.figures import CASES, SIZE, close_figure, shown_figure
from tests.export.renderers import RENDERERS, compare, missing
from tests.export.svg_checks import SVG, image_array

pytestmark = pytest.mark.skipif(bool(missing()), reason=f"renderers missing: {missing()}")


def figure_and_screen(qtbot, name: str, expression: str, at: str, size: tuple[int, int] = SIZE,
                      settings: dict | None = None) -> tuple[QtWidgets.QWidget, np.ndarray]:
    """``shown_figure`` in a test (the application is pytest-qt's)."""
    return shown_figure(name, expression, at, size, settings)


def portable_problems(path: Path) -> list[str]:
    """What in the file some viewer would draw differently from Qt (empty: nothing)."""
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    problems = [f"{word} in the file" for word in ("vector-effect", "<image", "clipPath", "<use") if word in text]
    if not root.get("viewBox"):
        problems.append("no viewBox")
    for element in root.iter():
        transform = element.get("transform")
        if transform and _axis_ratio(transform) > 10:
            problems.append(f"a transform stretching one axis: {transform}")
        family = element.get("font-family")
        if family and not family.rstrip().endswith(("sans-serif", "serif", "monospace")):
            problems.append(f"a font list without a generic family: {family}")
    if root.find(f"{SVG}g[@font-family]") is None:
        problems.append("no font family given")
    return problems


def _axis_ratio(transform: str) -> float:
    """How much more the transform scales one axis than the other (1: not at all)."""
    matrix = np.eye(2)
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", transform):
        values = [float(v) for v in re.split(r"[\s,]+", args.strip()) if v]
        if name == "matrix":
            step = np.array([[values[0], values[2]], [values[1], values[3]]])
        elif name == "scale":
            step = np.diag([values[0], values[-1]])
        else:  # translate, rotate and skews keep lengths within 10× of each other here
            continue
        matrix = matrix @ step
    singular = np.linalg.svd(matrix, compute_uv=False)
    return float(singular[0] / singular[1]) if singular[1] else float("inf")


def dark_share(rgb: np.ndarray) -> float:
    """Share of pixels darker than mid grey: lines and text, or a band if lines swell."""
    return float((rgb.max(axis=2) < 128).mean())


SLOW = {"surface", "field"}  # thousands of mesh polygons or background rectangles, three renderers: 8–12 s


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in figure_names()])
def test_every_renderer_draws_the_figure_as_the_screen_shows_it(qtbot, tmp_path, name):
    expression, at = CASES[kind_of_figure(name).name]
    widget, screen = figure_and_screen(qtbot, name, expression, at)
    try:
        path = export(widget, tmp_path / f"{name}.svg")
    finally:
        close_figure(widget)
    assert portable_problems(path) == []
    for renderer, render in RENDERERS.items():
        rendered = render(path, *SIZE)
        difference = compare(rendered, screen)
        print(f"{name} by {renderer}: {difference}")
        assert difference.within_bounds(), f"{name} drawn by {renderer}: {difference}"
        # The solid-band bug: lines swollen into bands made most of the plot dark.
        assert abs(dark_share(rendered) - dark_share(screen)) < 0.01


def test_the_curve_of_the_default_lesson_is_small(qtbot, tmp_path):
    widget, _ = figure_and_screen(qtbot, "curve", DEFAULT_EXPRESSION, "1")
    try:
        path = export(widget, tmp_path / "curve.svg")
    finally:
        close_figure(widget)
    root = ET.parse(path).getroot()
    assert path.stat().st_size <= 200_000, path.stat().st_size
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("1280", "720", "0 0 1280 720")
    assert len(list(root.iter(f"{SVG}path"))) < 400  # a path per line set, not one per segment
    assert all(e.get("fill") != "none" or float(e.get("stroke-width", 1)) < 10 for e in root.iter(f"{SVG}path"))


def test_a_large_figure_is_shown_the_size_of_a_slide(qtbot, tmp_path):
    """A figure exported from a big window keeps its pixels in the viewBox and fits 16:9 at 1280 wide."""
    widget, _ = figure_and_screen(qtbot, "curve", DEFAULT_EXPRESSION, "1", size=(1800, 900))
    try:
        root = ET.parse(export(widget, tmp_path / "wide.svg")).getroot()
    finally:
        close_figure(widget)
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("1280", "640", "0 0 1800 900")


def test_a_line_leaving_the_plot_is_cut_at_its_edge(qtbot, tmp_path):
    """1/x at its pole: the pieces stop at the plot's frame, with no clip path to rely on."""
    widget, screen = figure_and_screen(qtbot, "curve", "1/x", "1")
    try:
        box = widget.getPlotItem().getViewBox()
        frame = box.mapRectToScene(box.boundingRect())
        path = export(widget, tmp_path / "pole.svg")
    finally:
        close_figure(widget)
    root = ET.parse(path).getroot()
    color = "#0072b2"  # the first function's colour
    numbers = [float(v) for e in root.iter(f"{SVG}path") if e.get("stroke", "").lower() == color
               for v in re.findall(r"-?\d+(?:\.\d+)?", e.get("d", ""))]
    xs, ys = np.array(numbers[0::2]), np.array(numbers[1::2])
    assert xs.size > 100
    assert ys.min() >= frame.top() - 2 and ys.max() <= frame.bottom() + 2
    assert compare(RENDERERS["rsvg-convert"](path, *SIZE), screen).within_bounds()


@pytest.mark.slow  # a descent run, then three renderers: about 6 s
def test_the_loss_plot_is_drawn_alike_by_every_renderer(qtbot, tmp_path):
    """The loss per descent step (a log axis, symbols on the line) beside the field."""
    field, _ = figure_and_screen(qtbot, "field", *CASES["surface"])
    panel = field.figure_owner
    panel.animation_interval_ms = 0
    try:
        with qtbot.waitSignal(panel.descentFinished, timeout=30_000):
            panel.run_descent()
        loss = panel.loss_view
        loss.setParent(None)
        loss.setFixedSize(*SIZE)
        loss.show()
        qtbot.waitExposed(loss)
        screen = None
        for _ in range(10):
            QtWidgets.QApplication.processEvents()
            previous, screen = screen, image_array(loss.grab().toImage())[:, :, ::-1]
            if previous is not None and np.array_equal(previous, screen):
                break
        path = export(loss, tmp_path / "loss.svg")
        loss.close()
    finally:
        close_figure(field)
    assert portable_problems(path) == []
    for renderer, render in RENDERERS.items():
        difference = compare(render(path, *SIZE), screen)
        print(f"loss by {renderer}: {difference}")
        assert difference.within_bounds(), f"loss drawn by {renderer}: {difference}"
