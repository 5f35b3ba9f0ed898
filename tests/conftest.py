"""Shared fixtures: the main window, and mouse drags that QGraphicsView accepts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore

from tests.traps import no_code_runs  # noqa: F401 - a fixture for tests/core and tests/ui

ROOT = Path(__file__).resolve().parents[1]

# pyqtgraph.opengl compiles its shaders once per process: every 3D view must share
# the first GL context, and Qt shares only if told before the QApplication exists.
QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


@pytest.fixture(autouse=True, scope="session")
def _isolated_settings(tmp_path_factory):
    """Settings and standard paths of the tests never touch the user's."""
    import os

    from PySide6 import QtCore

    from guicalc import settings

    os.environ[settings.ENVIRONMENT] = str(tmp_path_factory.mktemp("config"))  # inherited by the app's processes
    QtCore.QStandardPaths.setTestModeEnabled(True)
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope,
                             str(tmp_path_factory.mktemp("settings")))


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path_factory, monkeypatch):
    """Each test starts from the defaults: no recent files, theme or note left by the one before.

    In one session's shared file, a test's saved lessons filled the next tests' Open Recent
    menu and an unwritable folder's note reached every later status line (CI, 2026-12-03).
    """
    from guicalc import settings

    monkeypatch.setenv(settings.ENVIRONMENT, str(tmp_path_factory.mktemp("config")))
    monkeypatch.setattr(settings, "notes", [])


def shown_window(qtbot):
    from guicalc.ui import MainWindow

    window = MainWindow()
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window) -> None:
    # Closed here, not by qtbot.addWidget (whose close comes first): a test's edits
    # are unsaved changes, and closing must not stop on that question.
    window.history.setClean()
    window.close()
    window.deleteLater()


@pytest.fixture
def main_window(qtbot):
    """A shown MainWindow with the default example; closed after the test."""
    window = shown_window(qtbot)
    yield window
    close_window(window)


@pytest.fixture(scope="session")
def built_translations() -> None:
    """The .qm files, compiled from the .ts sources as the build does."""
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "build"], check=True)


@pytest.fixture
def language(qapp, built_translations):
    """``language(code)`` switches the application's translations and font; English after."""
    from guicalc import i18n

    switcher = i18n.InterfaceLanguage(qapp)

    def switch(code: str) -> None:
        assert switcher.apply(code), f"guicalc_{code}.qm did not load"

    yield switch
    switcher.reset()
    switcher.deleteLater()


@pytest.fixture
def window_in(qtbot, language):
    """``window_in(code)``: a shown MainWindow built in that language; closed after the test."""
    windows = []

    def build(code: str):
        language(code)
        windows.append(shown_window(qtbot))
        return windows[-1]

    yield build
    for window in windows:
        close_window(window)
