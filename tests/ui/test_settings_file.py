"""The settings: a JSON file of our own, read as hostile input (issue 22, §1).

PySide6 unpickles Python objects it finds in QSettings; guicalc used to read its
theme, language and recent files there, so a ``guicalc.conf`` holding a pickle ran
code at every start. The canary below is such a file, written by PySide6 itself: an
object whose unpickling calls ``os.system("touch canary")`` in every key the app
used to read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets

from guicalc import settings
from tests.test_app import run_app

OLD_KEYS = ("theme", "language", "recentFiles")


class _Canary:
    def __init__(self, path) -> None:
        self.path = str(path)

    def __reduce__(self):
        return os.system, (f"touch '{self.path}'",)


def _poison(conf: QtCore.QSettings, canary) -> None:
    for key in OLD_KEYS:
        conf.setValue(key, _Canary(canary))
    conf.sync()
    assert "PyObjectWrapper" in Path(conf.fileName()).read_text(encoding="latin-1")


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.setenv(settings.ENVIRONMENT, str(tmp_path / "config"))
    return tmp_path / "config"


def test_a_pickle_in_every_old_setting_runs_nothing_and_the_app_starts(tmp_path, config, monkeypatch, request):
    canary = tmp_path / "canary"
    conf = QtCore.QSettings(QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, "guicalc", "guicalc")
    _poison(conf, canary)
    request.addfinalizer(conf.clear)
    window = run_app([], monkeypatch, request)
    window.files.recent_menu.aboutToShow.emit()
    assert not canary.exists()
    assert window.theme_name == "light"
    assert [a.text() for a in window.files.recent_menu.actions()] == ["(none)"]
    assert window.findChild(QtCore.QObject, "language_system_Action").isChecked()


@pytest.mark.slow
def test_the_installed_app_never_reads_its_old_conf_file(tmp_path):
    """A new process with a poisoned ~/.config/guicalc/guicalc.conf where QSettings looks."""
    home = tmp_path / "home"
    conf_path = home / ".config" / "guicalc" / "guicalc.conf"
    canary = tmp_path / "canary"
    _poison(QtCore.QSettings(str(conf_path), QtCore.QSettings.Format.IniFormat), canary)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop(settings.ENVIRONMENT, None)
    result = subprocess.run([sys.executable, "-m", "guicalc", "--exit-when-ready"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "ready" in result.stdout
    assert not canary.exists()


@pytest.mark.parametrize(("content", "note"), [
    ("{not json", "not valid JSON"),
    ('{"format": "other", "theme": "dark"}', "not a guicalc settings file"),
    ('[1, 2]', "not a guicalc settings file"),
    ('{"format": "guicalc-settings", "version": 1, "theme": {"py/object": "os.system"}, "language": 7,'
     ' "recentFiles": 12}', "theme"),
    ('{"format": "guicalc-settings", "version": 1, "theme": "neon", "language": "xx", '
     '"recentFiles": ["a", 2]}', "theme"),
    ('{"format": "guicalc-settings", "version": 1, "recentFiles": [' + ",".join(['"a"'] * 100) + "]}", "recentFiles"),
    ("\xff\xfe garbage", "not valid JSON"),
    ('{"format": "guicalc-settings", "theme": 1e999}', "not valid JSON"),
    ('{"format": "guicalc-settings", "a": ' + "[" * 20_000 + "]" * 20_000 + "}", "not valid JSON"),
])
def test_an_invalid_settings_file_means_the_defaults_with_a_note(qtbot, config, capsys, content, note):
    config.mkdir()
    (config / "settings.json").write_bytes(content.encode("utf-8", "surrogateescape"))
    settings.notes.clear()
    from guicalc.ui import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.files.recent_menu.aboutToShow.emit()
    assert window.theme_name == "light"
    assert [a.text() for a in window.files.recent_menu.actions()] == ["(none)"]
    assert any(note in n for n in settings.notes)
    assert note in capsys.readouterr().err


def test_a_huge_settings_file_is_not_read(config):
    config.mkdir()
    (config / "settings.json").write_text('{"format": "guicalc-settings", "theme": "dark", "x": "'
                                          + "a" * 1_000_000 + '"}')
    assert settings.value("theme", lambda v, w: v, "light") == "light"


def test_settings_are_written_atomically_as_json_and_read_back(qtbot, config):
    from guicalc.ui import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_theme("projector")
    stored = json.loads((config / "settings.json").read_text())
    assert stored == {"format": "guicalc-settings", "version": 1, "theme": "projector"}
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.theme_name == "projector"


def test_an_unwritable_settings_folder_keeps_the_window_working(qtbot, tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv(settings.ENVIRONMENT, str(blocked / "config"))
    settings.notes.clear()
    from guicalc.ui import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_theme("dark")
    assert window.theme_name == "dark"
    assert any("cannot write" in n for n in settings.notes)
    assert not QtWidgets.QApplication.instance().closingDown()
