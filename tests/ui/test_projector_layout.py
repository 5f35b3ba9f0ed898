"""The window on the projectors classrooms have: 1280×720 and 1024×768, in both modes.

Measured on the real window: its minimum width whatever tabs were opened before,
and at each projector size, every visible widget inside the window and every
readout's text whole.
"""

from __future__ import annotations

import pytest

from tests.ui.screen_fit import PROJECTORS, TABS, cut_readouts, outside, settle

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
        window.presentation.enter()
    for first_pass in (True, False):  # before, then after every other tab was opened
        for name in TABS:
            window.show_view(name)
            settle()
            hint = window.minimumSizeHint()
            assert hint.width() <= MAX_MINIMUM_WIDTH, (name, first_pass, hint)
            if first_pass:
                continue
            for width, height in PROJECTORS:
                window.resize(width, height)
                settle()
                assert window.size().toTuple() == (width, height), (name, width, height)
                assert outside(window) == [], (name, width, height)
                assert cut_readouts(window) == [], (name, width, height)
    if presenting:
        window.presentation.leave()


def test_the_surface_tab_does_not_widen_the_curve_tab(qtbot, main_window):
    """Issue 13: after the surface and field tab, the curve tab needed 1 901 px."""
    _visit(main_window, ["surface", "curve"])
    assert main_window.minimumSizeHint().width() <= MAX_MINIMUM_WIDTH
