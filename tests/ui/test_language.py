"""The interface language: the system's, or the one chosen in View → Language, kept for
the next start (the running window says so and stays as it is)."""

from __future__ import annotations

import json

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc import i18n, settings
from tests.test_app import run_app


@pytest.fixture
def saved_language():
    """Restores the stored choice after the test."""
    yield
    settings.remove(i18n.SETTING)


@pytest.mark.parametrize(("locale", "expected"), [
    ("ko_KR", "ko"), ("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_US", "en"), ("de_DE", "en"),
])
def test_the_system_language_follows_the_locale(locale, expected):
    assert i18n.resolve(i18n.SYSTEM, QtCore.QLocale(locale)) == expected
    assert i18n.resolve("ko", QtCore.QLocale(locale)) == "ko"  # a choice wins over the system


def test_the_language_menu_keeps_the_choice_and_says_it_applies_at_the_next_start(main_window, saved_language):
    menu = main_window.findChild(QtWidgets.QMenu, "languageMenu")
    note = menu.actions()[0]
    assert not note.isEnabled() and note.text() == "Takes effect when guicalc starts again"
    assert [a.text() for a in main_window.language_actions.actions()] == [
        "System language", "English", "한국어", "简体中文"]
    main_window.findChild(QtGui.QAction, "language_zh_CN_Action").trigger()
    assert json.loads(settings.path().read_text())[i18n.SETTING] == "zh_CN"
    assert main_window.statusBar().currentMessage() == \
        "The interface will be in 简体中文 when guicalc starts again."
    assert main_window.file_menu.title() == "&File"  # honest: nothing changed yet
    assert main_window.findChild(QtGui.QAction, "language_zh_CN_Action").isChecked()


def test_the_saved_language_is_used_at_the_next_start(monkeypatch, request, qapp, saved_language,
                                                      built_translations):
    settings.set_value(i18n.SETTING, "ko")
    request.addfinalizer(lambda: [language.reset() for language in qapp.findChildren(i18n.InterfaceLanguage)])
    window = run_app([], monkeypatch, request)
    assert window.file_menu.title() == "파일(&F)"
    assert window.tabs.tabText(0) == "곡선"
    assert "기울기 f′(1) = 2" in window.point_panel.readout.text()
    assert QtWidgets.QApplication.font().families()[0] == i18n.cjk_family("ko")
    assert window.findChild(QtGui.QAction, "language_ko_Action").isChecked()
