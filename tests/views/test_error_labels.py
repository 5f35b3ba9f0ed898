"""The error plot's words never cover its data or each other, and its ticks are of one style."""

from __future__ import annotations

import re

import pytest

from guicalc.core.analysis import CurveAnalysis
from guicalc.core.parse import parse
from guicalc.views.error_view import ErrorView

POWER = re.compile(r"^10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+$")


def _scene_rect(item):
    return item.mapRectToScene(item.boundingRect())


@pytest.mark.parametrize(("dtype", "x"), [("float64", 1.0), ("float16", 1.0), ("float64", 0.0)])
def test_banner_and_best_h_stay_clear_of_the_data(qtbot, dtype, x):
    view = ErrorView()
    qtbot.addWidget(view)
    view.resize(360, 280)
    view.show()
    qtbot.waitExposed(view)
    sweep = CurveAnalysis(parse("3x^2 - 4x"), "x").error_sweep(x, "forward", dtype)
    view.set_sweep(sweep.h, sweep.error, sweep.best_h, "h ≤ 1e-05: float16 loses h, the quotient breaks down")
    qtbot.wait(50)
    plot = view.getPlotItem()
    data = _scene_rect(plot.getViewBox())
    banner = _scene_rect(plot.titleLabel.item)
    assert view.message.isVisible() and "breaks down" in view.message.toPlainText()
    assert not banner.intersects(data), (banner, data)  # above the data, not a box over it
    assert banner.right() <= view.width() + 1  # wrapped, not cut at the right
    if view.best.isVisible():
        label = _scene_rect(view.best.label)
        assert data.contains(label), (label, data)  # "best h" whole, not "st h"
        assert not label.intersects(banner)
    for side in ("bottom", "left"):
        axis = plot.getAxis(side)
        levels = axis.tickValues(*axis.range, axis.geometry().width() if side == "bottom" else axis.geometry().height())
        values = [v for _, ticks in levels for v in ticks]
        texts = [t for t in axis.tickStrings(values, 1, 1) if t]
        assert texts and all(POWER.match(t) for t in texts), texts  # no "0.0001" beside "10⁻⁶"



def test_a_log_axis_never_scales_its_label(qtbot):
    """Errors all within 10⁻¹⁶ … 10⁻¹⁵ (float64's rounding) labelled the axis "|error| (x1e-15)":
    a factor its ticks, which are the decades themselves, do not use."""
    import numpy as np

    from guicalc.views.error_view import ErrorView

    view = ErrorView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    h = 10.0 ** -np.arange(1, 9)
    view.set_sweep(h, np.full(h.shape, 4.4e-16), None)
    qtbot.wait(20)
    label = view.getPlotItem().getAxis("left").labelString()
    assert "x1e" not in label and "|error|" in label
