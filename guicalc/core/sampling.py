"""Sample a function for drawing, with breaks at poles and jumps.

A line drawn through samples on both sides of 1/x's pole (or floor's step) is a
lie. Intervals whose change is far above typical are bisected: a continuous
function's jump shrinks with the bracket, a discontinuity's does not, and there a
NaN is inserted so the plot breaks (``connect='finite'``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

BISECTIONS = 24
SUSPICIOUS = 4.0  # times the median change between neighbouring samples


def sample(f: Callable[[np.ndarray], np.ndarray], x0: float, x1: float,
           count: int) -> tuple[np.ndarray, np.ndarray]:
    """``count`` samples of ``f`` over [x0, x1]; NaN where undefined or broken."""
    xs = np.linspace(x0, x1, count)
    with np.errstate(all="ignore"):
        ys = np.broadcast_to(np.asarray(f(xs), dtype=float), xs.shape)  # constants give scalars
    ys = np.where(np.isfinite(ys), ys, np.nan)
    breaks = find_breaks(f, xs, ys)
    if breaks.size:
        xs = np.insert(xs, breaks + 1, (xs[breaks] + xs[breaks + 1]) / 2)
        ys = np.insert(ys, breaks + 1, np.nan)
    return xs, ys


def find_breaks(f: Callable[[np.ndarray], np.ndarray], xs: np.ndarray,
                ys: np.ndarray) -> np.ndarray:
    """Indices i where f is discontinuous between xs[i] and xs[i + 1]."""
    return locate_breaks(f, xs, ys)[0]


def locate_breaks(f: Callable[[np.ndarray], np.ndarray], xs: np.ndarray, ys: np.ndarray,
                  bisections: int = BISECTIONS) -> tuple[np.ndarray, np.ndarray]:
    """Indices i where f is discontinuous between xs[i] and xs[i + 1], and where in each
    (the right end of a bracket 2^-bisections of the sample spacing wide: a jump on a
    sample, as floor's at 1, is found exactly there)."""
    dy = np.abs(np.diff(ys))
    finite = np.isfinite(dy)
    if not finite.any():
        return np.array([], dtype=int), np.array([])
    typical = np.median(dy[finite])
    spread = np.nanmax(ys) - np.nanmin(ys)
    threshold = max(SUSPICIOUS * typical, 1e-9 * spread)
    candidates = np.flatnonzero(finite & (dy > threshold))
    if not candidates.size:
        return candidates, np.array([])
    a, b = xs[candidates].copy(), xs[candidates + 1].copy()
    fa, fb = ys[candidates].copy(), ys[candidates + 1].copy()
    jump = np.abs(fb - fa)
    with np.errstate(all="ignore"):
        for _ in range(bisections):
            m = (a + b) / 2
            fm = np.asarray(f(m), dtype=float) * np.ones_like(m)
            left = np.abs(fm - fa) >= np.abs(fb - fm)
            b = np.where(left, m, b)
            fb = np.where(left, fm, fb)
            a = np.where(left, a, m)
            fa = np.where(left, fa, fm)
        final = np.abs(fb - fa)
    # Continuous: the jump shrinks with the bracket (by ~2^-24); broken: it stays.
    broken = ~np.isfinite(final) | (final > 0.25 * jump)
    return candidates[broken], b[broken]
