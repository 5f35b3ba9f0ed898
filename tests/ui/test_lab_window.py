"""The autodiff lab in the window: Alt+4, and it follows the lesson's function."""

from __future__ import annotations

import pytest
from PySide6 import QtCore

from tests.ui.keyboard import press

Key = QtCore.Qt.Key


@pytest.fixture
def window(qtbot):
    from guicalc.core.document import Document
    from guicalc.ui import MainWindow

    window = MainWindow(Document())
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.history.setClean()
    window.close()
    window.deleteLater()


def test_alt_4_opens_the_lab_on_the_lessons_function(qtbot, window):
    # Hidden, the lab computes nothing: typing on the curve does not wait for it.
    assert window.view_widgets["lab"].table.rowCount() == 0
    press(qtbot, window, Key.Key_4, QtCore.Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.view_widgets["lab"]
    assert window.document.view.tab == "lab"
    assert "f′ = 6x − 4" in window.view_widgets["lab"].summary.text()
    edit = window.function_list.rows[0].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "x^3")
    qtbot.waitUntil(lambda: "f′ = 3x^2" in window.view_widgets["lab"].summary.text(), timeout=5000)
    assert window.current_figure() is window.view_widgets["lab"].table


def test_a_giant_function_is_refused_by_the_lab_in_words(qtbot, window):
    press(qtbot, window, Key.Key_4, QtCore.Qt.KeyboardModifier.AltModifier)
    window.view_widgets["lab"].set_expression(" + ".join(f"sin({k}x)*exp(x/{k})" for k in range(1, 40)))
    message = window.view_widgets["lab"].message
    assert message.isVisible() and "too large for the lab" in message.text()
