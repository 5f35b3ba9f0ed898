"""The race on a 1280 × 720 projector: every tick label of the loss plot readable, each
update equation whole, the legend where it hides the least (issue 16's layout notes)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtGui

from guicalc.views.race_view import quietest_corner
from guicalc.views.spaced_axis import SpacedAxis
from tests.conftest import close_window, shown_window


@pytest.mark.parametrize("pixels", [60, 100, 160, 300, 700])
def test_major_tick_labels_of_a_narrow_axis_keep_apart(qapp, pixels):
    axis = SpacedAxis("bottom")
    font = QtGui.QFont()
    font.setPointSize(12)
    axis.setStyle(tickFont=font)
    low, high = -20.0, 1020.0  # 1 000 steps with the plot's padding
    spacing, values = axis.tickValues(low, high, pixels)[0]
    labels = [v for v in values if low <= v <= high]
    widest = max(QtGui.QFontMetricsF(font).horizontalAdvance(f"{v:g}") for v in (low, high))
    # Labels are centred on their ticks: neighbours need a label's width between the centres.
    assert spacing / (high - low) * pixels >= widest
    assert len(labels) >= 2  # still an axis: at least two values on it


def test_the_legend_takes_the_corner_that_hides_neither_start_nor_ends():
    # The view is −2 … 2 both ways; a legend box at each corner 1 × 1.
    boxes = {(0, 0): (-2, 1, -1, 2), (1, 0): (1, 1, 2, 2), (0, 1): (-2, -2, -1, -1), (1, 1): (1, -2, 2, -1)}
    trail = np.column_stack([np.linspace(-1.5, 1.5, 50), np.linspace(1.5, 1.5, 50)])  # along the top
    marks = np.array([[-1.5, 1.5], [1.5, 1.5]])  # the start top left, the end top right
    assert quietest_corner(trail, marks, boxes) == (0, 1)  # bottom left: nothing there, and first of ties
    marks_low = np.vstack([marks, [[-1.5, -1.5]]])  # a racer ends bottom left
    assert quietest_corner(trail, marks_low, boxes) == (1, 1)
    nothing = np.empty((0, 2))
    assert quietest_corner(nothing, nothing, boxes) == (0, 0)  # where it always was


def test_update_equations_are_whole_at_1280_by_720(qtbot):
    window = shown_window(qtbot)
    try:
        window.resize(1216, 648)  # what the window takes of a 1280 × 720 screen
        panel = window.show_view("race")
        qtbot.waitUntil(lambda: panel.equations and all(label.text() for label in panel.equations.values()))
        qtbot.wait(50)
        assert len({cell.x() for cell in panel.equation_box.cells}) == 1  # one column: two were cut
        _every_line_whole(panel)
        window.resize(1900, 1000)
        qtbot.waitUntil(lambda: len({cell.x() for cell in panel.equation_box.cells}) == 2)  # room for two columns
        qtbot.wait(50)
        _every_line_whole(panel)
        panel.shutdown()
    finally:
        close_window(window)


def _every_line_whole(panel) -> None:
    """Each update's text, wrapped at its label's width, fits the label's height."""
    for label in panel.equations.values():
        assert label.heightForWidth(label.width()) <= label.height(), label.text()
