"""Issue 9: every control has an accessible name and description; readouts and plots are text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from tests.ui.keyboard import accessible_text

OKABE_ITO = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
SOURCES = [p for folder in ("ui", "views") for p in (Path(__file__).parents[2] / "guicalc" / folder).glob("*.py")]


@pytest.fixture
def every_tab(qtbot, main_window):
    """The main window with the graph and surface tabs built, back on the curve."""
    main_window.show_graph()
    main_window.show_surface()
    main_window.show_curve()
    return main_window


def _internal(widget: QtWidgets.QWidget) -> bool:
    """Parts of a Qt widget that a screen reader reaches through their owner."""
    parent = widget.parentWidget()
    return (widget.focusProxy() is not None
            or isinstance(parent, QtWidgets.QTabBar)  # the tab bar's scroll buttons
            or any(isinstance(a, QtWidgets.QComboBox) and a.view() is widget
                   for a in (parent, parent.parentWidget() if parent else None)))


def _page(window, widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
    """The tab or dock a widget lives in: names must be told apart within one."""
    pages = [window.tabs.widget(i) for i in range(window.tabs.count())]
    pages += window.findChildren(QtWidgets.QDockWidget)
    while widget is not None and widget not in pages:
        widget = widget.parentWidget()
    return widget or window


def _controls(window) -> list[QtWidgets.QWidget]:
    return [w for w in window.findChildren(QtWidgets.QWidget)
            if w.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus and not _internal(w)]


def test_every_control_has_an_accessible_name_and_description(every_tab):
    controls = _controls(every_tab)
    assert len(controls) > 50  # every tab and dock was walked
    unnamed, undescribed, seen = [], [], {}
    for widget in controls:
        name, description = accessible_text(widget)
        label = f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"
        if not name.strip():
            unnamed.append(label)
        # A tab bar's tabs are its accessible children, each named by its title.
        if not description.strip() and not isinstance(widget, QtWidgets.QTabBar):
            undescribed.append(f"{label} {name!r}")
        seen.setdefault((id(_page(every_tab, widget)), name), []).append(label)
    assert unnamed == [], f"controls without an accessible name: {unnamed}"
    assert undescribed == [], f"controls without an accessible description: {undescribed}"
    twins = {name: labels for (_, name), labels in seen.items() if len(labels) > 1}
    assert twins == {}, f"controls of one panel with the same accessible name: {twins}"


def test_readouts_are_reachable_by_tab_and_read_as_text(qtbot, every_tab):
    panel = every_tab.two_variable_panel
    for label in (every_tab.point_panel.readout, panel.gradient_label, panel.directional_label):
        assert label.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
        assert label.textInteractionFlags() & QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
        name, description = accessible_text(label)
        assert name and description == label.text().replace("\n", "; ")
    assert "; ∇f = (2, 2)   |∇f| = 2.82843" in accessible_text(panel.gradient_label)[1]  # x0² + x1² at (1, 1)


def test_plot_descriptions_follow_the_point(qtbot, every_tab):
    view = every_tab.curve_view
    assert accessible_text(view) == ("Curve plot", "Curve of f(x) = 3x² − 4x with the tangent at x = 1, slope 2")
    every_tab.document.curve.x = 2.0
    assert accessible_text(view)[1] == "Curve of f(x) = 3x² − 4x with the tangent at x = 2, slope 8"
    every_tab.document.functions[0].text = "sqrt(x)"
    every_tab.document.curve.x = 0.0
    assert accessible_text(view)[1].startswith("Curve of f(x) = sqrt(x) (no derivative at x = 0: ")

    panel = every_tab.two_variable_panel
    panel.set_point(0.5, -2)
    field = accessible_text(panel.field_view)[1]
    assert field.startswith("Contours and −∇f arrows of f(x0, x1) = x0^2 + x1^2")
    assert "point (x0, x1) = (0.5, −2), f = 4.25" in field
    assert "point (x0, x1) = (0.5, −2), f = 4.25" in accessible_text(panel.surface_view)[1]


def _contrast_with_black(color: str) -> float:
    """WCAG contrast ratio of black text on ``color``."""
    def channel(c: int) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return (0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) + 0.05) / 0.05


def test_colours_are_okabe_ito_grey_or_pale_backgrounds():
    """Lines and marks use the Okabe–Ito palette (told apart with any colour vision); anything
    else must be a grey or a background pale enough for black text (contrast ≥ 7)."""
    found = {c.upper(): p.name for p in SOURCES for c in re.findall(r"#[0-9A-Fa-f]{6}\b", p.read_text())}
    assert len(found) > 15
    odd = {c: where for c, where in found.items()
           if c not in OKABE_ITO and len({c[1:3], c[3:5], c[5:7]}) > 1 and _contrast_with_black(c) < 7}
    assert odd == {}, f"colours outside Okabe–Ito, greys and pale backgrounds: {odd}"
    from guicalc.core.document import PALETTE

    assert set(PALETTE) <= OKABE_ITO
