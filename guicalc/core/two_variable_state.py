"""The observable state of the two-variable views, Qt-free.

One source of truth: the surface view, the field view, the readouts and the
controls all follow these fields through ``state.events.<field>`` (psygnal), so
a point dragged in either view moves in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from psygnal import evented

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.readers import Reader, WorkspaceError, boolean, expect_list, integer, number

if TYPE_CHECKING:  # sympy is behind these; a Document holds this state and must load fast
    from guicalc.core.descent import DescentPath
    from guicalc.core.surface import TwoVariableFunction

Range = tuple[float, float, float, float]  # x from, x to, y from, y to

SAVED = ("point", "direction", "surface_range", "surface_resolution", "field_range", "field_step",
         "normalise_arrows", "learning_rate", "descent_steps", "descent_start")
"""The fields a lesson file keeps; the function is the lesson's expression, and a
descent is run again rather than stored."""
COORDINATE_LIMIT = 1e6
"""Bound on every coordinate the controls accept."""
BOUNDS = {"surface_resolution": (10, 400), "descent_steps": (1, 2000),
          "learning_rate": (1e-4, 100.0), "field_step": (1e-3, 1e4)}
"""What the controls (and so a lesson file) accept for these fields."""


@evented
@dataclass
class TwoVariableState:
    """What the two-variable panel shows; every field announces its changes."""

    function: TwoVariableFunction | None = None
    """f(x, y) with its partials; None until an expression is set."""
    point: tuple[float, float] = (1.0, 1.0)
    """The point with the tangent plane, gradient readout and direction arrow."""
    direction: tuple[float, float] = (1.0, 1.0)
    """v for the directional derivative; only its direction matters."""
    surface_range: Range = (-2.0, 2.0, -2.0, 2.0)
    """Data range of the 3D surface: the field's, so the point and the descent path are seen at
    one scale in both (on the notes' [−10, 10]² they were specks on the bowl)."""
    surface_resolution: int = 100
    """Grid points per axis of the surface (the notes: 100 × 100)."""
    field_range: Range = (-2.0, 2.0, -2.0, 2.0)
    """Data range of the field view (the notes: [−2, 2]²)."""
    field_step: float = 0.25
    """Spacing of the −∇f arrows (the notes: 0.25)."""
    normalise_arrows: bool = False
    """True: every arrow has one length and shows only the direction."""
    learning_rate: float = 0.1
    """η of gradient descent."""
    descent_steps: int = 50
    """Steps of gradient descent per run."""
    descent_start: tuple[float, float] = (-1.5, 1.5)
    """Where descent starts; a click on the field view sets it."""
    descent: DescentPath | None = None
    """The last run, all of its steps computed at once."""
    descent_shown: int = 0
    """How many steps of ``descent`` the animation has revealed so far."""


def point(value: object, where: str) -> tuple[float, float]:
    """[x, y] within the controls' coordinate limit."""
    pair = expect_list(value, where, 2)
    if len(pair) != 2:
        raise WorkspaceError(f"{where} must hold two numbers [x, y]")
    coordinate = number(low=-COORDINATE_LIMIT, high=COORDINATE_LIMIT)
    return coordinate(pair[0], f"{where}[0]"), coordinate(pair[1], f"{where}[1]")


def rectangle(value: object, where: str) -> tuple[float, float, float, float]:
    """[x from, x to, y from, y to], each pair increasing, within the coordinate limit."""
    corners = expect_list(value, where, 4)
    if len(corners) != 4:
        raise WorkspaceError(f"{where} must hold four numbers [x from, x to, y from, y to]")
    x0, y0 = point(corners[0::2], where)
    x1, y1 = point(corners[1::2], where)
    if x0 >= x1 or y0 >= y1:
        raise WorkspaceError(f"{where} must go from smaller to larger numbers on both axes")
    return x0, x1, y0, y1


TWO_VARIABLE_FIELDS: dict[str, Reader] = {
    "point": point, "direction": point, "surface_range": rectangle,
    "surface_resolution": integer(*BOUNDS["surface_resolution"]), "field_range": rectangle,
    "field_step": number(low=BOUNDS["field_step"][0], high=BOUNDS["field_step"][1]),
    "normalise_arrows": boolean,
    "learning_rate": number(low=BOUNDS["learning_rate"][0], high=BOUNDS["learning_rate"][1]),
    "descent_steps": integer(*BOUNDS["descent_steps"]), "descent_start": point,
}
"""The lesson-file section: the keys are ``SAVED``."""
TWO_VARIABLE_UNDO: dict[str, Message] = {
    "point": QT_TRANSLATE_NOOP("DocumentHistory", "point"),
    "direction": QT_TRANSLATE_NOOP("DocumentHistory", "direction v"),
    "surface_range": QT_TRANSLATE_NOOP("DocumentHistory", "surface range"),
    "surface_resolution": QT_TRANSLATE_NOOP("DocumentHistory", "surface grid"),
    "field_range": QT_TRANSLATE_NOOP("DocumentHistory", "field range"),
    "field_step": QT_TRANSLATE_NOOP("DocumentHistory", "arrow spacing"),
    "normalise_arrows": QT_TRANSLATE_NOOP("DocumentHistory", "arrow length"),
    "learning_rate": QT_TRANSLATE_NOOP("DocumentHistory", "learning rate η"),
    "descent_steps": QT_TRANSLATE_NOOP("DocumentHistory", "descent steps"),
    "descent_start": QT_TRANSLATE_NOOP("DocumentHistory", "descent start"),
}
"""Undo records the saved settings, not the function or the descent (those follow the lesson)."""
