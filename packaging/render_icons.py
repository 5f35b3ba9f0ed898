"""Render resources/icons/guicalc.svg to the PNG sizes desktops ask for.

The PNGs are committed (a desktop without an SVG loader still gets an icon);
run this again after changing the SVG: ``python packaging/render_icons.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import QtCore, QtGui, QtSvg

SIZES = (16, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, size: int) -> QtGui.QImage:
    """The icon at ``size`` × ``size`` pixels on a transparent background."""
    renderer = QtSvg.QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QtCore.QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    svg = ICONS / "guicalc.svg"
    for size in SIZES:
        path = ICONS / f"guicalc-{size}.png"
        if not render(svg, size).save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
