"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every void Qt call.

After a few hundred plot frames the interpreter aborts with ``Fatal Python error:
none_dealloc`` (DESIGN.md, "Facts already measured"). pyproject.toml excludes it;
these tests keep a later upgrade from bringing it back.
"""

from __future__ import annotations

import sys

import PySide6
import shiboken6
from PySide6 import QtCore

CALLS = 2000


def test_void_qt_calls_keep_none_alive() -> None:
    obj = QtCore.QObject()
    rect = QtCore.QRectF(0.0, 0.0, 1.0, 1.0)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        obj.setObjectName("point")
        rect.setWidth(float(i))
    change = sys.getrefcount(None) - before
    # 6.12.0 gives −2 × CALLS here; a sound binding leaves None's count where it was.
    # (From Python 3.12 None is immortal and its count never moves.)
    assert abs(change) < 20, f"None's reference count changed by {change} over {2 * CALLS} void calls"
    assert rect.width() == CALLS - 1 and obj.objectName() == "point"


def test_pyside_is_not_the_broken_release() -> None:
    assert PySide6.__version__ != "6.12.0"
    assert shiboken6.__version__ != "6.12.0"
