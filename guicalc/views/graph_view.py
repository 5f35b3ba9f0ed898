"""The computational graph, drawn for a projector: nodes, edges, values, gradients.

Inputs on the left, the output on the right; each node shows its operation and,
once computed, its forward value; each edge shows the gradient it passed back
(or, in forward mode, its tangent contribution). The view draws a
:class:`~guicalc.core.walkthrough.Snapshot` and computes nothing itself.

Everything is a plain ``QGraphicsScene`` item, so the figure renders into any
``QPainter`` (:meth:`GraphView.render_to`), an SVG generator included. Colours
are Okabe–Ito (safe for colour-blind viewers), pens opaque, fonts large.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.i18n import translate, translated
from guicalc.views.focus import keyboard_scene
from guicalc.views.graph_layout import Edge, LayoutNode, layered_layout

if TYPE_CHECKING:
    from guicalc.core.autodiff import Graph
    from guicalc.core.walkthrough import Snapshot
    from guicalc.views.theme import Theme

INK = "#000000"
EDGE_INK = "#555555"
VALUE = "#0072B2"  # blue: forward values
GRADIENT = "#D55E00"  # vermillion: gradients (reverse mode)
TANGENT = "#009E73"  # bluish green: tangents (forward mode)
ACTIVE = "#E69F00"  # orange: the node and edges of the latest step
FILL = {"input": "#D6EAF8", "const": "#EEEEEE", "op": "#FFFFFF"}

ROW = 150.0  # between rows of nodes
GAP = 150.0  # at least, between columns of nodes: room for the edge texts
NODE_HEIGHT = 92.0
PARALLEL_GAP = 70.0  # between edges that join the same two nodes
MIN_NODE_WIDTH = 110.0
LABEL_PX, VALUE_PX, EDGE_PX, CAPTION_PX = 30, 22, 24, 22
MAX_ZOOM = 1.5
KIND, TEXT, TARGET, INDEX, NODE = range(5)  # QGraphicsItem.data() keys


@dataclass
class _Label:
    """A text on an edge, over an opaque white patch so that the edge does not cross it."""

    background: QtWidgets.QGraphicsRectItem
    text: QtWidgets.QGraphicsSimpleTextItem
    anchor: QtCore.QPointF  # the bottom centre of the text, or its centre when ``on_line``
    on_line: bool = False


def _font(pixels: int, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _pen(color: str, width: float) -> QtGui.QPen:
    pen = QtGui.QPen(QtGui.QColor(color), width)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
    return pen


def _text_width(text: str, font: QtGui.QFont) -> float:
    return QtGui.QFontMetricsF(font).horizontalAdvance(text)


def _node_width(label: str, widest_value: str) -> float:
    """Wide enough for the label, the value and the note under it (as wide as "grad " + value)."""
    from guicalc.core.walkthrough import GRAD_NOTE

    return max(MIN_NODE_WIDTH, _text_width(label, _font(LABEL_PX, bold=True)),
               _text_width(translated(GRAD_NOTE.format(value=widest_value)), _font(VALUE_PX, bold=True))) + 28


def _column_centres(positions: dict[int, tuple[float, float]], widths: dict[int, float],
                    value_texts: dict[int, str]) -> list[float]:
    """x of each column: wide enough apart for the nodes and for edge texts as wide as the values
    (a gradient has the shape of its value)."""
    columns = int(max(c for c, _ in positions.values())) + 1
    node_width = [0.0] * columns
    text_width = [GAP] * columns
    edge_font = _font(EDGE_PX, bold=True)
    for i, (c, _) in positions.items():
        node_width[int(c)] = max(node_width[int(c)], widths[i])
        text_width[int(c)] = max(text_width[int(c)], _text_width(value_texts.get(i, ""), edge_font) + 40)
    x = [0.0]
    for c in range(1, columns):
        x.append(x[-1] + (node_width[c - 1] + node_width[c]) / 2 + max(text_width[c - 1], text_width[c]))
    return x


class GraphView(QtWidgets.QGraphicsView):
    """The graph of one expression; objectName ``graphView``.

    ``set_graph`` lays the graph out; ``show_snapshot`` writes what a step shows.
    Items carry their role in ``data(0)`` ("node" for a box; "label", "value",
    "note", "edge", "seed", "caption" for texts), the node's text in ``data(1)``
    and, on an edge, the target's text in ``data(2)`` and the input index in
    ``data(3)``, so tests can read what is drawn.
    Double-clicking an input emits ``inputEditRequested(name)``. With the keyboard focus,
    → or N, ← or P and Space ask for a step (``stepRequested("forward" | "backward" |
    "next")``) and Home or R for the first step (``resetRequested``).
    """

    inputEditRequested = QtCore.Signal(str)
    stepRequested = QtCore.Signal(str)
    resetRequested = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        keyboard_scene(self, "graphView", translate("GraphView", "Computational graph"),
                       translate("GraphView", "Double-click an input to change its value"))
        self._graph: Graph | None = None
        self._boxes: dict[int, QtWidgets.QGraphicsPathItem] = {}
        self._values: dict[int, QtWidgets.QGraphicsSimpleTextItem] = {}
        self._notes: dict[int, QtWidgets.QGraphicsSimpleTextItem] = {}
        self._edges: dict[Edge, QtWidgets.QGraphicsPathItem] = {}
        self._edge_labels: dict[Edge, _Label] = {}
        self._seed: _Label | None = None
        self._caption: QtWidgets.QGraphicsTextItem | None = None
        self._graph_rect = QtCore.QRectF()
        self._centres: dict[int, QtCore.QPointF] = {}
        self._widths: dict[int, float] = {}
        self._ink = INK

    def set_theme(self, theme: Theme) -> None:
        """The theme's background and ink; the nodes keep their pale fills, readable on both."""
        self.setBackgroundBrush(QtGui.QColor(theme.background))
        self._ink = theme.foreground
        if self._caption is not None:
            self._caption.setDefaultTextColor(QtGui.QColor(theme.foreground))

    # -- building -----------------------------------------------------------------------------

    def set_graph(self, graph: Graph, value_texts: dict[int, str]) -> None:
        """Lay out ``graph``; boxes are as wide as their widest text in ``value_texts``."""
        scene = self.scene()
        scene.clear()
        self._graph = graph
        self._boxes.clear()
        self._values.clear()
        self._notes.clear()
        self._edges.clear()
        self._edge_labels.clear()
        layout = layered_layout([LayoutNode(n.id, n.inputs, n.kind == "const") for n in graph.nodes],
                                reading_order=list(graph.inputs.values()))  # sorted by name
        self._widths = {n.id: _node_width(n.label, value_texts.get(n.id, "")) for n in graph.nodes}
        x = _column_centres(layout.positions, self._widths, value_texts)
        self._centres = {i: QtCore.QPointF(x[int(c)], r * ROW) for i, (c, r) in layout.positions.items()}
        for node in graph.nodes:
            self._add_node(node.id, node.kind, node.label, node.text)
        for node in graph.nodes:
            for k, source in enumerate(node.inputs):
                waypoints = [QtCore.QPointF(x[int(c)], r * ROW) for c, r in layout.routes[(node.id, k)]]
                twins = node.inputs.count(source)
                if twins > 1:  # dot(x, x): bend the twin edges apart, each with its text
                    middle = (self._centres[source] + self._centres[node.id]) / 2
                    nth = node.inputs[:k].count(source)
                    waypoints = [middle + QtCore.QPointF(0, (nth - (twins - 1) / 2) * PARALLEL_GAP)]
                self._add_edge((node.id, k), source, waypoints, twins=twins > 1)
        self._add_seed(graph.output)
        # Room above the top row for edge texts and below the bottom row for the notes.
        self._graph_rect = scene.itemsBoundingRect().adjusted(0, -EDGE_PX - 10, 0, VALUE_PX + 20)
        self._caption = QtWidgets.QGraphicsTextItem()
        self._caption.setFont(_font(CAPTION_PX))
        self._caption.setDefaultTextColor(QtGui.QColor(self._ink))
        self._caption.setData(KIND, "caption")
        self._caption.setTextWidth(max(self._graph_rect.width(), 900.0))
        self._caption.setPos(self._graph_rect.left(), self._graph_rect.bottom() + 20)
        scene.addItem(self._caption)

    def _add_node(self, node_id: int, kind: str, label: str, text: str) -> None:
        scene = self.scene()
        width = self._widths[node_id]
        centre = self._centres[node_id]
        rect = QtCore.QRectF(centre.x() - width / 2, centre.y() - NODE_HEIGHT / 2, width, NODE_HEIGHT)
        path = QtGui.QPainterPath()
        path.addRoundedRect(rect, 16, 16)
        box = scene.addPath(path, _pen(INK, 3), QtGui.QColor(FILL[kind]))
        box.setZValue(2)
        box.setData(KIND, "node")
        box.setData(TEXT, text)
        box.setData(NODE, node_id)
        box.setToolTip(text)
        self._boxes[node_id] = box
        title = self._text(label, _font(LABEL_PX, bold=True), INK, "label", text, node_id)
        title.setPos(centre.x() - title.boundingRect().width() / 2, rect.top() + 6)
        value = self._text("", _font(VALUE_PX), VALUE, "value", text, node_id)
        value.setPos(centre.x(), rect.top() + 52)
        self._values[node_id] = value
        note = self._text("", _font(VALUE_PX, bold=True), GRADIENT, "note", text, node_id)
        note.setPos(centre.x(), rect.bottom() + 6)
        self._notes[node_id] = note

    def _text(self, text: str, font: QtGui.QFont, color: str, kind: str, owner: str,
              node_id: int | None = None) -> QtWidgets.QGraphicsSimpleTextItem:
        item = self.scene().addSimpleText(text, font)
        item.setBrush(QtGui.QColor(color))
        item.setZValue(4)
        item.setData(KIND, kind)
        item.setData(TEXT, owner)
        if node_id is not None:
            item.setData(NODE, node_id)
        return item

    def _add_edge(self, edge: Edge, source: int, waypoints: list[QtCore.QPointF], twins: bool) -> None:
        graph = self._graph
        assert graph is not None
        target, k = edge
        outgoing = self._outgoing(source)
        start = self._port(source, outgoing.index(edge), len(outgoing), right=True)
        inputs = graph.nodes[target].inputs
        end = self._port(target, k, len(inputs), right=False)
        path = QtGui.QPainterPath(start)
        points = [start, *waypoints, end]
        for a, b in zip(points, points[1:], strict=False):
            middle = (a.x() + b.x()) / 2
            path.cubicTo(QtCore.QPointF(middle, a.y()), QtCore.QPointF(middle, b.y()), b)
        item = self.scene().addPath(path, _pen(EDGE_INK, 3))
        item.setZValue(1)
        self._edges[edge] = item
        self._add_arrowhead(end)
        # A long edge has its text on the last stretch, next to the node it enters; twin
        # edges have theirs on the line, at the bend that keeps them apart.
        label_at = 0.75 if waypoints and not twins else 0.5
        label = self._label("edge", graph.nodes[source].text, path.pointAtPercent(label_at))
        label.on_line = twins
        label.text.setData(TARGET, graph.nodes[target].text)
        label.text.setData(INDEX, k)
        self._edge_labels[edge] = label

    def _label(self, kind: str, owner: str, anchor: QtCore.QPointF) -> _Label:
        text = self._text("", _font(EDGE_PX, bold=True), GRADIENT, kind, owner)
        background = self.scene().addRect(QtCore.QRectF(), QtGui.QPen(QtCore.Qt.PenStyle.NoPen),
                                          QtGui.QColor("#FFFFFF"))
        background.setZValue(3)
        return _Label(background, text, anchor)

    def _outgoing(self, source: int) -> list[Edge]:
        assert self._graph is not None
        return [(n.id, k) for n in self._graph.nodes for k, i in enumerate(n.inputs) if i == source]

    def _port(self, node_id: int, index: int, count: int, right: bool) -> QtCore.QPointF:
        """Where the ``index``-th of ``count`` edges meets the node's left or right side."""
        centre, half = self._centres[node_id], self._widths[node_id] / 2
        spread = min(NODE_HEIGHT * 0.6, 24.0 * (count - 1))
        dy = 0.0 if count == 1 else -spread / 2 + spread * index / (count - 1)
        return QtCore.QPointF(centre.x() + (half if right else -half), centre.y() + dy)

    def _add_arrowhead(self, tip: QtCore.QPointF) -> None:
        head = QtGui.QPolygonF([tip, tip + QtCore.QPointF(-16, -8), tip + QtCore.QPointF(-16, 8)])
        item = self.scene().addPolygon(head, QtGui.QPen(QtCore.Qt.PenStyle.NoPen), QtGui.QColor(EDGE_INK))
        item.setZValue(1)

    def _add_seed(self, output: int) -> None:
        """A stub leaving the output: the backward pass starts there, with dz/dz = 1 (or v)."""
        start = self._port(output, 0, 1, right=True)
        end = start + QtCore.QPointF(110, 0)
        self.scene().addLine(QtCore.QLineF(start, end), _pen(EDGE_INK, 3)).setZValue(1)
        self._add_arrowhead(end)
        self._seed = self._label("seed", "", QtCore.QPointF((start.x() + end.x()) / 2, start.y()))

    # -- showing a step -----------------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Write the values, notes and edge texts of ``snapshot`` and highlight its step."""
        flow_color = TANGENT if snapshot.kind == "tangent" else GRADIENT
        for node_id, item in self._values.items():
            item.setText(snapshot.values.get(node_id, ""))
            item.setX(self._centres[node_id].x() - item.boundingRect().width() / 2)
        for node_id, item in self._notes.items():
            item.setText(translated(snapshot.notes.get(node_id, "")))
            item.setBrush(QtGui.QColor(flow_color))
            item.setX(self._centres[node_id].x() - item.boundingRect().width() / 2)
        for node_id, box in self._boxes.items():
            active = node_id == snapshot.active
            box.setPen(_pen(ACTIVE if active else INK, 6 if active else 3))
        for edge, item in self._edges.items():
            active = edge in snapshot.active_edges
            item.setPen(_pen(ACTIVE if active else EDGE_INK, 5 if active else 3))
        for edge, label in self._edge_labels.items():
            self._set_label(label, snapshot.edges.get(edge, ""), flow_color)
        if self._seed is not None:
            self._set_label(self._seed, snapshot.seed or "", GRADIENT)
        if self._caption is not None:
            self._caption.setPlainText(f"{translated(snapshot.status)}\n{translated(snapshot.rule)}")
        self.setAccessibleDescription(f"{translated(snapshot.status)}. {translated(snapshot.rule)}".strip(". "))
        self._fit()

    @staticmethod
    def _set_label(label: _Label, text: str, color: str) -> None:
        label.text.setText(text)
        label.text.setBrush(QtGui.QColor(color))
        size = label.text.boundingRect()
        above = size.height() / 2 if label.on_line else size.height() + 4
        label.text.setPos(label.anchor.x() - size.width() / 2, label.anchor.y() - above)
        label.background.setRect(label.text.sceneBoundingRect().adjusted(-4, -1, 4, 1) if text
                                 else QtCore.QRectF())

    # -- Qt overrides and export --------------------------------------------------------------

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        rect = self._graph_rect
        if self._caption is not None:
            rect = rect.united(self._caption.sceneBoundingRect())
        rect = rect.adjusted(-20, -20, 20, 20)
        self.setSceneRect(rect)
        self.fitInView(rect, QtCore.Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > MAX_ZOOM:  # a small graph need not fill a big window
            self.setTransform(QtGui.QTransform.fromScale(MAX_ZOOM, MAX_ZOOM))
            self.centerOn(rect.center())

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        keys = QtCore.Qt.Key
        step = {keys.Key_Right: "forward", keys.Key_N: "forward", keys.Key_Left: "backward",
                keys.Key_P: "backward", keys.Key_Space: "next"}.get(event.key())
        if step is not None:
            self.stepRequested.emit(step)
        elif event.key() in (keys.Key_Home, keys.Key_R):
            self.resetRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mouseDoubleClickEvent(self, event: QtGui.QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        node_id = item.data(NODE) if item is not None else None
        if self._graph is not None and isinstance(node_id, int) and self._graph.nodes[node_id].kind == "input":
            self.inputEditRequested.emit(self._graph.nodes[node_id].label)
            return
        super().mouseDoubleClickEvent(event)

    def render_to(self, painter: QtGui.QPainter, target: QtCore.QRectF) -> None:
        """Draw the whole graph into ``target`` of any painter (an SVG generator, say)."""
        self.scene().render(painter, target, self.sceneRect(), QtCore.Qt.AspectRatioMode.KeepAspectRatio)
