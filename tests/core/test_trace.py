"""Issue 21: the traced point is the nearest curve's, in pixels, with x on the view's grid."""

from __future__ import annotations

import numpy as np

from guicalc.core.analysis import CurveAnalysis
from guicalc.core.parse import parse
from guicalc.core.trace import traced

PIXEL = (4 / 800, 16 / 400)  # a view of x in [-1, 3], y in [-2, 14] on 800 × 400 pixels


def _a(text: str) -> CurveAnalysis:
    return CurveAnalysis(parse(text), "x")


def test_near_x_1_of_the_default_curve_the_point_is_exactly_1_minus_1():
    point = traced([_a("3x^2 - 4x")], 1.0021, -0.95, (-1, 3), PIXEL)
    assert (point.x, point.y, point.function) == (1.0, -1.0, 0)
    assert point.label == "(1, −1)"


def test_far_from_every_curve_nothing_is_traced():
    assert traced([_a("3x^2 - 4x")], 1.0, 5.0, (-1, 3), PIXEL) is None


def test_a_steep_curve_is_traced_beside_it_and_the_nearest_curve_wins():
    x, y = 2.0, 2.0 ** 8
    steep = traced([_a("x^8")], x + 6 * PIXEL[0], y, (-1, 3), (PIXEL[0], 1.0))
    assert steep is not None and abs(steep.x - x) <= 7 * PIXEL[0]
    assert steep.y == steep.x ** 8  # on the curve, in numpy's float64
    both = traced([_a("x^2"), _a("x^2 + 0.5")], 1.0, 1.45, (-1, 3), PIXEL)
    assert both.function == 1 and both.y == 1.5


def test_where_no_curve_has_a_value_nothing_is_traced():
    assert traced([_a("sqrt(-1 - x^2)"), None], 0.5, 0.0, (-1, 3), PIXEL) is None
    assert np.isnan(_a("sqrt(-1 - x^2)").values(np.array([0.5]))[0])


def test_pinned_points_are_saved_and_a_hostile_list_is_refused():
    import json

    import pytest

    from guicalc.core.document import Document
    from guicalc.core.readers import WorkspaceError
    from guicalc.core.workspace import dumps, loads

    document = Document()
    document.curve.pins = ((0, 2.0), (0, -0.5))
    assert loads(dumps(document)).curve.pins == ((0, 2.0), (0, -0.5))
    for bad in ([[0, 1.0]] * 1000, [[0]], [["x", 1.0]], [[0, 1e300]], "pins", [[0, 1, 2]]):
        data = json.loads(dumps(document))
        data["document"]["curve"]["pins"] = bad
        with pytest.raises(WorkspaceError, match="curve.pins"):
            loads(json.dumps(data))
