"""New, Open, Save, Save As, recent files, autosave and recovery for the window.

A lesson never gets lost: the title shows unsaved changes (the undo stack's clean
state), closing asks, an autosave is written every few seconds while there are
changes, and after a crash the next start offers it back. A file that is refused
changes nothing in the open document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc import settings
from guicalc.core import workspace
from guicalc.core.autosave import Autosave, Recovery
from guicalc.core.document import Document
from guicalc.core.readers import expect_list, text
from guicalc.i18n import error_text, translate, translated
from guicalc.ui import dialogs

Button = QtWidgets.QMessageBox.StandardButton

AUTOSAVE_MS = 10_000
MAX_RECENT = 8
RECENT = "recentFiles"


class WorkspaceFiles(QtCore.QObject):
    """The file behind the window's document and everything that keeps it safe."""

    replacing = QtCore.Signal()
    """The document is about to be replaced as a whole (views may wait for ``replaced``)."""
    replaced = QtCore.Signal()
    """The document was replaced as a whole (New, Open, a restored autosave)."""

    def __init__(self, window: QtWidgets.QMainWindow, document: Document, history: QtGui.QUndoStack,
                 autosave: Autosave | None = None) -> None:
        super().__init__(window)
        self.window, self.document, self.history, self.autosave = window, document, history, autosave
        self.path: Path | None = None
        self._stamp: tuple[int, int] | None = None  # (mtime_ns, size) of the file when opened or saved
        self._said: str | None = None
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
            dialogs.warn(self.window, translate("WorkspaceFiles", "Cannot open lesson"),
                         message.format(name=path.name, reason=error_text(exc)))
            return False
        self._take(loaded, path)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        if self._changed_on_disk(self.path):
            answer = dialogs.ask(
                self.window, translate("WorkspaceFiles", "File changed on disk"),
                translate("WorkspaceFiles", "{name} was changed by another program or window since it was opened "
                                            "here. Replace it with this lesson?").format(name=self.path.name),
                Button.Save | Button.Cancel, Button.Cancel)
            if answer != Button.Save:
                return False
        return self._write(self.path)

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
        answer = dialogs.ask(
            self.window, translate("WorkspaceFiles", "Unsaved changes"),
            translate("WorkspaceFiles", "Save the changes to {name}?").format(name=self._name()),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # -- autosave and recovery ---------------------------------------------------------------
    def autosave_now(self) -> None:
        if self.autosave is None or not self.autosave.active or self.history.isClean():
            return
        try:
            self.autosave.save(self.document)
        except (OSError, workspace.WorkspaceError) as exc:
            self._say_once(translate("WorkspaceFiles", "Autosave failed: {reason}").format(reason=error_text(exc)))
        else:
            self._said = None

    def offer_recovery(self) -> None:
        """At start: offer back, one by one, the autosave of every session that did not end
        cleanly. Restore, Not now (kept for the next start) or Discard (the only deletion)."""
        if self.autosave is None:
            return
        found = self.autosave.recoverable()
        adopt = None
        for recovery in found:
            if adopt is not None:
                recovery.release()  # one lesson per window: the others wait for the next start
                continue
            answer = self._ask_recovery(recovery, len(found))
            if answer == Button.Discard:
                recovery.discard()
            elif answer == Button.Yes and self._restore(recovery):
                adopt = recovery
            else:
                recovery.release()
        kept = len(found) - 1 if adopt is not None else 0
        if not self.autosave.start(adopt=adopt):
            self._say_once(translate("WorkspaceFiles", "Autosave is off: {reason}").format(
                reason=translated(self.autosave.problem)))
            self.timer.stop()
        elif self.autosave.problem:
            self._say_once(translate("WorkspaceFiles", "Autosave: {reason}").format(
                reason=translated(self.autosave.problem)))
        if kept > 0:
            self.window.statusBar().showMessage(translate(
                "WorkspaceFiles", "{count} more autosaved lessons will be offered at the next start").format(
                    count=kept))

    def _ask_recovery(self, recovery: Recovery, count: int) -> Button:
        stamp = QtCore.QDateTime.fromSecsSinceEpoch(int(recovery.saved_at)).toString()
        question = translate("WorkspaceFiles",
                             "guicalc did not close properly last time. Restore the work autosaved at {stamp}?")
        if count > 1:
            question += "\n\n" + translate("WorkspaceFiles", "{count} sessions left unsaved work.").format(count=count)
        question += "\n\n" + translate("WorkspaceFiles", "No keeps it for the next start; Discard deletes it.")
        return dialogs.ask(self.window, translate("WorkspaceFiles", "Restore unsaved work?"),
                           question.format(stamp=stamp), Button.Yes | Button.No | Button.Discard, Button.Yes)

    def _restore(self, recovery: Recovery) -> bool:
        try:
            loaded = workspace.load(recovery.path)
        except workspace.WorkspaceError as exc:
            dialogs.warn(self.window, translate("WorkspaceFiles", "Cannot restore"), error_text(exc))
            return False
        self._take(loaded, None, remember=False)
        self.history.resetClean()  # restored work is unsaved work
        self.update_title()
        return True

    def finish(self) -> None:
        """A clean exit: this session's autosave is no longer needed."""
        self.timer.stop()
        # The undo stack is destroyed after the window and announces it is clean again.
        self.history.cleanChanged.disconnect(self.update_title)
        if self.autosave is not None:
            self.autosave.finish()

    def _say_once(self, message: str) -> None:
        """A problem with autosave, in the status line once (not every ten seconds)."""
        if message != self._said:
            self._said = message
            self.window.statusBar().showMessage(message)

    # -- title and recent files --------------------------------------------------------------
    def update_title(self, *_: object) -> None:
        self.window.setWindowTitle(f"{self._name()}[*] — guicalc")
        self.window.setWindowModified(not self.history.isClean())

    def recent_files(self) -> list[str]:
        return settings.value(RECENT, _recent_list, [])

    def _remember(self, path: Path) -> None:
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        settings.set_value(RECENT, files[:MAX_RECENT])

    def use_path(self, path: Path | None, remember: bool = True) -> None:
        """The document is ``path``'s (opened, saved, or given at start): Save writes it back
        there, the title names it, Open Recent lists it (``remember``). None: untitled."""
        self.path, self._stamp = path, _stamp(path)
        if path is not None and remember:
            self._remember(path)
        self.update_title()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name: self.may_discard() and self.open_path(Path(n)))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(translate("WorkspaceFiles", "(none)")).setEnabled(False)

    # -- internals ---------------------------------------------------------------------------
    def _take(self, document: Document, path: Path | None, remember: bool = True) -> None:
        self.replacing.emit()
        try:
            self.document.replace_with(document)
        finally:
            self.replaced.emit()
        self.history.clear()
        self.history.setClean()
        self.use_path(path, remember)

    def _changed_on_disk(self, path: Path) -> bool:
        """Whether ``path`` is not the file this window opened or last saved (another window saved it)."""
        now = _stamp(path)
        return now is not None and now != self._stamp

    def _write(self, path: Path) -> bool:
        try:
            workspace.save(path, self.document)
        except (OSError, workspace.WorkspaceError) as exc:
            dialogs.warn(self.window, translate("WorkspaceFiles", "Cannot save"),
                         translate("WorkspaceFiles", "{path} was not saved:\n\n{reason}").format(
                             path=path, reason=error_text(exc)))
            return False
        self.history.setClean()
        self.use_path(path)
        self.window.statusBar().showMessage(translate("WorkspaceFiles", "Saved {path}").format(path=path))
        return True

    def _name(self) -> str:
        return self.path.name if self.path else translate("WorkspaceFiles", "Untitled")

    def _folder(self) -> str:
        return str(self.path.parent) if self.path else QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation)


def _stamp(path: Path | None) -> tuple[int, int] | None:
    try:
        info = path.stat() if path is not None else None
    except OSError:
        return None
    return None if info is None else (info.st_mtime_ns, info.st_size)


def _filter() -> str:
    return translate("WorkspaceFiles", "guicalc lessons (*{suffix})").format(suffix=workspace.SUFFIX)


def _recent_list(value: object, where: str) -> list[str]:
    """The recent files as stored: a list of at most MAX_RECENT paths."""
    return [text(item, f"{where}[{i}]", 4096) for i, item in enumerate(expect_list(value, where, MAX_RECENT))]
