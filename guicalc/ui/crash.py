"""An unexpected exception becomes a dialog with a copyable report, not a dead app.

Qt calls Python slots from C++; an exception escaping one would otherwise be
printed to a terminal nobody sees (the app is double-clicked) or abort the
process. The handler shows what happened, calls ``on_crash`` (the window saves
its autosave there) and lets the event loop go on.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import QtCore, QtWidgets

import guicalc
from guicalc.i18n import error_text, translate


def report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text a user can paste into a bug report."""
    lines = traceback.format_exception(kind, value, tb)
    return (f"guicalc {guicalc.__version__}, Python {platform.python_version()}, "
            f"Qt {QtCore.qVersion()}, {platform.platform()}\n\n" + "".join(lines))


def install(parent: QtWidgets.QWidget, on_crash: Callable[[], None] | None = None) -> None:
    """Route uncaught exceptions to a dialog owned by ``parent``."""
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = report(kind, value, tb)
        print(text, file=sys.stderr)
        if on_crash is not None:
            try:
                on_crash()
            except Exception as exc:  # the report matters more than a failed save
                print(f"while saving after the error: {exc!r}", file=sys.stderr)
        if showing:  # an error inside the dialog's own event loop: do not stack dialogs
            return
        showing = True
        try:
            message = translate("Crash", "guicalc met an unexpected error and kept running:\n\n{error}\n\n"
                                "Your work is autosaved. The details below can be copied into a bug report.")
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical,
                                        translate("Crash",
                                                  "Something went wrong"), message.format(error=error_text(value)),
                                        QtWidgets.QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("crashDialog")
            box.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # the error may quote the user's text
            box.setDetailedText(text)
            box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook
