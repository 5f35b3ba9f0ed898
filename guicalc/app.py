"""Start the desktop application."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    """Open the main window with the default example and run the event loop."""
    parser = argparse.ArgumentParser(prog="guicalc", description="Calculus the way deep learning uses it.",
                                     epilog="Commands: guicalc derive|gradient|graph ... --help")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="print the times of the first paint and of the fully built window, then quit "
                             "(for start-up benchmarks)")
    args, qt_args = parser.parse_known_args(argv)

    from PySide6 import QtWidgets

    from guicalc.core.autosave import Autosave
    from guicalc.ui import MainWindow, crash

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("guicalc")
    app.setOrganizationName("guicalc")
    # Unattended runs (start-up timing) neither autosave nor ask to restore.
    window = MainWindow(deferred=True, autosave=None if args.exit_when_ready else Autosave())
    crash.install(window, on_crash=window.autosave_now)
    if args.exit_when_ready:
        _report_start_up(window, app)
    screen = app.primaryScreen().availableGeometry()
    window.resize(min(window.width(), int(screen.width() * 0.95)), min(window.height(), int(screen.height() * 0.9)))
    window.show()
    return app.exec()


def _report_start_up(window: object, app: object) -> None:
    """Print when the window is first painted and when it is ready, then quit."""
    from PySide6 import QtCore

    class FirstPaint(QtCore.QObject):
        def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
            if event.type() == QtCore.QEvent.Type.Paint:
                print(f"first-paint {time.time():.6f}", flush=True)
                app.removeEventFilter(self)
            return False

    def on_ready() -> None:
        print(f"ready {time.time():.6f}", flush=True)
        QtCore.QTimer.singleShot(0, app.quit)

    window._start_up_filter = FirstPaint(window)
    app.installEventFilter(window._start_up_filter)
    window.ready.connect(on_ready)
