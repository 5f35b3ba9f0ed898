"""Start the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    """Open the main window with the default example and run the event loop."""
    from PySide6.QtWidgets import QApplication

    from guicalc.ui import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("guicalc")
    app.setOrganizationName("guicalc")
    window = MainWindow()
    window.show()
    return app.exec()
