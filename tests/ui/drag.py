"""Mouse drags built from raw events: QTest cannot hold a press in a QGraphicsView."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets


def send_mouse(widget: QtWidgets.QWidget, kind: QtCore.QEvent.Type, pos: QtCore.QPointF,
          buttons: QtCore.Qt.MouseButton) -> None:
    global_pos = QtCore.QPointF(widget.mapToGlobal(pos.toPoint()))
    event = QtGui.QMouseEvent(kind, pos, global_pos, QtCore.Qt.MouseButton.LeftButton, buttons,
                              QtCore.Qt.KeyboardModifier.NoModifier)
    QtWidgets.QApplication.sendEvent(widget, event)


def drag(view: QtWidgets.QGraphicsView, start: QtCore.QPointF, end: QtCore.QPointF, steps: int = 10) -> None:
    """Press at ``start``, move in ``steps`` to ``end``, release: viewport coordinates."""
    view.scene().minDragTime = 0
    viewport = view.viewport()
    left = QtCore.Qt.MouseButton.LeftButton
    send_mouse(viewport, QtCore.QEvent.Type.MouseButtonPress, start, left)
    for i in range(1, steps + 1):
        t = i / steps
        pos = QtCore.QPointF(start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t)
        send_mouse(viewport, QtCore.QEvent.Type.MouseMove, pos, left)
        QtWidgets.QApplication.processEvents()
    send_mouse(viewport, QtCore.QEvent.Type.MouseButtonRelease, end, QtCore.Qt.MouseButton.NoButton)
    QtWidgets.QApplication.processEvents()


def view_to_viewport(plot_widget, x: float, y: float) -> QtCore.QPointF:
    """Where data point (x, y) is on a pyqtgraph PlotWidget's viewport.

    Paints first: an axis sizes its tick labels while painting, which can shift the
    plot area by a few pixels after the range changed.
    """
    plot_widget.viewport().repaint()
    QtWidgets.QApplication.processEvents()
    vb = plot_widget.getPlotItem().getViewBox()
    scene_pos = vb.mapViewToScene(QtCore.QPointF(x, y))
    return QtCore.QPointF(plot_widget.mapFromScene(scene_pos))
