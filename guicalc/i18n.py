"""The interface language: Qt translators, the saved choice, and a font that has the glyphs.

Strings of the window go through ``translate("Context", "text")`` (the context is
written out, not taken from ``self.tr``, whose context in PySide6 is the runtime
class name and so misses in subclasses). Sentences of the Qt-free core arrive as
:class:`guicalc.core.messages.Message` and are said again by :func:`translated`.
The language follows the system unless the View → Language menu chose one; the
choice is stored in guicalc.settings and applied at the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui

from guicalc import settings
from guicalc.core.messages import Message
from guicalc.core.readers import choice
from guicalc.resources import resource_path

if TYPE_CHECKING:  # parse brings sympy, which the window's first paint does without
    from guicalc.core.parse import ParseError

translate = QtCore.QCoreApplication.translate

SYSTEM = "system"
# Language code → its name in itself (the menu shows each in its own script).
LANGUAGES = {"en": "English", "ko": "한국어", "zh_CN": "简体中文"}
SETTING = "language"
# Families that hold the Hangul or simplified Han glyphs, best first; the first one
# installed is put ahead of the default font (Debian: fonts-noto-cjk).
CJK_FONTS = {
    "ko": ("Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "NanumGothic", "UnDotum",
           "WenQuanYi Micro Hei"),
    "zh_CN": ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
              "WenQuanYi Zen Hei", "AR PL UMing CN"),
}


def translated(text: str) -> str:
    """A core sentence in the interface language; any other text (a formula) as it is."""
    return text.render(translate) if isinstance(text, Message) else text


def error_text(error: BaseException) -> str:
    """What an exception says, in the interface language when the core wrote it as a Message."""
    args = error.args
    return translated(args[0]) if len(args) == 1 and isinstance(args[0], str) else str(error)


def located(error: ParseError) -> str:
    """A parse error as the window shows it: ``Column 6: …`` in the interface language."""
    return translate("ParseError", "Column {column}: {message}").format(column=error.column,
                                                                         message=translated(error.message))


def translations_dir() -> Path:
    """Where the built ``.qm`` files are (in a checkout or in the PyInstaller bundle)."""
    return resource_path("translations")


def chosen_language() -> str:
    """The saved choice: ``system`` or a code of :data:`LANGUAGES`."""
    return settings.value(SETTING, choice((SYSTEM, *LANGUAGES)), SYSTEM)


def choose_language(code: str) -> None:
    """Remember ``code`` (``system`` or a language) for the next start."""
    if code != SYSTEM and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings.set_value(SETTING, code)


def resolve(code: str, locale: QtCore.QLocale | None = None) -> str:
    """The language to show for a choice: ``system`` reads the locale (any Chinese
    script gets the simplified translation, the only one there is)."""
    if code != SYSTEM:
        return code
    locale = locale or QtCore.QLocale.system()
    if locale.language() == QtCore.QLocale.Language.Korean:
        return "ko"
    if locale.language() == QtCore.QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


class InterfaceLanguage(QtCore.QObject):
    """Qt translators and the CJK font installed in the application, so that they can be
    replaced (a test switches languages; the app applies one at its start). A child of
    the application: ``app.findChild(InterfaceLanguage)`` finds it again."""

    def __init__(self, app: QtGui.QGuiApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = "en"
        self._installed: list[QtCore.QTranslator] = []
        self._font: QtGui.QFont | None = None

    def apply(self, language: str) -> bool:
        """Load guicalc's (and Qt's own, for standard dialogs) translations of ``language``
        and a font with its glyphs. False when guicalc's ``.qm`` is missing (run
        ``python packaging/translations.py build``): the interface then stays English."""
        self.reset()
        self.language = language
        if language == "en":
            return True
        ours = QtCore.QTranslator(self.app)
        found = ours.load(f"guicalc_{language}", str(translations_dir()))
        qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QtCore.QTranslator(self.app)
        for translator, ok in ((ours, found), (qt, qt.load(f"qtbase_{language}", qt_dir))):
            if ok:
                self.app.installTranslator(translator)
                self._installed.append(translator)
        self._use_font_for(language)
        return found

    def reset(self) -> None:
        """Back to English and the font the application had."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        if self._font is not None:
            self.app.setFont(self._font)
            self._font = None
        self.language = "en"

    def _use_font_for(self, language: str) -> None:
        # Hangul and Han drawn (in the window, and in exported SVG and PNG) by a family
        # chosen for the language, not by whatever fallback fontconfig picks: Chinese in
        # a Korean or Japanese font has the wrong regional shapes.
        family = cjk_family(language)
        if family is None:
            return
        self._font = self.app.font()
        font = QtGui.QFont(self._font)
        font.setFamilies([family, *(f for f in (font.families() or [font.family()]) if f != family)])
        self.app.setFont(font)


def cjk_family(language: str) -> str | None:
    """The first installed font family of :data:`CJK_FONTS` for ``language``."""
    installed = set(QtGui.QFontDatabase.families())
    return next((f for f in CJK_FONTS.get(language, ()) if f in installed), None)
