"""What the curve view, its readouts and the limit panel show at the point, as plain data.

The curve controller (guicalc.ui.curve_controller) draws these snapshots and the command
line (``guicalc derive``) prints them: the variable is chosen by one rule, numbers are
written by one formatter (``symbolic.display_number``) and every sentence is built here
once, as a translatable :class:`Message` (the window says it in the interface language;
the command line and the tests read its English).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from guicalc.core.messages import QT_TRANSLATE_NOOP, Message
from guicalc.core.symbolic import display_number

if TYPE_CHECKING:
    from guicalc.core.analysis import CurveAnalysis, ErrorSweep, LimitRow, Tangent
    from guicalc.core.curve_state import CurveState

METHOD_NAMES = {"forward": QT_TRANSLATE_NOOP("PointPanel", "forward"),
                "backward": QT_TRANSLATE_NOOP("PointPanel", "backward"),
                "central": QT_TRANSLATE_NOOP("PointPanel", "central"),
                "auto": QT_TRANSLATE_NOOP("PointPanel", "auto")}
"""A difference method as the interface names it (the document keeps the English key)."""
COMPLEX_STEP = "complex step"
"""The auto method's kind when it differentiates with a complex step (else its dtype's quotient)."""


def curve_variable(symbols: Sequence[str], preferred: str = "x") -> str | None:
    """The variable of a curve: None for a function of two variables, for the surface and
    field (x and y, as in Desmos 3D and GeoGebra, or two numbered symbols: x0, x1);
    ``preferred`` if the expression has it (or has no symbol), else the only symbol;
    else the first (the others are parameters)."""
    if set(symbols) == {"x", "y"}:
        return None
    if preferred in symbols or not symbols:
        return preferred
    if len(symbols) == 1:
        return symbols[0]
    if len(symbols) == 2 and all(len(s) > 1 and s[-1].isdigit() for s in symbols):
        return None
    return symbols[0]


def secant_ends(method: str, x: float, h: float) -> tuple[float, float]:
    """The two x the secant of a difference method joins."""
    return {"forward": (x, x + h), "backward": (x - h, x), "central": (x - h, x + h)}[method]


def point_readout(variable: str, tangent: Tangent, name: str = "f") -> Message:
    """The point, f there, the slope and the tangent's equation (or why there is none);
    ``name`` is the function's (f, g, h, …)."""
    v, fmt = variable, display_number
    if tangent.defined:
        return QT_TRANSLATE_NOOP(
            "CurveController", "{v} = {x}    {f}({v}) = {y}\nslope {f}′({x}) = {slope}\ntangent: {equation}").format(
            v=v, x=fmt(tangent.x), y=fmt(tangent.y), slope=fmt(tangent.slope),
            equation=tangent.equation(v, unicode_minus=True), f=name)
    if tangent.why and math.isfinite(tangent.y):  # (where f itself is undefined the line below says so)
        return QT_TRANSLATE_NOOP("CurveController", "{v} = {x}    {f}({v}) = {y}\n{why}").format(
            v=v, x=fmt(tangent.x), y=fmt(tangent.y), why=tangent.why, f=name)
    return QT_TRANSLATE_NOOP("CurveController",
                             "{v} = {x}: {f} has no derivative here (value {y}, slope {slope})").format(
        v=v, x=fmt(tangent.x), y=fmt(tangent.y), slope=fmt(tangent.slope), f=name)


def plot_description(analysis: CurveAnalysis, tangent: Tangent, name: str = "f") -> Message:
    """What the plot shows, in words, for a screen reader: it follows the point."""
    v, x = analysis.variable, display_number(tangent.x)
    curve = QT_TRANSLATE_NOOP("CurveController", "Curve of {f}({v}) = {text}").format(
        v=v, text=analysis.text(0), f=name)
    if tangent.defined:
        where = QT_TRANSLATE_NOOP("CurveController", "with the tangent at {v} = {x}, slope {slope}").format(
            v=v, x=x, slope=display_number(tangent.slope))
    elif tangent.why:
        where = Message("", "({why})", {"why": tangent.why})
    else:
        where = QT_TRANSLATE_NOOP("CurveController", "with no tangent at {v} = {x}").format(v=v, x=x)
    return Message("", "{curve} {where}", {"curve": curve, "where": where})


def no_real_value(text: str, x0: float, x1: float) -> Message:
    """Why an empty domain (sqrt(−1 − x²)) draws nothing."""
    return QT_TRANSLATE_NOOP("CurveController", "{text} has no real value between {x0} and {x1}").format(
        text=text, x0=display_number(x0, 4), x1=display_number(x1, 4))


def limit_caption(analysis: CurveAnalysis, state: CurveState, slope: float) -> Message:
    """Which quotient the limit table lists, and the exact f′ it approaches."""
    quotients = analysis.quotients(state.method, state.dtype)
    method: Message = METHOD_NAMES[state.method]
    verdict = analysis.differentiability(state.x)
    if state.method == "auto":
        best = quotients.best(state.x) if verdict.exists else None
        kind = best.kind if best is not None and best.kind else quotients.auto_kind
        kind = QT_TRANSLATE_NOOP("CurveController", "complex step") if kind == COMPLEX_STEP else kind
        method = QT_TRANSLATE_NOOP("CurveController", "{method} ({kind})").format(method=method, kind=kind)
        if best is not None and best.error is not None:  # the method used here, and how far off it is
            method = QT_TRANSLATE_NOOP("CurveController", "{method}, error {error}").format(
                method=method, error=display_number(best.error, 2))
    if not verdict.exists:
        reference = QT_TRANSLATE_NOOP("CurveController", "f′({x}) does not exist").format(x=display_number(state.x))
    elif analysis.is_symbolic(1):
        reference = QT_TRANSLATE_NOOP("CurveController", "exact f′ = {slope}").format(slope=display_number(slope, 12))
    else:
        reference = QT_TRANSLATE_NOOP(
            "CurveController", "f′ ≈ {slope} (complex step: f′ has no symbolic form here)").format(
            slope=display_number(slope, 12))
    return QT_TRANSLATE_NOOP("CurveController", "{method} quotient in {dtype} at {v} = {x}; {reference}").format(
        method=method, dtype=quotients.dtype, v=analysis.variable, x=display_number(state.x), reference=reference)


@dataclass(frozen=True)
class Secant:
    """The secant of the chosen quotient at the point: its ends and its slope in words."""

    ends: tuple[tuple[float, float], tuple[float, float]]
    readout: Message


def secant_line(analysis: CurveAnalysis, state: CurveState) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The secant's ends on f, in float64 (a keystroke draws it before the readout is worked
    out); None when the secant is hidden, or for the auto method (which has no single h)."""
    if not state.show_secant or state.method == "auto":
        return None
    lo, hi = secant_ends(state.method, state.x, state.h)
    ya, yb = analysis.values(np.array([lo, hi]))
    return (lo, float(ya)), (hi, float(yb))


def secant(analysis: CurveAnalysis, state: CurveState) -> Secant | None:
    """None when the secant is hidden, or for the auto method (which has no single h)."""
    ends = secant_line(analysis, state)
    if ends is None:
        return None
    q = analysis.quotients(state.method, state.dtype).at(state.x, state.h)
    value = QT_TRANSLATE_NOOP("CurveController", "undefined") if q.value is None else display_number(q.value, 8)
    readout = QT_TRANSLATE_NOOP("CurveController", "secant slope ({method}, {dtype}, h = {h:.0e}) = {value}").format(
        method=METHOD_NAMES[state.method], dtype=state.dtype, h=state.h, value=value)
    if q.note:
        readout = Message("", "{readout} — {note}", {"readout": readout, "note": q.note})
    return Secant(ends, readout)


@dataclass(frozen=True)
class PointSnapshot:
    """What is shown about f at the point itself: drawn on every move of the point."""

    tangent: Tangent
    readout: Message
    description: Message
    secant: Secant | None


@dataclass(frozen=True)
class LimitLab:
    """The limit table and its caption at the point: worth redrawing only as often as it can
    be read while the point moves (see ``ui.throttle``)."""

    rows: list[LimitRow]
    caption: Message


def point_snapshot(analysis: CurveAnalysis, state: CurveState, name: str = "f") -> PointSnapshot:
    """f (named ``name``), the tangent, the readout and the secant at ``state.x``."""
    tangent = analysis.tangent(state.x)
    return PointSnapshot(tangent, point_readout(analysis.variable, tangent, name),
                         plot_description(analysis, tangent, name), secant(analysis, state))


def limit_lab(analysis: CurveAnalysis, state: CurveState) -> LimitLab:
    """The limit table at ``state.x`` and the caption that names its method, type and f′."""
    return LimitLab(analysis.limit_table(state.x, state.method, state.dtype, state.steps),
                    limit_caption(analysis, state, analysis.tangent(state.x).slope))


def sweep_message(sweep: ErrorSweep, dtype: str) -> Message | str:
    """What the error plot says under its curve ("" when the sweep is unremarkable)."""
    if sweep.best_h is None:
        return QT_TRANSLATE_NOOP("CurveController", "no usable quotient at this point")
    if sweep.lost_below is not None:
        return QT_TRANSLATE_NOOP("CurveController", "h ≤ {h:.0e}: {dtype} loses h, the quotient breaks down").format(
            h=sweep.lost_below, dtype=dtype)
    return ""


def grid_step(x_range: tuple[float, float]) -> float:
    """A round step near 1/100 of the view: what a drag or an arrow key moves the point by."""
    x0, x1 = x_range
    return 10.0 ** math.floor(math.log10(max(x1 - x0, 1e-9) / 100))


def snapped(x: float, x_range: tuple[float, float]) -> float:
    """``x`` on the grid of ``grid_step``: a hand (or a projector pointer) lands on x = 1 exactly."""
    step = grid_step(x_range)
    return float(f"{round(x / step) * step:.12g}")


def home_range(analysis: CurveAnalysis | None, x_range: tuple[float, float],
               x: float, width: float | None = None) -> tuple[float, float, tuple[float, float] | None]:
    """The default view: the x range around the point (its width kept, or ``width`` centred
    on the point: Ctrl+0 after zooming far out), y fitted to the curve's 2nd to 98th
    percentile (None: nothing finite to fit)."""
    x0, x1 = x_range
    if width is not None:
        x0, x1 = x - width / 2, x + width / 2
    elif not x0 <= x <= x1:
        x0, x1 = x - (x1 - x0) / 2, x + (x1 - x0) / 2
    if analysis is None:
        return x0, x1, None
    _, ys = analysis.sample(x0, x1, 400)
    finite = ys[np.isfinite(ys)]
    if not finite.size:
        return x0, x1, None
    lo, hi = np.percentile(finite, [2, 98])
    pad = max((hi - lo) * 0.1, 1e-6)
    return x0, x1, (float(lo - pad), float(hi + pad))
