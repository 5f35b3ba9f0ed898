"""Message boxes that show user-controlled text (file names, paths, formulas) as plain text.

``QMessageBox``'s static helpers guess the format: a file named
``<h1>Licence expired<a href="mailto:…">repair here`` would be shown as HTML with a
working link. Every dialog of the window that says something about a file goes
through here, where the text format is fixed to plain text.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

Button = QtWidgets.QMessageBox.StandardButton


def message_box(parent: QtWidgets.QWidget | None, icon: QtWidgets.QMessageBox.Icon, title: str, text: str,
                buttons: Button = Button.Ok, default: Button = Button.NoButton) -> QtWidgets.QMessageBox:
    """A box whose text is never read as markup (not yet shown: ``open()`` or ``exec()`` it)."""
    box = QtWidgets.QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return box


def warn(parent: QtWidgets.QWidget | None, title: str, text: str) -> None:
    """A modal warning with an OK button."""
    message_box(parent, QtWidgets.QMessageBox.Icon.Warning, title, text).exec()


def ask(parent: QtWidgets.QWidget | None, title: str, text: str, buttons: Button,
        default: Button = Button.NoButton) -> Button:
    """A modal question; the button chosen (Escape gives the escape button Qt picks)."""
    box = message_box(parent, QtWidgets.QMessageBox.Icon.Question, title, text, buttons, default)
    return Button(box.exec())


