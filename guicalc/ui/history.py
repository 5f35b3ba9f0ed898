"""Undo and redo for everything in the document: edits, point moves, settings.

Every field of every observable state already announces (new, old); this records
those announcements as ``QUndoCommand``s instead of instrumenting each widget.
Successive changes of one field merge (a drag, or typing a word, is one step),
until the user pauses for ``MERGE_SECONDS``.
"""

from __future__ import annotations

import time
from typing import Any

from psygnal import EmissionInfo
from PySide6 import QtGui

from guicalc.core.document import Document, FunctionState
from guicalc.core.view_kinds import view_kinds
from guicalc.i18n import translate, translated

MERGE_SECONDS = 1.0
UNDO_LIMIT = 1000
"""Steps kept: hours of use must not grow the stack (and memory) without end."""
_FIELD_CHANGE_ID = 1


def _field_name(name: str) -> str:
    """A function's or parameter's field as the Edit menu names it (Undo change colour);
    a view kind names its own settings (``ViewKind.undo``)."""
    names = {
        "text": translate("DocumentHistory", "function"),
        "color": translate("DocumentHistory", "colour"),
        "visible": translate("DocumentHistory", "visibility"),
        "value": translate("DocumentHistory", "value"),
        "minimum": translate("DocumentHistory", "slider minimum"),
        "maximum": translate("DocumentHistory", "slider maximum"),
    }
    return names.get(name, name.replace("_", " "))


class _FieldChange(QtGui.QUndoCommand):
    def __init__(self, history: DocumentHistory, state: Any, name: str, title: str, old: Any, new: Any) -> None:
        super().__init__(translate("DocumentHistory", "change {field}").format(field=title))
        self.history, self.state, self.name, self.old, self.new = history, state, name, old, new
        self.at = time.monotonic()
        self.done = True  # the change already happened when it was recorded

    def id(self) -> int:
        return _FIELD_CHANGE_ID

    def mergeWith(self, other: QtGui.QUndoCommand) -> bool:
        if not (isinstance(other, _FieldChange) and other.state is self.state and other.name == self.name
                and other.at - self.at < MERGE_SECONDS):
            return False
        self.new, self.at = other.new, other.at
        return True

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.history.replay(self.state, self.name, self.new)

    def undo(self) -> None:
        self.history.replay(self.state, self.name, self.old)


class _FunctionAdded(QtGui.QUndoCommand):
    def __init__(self, history: DocumentHistory, index: int, state: FunctionState, added: bool) -> None:
        super().__init__(translate("DocumentHistory", "add function") if added else translate("DocumentHistory",
                                                                                              "remove function"))
        self.history, self.index, self.state, self.added = history, index, state, added
        self.done = True

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self._apply(self.added)

    def undo(self) -> None:
        self._apply(not self.added)

    def _apply(self, insert: bool) -> None:
        functions = self.history.document.functions
        with self.history.replaying():
            functions.insert(self.index, self.state) if insert else functions.remove(self.state)


class DocumentHistory(QtGui.QUndoStack):
    """An undo stack that listens to a :class:`Document`."""

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.setUndoLimit(UNDO_LIMIT)
        self.document = document
        self._replaying = 0
        self._watched: set[int] = set()
        for kind in view_kinds():  # each view's settings, as its kind names them
            self.watch(document.states[kind.name], {field: translated(title) for field, title in kind.undo.items()})
        for f in document.functions:
            self.watch(f)
        for p in document.parameters.values():
            self.watch(p)
        document.functions.events.inserted.connect(self._on_inserted)
        document.functions.events.removed.connect(self._on_removed)

    def watch(self, state: Any, fields: dict[str, str] | None = None) -> None:
        """Record the changes of one more state object (a new function or parameter);
        with ``fields`` {field: its name in the Edit menu}, of those fields only."""
        if id(state) not in self._watched:
            self._watched.add(id(state))
            state.events.connect(lambda info: (fields is None or info.signal.name in fields)
                                 and self._on_change(state, info, (fields or {}).get(info.signal.name)))

    def replaying(self) -> _Replaying:
        return _Replaying(self)

    def replay(self, state: Any, name: str, value: Any) -> None:
        with self.replaying():
            setattr(state, name, value)

    def _on_change(self, state: Any, info: EmissionInfo, title: str | None) -> None:
        if self._replaying:
            return
        new, old = info.args
        name = info.signal.name
        self.push(_FieldChange(self, state, name, title or _field_name(name), old, new))

    def _on_inserted(self, index: int, state: FunctionState) -> None:
        self.watch(state)
        if not self._replaying:
            self.push(_FunctionAdded(self, index, state, added=True))

    def _on_removed(self, index: int, state: FunctionState) -> None:
        if not self._replaying:
            self.push(_FunctionAdded(self, index, state, added=False))


class _Replaying:
    """While undo or redo sets a value, the change is not recorded again."""

    def __init__(self, history: DocumentHistory) -> None:
        self.history = history

    def __enter__(self) -> None:
        self.history._replaying += 1

    def __exit__(self, *exc: object) -> None:
        self.history._replaying -= 1
