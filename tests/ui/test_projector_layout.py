"""The window on the projectors classrooms have: 1280×720 and 1024×768, in both modes.

Measured on the real window: its minimum width whatever tabs were opened before,
and at each projector size, every visible widget inside the window and every
readout's text whole.
"""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets

from tests.ui.screen_fit import PROJECTORS, cut_cells, cut_readouts, outside, settle, tab_names, text_sizes

MAX_MINIMUM_WIDTH = 1000


def _visit(window, tabs) -> None:
    for name in tabs:
        window.show_view(name)
        settle()


@pytest.mark.slow
@pytest.mark.parametrize("presenting", [False, True], ids=["normal", "presentation"])
def test_every_tab_fits_a_projector(qtbot, main_window, presenting):
    window = main_window
    if presenting:
        window.presentation.enter(1080)  # the largest type: the widest window
    for first_pass in (True, False):  # before, then after every other tab was opened
        for name in tab_names():
            window.show_view(name)
            settle()
            hint = window.minimumSizeHint()
            assert hint.width() <= MAX_MINIMUM_WIDTH, (name, first_pass, hint)
    for width, height in PROJECTORS:
        if presenting:  # the type presentation mode chooses on this projector
            window.presentation.leave()
            window.presentation.enter(height)
            settle(200)
        for name in tab_names():
            window.show_view(name)
            window.resize(width, height)
            settle(100)
            assert window.size().toTuple() == (width, height), (name, width, height)
            assert outside(window) == [], (name, width, height)
            assert cut_readouts(window) == [], (name, width, height)
    if presenting:
        window.presentation.leave()


def test_the_surface_tab_does_not_widen_the_curve_tab(qtbot, main_window):
    """Issue 13: after the surface and field tab, the curve tab needed 1 901 px."""
    _visit(main_window, ["surface", "curve"])
    assert main_window.minimumSizeHint().width() <= MAX_MINIMUM_WIDTH


@pytest.mark.slow
@pytest.mark.parametrize(("screen_height", "smallest"), [(1080, 22), (720, 16)])
def test_presentation_text_is_readable_from_the_back_row(qtbot, main_window, screen_height, smallest):
    """Every text on screen scales together: readouts, widgets, table cells, ticks, legend, 3D labels."""
    window = main_window
    window.presentation.enter(screen_height)
    window.limit_dock.show()  # hidden in presentation mode; Ctrl+Shift+T brings it back, readable
    for name in tab_names():
        window.show_view(name)
        settle(100)
        sizes = text_sizes(window)
        assert len(sizes) > 10, name
        assert min(sizes)[0] >= smallest, (name, sorted(sizes)[:5])
        if name == "curve":
            assert any("ticks" in what for _, what in sizes) and any("legend" in what for _, what in sizes)
            assert cut_cells(window.limit_panel.table) == []
        if name == "surface":
            assert "3D tick labels" in [what for _, what in sizes]
    window.presentation.leave()


def test_the_limit_table_shows_every_digit_as_the_values_change(qtbot, main_window):
    """Issue 13: "12.610…" and "0.0004…" were cut; the columns followed only the row count."""
    table = main_window.limit_panel.table
    assert cut_cells(table) == []
    main_window.document.functions[0].text = "exp(3*x) + 1000*x^3"
    main_window.document.curve.x = 2.5
    settle()
    assert table.rowCount() == 8
    assert cut_cells(table) == []


def test_presentation_shows_only_what_the_tab_needs(qtbot, main_window):
    """The point panel only with the curve; the hidden editor takes no keys (Ctrl+L typed unseen)."""
    window = main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F5)
    assert window.presentation.active and not window.function_dock.isVisible()
    assert window.point_dock.isVisible()
    for name in ("graph", "surface"):
        window.show_view(name)
        assert not window.point_dock.isVisible() and not window.limit_dock.isVisible(), name
    window.show_view("curve")
    assert window.point_dock.isVisible()
    before = window.document.functions[0].text
    qtbot.keyClick(window, QtCore.Qt.Key.Key_L, QtCore.Qt.KeyboardModifier.ControlModifier)
    focused = QtWidgets.QApplication.focusWidget()
    assert focused is None or focused.isVisible()
    qtbot.keyClicks(focused or window, "+1")
    assert window.document.functions[0].text == before
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert window.function_dock.isVisible() and window.focus_editor_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_L, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert QtWidgets.QApplication.focusWidget() is window.function_list.first_edit
