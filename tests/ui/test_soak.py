"""Hours of use (issue 8): 1 000 expression edits and 10 000 point moves through the real
widgets grow memory by less than 50 MB and leave the number of plot items unchanged.

The figures are printed (``pytest -s``) and recorded as test properties. The event loop
runs every few steps, as it would between a user's actions, not after each one.
"""

from __future__ import annotations

import gc
import os
import time

import pytest
from PySide6 import QtCore, QtWidgets

EDITS = 1000
MOVES = 10_000
MAX_GROWTH_MB = 50
EXPRESSIONS = ("{k}x^2 - 4x", "sin({k}x) + x", "sigmoid(x - {k})", "x^3 - {k}/x", "e^(-x^2/{k})",
               "|x - {k}| + 1", "ln(x^2 + {k})", "tanh({k}x) * x", "a*x^2 + {k}")


def _rss_mb() -> float:
    """Resident memory of this process, after a full collection."""
    gc.collect()
    with open("/proc/self/statm") as f:
        resident_pages = int(f.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _item_counts(window) -> dict[str, int]:
    """Everything a leak of plot items would show in."""
    curve_plot = window.curve_view.getPlotItem()
    error_view = window.limit_panel.error_view
    return {
        "curve plot items": len(curve_plot.items),
        "curve view box children": len(curve_plot.getViewBox().addedItems),
        "curve scene items": len(window.curve_view.scene().items()),
        "legend entries": len(window.curve_view.legend.items),
        "error plot items": len(error_view.getPlotItem().items),
        "error scene items": len(error_view.scene().items()),
        "graph scene items": len(window.graph_panel.view.scene().items()),
        "limit table rows": window.findChild(QtWidgets.QTableWidget, "limitTable").rowCount(),
    }


def _edit(qtbot, edit: QtWidgets.QLineEdit, i: int) -> None:
    """A new expression in the field: typed in full every tenth time, else pasted
    (typing parses every prefix: ten times the work for the same session)."""
    text = EXPRESSIONS[i % len(EXPRESSIONS)].format(k=i % 97 + 1)
    if i % 10:
        edit.setText(text)
    else:
        edit.clear()
        qtbot.keyClicks(edit, text)


def _session(qtbot, window, edits: int, moves: int) -> None:
    """``edits`` edits, each followed by its share of ``moves`` point moves (spin box
    and arrow keys on the plot, alternately)."""
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    spin = window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin")
    view = window.curve_view
    per_edit = moves // edits
    for i in range(edits):
        _edit(qtbot, edit, i)
        for j in range(per_edit):
            if j % 2:
                spin.setValue(round(-1 + (i * per_edit + j) % 400 / 100, 2))
            else:
                qtbot.keyClick(view, QtCore.Qt.Key.Key_Right if (i + j) % 4 else QtCore.Qt.Key.Key_Left)
        if i % 5 == 0:
            qtbot.wait(1)  # the event loop now and then: repaints, coalesced updates, deferred deletes
    edit.setText(EXPRESSIONS[0].format(k=3))  # the same function as before the session
    spin.setValue(1.0)
    qtbot.wait(20)


@pytest.mark.slow  # a minute of edits and moves
def test_hours_of_use_grow_memory_little_and_leak_no_plot_items(qtbot, main_window, record_property):
    window = main_window
    _session(qtbot, window, 100, 1000)  # warm up: caches, lazy imports, first paints
    items_before = _item_counts(window)
    rss_before = _rss_mb()
    started = time.perf_counter()

    _session(qtbot, window, EDITS, MOVES)

    seconds = time.perf_counter() - started
    rss_after = _rss_mb()
    items_after = _item_counts(window)
    growth = rss_after - rss_before
    for name, value in (("edits", EDITS), ("point_moves", MOVES), ("seconds", round(seconds, 1)),
                        ("rss_before_mb", round(rss_before, 1)), ("rss_after_mb", round(rss_after, 1)),
                        ("rss_growth_mb", round(growth, 1))):
        record_property(name, value)
    print(f"\nsoak: {EDITS} edits and {MOVES} point moves in {seconds:.1f} s; RSS {rss_before:.1f} → "
          f"{rss_after:.1f} MB (growth {growth:+.1f} MB); items {items_after}")
    assert growth < MAX_GROWTH_MB
    assert items_after == items_before
    assert "slope f′(1) = 2" in window.findChild(QtWidgets.QLabel, "tangentReadout").text()
