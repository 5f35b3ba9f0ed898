"""Lines cut at the view's top and bottom, for SVG export."""

import numpy as np

from guicalc.core.clipping import clip_polyline_y


def test_a_pole_is_cut_at_the_edges_with_a_break():
    xs = np.linspace(-1, 1, 9)
    with np.errstate(divide="ignore"):
        ys = 1 / xs
    cx, cy = clip_polyline_y(xs, ys, -2, 2)
    finite = np.isfinite(cy)
    assert np.all((cy[finite] >= -2) & (cy[finite] <= 2))
    assert -2 in cy and 2 in cy  # drawn right up to the edge
    crossing = np.isfinite(cx[:-1]) & np.isfinite(cx[1:]) & (cx[:-1] < 0) & (cx[1:] > 0)
    assert not crossing.any()


def test_a_peak_leaving_the_top_is_cut_where_it_crosses():
    cx, cy = clip_polyline_y(np.array([0.0, 1.0, 2.0]), np.array([0.0, 5.0, 0.0]), -1, 1)
    np.testing.assert_allclose(cx, [0, 0.2, np.nan, 1.8, 2, np.nan])
    np.testing.assert_allclose(cy, [0, 1, np.nan, 1, 0, np.nan])


def test_an_inside_line_is_kept_whole():
    xs, ys = np.array([0.0, 1.0, 2.0, 3.0]), np.array([0.0, 0.5, 0.25, 0.0])
    cx, cy = clip_polyline_y(xs, ys, -1, 1)
    finite = np.isfinite(cx)
    np.testing.assert_allclose(np.unique(cx[finite]), xs)
    assert np.isnan(cx[-1]) and np.isfinite(cx[:-1]).all()


def test_values_near_the_float_limit_clip_without_overflow() -> None:
    """exp(1000x) sampled over [−10, 10]: differences of ±1e308 overflow; found exporting it."""
    xs = np.linspace(-10, 10, 5)
    ys = np.array([0.0, 1e-300, 1.0, 1e308, np.inf])
    with np.errstate(all="raise"):
        cx, cy = clip_polyline_y(xs, np.array([-1.5e308, 1.5e308, 0.0, 1e308, -1e308]), -1, 1)
        px, py = clip_polyline_y(xs, ys, -1, 1)
    assert np.isfinite(cx[~np.isnan(cx)]).all()
    assert py[np.isfinite(py)].max() == 1.0 and px[np.isfinite(px)].min() == -10.0
