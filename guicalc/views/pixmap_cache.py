"""Qt's pixmap cache sized for the screen the window opens on.

The plots keep their axes and grids as cached pixmaps (DeviceCoordinateCache), each
about the size of its plot. Qt's default cache is 10 MiB: from 1920×1080 up the
pixmaps of one repaint did not fit, each evicted the next, and every paint drew them all
again (the curve plot: 26 ms instead of 5 ms per repaint).

The limit only grows: it bounds what Qt may keep, and what is kept is what is drawn.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui

SCREENS = 8
"""Full screens of pixmaps for the window: the plots' axes and grids, and the rest."""
BYTES_PER_PIXEL = 4


def image_kib(size: QtCore.QSize, ratio: float) -> int:
    """KiB of one ARGB image of ``size`` logical pixels at the device pixel ratio ``ratio``."""
    return int(size.width() * size.height() * ratio * ratio * BYTES_PER_PIXEL / 1024)


def _grow_to(kib: int) -> None:
    if kib > QtGui.QPixmapCache.cacheLimit():
        QtGui.QPixmapCache.setCacheLimit(kib)


def fit_pixmap_cache(screen: QtGui.QScreen | None) -> None:
    """Room for ``SCREENS`` images of ``screen`` (at window creation)."""
    if screen is not None:
        _grow_to(SCREENS * image_kib(screen.size(), screen.devicePixelRatio()))

