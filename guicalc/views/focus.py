"""A visible frame around a plot while it has the keyboard focus.

The plots take arrow keys (the point, the direction arrow, the graph's steps); a
keyboard-only user, or a class watching a teacher's screen, must see which one
the keys go to. Okabe–Ito blue has 5:1 contrast on white and 3.3:1 on the dark
theme's background.

The frame is a child widget shown only while the view has the focus, not a
style sheet: a style sheet on a plot makes every repaint about ten times slower.
Exported figures leave it out (see ``guicalc.export.figure``).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

FOCUS_COLOR = "#0072B2"
FOCUS_WIDTH = 3


class FocusFrame(QtWidgets.QWidget):
    """A border over its parent view, shown while the view has the keyboard focus."""

    def __init__(self, view: QtWidgets.QWidget) -> None:
        super().__init__(view)
        self.setObjectName("focusFrame")
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.hide()
        view.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if kind == QtCore.QEvent.Type.FocusIn:
            self.setGeometry(watched.rect())
            self.show()
            self.raise_()
        elif kind == QtCore.QEvent.Type.FocusOut:
            self.hide()
        elif kind == QtCore.QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        pen = QtGui.QPen(QtGui.QColor(FOCUS_COLOR), FOCUS_WIDTH)
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        inset = FOCUS_WIDTH / 2
        painter.drawRect(QtCore.QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))


def show_focus_frame(view: QtWidgets.QWidget) -> FocusFrame:
    """Frame ``view`` in the focus colour while it has the keyboard focus."""
    return FocusFrame(view)


def keyboard_scene(view: QtWidgets.QGraphicsView, name: str, accessible: str, tooltip: str) -> None:
    """A white scene that takes the keyboard, named for tests and screen readers (graph, Jacobian)."""
    view.setObjectName(name)
    view.setScene(QtWidgets.QGraphicsScene(view))
    view.setBackgroundBrush(QtGui.QColor("#FFFFFF"))
    view.setRenderHints(QtGui.QPainter.RenderHint.Antialiasing | QtGui.QPainter.RenderHint.TextAntialiasing)
    view.setAccessibleName(accessible)
    view.setToolTip(tooltip)
    view.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
    show_focus_frame(view)
