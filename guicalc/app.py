"""Start the desktop application."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from guicalc.resources import resource_path

if TYPE_CHECKING:
    from PySide6 import QtGui, QtWidgets

    from guicalc.core.document import Document

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def run(argv: Sequence[str]) -> int:
    """Open the main window with the default example and run the event loop."""
    parser = _parser()
    parser.parse_known_args(argv)  # --help first: it needs no screen

    from PySide6 import QtCore, QtWidgets

    from guicalc.pyside_scan import scan_faster

    scan_faster()  # before pyqtgraph, numpy and sympy are imported
    from guicalc import i18n
    from guicalc.core.autosave import Autosave
    from guicalc.ui import MainWindow, crash

    app = QtWidgets.QApplication.instance()
    if app is None:
        # pyqtgraph.opengl compiles its shaders once per process, in the first GL
        # context: every 3D view must share it, and Qt shares only if told so first.
        QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QtWidgets.QApplication([sys.argv[0], *argv])
        argv = app.arguments()[1:]  # Qt has taken its own options (-platform, -style …) out
    args = parser.parse_args(argv)
    if args.self_test and args.file:
        parser.error("--self-test opens the examples, not a file")
    app.setApplicationName("guicalc")
    app.setOrganizationName("guicalc")
    app.setDesktopFileName("guicalc")  # Wayland finds the menu entry and icon by this name
    app.setWindowIcon(window_icon())
    language = i18n.InterfaceLanguage(app)
    language.apply(i18n.resolve(i18n.chosen_language()))
    document, refusal = _load(args.file)
    # Unattended runs (self-test, start-up timing) neither autosave nor ask to restore.
    unattended = args.self_test or args.exit_when_ready
    window = MainWindow(document, deferred=True, autosave=None if unattended else Autosave())
    crash.install(window, on_crash=window.autosave_now)
    if args.exit_when_ready:
        _report_start_up(window, app)
    if refusal:
        window.ready.connect(lambda: _say_not_opened(window, args.file, refusal))
    elif document is not None:
        window.ready.connect(lambda: window.files.use_path(Path(args.file).absolute()))
    screen = app.primaryScreen().availableGeometry()
    window.resize(min(window.width(), int(screen.width() * 0.95)), min(window.height(), int(screen.height() * 0.9)))
    window.show()
    if args.self_test:
        from guicalc.selftest import run_self_test

        return run_self_test(app, window)
    return app.exec()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guicalc", description="Calculus the way deep learning uses it.",
                                     epilog="Commands: guicalc derive|gradient|graph|export ... --help")
    parser.add_argument("file", nargs="?", help="a .guicalc workspace to open")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="print the times of the first paint and of the fully built window, then quit "
                             "(for start-up benchmarks)")
    parser.add_argument("--self-test", action="store_true",
                        help="open every example, export every view as SVG and PNG, check the files, print a "
                             "JSON summary and exit (0 when all of it worked)")
    return parser


def window_icon() -> QtGui.QIcon:
    """The application icon at every size that exists (empty when resources/ is not
    shipped, as in a plain wheel install: the window then has the default icon)."""
    from PySide6 import QtGui

    icon = QtGui.QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"guicalc-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _load(file: str | None) -> tuple[Document | None, str | None]:
    """The document of ``file`` (a double-clicked .guicalc), or why it was refused."""
    if not file:
        return None, None
    from guicalc.core import workspace

    try:
        return workspace.load(file), None
    except workspace.WorkspaceError as exc:
        return None, exc.args[0]  # a Message: the window says it in its language


def _say_not_opened(window: QtWidgets.QWidget, file: str, reason: str) -> None:
    """A refused file is named with its reason; the window keeps the default example."""
    from PySide6 import QtWidgets

    from guicalc.i18n import translate, translated
    from guicalc.ui.dialogs import message_box

    message = translate("App", "{name} could not be opened:\n\n{reason}\n\nThe window shows the default example.")
    message = message.format(name=Path(file).name, reason=translated(reason))
    print(f"guicalc: {Path(file).name} could not be opened: {reason}", file=sys.stderr)
    box = message_box(window, QtWidgets.QMessageBox.Icon.Warning, translate("App", "Cannot open lesson"), message)
    box.setObjectName("cannotOpenBox")
    box.open()  # not exec(): the window finishes building behind it


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
