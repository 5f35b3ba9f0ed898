"""Exploring the curves as in Desmos: trace under the mouse, points of interest, pinned points.

The curve controller owns the analyses; this asks the core for the points of interest
of the curves in view (core/points_of_interest.py, after the curves settle) and for the
traced point under the mouse (core/trace.py), and hands them to the plot's ExploreItems.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore

from guicalc.core.analysis import CurveAnalysis
from guicalc.core.curve_state import MAX_PINS
from guicalc.core.document import Document, FunctionState
from guicalc.core.points_of_interest import KnownPoints, PointOfInterest, points_of_interest
from guicalc.core.trace import TracedPoint, coordinates, traced
from guicalc.core.value_table import value_rows
from guicalc.i18n import translated
from guicalc.ui.curve_controller import CurveController
from guicalc.views.curve_view import CurveView

SETTLE_MS = 150
"""Points of interest wait for the curves to settle: a pan resamples every frame."""


class ExploreController(QtCore.QObject):
    """Keeps the plot's points of interest, traced point and pinned points current."""

    def __init__(self, document: Document, view: CurveView, curves: CurveController) -> None:
        super().__init__(view)
        self.document = document
        self.view = view
        self.curves = curves
        self.items = view.explore
        self.points: list[PointOfInterest] = []
        self._known = KnownPoints()  # the points of the curves not edited since, kept
        self.traced: TracedPoint | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.refresh_points)
        curves.curvesChanged.connect(self._on_curves_changed)
        self.items.hovered.connect(self._on_hovered)
        self.items.left.connect(self._on_left)
        self.items.clicked.connect(self._on_clicked)
        view.interestJumped.connect(self.jump)
        view.pinRequested.connect(self.pin_point)
        document.curve.events.pins.connect(lambda _: self._show_pins())
        document.functions.events.removed.connect(self._on_function_removed)
        self.table = document.states["values"]
        self.table_opened = False
        """The table of values was looked at (or has typed x): only then are its points drawn."""
        self.table.events.connect(lambda *_: self._show_table_points())

    def refresh(self) -> None:
        """Everything at once (an exported figure has no event loop to wait for)."""
        self.refresh_points()
        self._show_pins()
        self._show_table_points()

    def _analyses(self) -> list[CurveAnalysis | None]:
        """The curve drawn for each function of the list, None where none is."""
        return [self.curves.analyses.get(id(f)) if f.visible else None for f in self.document.functions]

    def _active_row(self) -> int:
        return next(i for i, f in enumerate(self.document.functions) if f is self.curves.active)

    def _on_curves_changed(self) -> None:
        self._timer.start()
        self._show_pins()
        self._show_table_points()

    def open_table(self) -> None:
        """The table of values was shown: its points join the plot."""
        self.table_opened = True
        self._show_table_points()

    def _show_table_points(self) -> None:
        """The table of values' rows (x, f(x)) on the plot, when the table says so."""
        wanted = self.table.show_points and (self.table_opened or bool(self.table.xs))
        rows = value_rows(self.document, self.table) if wanted else None
        points = [(x, y) for x, y in rows.points() if math.isfinite(y)] if rows else []
        self.items.set_table_points([x for x, _ in points], [y for _, y in points])

    # -- points of interest ----------------------------------------------------------
    def refresh_points(self) -> None:
        """Work out the points of interest of the active function in view (its own, and where it
        crosses the others) and draw them."""
        if self.view.getPlotItem() is None:
            return  # the plot was closed (an exported figure) before the curves settled
        x0, x1 = self.view.x_range()
        self.points = points_of_interest(self._analyses(), x0, x1, known=self._known, of=self._active_row())
        self.items.set_points_of_interest(
            [p.x for p in self.points], [p.y if math.isfinite(p.y) else 0.0 for p in self.points],
            [translated(p.label) for p in self.points],
            ["o" if math.isfinite(p.y) else "x" for p in self.points])

    def jump(self, direction: int) -> None:
        """Move the point to the next (+1) or previous (−1) point of interest of the active
        function and show its label: the keyboard's way to the grey dots."""
        self.refresh_points()  # now: a key must not wait for the timer
        mine = sorted((p for p in self.points if math.isfinite(p.y)), key=lambda p: p.x)  # the active row's
        x = self.document.curve.x
        ahead = [p for p in mine if p.x > x] if direction > 0 else [p for p in reversed(mine) if p.x < x]
        if not ahead:
            return
        p = ahead[0]
        self.document.curve.x = p.x
        self.items.show_interest(p.x, p.y, translated(p.label))

    # -- trace -----------------------------------------------------------------------
    def _on_hovered(self, x: float, y: float) -> None:
        self.traced = traced(self._analyses(), x, y, self.view.x_range(), self.items.pixel_size())
        if self.traced is None:
            self.items.hide_trace()
        else:
            self.items.show_trace(self.traced.x, self.traced.y, translated(self.traced.label))

    def _on_left(self) -> None:
        self.traced = None
        self.items.hide_trace()

    # -- pins (document.curve.pins: saved with the lesson, undone) ----------------------
    def _on_clicked(self, x: float, y: float) -> None:
        self._on_hovered(x, y)
        if self.traced is not None:
            self.pin(self.traced.function, self.traced.x)

    def pin_point(self) -> None:
        """Pin the active function's point where the point is (Enter on the plot)."""
        self.pin(self._active_row(), self.document.curve.x)

    def pin(self, row: int, x: float) -> None:
        """A labelled point of function ``row`` at ``x``."""
        state = self.document.curve
        if (row, x) not in state.pins and len(state.pins) < MAX_PINS:
            state.pins = (*state.pins, (row, x))

    def _on_function_removed(self, index: int, _: FunctionState) -> None:
        """The removed row's pins go; the rows below move up, their pins with them."""
        state = self.document.curve
        state.pins = tuple((row - (row > index), x) for row, x in state.pins if row != index)

    def _show_pins(self) -> None:
        functions = list(self.document.functions)
        shown = []
        for row, x in self.document.curve.pins:
            f = functions[row] if row < len(functions) else None
            a = self.curves.analyses.get(id(f)) if f is not None and f.visible else None
            if a is None:
                continue
            y = float(a.values(np.array([x]))[0])
            if math.isfinite(y):
                shown.append((x, y, translated(coordinates(x, y))))
        self.items.set_pins(shown)
