"""The hostile corpus typed and pasted into the real expression field: nothing runs.

eval, exec, compile, open, __import__ of anything new or dangerous, os.system and
subprocess are traps while each entry goes in (so every valid prefix typed on the
way, "lambda" → λ, "x.real" → x, is parsed, differentiated, evaluated and plotted
under them). The error line must say something and the last good curve must stay.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from tests.hostile_corpus import HOSTILE


def _curve_data(window) -> tuple[np.ndarray, np.ndarray]:
    view = window.curve_view
    key = next(k for k in view.curve_keys() if k.endswith(":0"))
    return view.curve(key).getData()


def _type(qtbot, edit: QtWidgets.QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _paste(qtbot, edit: QtWidgets.QLineEdit, text: str) -> None:
    edit.selectAll()
    QtGui.QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(edit, QtCore.Qt.Key.Key_V, QtCore.Qt.KeyboardModifier.ControlModifier)


@pytest.mark.slow  # the whole corpus pasted and typed key by key: about a minute
def test_hostile_text_in_the_expression_field_runs_nothing(qtbot, main_window, no_code_runs, tmp_path) -> None:
    """Each entry is pasted over a good function (the curve must stay), and typed key by key
    when a person could type it (every valid prefix is plotted under the traps)."""
    edit = main_window.findChild(QtWidgets.QLineEdit, "expressionEdit")
    error = main_window.findChild(QtWidgets.QLabel, "expressionError")
    failures, parsed = [], []
    for text in HOSTILE:
        _type(qtbot, edit, "3x^2-4x")
        good = _curve_data(main_window)
        with no_code_runs():
            _paste(qtbot, edit, text)
            qtbot.wait(1)  # the coalesced resampling runs under the traps too
        shown = error.text() if error.isVisible() else ""
        if edit.error is None:
            # Letters multiply: "import os" is i·m·p·o·r·t·o·s, harmless and plotted.
            parsed.append(text)
        elif not shown.startswith("Column "):
            failures.append((text[:40], "no error shown", shown))
        elif any(not np.array_equal(a, b, equal_nan=True)
                 for a, b in zip(_curve_data(main_window), good, strict=True)):
            failures.append((text[:40], "the last good curve changed", shown))
        if len(text) <= 60 and text.isprintable():
            with no_code_runs():
                _type(qtbot, edit, text)
                qtbot.wait(1)
            if edit.error is not None and not error.text().startswith("Column "):
                failures.append((text[:40], "typed: no error shown", error.text()))
    assert failures == []
    # Letter runs parse as products (0xff… is 0·x·f·f…); Qt's line edit drops a pasted line
    # break or byte-order mark. All harmless, and plotted under the traps.
    assert set(parsed) <= {"import os", "from os import system", "(x for x in y)", "0x" + "f" * 1000,
                           "\ufeffx", "x\u2028+1"}, parsed
    assert list(tmp_path.iterdir()) == []
