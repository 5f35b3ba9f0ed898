"""Issue 9's acceptance: in Korean and in Chinese the window says nothing in English.

The same lesson is walked in English and in each language: the d2l example typed,
the point moved, float16 and every difference method, a bad expression, a
parameter, the surface with a descent, the graph stepped backward and in forward
mode, the vector example. Every menu and submenu (text, tooltip, status tip),
dock, tab, widget (text, tooltip, placeholder, accessible name, items, headers,
table cells) and every text drawn in the plots and the graph is read. A string
is untranslated if it is also in the English walk, unless it is mathematics or
a name (allowed below); no string may hold English words at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.core.examples import all_examples
from tests.ui.test_curve_window import _find, _type_expression

# Whole strings that every language writes the same way.
ALLOWED_STRINGS = {"English", "guicalc", "✕", "⌂"}
# Runs of Latin letters that are not English prose: function and variable names,
# number types, keys, file formats, and the languages' own names.
ALLOWED_WORDS = {
    "sin", "cos", "tan", "exp", "ln", "log", "sqrt", "sigmoid", "softplus", "relu", "tanh", "norm", "dot",
    "abs", "lim", "float16", "float32", "float64", "Richardson", "d2l", "guicalc", "SVG", "PNG", "PDF", "GIF", "MP4",
    "svg", "png", "Ctrl", "Shift", "Alt", "Esc", "Space", "Enter", "Home", "Tab", "F5", "D_u", "English",
    "JVP", "VJP",  # the names of the two products, as torch.func.jvp and vjp call them
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]+")
VARIABLE = re.compile(r"[A-Za-z]\d*")  # x0, x12
DIFFERENTIAL = re.compile(r"d[A-Za-z]\d*")  # da in d(a + b)/da, dx in dx[0]/dx[0]


def english_words(text: str) -> list[str]:
    """The words of ``text`` that are neither mathematics nor an allowed name."""
    words = []
    for match in WORD.finditer(text):
        word, before, after = match.group(), text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        differential = DIFFERENTIAL.fullmatch(word) and (before == "/" or after in ("/", "["))
        if word not in ALLOWED_WORDS and not VARIABLE.fullmatch(word) and not differential:
            words.append(word)
    return words


# -- reading what the window shows ------------------------------------------------------------

def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        return QtGui.QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _action_texts(action: QtGui.QAction, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} text", action.text()
    yield f"{where} tooltip", action.toolTip()
    yield f"{where} status tip", action.statusTip()
    menu = action.menu()
    if menu is not None:
        yield from _menu_texts(menu, f"{where} ▸")


def _menu_texts(menu: QtWidgets.QMenu, where: str) -> Iterator[tuple[str, str]]:
    menu.aboutToShow.emit()  # menus filled when opened (Open Recent)
    yield f"{where} title", menu.title()
    for action in menu.actions():
        if not action.isSeparator():
            yield from _action_texts(action, f"{where} {action.text()!r}")


def _scene_texts(view: QtWidgets.QGraphicsView, where: str) -> Iterator[tuple[str, str]]:
    for item in view.scene().items():
        if isinstance(item, QtWidgets.QGraphicsTextItem) and item.isVisible():
            yield f"{where} text item", item.toPlainText()
        elif isinstance(item, QtWidgets.QGraphicsSimpleTextItem) and item.isVisible():
            yield f"{where} text item", item.text()
        yield f"{where} item tooltip", item.toolTip()


def _widget_texts(widget: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
    for kind in ("toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
        yield f"{where} {kind}", _plain(getattr(widget, kind)())
    if isinstance(widget, (QtWidgets.QDockWidget, QtWidgets.QToolBar, QtWidgets.QMainWindow)):
        yield f"{where} title", widget.windowTitle()
    if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
        yield f"{where} text", _plain(widget.text())
    if isinstance(widget, QtWidgets.QLineEdit):
        yield f"{where} text", widget.text()
        yield f"{where} placeholder", widget.placeholderText()
    if isinstance(widget, QtWidgets.QGroupBox):
        yield f"{where} title", widget.title()
    if isinstance(widget, QtWidgets.QComboBox):
        yield from ((f"{where} item", widget.itemText(i)) for i in range(widget.count()))
    if isinstance(widget, QtWidgets.QAbstractSpinBox):
        yield f"{where} special value", widget.specialValueText()
    if isinstance(widget, (QtWidgets.QSpinBox, QtWidgets.QDoubleSpinBox)):
        yield f"{where} prefix/suffix", widget.prefix() + widget.suffix()
    if isinstance(widget, QtWidgets.QTabWidget):
        for i in range(widget.count()):
            yield f"{where} tab", widget.tabText(i)
            yield f"{where} tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QtWidgets.QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            yield f"{where} heading", header.text() if header else ""
            for row in range(widget.rowCount()):
                item = widget.item(row, column)
                if item is not None:
                    yield f"{where} cell", item.text()
                    yield f"{where} cell tooltip", item.toolTip()
    if isinstance(widget, QtWidgets.QGraphicsView) and widget.scene() is not None:
        yield from _scene_texts(widget, where)
    for action in widget.actions():
        yield from _action_texts(action, f"{where} action")


def shown_texts(window: QtWidgets.QMainWindow) -> list[tuple[str, str]]:
    """(where, text) for everything the window shows now, in its menus, docks, tabs,
    widgets, plots and graph, and its status bar."""
    found = [("status bar", window.statusBar().currentMessage())]
    for action in window.menuBar().actions():
        found += _action_texts(action, f"menu {action.text()!r}")
    for widget in [window, *window.findChildren(QtWidgets.QWidget)]:
        found += _widget_texts(widget)
    for dock in window.findChildren(QtWidgets.QDockWidget):
        found += _action_texts(dock.toggleViewAction(), f"dock {dock.objectName()} toggle")
    return [(where, text) for where, text in found if text and text.strip()]


# -- the lesson -------------------------------------------------------------------------------

def walk_the_lesson(qtbot, window) -> list[tuple[str, str]]:
    """Do the lessons of the notes in ``window`` and read it at every stage."""
    seen = shown_texts(window)
    _type_expression(qtbot, window, "3x^2-4x")  # d2l's example
    seen += shown_texts(window)
    spin = _find(window, QtWidgets.QDoubleSpinBox, "pointXSpin")
    view = window.curve_view
    spin.setValue(2.0)
    view.setFocus()
    for _ in range(100):  # back to x = 1 with the arrow key, 0.01 a step
        qtbot.keyClick(view, QtCore.Qt.Key.Key_Left)
    assert spin.value() == pytest.approx(1.0)
    seen += shown_texts(window)
    method = _find(window, QtWidgets.QComboBox, "methodCombo")
    _find(window, QtWidgets.QComboBox, "dtypeCombo").setCurrentText("float16")
    for i in range(method.count()):  # forward, backward, central, auto
        method.setCurrentIndex(i)
        qtbot.waitUntil(lambda: window.limit_panel.error_view.curve.xData is not None)
        seen += shown_texts(window)
    method.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.limit_panel.error_view.message.isVisible())  # float16 breaks down
    seen += shown_texts(window)
    qtbot.keyClicks(_find(window, QtWidgets.QLineEdit, "expressionEdit"), "-")  # an error at column 8
    seen += shown_texts(window)
    _type_expression(qtbot, window, "a x^2 - 4x")  # a parameter gets a slider
    seen += shown_texts(window)

    window.open_example(next(e for e in all_examples() if e.expression == "x0^2 + x1^2"))
    panel = window.two_variable_panel
    panel.animation_interval_ms = 0
    with qtbot.waitSignal(panel.descentFinished, timeout=20_000):
        _find(panel, QtWidgets.QPushButton, "descentRunButton").click()
    seen += shown_texts(window)

    window.open_example(next(e for e in all_examples() if e.expression == "(a + b)*c"))
    graph = window.graph_panel
    seen += shown_texts(window)
    while graph.step_backward.isEnabled():  # the rule of every backward step
        graph.step_backward.click()
        seen += shown_texts(window)
    graph.mode_combo.setCurrentIndex(graph.mode_combo.findData("forward"))
    while graph.step_forward.isEnabled():  # forward mode, pass by pass
        graph.step_forward.click()
        seen += shown_texts(window)
    window.open_example(next(e for e in all_examples() if e.expression == "x*x"))  # needs a seed
    seen += shown_texts(window)
    window.findChild(QtGui.QAction, "language_system_Action").trigger()
    seen += shown_texts(window)
    return seen


def untranslated(seen: list[tuple[str, str]], english: set[str]) -> list[str]:
    """Strings also found in the English walk that are not mathematics or allowed names,
    and strings that hold English words at all."""
    problems = []
    for where, text in seen:
        if text in ALLOWED_STRINGS:
            continue
        words = english_words(text)
        if text in english and words:
            problems.append(f"{where}: {text!r} is the English text")
        elif words:
            problems.append(f"{where}: {text!r} holds English words {words}")
    return sorted(set(problems))


@pytest.fixture(scope="module")
def english_texts(qapp, request) -> set[str]:
    """Everything the English walk showed (the sources a translation must replace)."""
    from pytestqt.qtbot import QtBot

    from tests.conftest import close_window, shown_window

    qtbot = QtBot(request)
    window = shown_window(qtbot)
    texts = {text for _, text in walk_the_lesson(qtbot, window)}
    close_window(window)
    return texts


@pytest.mark.slow  # the whole lesson walked in English, then in each language
@pytest.mark.parametrize("code", ["ko", "zh_CN"])
def test_every_string_of_the_lesson_is_translated(qtbot, window_in, english_texts, code):
    window = window_in(code)
    seen = walk_the_lesson(qtbot, window)
    texts = {text for _, text in seen}
    script = re.compile("[\uac00-\ud7a3]" if code == "ko" else "[\u4e00-\u9fff]")
    # The walk read the whole window: menus, the limit table, the graph's rules, the descent.
    assert len(texts) > 300
    for fragment in ("&File", "quotient", "Run descent", "rounds to 0 in float16", "Backward pass: 1 of 2",
                     "Forward mode, pass 3 of 3", "Converged to", "slope f′(1) = 2"):
        assert any(fragment in t for t in english_texts), fragment
    assert sum(bool(script.search(t)) for t in texts) > 200
    problems = untranslated(seen, english_texts)
    assert not problems, f"{len(problems)} untranslated in {code}:\n" + "\n".join(problems)


@pytest.mark.slow
def test_a_string_left_in_english_is_found(qtbot, window_in, english_texts):
    window = window_in("ko")
    QtWidgets.QLabel("Point and tangent", window.point_panel).show()  # a label someone forgot to wrap
    window.statusBar().showMessage("Exported figure.svg")
    problems = untranslated(shown_texts(window), english_texts)
    assert any("'Point and tangent' is the English text" in p for p in problems)
    assert any("'Exported figure.svg' holds English words ['Exported', 'figure']" in p for p in problems)


@pytest.mark.parametrize(("text", "words"), [
    ("f′(x) = 6x − 4", []), ("sigmoid(x) at x = 0", ["at"]), ("h = 1e-08", []),
    ("float16에서 h가 사라져", []), ("x0² + x1²", []), ("(Ctrl+Shift+N)", []), ("seed v", ["seed"]),
    ("d(a + b)/da = 1", []), ("dc/da", []), ("dx[0]/dx[0]", []), ("do it", ["do", "it"]),
])
def test_mathematics_and_names_are_not_english_words(text, words):
    assert english_words(text) == words
