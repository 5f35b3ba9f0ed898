"""Screenshots of every tab, normal and in presentation mode, on a projector-sized screen.

Run on a virtual screen of the projector's size, e.g.

    xvfb-run -s "-screen 0 1280x720x24 +extension GLX +render" \\
        python packaging/projector_screenshots.py docs/projector

It writes ``<tab>-<normal|presentation>-<width>x<height>.png`` into the folder: the
whole screen, as a class at the back of the room sees it (docs/projector.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import QtCore, QtWidgets


def _settle(app: QtWidgets.QApplication, ms: int) -> None:
    deadline = QtCore.QDeadlineTimer(ms)
    while not deadline.hasExpired():
        app.processEvents()


def main(folder: str) -> None:
    QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QtWidgets.QApplication([])
    from guicalc.core.view_kinds import view_kinds
    from guicalc.ui import MainWindow

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.show()
    screen = window.screen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    for mode in ("normal", "presentation"):
        if mode == "presentation":
            window.presentation.enter()
        window.setGeometry(screen)  # a virtual screen has no window manager to maximise it
        for tab in (kind.name for kind in view_kinds()):
            window.show_view(tab)
            _settle(app, 1500)
            window.screen().grabWindow(0).save(str(out / f"{tab}-{mode}-{size}.png"))
    window.presentation.leave()
    window.history.setClean()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/projector")
