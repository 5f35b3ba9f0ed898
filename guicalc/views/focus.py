"""A visible frame around a plot while it has the keyboard focus.

The plots take arrow keys (the point, the direction arrow, the graph's steps); a
keyboard-only user, or a class watching a teacher's screen, must see which one
the keys go to. Okabe–Ito blue has 5:1 contrast on white and 3.3:1 on the dark
theme's background.
"""

from __future__ import annotations

from PySide6 import QtWidgets

FOCUS_COLOR = "#0072B2"
FOCUS_WIDTH = 3


def show_focus_frame(view: QtWidgets.QFrame) -> None:
    """Frame ``view`` (named by its objectName) in the focus colour while it has focus.

    Unfocused, the frame is transparent but as wide, so the plot does not jump.
    """
    name = view.objectName()
    view.setStyleSheet(f"#{name} {{ border: {FOCUS_WIDTH}px solid transparent; }}"
                       f"#{name}:focus {{ border: {FOCUS_WIDTH}px solid {FOCUS_COLOR}; }}")
