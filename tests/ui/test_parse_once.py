"""One keystroke parses the text once: the document's function parses it
(``FunctionState.parsed``) and the editor, the curve, its parameters, the graph and the
surface take that result. Counted with the parser's cache of recent texts disabled."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6 import QtWidgets

from guicalc.core import parse as parse_module


@pytest.fixture
def parses(monkeypatch) -> Counter:
    """Every text the parser really parses, counted (no cache answers in its place)."""
    counted: Counter = Counter()
    uncached = parse_module._remembered.__wrapped__

    def counting(text: str) -> object:
        counted[text] += 1
        return uncached(text)

    monkeypatch.setattr(parse_module, "_remembered", counting)
    return counted


def _type(qtbot, window, key: str) -> None:
    edit = window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, key)
    qtbot.wait(20)  # the coalesced resampling and error sweep run too


def test_a_keystroke_parses_the_text_once(qtbot, main_window, parses):
    window = main_window
    window.show_graph()  # the graph follows the active function
    parses.clear()
    _type(qtbot, window, "+")  # 3x^2 - 4x+ : an error, underlined and named below the editor
    assert parses == Counter({"3x^2 - 4x+": 1})
    error = window.findChild(QtWidgets.QLabel, "expressionError").text()
    assert error.startswith("Column 11: the expression ends too early")
    _type(qtbot, window, "a")  # 3x^2 - 4x+a : the curve, a new parameter, the graph
    assert parses == Counter({"3x^2 - 4x+": 1, "3x^2 - 4x+a": 1})
    assert window.document.parameters["a"].value == 1.0
    assert set(window.graph_panel.fields) == {"a", "x"}
    assert set(window.controller.analyses[id(window.document.functions[0])].params) == {"a"}


def test_a_keystroke_in_a_function_of_two_variables_parses_it_once(qtbot, main_window, parses):
    window = main_window
    window.document.functions[0].text = "x0^2 + x1^"
    window.show_surface()
    qtbot.waitUntil(lambda: window.two_variable_panel is not None)
    parses.clear()
    _type(qtbot, window, "2")
    assert parses == Counter({"x0^2 + x1^2": 1})
    assert window.two_variable_panel.state.function.text == "x0^2 + x1^2"
    assert window.tabs.currentWidget() is window.two_variable_panel
    window.two_variable_panel.shutdown()


def test_the_parse_follows_the_text(qtbot, main_window, parses):
    """Asked again for the same text, the function answers without parsing; a new text parses."""
    f = main_window.document.functions[0]
    parses.clear()
    first = f.parsed()
    assert f.parsed() is first and parses == Counter()
    f.text = "x^3"
    assert str(f.parsed().expr) == "x**3" and parses == Counter({"x^3": 1})
    f.text = "x^"
    with pytest.raises(parse_module.ParseError) as error:
        f.parsed()
    assert error.value.column == 2 and "needs an exponent" in str(error.value)
    with pytest.raises(parse_module.ParseError):
        f.parsed()
    assert parses["x^"] == 1
