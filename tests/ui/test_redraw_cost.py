"""Issue 16: a point move or an edit redraws only what it changed (checked on the real widgets)."""

from __future__ import annotations

import numpy as np
from PySide6 import QtGui, QtWidgets


def _error_plot_range(window) -> list[list[float]]:
    return [list(r) for r in window.limit_panel.error_view.getPlotItem().getViewBox().viewRange()]


def _swept_at(window, qtbot, x: float) -> None:
    """Move the point with its spin box and wait for the error plot's sweep at the new x."""
    curve = window.limit_panel.error_view.curve
    before = curve.yData
    window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin").setValue(x)
    qtbot.waitUntil(lambda: curve.yData is not before and not np.array_equal(curve.yData, before))


def test_a_point_move_keeps_the_error_plots_range_and_a_new_dtype_fits_it_again(qtbot, main_window):
    main_window.findChild(QtWidgets.QLineEdit, "expressionEdit").setText("sin x")
    _swept_at(main_window, qtbot, 0.5)
    fitted = _error_plot_range(main_window)
    for x in (0.7, 1.3, 2.9):  # the errors change with x (|sin| and its rounding differ)
        _swept_at(main_window, qtbot, x)
        assert _error_plot_range(main_window) == fitted  # axes and grids are not drawn again
    main_window.findChild(QtWidgets.QComboBox, "dtypeCombo").setCurrentText("float16")
    qtbot.waitUntil(lambda: _error_plot_range(main_window) != fitted)
    # float16's sweep stops at h = 1e-9 (float64's at 1e-18): the h axis now ends near 10⁻⁹.
    h_low, _ = sorted(_error_plot_range(main_window)[0])
    assert -9.5 < h_low < -8.5
    errors = main_window.limit_panel.error_view.curve.yData
    y0, y1 = _error_plot_range(main_window)[1]
    assert y0 <= np.log10(errors.min()) and np.log10(errors.max()) <= y1  # every point in view


def test_the_pixmap_cache_holds_the_plots_images_of_the_screen(main_window):
    screen = main_window.screen()
    ratio = screen.devicePixelRatio()
    full_screen_kib = screen.size().width() * screen.size().height() * ratio * ratio * 4 / 1024
    # Each plot caches its two axes (with grids, as large as the plot) and its curves:
    # Qt's default 10 MiB cache held less than one 1920×1080 window's worth.
    assert QtGui.QPixmapCache.cacheLimit() >= 4 * full_screen_kib
