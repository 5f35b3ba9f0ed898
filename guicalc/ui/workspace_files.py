"""New, Open, Save, Save As, recent files, autosave and recovery for the window.

A lesson never gets lost: the title shows unsaved changes (the undo stack's clean
state), closing asks, an autosave is written every few seconds while there are
changes, and after a crash the next start offers it back. A file that is refused
changes nothing in the open document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core import workspace
from guicalc.core.autosave import Autosave
from guicalc.core.document import Document
from guicalc.i18n import error_text, translate

AUTOSAVE_MS = 10_000
MAX_RECENT = 8


class WorkspaceFiles(QtCore.QObject):
    """The file behind the window's document and everything that keeps it safe."""

    def __init__(self, window: QtWidgets.QMainWindow, document: Document, history: QtGui.QUndoStack,
                 autosave: Autosave | None = None) -> None:
        super().__init__(window)
        self.window, self.document, self.history, self.autosave = window, document, history, autosave
        self.path: Path | None = None
        self.recent_menu = QtWidgets.QMenu(translate("WorkspaceFiles", "Open &Recent"), window)
        self.recent_menu.setObjectName("recentMenu")
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave_now)
        if autosave is not None:
            self.timer.start()
        history.cleanChanged.connect(self.update_title)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.update_title()

    # -- menu actions ----------------------------------------------------------------------
    def new(self) -> None:
        if self.may_discard():
            self._take(Document(), None)

    def open(self) -> None:
        if not self.may_discard():
            return
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, translate("WorkspaceFiles", "Open lesson"),
                                                        self._folder(), _filter())
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Load ``path``; a refused file leaves the open document as it was."""
        try:
            loaded = workspace.load(path)
        except workspace.WorkspaceError as exc:
            message = translate("WorkspaceFiles", "{name} could not be opened:\n\n{reason}\n\nNothing was changed.")
            QtWidgets.QMessageBox.warning(self.window, translate("WorkspaceFiles", "Cannot open lesson"),
                                          message.format(name=path.name, reason=error_text(exc)))
            return False
        self._take(loaded, path)
        return True

    def save(self) -> bool:
        return self.save_as() if self.path is None else self._write(self.path)

    def save_as(self) -> bool:
        start = str(self.path) if self.path else str(Path(self._folder()) / f"lesson{workspace.SUFFIX}")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, translate("WorkspaceFiles", "Save lesson"), start,
                                                        _filter())
        if not path:
            return False
        path = Path(path)
        if path.suffix != workspace.SUFFIX:
            path = path.with_name(path.name + workspace.SUFFIX)
        return self._write(path)

    def may_discard(self) -> bool:
        """True when there are no unsaved changes, or the user saved or discarded them."""
        if self.history.isClean():
            return True
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self.window, translate("WorkspaceFiles", "Unsaved changes"),
            translate("WorkspaceFiles", "Save the changes to {name}?").format(name=self._name()),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    # -- autosave and recovery ---------------------------------------------------------------
    def autosave_now(self) -> None:
        if self.autosave is None or self.history.isClean():
            return
        try:
            self.autosave.save(self.document)
        except (OSError, workspace.WorkspaceError) as exc:
            self.window.statusBar().showMessage(translate("WorkspaceFiles",
                                                          "Autosave failed: {reason}").format(reason=error_text(exc)))

    def offer_recovery(self) -> None:
        """At start: bring back the autosave of a session that did not end cleanly."""
        if self.autosave is None:
            return
        found = self.autosave.recoverable()
        adopt = None
        if found:
            stamp = QtCore.QDateTime.fromSecsSinceEpoch(int(found[0].saved_at)).toString()
            buttons = QtWidgets.QMessageBox.StandardButton
            answer = QtWidgets.QMessageBox.question(
                self.window, translate("WorkspaceFiles", "Restore unsaved work?"),
                translate("WorkspaceFiles",
                          "guicalc did not close properly last time. Restore the work autosaved at {stamp}?").format(
                              stamp=stamp),
                buttons.Yes | buttons.No, buttons.Yes)
            if answer == buttons.Yes:
                try:
                    self.document.replace_with(workspace.load(found[0].path))
                    adopt = found[0]
                except workspace.WorkspaceError as exc:
                    QtWidgets.QMessageBox.warning(self.window, translate("WorkspaceFiles", "Cannot restore"),
                                                  error_text(exc))
        self.autosave.start(adopt=adopt)

    def finish(self) -> None:
        """A clean exit: this session's autosave is no longer needed."""
        self.timer.stop()
        # The undo stack is destroyed after the window and announces it is clean again.
        self.history.cleanChanged.disconnect(self.update_title)
        if self.autosave is not None:
            self.autosave.finish()

    # -- title and recent files --------------------------------------------------------------
    def update_title(self, *_: object) -> None:
        self.window.setWindowTitle(f"{self._name()}[*] — guicalc")
        self.window.setWindowModified(not self.history.isClean())

    def recent_files(self) -> list[str]:
        value = QtCore.QSettings().value("recentFiles", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: Path) -> None:
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        QtCore.QSettings().setValue("recentFiles", files[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.may_discard() and self.open_path(Path(n)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(translate("WorkspaceFiles", "(none)")).setEnabled(False)

    # -- internals ---------------------------------------------------------------------------
    def _take(self, document: Document, path: Path | None) -> None:
        self.document.replace_with(document)
        self.history.clear()
        self.history.setClean()
        self.path = path
        if path is not None:
            self._remember(path)
        self.update_title()

    def _write(self, path: Path) -> bool:
        try:
            workspace.save(path, self.document)
        except (OSError, workspace.WorkspaceError) as exc:
            QtWidgets.QMessageBox.warning(self.window, translate("WorkspaceFiles", "Cannot save"),
                                          translate("WorkspaceFiles",
                                                    "{path} was not saved:\n\n{reason}").format(path=path,
                                                                                                reason=error_text(exc)))
            return False
        self.path = path
        self.history.setClean()
        self._remember(path)
        self.update_title()
        self.window.statusBar().showMessage(translate("WorkspaceFiles", "Saved {path}").format(path=path))
        return True

    def _name(self) -> str:
        return self.path.name if self.path else translate("WorkspaceFiles", "Untitled")

    def _folder(self) -> str:
        return str(self.path.parent) if self.path else QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation)


def _filter() -> str:
    return translate("WorkspaceFiles", "guicalc lessons (*{suffix})").format(suffix=workspace.SUFFIX)
