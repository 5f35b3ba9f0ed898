"""A paint engine that writes plain, portable SVG 1.1.

Qt's ``QSvgGenerator`` writes pyqtgraph's lines in data coordinates under a
stretched ``transform`` with ``vector-effect="non-scaling-stroke"``: librsvg,
resvg and CairoSVG ignore the vector effect and draw every line as a band. Here
every path, line and piece of text is mapped through the painter's transform
into the figure's own pixel space, strokes get their width in those pixels,
clips are applied to the geometry (no ``clipPath``, which some viewers drop),
text is ``<text>`` with a CSS font list ending in a generic family, and images
become rectangles (``raster_rects``): the file means the same to every viewer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from xml.sax.saxutils import escape

import numpy as np
from PySide6 import QtCore, QtGui

from guicalc.core.clipping import clip_polyline_rect
from guicalc.export.raster_rects import image_rects
from guicalc.i18n import CJK_FONTS

LATIN, DEFAULT_CJK = "'DejaVu Sans'", "Noto Sans CJK KR"
FONT_FAMILIES = f"{LATIN}, '{DEFAULT_CJK}', 'Noto Sans CJK SC', sans-serif"
"""Qt's "Sans Serif" is an alias only Qt knows; this list ends in a family every viewer has."""
_CJK_FAMILIES = {family for families in CJK_FONTS.values() for family in families}
DPI = 96
Flag = QtGui.QPaintEngine.DirtyFlag
_TRANSFORM, _PEN, _BRUSH, _OPACITY, _HINTS = (Flag.DirtyTransform.value, Flag.DirtyPen.value, Flag.DirtyBrush.value,
                                              Flag.DirtyOpacity.value, Flag.DirtyHints.value)
_CLIP_ENABLED, _CLIP_REGION, _CLIP_PATH = (Flag.DirtyClipEnabled.value, Flag.DirtyClipRegion.value,
                                           Flag.DirtyClipPath.value)
Element = QtGui.QPainterPath.ElementType
_CAPS = {QtCore.Qt.PenCapStyle.FlatCap: "butt", QtCore.Qt.PenCapStyle.RoundCap: "round",
         QtCore.Qt.PenCapStyle.SquareCap: "square"}
_JOINS = {QtCore.Qt.PenJoinStyle.RoundJoin: "round", QtCore.Qt.PenJoinStyle.BevelJoin: "bevel"}


def _number(value: float) -> str:
    """Two decimals of a pixel at most: the file stays small and nobody sees the rest."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _color(color: QtGui.QColor, what: str) -> str:
    """``fill="#rrggbb"`` (and its opacity when not opaque)."""
    text = f'{what}="{color.name()}"'
    if color.alpha() < 255:
        text += f' {what}-opacity="{_number(color.alphaF())}"'
    return text


def _polyline_d(xs: np.ndarray, ys: np.ndarray) -> str:
    """``M x y L x y …`` for points with NaN breaks, to a tenth of a pixel. A point that rounds
    to the one before is left out, and a break followed by the point the line stopped at is
    no break (pyqtgraph draws wide curves as separate segments)."""
    rounded = np.round(np.column_stack([xs, ys]), 1)
    parts: list[str] = []
    pen_down = False
    last: tuple[float, float] | None = None
    for x, y in rounded.tolist():
        if not (math.isfinite(x) and math.isfinite(y)):
            pen_down = False
            continue
        if (x, y) == last:
            pen_down = True
            continue
        parts.append(("L" if pen_down else "M") + f"{_number(x)} {_number(y)}")
        pen_down, last = True, (x, y)
    return "".join(parts)


def _path_d(path: QtGui.QPainterPath) -> str:
    """A path already in figure pixels, curves kept as cubic Béziers; a move to where the
    path already is is left out."""
    parts: list[str] = []
    i, n = 0, path.elementCount()
    here: tuple[str, str] | None = None
    while i < n:
        e = path.elementAt(i)
        point = (_number(e.x), _number(e.y))
        if e.type == Element.MoveToElement:
            if point != here:
                parts.append(f"M{point[0]} {point[1]}")
        elif e.type == Element.LineToElement:
            parts.append(f"L{point[0]} {point[1]}")
        elif e.type == Element.CurveToElement:
            c1, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{point[0]} {point[1]} {_number(c1.x)} {_number(c1.y)} "
                         f"{_number(end.x)} {_number(end.y)}")
            point = (_number(end.x), _number(end.y))
            i += 2
        here = point
        i += 1
    return "".join(parts)


def _family_for(font: QtGui.QFont) -> str:
    """A ``font-family`` for text whose font puts a CJK family first (the interface in
    Chinese): Han characters drawn in a Korean font get the wrong regional shapes."""
    families = font.families() or [font.family()]
    cjk = next((f for f in families if f in _CJK_FAMILIES), None)
    if cjk is None or cjk == DEFAULT_CJK:
        return ""
    return f' font-family="{escape(f"{LATIN}, {cjk!r}, sans-serif")}"'


def _snapped(path: QtGui.QPainterPath) -> QtGui.QPainterPath:
    """``path`` with every point moved to the centre of the pixel it falls in."""
    path = QtGui.QPainterPath(path)
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        path.setElementPositionAt(i, math.floor(e.x) + 0.5, math.floor(e.y) + 0.5)
    return path


def _brush_color(brush: QtGui.QBrush) -> QtGui.QColor:
    """A gradient (a style's header, a button) as the mean of its stops: near enough for a figure."""
    gradient = brush.gradient()
    if gradient is None or not gradient.stops():
        return brush.color()
    colors = [QtGui.QColor(color) for _, color in gradient.stops()]
    mean = [sum(getattr(c, part)() for c in colors) / len(colors) for part in ("redF", "greenF", "blueF", "alphaF")]
    return QtGui.QColor.fromRgbF(*mean)


class SvgPaintEngine(QtGui.QPaintEngine):
    """Collects what a QPainter draws as SVG elements in device (figure pixel) coordinates."""

    def __init__(self) -> None:
        super().__init__(QtGui.QPaintEngine.PaintEngineFeature.AllFeatures)
        self.elements: list[str] = []
        self._transform = QtGui.QTransform()
        self._pen = QtGui.QPen()
        self._brush = QtGui.QBrush()
        self._opacity = 1.0
        self._clip: QtGui.QPainterPath | None = None
        self._clip_enabled = True
        self._antialiased = True
        self._stroke_cache: str | None = None
        self._bounds = QtCore.QRectF()

    # QPaintEngine's interface
    def begin(self, device: QtGui.QPaintDevice) -> bool:
        margin = 16.0
        self._bounds = QtCore.QRectF(-margin, -margin, device.width() + 2 * margin, device.height() + 2 * margin)
        return True

    def end(self) -> bool:
        return True

    def type(self) -> QtGui.QPaintEngine.Type:
        return QtGui.QPaintEngine.Type.User

    def updateState(self, state: QtGui.QPaintEngineState) -> None:
        flags = state.state().value  # plain ints: enum arithmetic costs more than the drawing
        if flags & _TRANSFORM:
            self._transform = state.transform()
        if flags & _PEN:
            self._pen = state.pen()
        if flags & _BRUSH:
            self._brush = state.brush()
        if flags & _OPACITY:
            self._opacity = state.opacity()
        if flags & (_TRANSFORM | _PEN | _OPACITY):
            self._stroke_cache = None
        if flags & _HINTS:
            self._antialiased = bool(state.renderHints() & QtGui.QPainter.RenderHint.Antialiasing)
        if flags & _CLIP_ENABLED:
            self._clip_enabled = state.isClipEnabled()
        if flags & _CLIP_REGION:
            path = QtGui.QPainterPath()
            path.addRegion(state.clipRegion())
            self._set_clip(path, state.clipOperation())
        if flags & _CLIP_PATH:
            self._set_clip(state.clipPath(), state.clipOperation())

    def drawPath(self, path: QtGui.QPainterPath) -> None:
        self._draw(path, fill=True)

    def drawPolygon(self, points: Iterable[QtCore.QPointF], mode: QtGui.QPaintEngine.PolygonDrawMode) -> None:
        if mode != QtGui.QPaintEngine.PolygonDrawMode.PolylineMode and self._polygon_inside(points):
            return
        path = QtGui.QPainterPath()
        path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(p) for p in points]))
        polyline = mode == QtGui.QPaintEngine.PolygonDrawMode.PolylineMode
        if not polyline:
            path.closeSubpath()
            if mode == QtGui.QPaintEngine.PolygonDrawMode.WindingMode:
                path.setFillRule(QtCore.Qt.FillRule.WindingFill)
        self._draw(path, fill=not polyline)

    def _polygon_inside(self, points: Iterable[QtCore.QPointF]) -> bool:
        """A filled polygon wholly inside the clip under an affine transform (the 3D mesh's
        thousands of faces) written straight from its points; False: not this case, nothing done."""
        t = self._transform
        if t.isRotating() or t.type() == QtGui.QTransform.TransformationType.TxProject:
            return False
        xy = np.array([(p.x(), p.y()) for p in points], dtype=float).reshape(-1, 2)
        xs, ys = t.m11() * xy[:, 0] + t.dx(), t.m22() * xy[:, 1] + t.dy()
        width = self._stroke_width()
        clip = self._clip_rect()
        if not clip.contains(QtCore.QRectF(
                QtCore.QPointF(xs.min() - width, ys.min() - width), QtCore.QPointF(xs.max() + width,
                                                                                  ys.max() + width))):
            return False
        stroked = self._pen.style() != QtCore.Qt.PenStyle.NoPen
        if stroked and self._aliased_snap():
            xs, ys = np.floor(xs) + 0.5, np.floor(ys) + 0.5
        d = "M" + "L".join(f"{_number(x)} {_number(y)}" for x, y in zip(xs.tolist(), ys.tolist(), strict=True)) + "Z"
        attributes = []
        if self._brush.style() != QtCore.Qt.BrushStyle.NoBrush:
            color = self._faded(_brush_color(self._brush))
            if color.alpha():
                attributes.append(_color(color, "fill"))
        if stroked and self._stroke_attributes():
            attributes.append(self._stroke_attributes().removeprefix('fill="none" ') if attributes
                              else self._stroke_attributes())
        if attributes:
            self.elements.append(f'<path d="{d}" {" ".join(attributes)}/>')
        return True

    def drawLines(self, lines: Iterable[QtCore.QLineF | QtCore.QLine]) -> None:
        path = QtGui.QPainterPath()
        for line in lines:
            path.moveTo(QtCore.QPointF(line.p1()))
            path.lineTo(QtCore.QPointF(line.p2()))
        self._draw(path, fill=False)

    def drawTextItem(self, point: QtCore.QPointF, item: QtGui.QTextItem) -> None:
        text = item.text()
        if not text.strip() or self._pen.style() == QtCore.Qt.PenStyle.NoPen:
            return
        font = item.font()
        metrics = QtGui.QFontMetricsF(font)
        box = self._transform.mapRect(QtCore.QRectF(point.x(), point.y() - metrics.ascent(),
                                                    metrics.horizontalAdvance(text), metrics.height()))
        clip = self._clip_rect()
        if not clip.intersects(box):
            return  # scrolled or panned out of sight
        size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * DPI / 72
        t = self._transform
        scale = math.sqrt(abs(t.determinant())) or 1.0
        anchor = t.map(QtCore.QPointF(point))
        angle = math.degrees(math.atan2(t.m12(), t.m11()))
        place = (f'x="{_number(anchor.x())}" y="{_number(anchor.y())}"' if abs(angle) < 0.01 else
                 f'transform="translate({_number(anchor.x())} {_number(anchor.y())}) rotate({_number(angle)})"')
        style = _family_for(font)
        if font.bold() or font.weight() >= QtGui.QFont.Weight.DemiBold:
            style += ' font-weight="bold"'
        if font.italic():
            style += ' font-style="italic"'
        color = self._faded(self._pen.color())
        self.elements.append(f'<text {place} font-size="{_number(size * scale)}"{style} {_color(color, "fill")}'
                             f' xml:space="preserve">{escape(text)}</text>')

    def drawPixmap(self, rect: QtCore.QRectF, pixmap: QtGui.QPixmap, source: QtCore.QRectF) -> None:
        self.drawImage(rect, pixmap.toImage(), source)

    def drawImage(self, rect: QtCore.QRectF, image: QtGui.QImage, source: QtCore.QRectF,
                  flags: QtCore.Qt.ImageConversionFlag = QtCore.Qt.ImageConversionFlag.AutoColor) -> None:
        """An image as rectangles of its colours, each mapped like any filled path."""
        t = self._transform
        overlap = 0.5 / (math.sqrt(abs(t.determinant())) or 1.0)  # half a figure pixel
        straight = not t.isRotating() and t.type() != QtGui.QTransform.TransformationType.TxProject
        clip = self._clip_rect()
        for target, color in image_rects(image, QtCore.QRectF(rect), QtCore.QRectF(source), overlap):
            if not straight:
                path = QtGui.QPainterPath()
                path.addRect(target)
                self._fill(t.map(path), color)
                continue
            box = t.mapRect(target)
            box = box.intersected(clip)
            color = self._faded(color)
            if box.isEmpty() or not color.alpha():
                continue
            self.elements.append(f'<rect x="{_number(box.x())}" y="{_number(box.y())}" '
                                 f'width="{_number(box.width())}" height="{_number(box.height())}" '
                                 f'{_color(color, "fill")}/>')

    def drawTiledPixmap(self, rect: QtCore.QRectF, pixmap: QtGui.QPixmap, point: QtCore.QPointF) -> None:
        self.drawImage(rect, pixmap.toImage(), QtCore.QRectF(QtCore.QPointF(point), rect.size()))

    # drawing
    def _set_clip(self, path: QtGui.QPainterPath, operation: QtCore.Qt.ClipOperation) -> None:
        mapped = self._transform.map(path)  # the clip is given in the coordinates of its time
        if operation == QtCore.Qt.ClipOperation.NoClip:
            self._clip = None
        elif operation == QtCore.Qt.ClipOperation.IntersectClip and self._clip is not None:
            self._clip = self._clip.intersected(mapped)
        else:
            self._clip = mapped

    def _clip_path(self) -> QtGui.QPainterPath:
        """The clip, or the figure itself (a little beyond): nothing far outside, nothing
        infinite, ever reaches the file."""
        if self._clip_enabled and self._clip is not None:
            return self._clip
        path = QtGui.QPainterPath()
        path.addRect(self._bounds)
        return path

    def _clip_rect(self) -> QtCore.QRectF:
        if self._clip_enabled and self._clip is not None:
            return self._clip.boundingRect()
        return self._bounds

    def _draw(self, path: QtGui.QPainterPath, fill: bool) -> None:
        filled = fill and self._brush.style() != QtCore.Qt.BrushStyle.NoBrush
        stroked = self._pen.style() != QtCore.Qt.PenStyle.NoPen
        mapped = self._transform.map(path)
        width = self._stroke_width()
        clip = self._clip_rect()
        inside = clip.contains(mapped.boundingRect().adjusted(-width, -width, width, width))
        if stroked and self._aliased_snap():
            mapped = _snapped(mapped)
        if filled and stroked and inside:  # one element, curves kept
            fill_color = self._faded(_brush_color(self._brush))
            stroke = self._stroke_attributes().removeprefix('fill="none" ')
            if fill_color.alpha() and stroke:
                rule = ' fill-rule="evenodd"' if mapped.fillRule() == QtCore.Qt.FillRule.OddEvenFill else ""
                self.elements.append(f'<path d="{_path_d(mapped)}" {_color(fill_color, "fill")}{rule} '
                                     f"{stroke}/>")
                return
        if filled:
            self._fill(mapped, _brush_color(self._brush))
        if stroked:
            self._stroke(path, mapped if inside else None)

    def _aliased_snap(self) -> bool:
        """Qt draws an aliased odd-width line through the pixels whose row (column) its
        coordinate falls in; an SVG viewer antialiases: put the line on those pixels' centres."""
        return not self._antialiased and round(self._stroke_width()) % 2 == 1

    def _faded(self, color: QtGui.QColor) -> QtGui.QColor:
        if self._opacity >= 1:
            return color
        color = QtGui.QColor(color)
        color.setAlphaF(color.alphaF() * self._opacity)
        return color

    def _stroke_width(self) -> float:
        width = self._pen.widthF() or 1.0
        if not self._pen.isCosmetic():
            width *= math.sqrt(abs(self._transform.determinant()))
        return width

    def _fill(self, mapped: QtGui.QPainterPath, color: QtGui.QColor) -> None:
        clip = self._clip_path()
        if not clip.boundingRect().contains(mapped.boundingRect()):
            mapped = mapped.intersected(clip)
        color = self._faded(color)
        if mapped.isEmpty() or color.alpha() == 0:
            return
        rule = ' fill-rule="evenodd"' if mapped.fillRule() == QtCore.Qt.FillRule.OddEvenFill else ""
        self.elements.append(f'<path d="{_path_d(mapped)}" {_color(color, "fill")}{rule}/>')

    def _stroke(self, path: QtGui.QPainterPath, mapped: QtGui.QPainterPath | None) -> None:
        """The outline of ``path``; ``mapped``: the path in figure pixels when it needs no clipping."""
        attributes = self._stroke_attributes()
        if not attributes:
            return
        if mapped is not None:
            d = _path_d(mapped)
        else:
            polygons = [np.array([(p.x(), p.y()) for p in polygon], dtype=float).reshape(-1, 2)
                        for polygon in path.toSubpathPolygons(self._transform)]
            if not polygons:
                return
            gap = np.full((1, 2), np.nan)
            points = np.concatenate([part for polygon in polygons for part in (polygon, gap)])
            if self._aliased_snap():
                points = np.floor(points) + 0.5
            width = self._stroke_width()
            grown = self._clip_rect().adjusted(-width / 2, -width / 2, width / 2, width / 2)
            d = _polyline_d(*clip_polyline_rect(points[:, 0], points[:, 1], grown.left(), grown.top(),
                                                grown.right(), grown.bottom()))
        if d:
            self.elements.append(f'<path d="{d}" {attributes}/>')

    def _stroke_attributes(self) -> str:
        """fill="none", the stroke's colour, width in figure pixels, caps, joins and dashes ("" if unseen)."""
        if self._stroke_cache is None:
            self._stroke_cache = self._pen_attributes()
        return self._stroke_cache

    def _pen_attributes(self) -> str:
        pen = self._pen
        color = self._faded(pen.color())
        if color.alpha() == 0:
            return ""
        width = self._stroke_width()
        attributes = f'fill="none" {_color(color, "stroke")} stroke-width="{_number(width)}"'
        cap = _CAPS.get(pen.capStyle(), "butt")
        if cap != "butt":
            attributes += f' stroke-linecap="{cap}"'
        join = _JOINS.get(pen.joinStyle())
        attributes += f' stroke-linejoin="{join}"' if join else ' stroke-miterlimit="2"'
        if pen.style() != QtCore.Qt.PenStyle.SolidLine:
            dashes = [max(d * width, 0.01) for d in pen.dashPattern()]
            if dashes:
                attributes += f' stroke-dasharray="{" ".join(_number(d) for d in dashes)}"'
        return attributes


class SvgDevice(QtGui.QPaintDevice):
    """A paint device of ``width`` × ``height`` figure pixels at 96 dpi, painted by ``SvgPaintEngine``."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self._pixels = (width, height)
        self.engine = SvgPaintEngine()

    def paintEngine(self) -> QtGui.QPaintEngine:
        return self.engine

    def metric(self, metric: QtGui.QPaintDevice.PaintDeviceMetric) -> int:
        m = QtGui.QPaintDevice.PaintDeviceMetric
        width, height = self._pixels
        values = {m.PdmWidth: width, m.PdmHeight: height,
                  m.PdmWidthMM: round(width * 25.4 / DPI), m.PdmHeightMM: round(height * 25.4 / DPI),
                  m.PdmDpiX: DPI, m.PdmDpiY: DPI, m.PdmPhysicalDpiX: DPI, m.PdmPhysicalDpiY: DPI,
                  m.PdmDepth: 32, m.PdmNumColors: 2**31 - 1, m.PdmDevicePixelRatio: 1,
                  m.PdmDevicePixelRatioScaled: 65536}
        return values.get(metric, 0)


def svg_document(paint: Callable[[QtGui.QPainter], None], size: QtCore.QSize, shown: tuple[int, int],
                 title: str, description: str) -> bytes:
    """What ``paint`` draws on a ``size`` figure, as an SVG document ``shown`` pixels large
    (the viewBox is the figure's pixels, so any shown size scales the whole figure)."""
    device = SvgDevice(size.width(), size.height())
    painter = QtGui.QPainter(device)
    try:
        paint(painter)
    finally:
        painter.end()
    width, height = size.width(), size.height()
    head = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{shown[0]}" height="{shown[1]}" '
            f'viewBox="0 0 {width} {height}">\n'
            f"<title>{escape(title)}</title>\n<desc>{escape(description)}</desc>\n"
            f'<g font-family="{FONT_FAMILIES}" stroke-linejoin="miter">\n')
    return (head + "\n".join(device.engine.elements) + "\n</g>\n</svg>\n").encode("utf-8")
