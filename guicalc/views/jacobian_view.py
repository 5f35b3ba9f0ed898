"""The Jacobian as it is built: column by column (forward mode) or row by row (reverse mode).

An m × n grid of cells; after k passes the first k columns (JVPs J·eᵢ) or rows
(VJPs eⱼᵀJ) hold their numbers and the latest one is outlined in orange; a
caption counts the passes against the other mode's. Plain scene items, so the
figure exports as SVG (:meth:`JacobianView.render_to`). Cells carry ``data(0)`` =
"cell" and ``data(1)`` = (row, column); their text is empty until filled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.i18n import translate
from guicalc.views.focus import keyboard_scene
from guicalc.views.graph_view import ACTIVE, EDGE_INK, GRADIENT, INK, TANGENT, _font

if TYPE_CHECKING:
    from guicalc.core.jacobian import JacobianBuild

CELL_W, CELL_H, HEADER = 170.0, 64.0, 90.0
KIND, INDEX = 0, 1


class JacobianView(QtWidgets.QGraphicsView):
    """objectName ``jacobianView``. Space or → asks for the next pass, Home for the start."""

    stepRequested = QtCore.Signal()
    resetRequested = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        keyboard_scene(self, "jacobianView", translate("JacobianView", "Jacobian being built"),
                       translate("JacobianView", "Space: the next pass; Home: start again"))
        self.cells: dict[tuple[int, int], QtWidgets.QGraphicsSimpleTextItem] = {}
        self.caption = ""

    def show_build(self, build: JacobianBuild, done: int, inputs: tuple[str, ...], caption: str) -> None:
        """Draw ``build`` after ``done`` passes, with the input names over the columns."""
        scene = self.scene()
        scene.clear()
        self.cells = {}
        self.caption = caption
        m, n = build.jacobian.shape
        color = TANGENT if build.mode == "forward" else GRADIENT
        head = _font(22, bold=True)
        for j in range(n):
            self._text(f"∂/∂{inputs[j]}", head, INK, HEADER + j * CELL_W + CELL_W / 2, HEADER / 2)
        for i in range(m):
            self._text(f"f{_subscript(i + 1)}", head, INK, HEADER / 2, HEADER + i * CELL_H + CELL_H / 2)
        body = _font(22)
        for i in range(m):
            for j in range(n):
                filled = (j if build.mode == "forward" else i) < done
                rect = QtCore.QRectF(HEADER + j * CELL_W, HEADER + i * CELL_H, CELL_W, CELL_H)
                box = scene.addPath(_rect_path(rect), QtGui.QPen(QtGui.QColor(EDGE_INK), 1.5),
                                    QtGui.QBrush(QtGui.QColor("#F3FAF7" if filled else "#FFFFFF")))
                box.setData(KIND, "box")
                text = _number(build.jacobian[i, j]) if filled else ""
                item = self._text(text, body, color, rect.center().x(), rect.center().y())
                item.setData(KIND, "cell")
                item.setData(INDEX, (i, j))
                self.cells[(i, j)] = item
        if done:
            k = done - 1
            latest = (QtCore.QRectF(HEADER + k * CELL_W, HEADER, CELL_W, m * CELL_H) if build.mode == "forward"
                      else QtCore.QRectF(HEADER, HEADER + k * CELL_H, n * CELL_W, CELL_H))
            outline = scene.addPath(_rect_path(latest), QtGui.QPen(QtGui.QColor(ACTIVE), 5))
            outline.setData(KIND, "latest")
        text = scene.addText("")
        text.setDefaultTextColor(QtGui.QColor(INK))
        text.setFont(_font(20))
        text.setPlainText(caption)
        text.setTextWidth(max(HEADER + n * CELL_W, 700.0))
        text.setPos(0, HEADER + m * CELL_H + 16)
        text.setData(KIND, "caption")
        self._fit()

    def _text(self, text: str, font: QtGui.QFont, color: str, cx: float, cy: float
              ) -> QtWidgets.QGraphicsSimpleTextItem:
        item = self.scene().addSimpleText(text, font)
        item.setBrush(QtGui.QColor(color))
        rect = item.boundingRect()
        item.setPos(cx - rect.width() / 2, cy - rect.height() / 2)
        return item

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.setSceneRect(rect)
        self.fitInView(rect, QtCore.Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.2:
            self.setTransform(QtGui.QTransform.fromScale(1.2, 1.2))
            self.centerOn(rect.center())

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        keys = QtCore.Qt.Key
        if event.key() in (keys.Key_Space, keys.Key_Right, keys.Key_N):
            self.stepRequested.emit()
        elif event.key() in (keys.Key_Home, keys.Key_R):
            self.resetRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def render_to(self, painter: QtGui.QPainter, target: QtCore.QRectF) -> None:
        """Draw the whole figure into ``target`` of any painter (an SVG generator, say)."""
        self.scene().render(painter, target, self.sceneRect(), QtCore.Qt.AspectRatioMode.KeepAspectRatio)


def _rect_path(rect: QtCore.QRectF) -> QtGui.QPainterPath:
    """A rectangle as a path: SVG then holds it as a <path>, as every other figure's shapes."""
    path = QtGui.QPainterPath()
    path.addRect(rect)
    return path


def _number(value: float) -> str:
    from guicalc.core.symbolic import format_number

    return format_number(float(value)).replace("-", "−")


def _subscript(k: int) -> str:
    return str(k).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
