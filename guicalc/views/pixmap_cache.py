"""Qt's pixmap cache sized for the screen the window opens on.

The plots keep their axes, grids and curves as cached pixmaps (DeviceCoordinateCache),
each about the size of its plot. Qt's default cache is 10 MiB: from 1920×1080 up the
pixmaps of one repaint did not fit, each evicted the next, and every paint drew them all
again (the curve plot: 26 ms instead of 5 ms per repaint).
"""

from __future__ import annotations

from PySide6 import QtGui

SCREENS = 8
"""Full screens of pixmaps the cache holds: two plots' axes and grids, and several curves."""
BYTES_PER_PIXEL = 4


def screen_cache_kib(screen: QtGui.QScreen) -> int:
    """The cache, in KiB, that holds ``SCREENS`` images of ``screen`` at its device pixel ratio."""
    size, ratio = screen.size(), screen.devicePixelRatio()
    return int(size.width() * size.height() * ratio * ratio * BYTES_PER_PIXEL * SCREENS / 1024)


def fit_pixmap_cache(screen: QtGui.QScreen | None) -> None:
    """Grow Qt's pixmap cache to hold the plots' images on ``screen`` (never shrink it)."""
    if screen is not None:
        QtGui.QPixmapCache.setCacheLimit(max(QtGui.QPixmapCache.cacheLimit(), screen_cache_kib(screen)))
