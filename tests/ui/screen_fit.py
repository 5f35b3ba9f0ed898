"""What a projector's screen shows of the window: widgets outside it, readouts cut short."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

PROJECTORS = ((1280, 720), (1024, 768))


def tab_names() -> list[str]:
    """Every registered view kind: each is a tab that must fit."""
    from guicalc.core.view_kinds import view_kinds

    return [kind.name for kind in view_kinds()]


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


TEXT_WIDGETS = (QtWidgets.QLabel, QtWidgets.QAbstractButton, QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox,
                QtWidgets.QLineEdit, QtWidgets.QTabBar, QtWidgets.QHeaderView, QtWidgets.QGroupBox,
                QtWidgets.QAbstractItemView, QtWidgets.QMenuBar, QtWidgets.QStatusBar)


def _css_pixels(size: str | None, fallback: QtGui.QFont) -> int:
    """A pyqtgraph LabelItem's CSS size ("24px", "13pt") in pixels."""
    if not size:
        return QtGui.QFontInfo(fallback).pixelSize()
    if size.endswith("px"):
        return round(float(size[:-2]))
    font = QtGui.QFont(fallback)
    font.setPointSizeF(float(size[:-2]))
    return QtGui.QFontInfo(font).pixelSize()


def text_sizes(window: QtWidgets.QWidget) -> list[tuple[int, str]]:
    """(pixel size, what) of every visible text: widgets, plot ticks, axis titles, plot
    titles, legends, annotations and the 3D view's labels."""
    import pyqtgraph as pg

    from guicalc.views.surface_painting import label_font

    sizes = []
    widgets = [w for w in window.findChildren(QtWidgets.QWidget) if w.isVisible() and w.window() is window]
    for widget in widgets:
        if isinstance(widget, TEXT_WIDGETS) and not (isinstance(widget, QtWidgets.QLabel) and not widget.text()):
            sizes.append((QtGui.QFontInfo(widget.font()).pixelSize(), f"{type(widget).__name__} {widget.objectName()}"))
        if isinstance(widget, pg.PlotWidget):
            item, name = widget.getPlotItem(), widget.objectName()
            for side in ("bottom", "left"):
                axis = item.getAxis(side)
                tick = axis.style["tickFont"] or widget.font()
                sizes.append((QtGui.QFontInfo(tick).pixelSize(), f"{name} {side} ticks"))
                if axis.label.isVisible() and axis.labelText:
                    sizes.append((_css_pixels(axis.labelStyle.get("font-size"), widget.font()), f"{name} {side} title"))
            if item.titleLabel.text:
                sizes.append((_css_pixels(item.titleLabel.opts.get("size"), widget.font()), f"{name} title"))
            if item.legend is not None:
                sizes += [(_css_pixels(label.opts.get("size"), widget.font()), f"{name} legend {label.text}")
                          for _, label in item.legend.items]
            for child in item.items:
                texts = [child] if isinstance(child, pg.TextItem) else []
                texts += [child.label] if isinstance(child, pg.InfiniteLine) and getattr(child, "label", None) else []
                sizes += [(QtGui.QFontInfo(text.textItem.font()).pixelSize(), f"{name} {text.toPlainText()!r}")
                          for text in texts if text.isVisible() and text.toPlainText()]
        if widget.objectName() == "surfaceGL":
            sizes.append((QtGui.QFontInfo(label_font(False)).pixelSize(), "3D tick labels"))
    return sizes


def cut_cells(table: QtWidgets.QTableWidget) -> list[str]:
    """Cells whose text is wider or taller than the cell."""
    metrics = QtGui.QFontMetrics(table.font())
    bad = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            text = item.text() if item is not None else ""
            if not text:
                continue
            rect = table.visualRect(table.model().index(row, column))
            # The style's cell margin: 3 px a side in Fusion, as Qt's own resize-to-contents leaves.
            if metrics.horizontalAdvance(text) + 6 > rect.width() or metrics.height() > rect.height():
                bad.append(f"{text!r} in {rect.width()}×{rect.height()}")
    return bad
