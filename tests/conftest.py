"""Shared fixtures: the main window, and mouse drags that QGraphicsView accepts."""

from __future__ import annotations

import pytest


@pytest.fixture
def main_window(qtbot):
    """A shown MainWindow with the default example; closed after the test."""
    from guicalc.ui import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
