"""Qt's pixmap cache sized for the screen the window opens on, and for the curves drawn.

The plots keep their axes, grids and curves as cached pixmaps (DeviceCoordinateCache),
each about the size of its plot. Qt's default cache is 10 MiB: from 1920×1080 up the
pixmaps of one repaint did not fit, each evicted the next, and every paint drew them all
again (the curve plot: 26 ms instead of 5 ms per repaint). Drawn without a cache, 20
curves of sin(kx) cost 100 ms per repaint; blitted from their pixmaps, 15 ms.

The limit only grows: it bounds what Qt may keep, and what is kept is what is drawn.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

SCREENS = 8
"""Full screens of pixmaps for the window: two plots' axes and grids, a few curves, the rest."""
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


def hold_images(widget: QtWidgets.QWidget, count: int) -> None:
    """Room for ``count`` images of ``widget``'s size besides the screen's share: a plot's
    curves, each cached as a pixmap of the plot (20 functions at 1920×1080 passed the
    screen's share, and every repaint drew every curve again)."""
    screen = widget.screen()
    base = SCREENS * image_kib(screen.size(), screen.devicePixelRatio()) if screen is not None else 0
    _grow_to(base + count * image_kib(widget.size(), widget.devicePixelRatioF()))
