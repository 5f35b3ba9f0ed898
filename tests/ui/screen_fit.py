"""What a projector's screen shows of the window: widgets outside it, readouts cut short."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

PROJECTORS = ((1280, 720), (1024, 768))
TABS = ("curve", "graph", "surface", "lab")


def settle(ms: int = 50) -> None:
    """Let the layouts run (they are posted events)."""
    app = QtWidgets.QApplication.instance()
    deadline = QtCore.QDeadlineTimer(ms)
    while not deadline.hasExpired():
        app.processEvents()


def _scrolled(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> bool:
    """Inside a scroll area's viewport: the area itself is checked, its content may scroll."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QtWidgets.QAbstractScrollArea) \
                and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def shown_widgets(window: QtWidgets.QWidget) -> list[QtWidgets.QWidget]:
    """Every widget the user can see in ``window`` (not its menus and popups)."""
    return [w for w in window.findChildren(QtWidgets.QWidget)
            if w.isVisible() and not w.isWindow() and w.window() is window and not _scrolled(w, window)]


def outside(window: QtWidgets.QWidget) -> list[str]:
    """The visible widgets that do not lie inside the window's rectangle."""
    inside = window.rect()
    bad = []
    for widget in shown_widgets(window):
        rect = QtCore.QRect(widget.mapTo(window, QtCore.QPoint(0, 0)), widget.size())
        if not rect.isEmpty() and not inside.contains(rect):
            bad.append(f"{type(widget).__name__} {widget.objectName()!r} at {rect.getRect()}")
    return bad


def cut_readouts(window: QtWidgets.QWidget) -> list[str]:
    """Readouts (labels named …Readout) whose text needs more room than the label has."""
    bad = []
    for label in window.findChildren(QtWidgets.QLabel):
        if not (label.isVisible() and label.objectName().endswith("Readout") and label.text()):
            continue
        needed = label.heightForWidth(label.contentsRect().width()) if label.wordWrap() else -1
        hint = label.sizeHint()
        if needed > label.height() or (not label.wordWrap() and hint.width() > label.width()):
            bad.append(f"{label.objectName()} {label.size().toTuple()} needs {hint.toTuple()}, {needed} high")
    return bad
