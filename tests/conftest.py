"""Shared fixtures: the main window, and mouse drags that QGraphicsView accepts."""

from __future__ import annotations

import pytest
from PySide6 import QtCore

from tests.traps import no_code_runs  # noqa: F401 - a fixture for tests/core and tests/ui

# pyqtgraph.opengl compiles its shaders once per process: every 3D view must share
# the first GL context, and Qt shares only if told before the QApplication exists.
QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


@pytest.fixture(autouse=True, scope="session")
def _isolated_settings(tmp_path_factory):
    """QSettings and standard paths of the tests never touch the user's."""
    from PySide6 import QtCore

    QtCore.QStandardPaths.setTestModeEnabled(True)
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope,
                             str(tmp_path_factory.mktemp("settings")))


@pytest.fixture
def main_window(qtbot):
    """A shown MainWindow with the default example; closed after the test."""
    from guicalc.ui import MainWindow

    window = MainWindow()
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Closed here, not by qtbot.addWidget (whose close comes first): a test's edits
    # are unsaved changes, and closing must not stop on that question.
    window.history.setClean()
    window.close()
    window.deleteLater()
