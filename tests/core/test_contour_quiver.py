"""Contour segments by marching squares and quiver arrows as segment pairs."""

from __future__ import annotations

import numpy as np
import pytest

from guicalc.core.contour import contour_levels, contour_segments, nice_ticks
from guicalc.core.quiver import POINTS_PER_ARROW, arrow_segments, quiver_vectors


def _grid(n: int = 81) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    x = np.linspace(-2, 2, n)
    y = np.linspace(-2, 2, n)
    xx, yy = np.meshgrid(x, y, indexing="ij")
    return x, y, xx, yy


def test_contours_of_the_bowl_are_circles() -> None:
    x, y, xx, yy = _grid()
    segments = contour_segments(x, y, xx**2 + yy**2, 1.0)
    radius = np.hypot(segments[:, 0], segments[:, 1])
    assert len(segments) % 2 == 0 and len(segments) > 100
    assert radius == pytest.approx(1.0, abs=2e-3)
    angles = np.arctan2(segments[:, 1], segments[:, 0])
    assert np.histogram(angles, bins=8, range=(-np.pi, np.pi))[0].min() > 0  # closed all round


def test_saddle_level_zero_is_the_two_axes() -> None:
    x, y, xx, yy = _grid(40)  # even count: no sample lies on an axis
    segments = contour_segments(x, y, xx * yy, 0.0)
    assert np.minimum(abs(segments[:, 0]), abs(segments[:, 1])) == pytest.approx(0.0, abs=1e-12)


def test_cells_touching_nan_are_skipped() -> None:
    x, y, xx, yy = _grid()
    z = np.where(xx < 0, np.nan, xx**2 + yy**2)
    segments = contour_segments(x, y, z, 1.0)
    assert np.isfinite(segments).all()
    assert segments[:, 0].min() >= 0


def test_levels_are_round_and_inside_the_range() -> None:
    _, _, xx, yy = _grid()
    assert contour_levels(xx**2 + yy**2, 10).tolist() == [1, 2, 3, 4, 5, 6, 7]
    assert contour_levels(np.full((3, 3), np.nan)).size == 0
    assert nice_ticks(-10, 10, 5).tolist() == [-10, -5, 0, 5, 10]
    assert nice_ticks(0, 200, 5).tolist() == [0, 50, 100, 150, 200]


def test_arrow_has_shaft_and_two_barbs_at_its_tip() -> None:
    segments = arrow_segments(np.array([[1.0, 2.0]]), np.array([[3.0, 4.0]]), head=0.2)
    assert segments.shape == (POINTS_PER_ARROW, 2)
    tail, tip = segments[0], segments[1]
    assert tail == pytest.approx((1, 2)) and tip == pytest.approx((4, 6))
    assert segments[2] == pytest.approx(tip) and segments[4] == pytest.approx(tip)
    for barb_end in (segments[3], segments[5]):
        assert np.hypot(*(barb_end - tip)) == pytest.approx(0.2 * 5)
        assert np.dot(barb_end - tip, tip - tail) < 0  # barbs point back along the shaft


def test_arrows_without_direction_are_left_out() -> None:
    tails = np.zeros((3, 2))
    vectors = np.array([[1.0, 0.0], [0.0, 0.0], [np.nan, 1.0]])
    assert len(arrow_segments(tails, vectors)) == POINTS_PER_ARROW


def test_scaled_and_normalised_arrow_lengths() -> None:
    u, v = np.array([3.0, 0.0, 0.3]), np.array([4.0, 2.0, 0.4])
    scaled = np.hypot(*quiver_vectors(u, v, 0.5, normalise=False).T)
    assert scaled == pytest.approx([0.45, 0.18, 0.045])
    normalised = np.hypot(*quiver_vectors(u, v, 0.5, normalise=True).T)
    assert normalised == pytest.approx([0.4, 0.4, 0.4])
