"""Start the desktop application."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Sequence


def run(argv: Sequence[str]) -> int:
    """Open the main window with the default example and run the event loop."""
    parser = argparse.ArgumentParser(prog="guicalc", description="Calculus the way deep learning uses it.",
                                     epilog="Commands: guicalc derive|gradient|graph ... --help")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="print the time of the first paint and quit (for start-up benchmarks)")
    args, qt_args = parser.parse_known_args(argv)

    from PySide6 import QtWidgets

    from guicalc.ui import MainWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("guicalc")
    app.setOrganizationName("guicalc")
    window = MainWindow()
    if args.exit_after_paint:
        _exit_after_first_paint(window, app)
    window.show()
    return app.exec()


def _exit_after_first_paint(window: object, app: object) -> None:
    from PySide6 import QtCore

    class FirstPaint(QtCore.QObject):
        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if event.type() == QtCore.QEvent.Type.Paint:
                print(f"first-paint {time.time():.6f}", flush=True)
                QtCore.QTimer.singleShot(0, app.quit)
                app.removeEventFilter(self)
            return False

    window._first_paint_filter = FirstPaint(window)
    app.installEventFilter(window._first_paint_filter)
