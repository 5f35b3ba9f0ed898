"""An exception escaping a slot shows a report and the window keeps working."""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtWidgets

from guicalc.ui import crash


def test_an_error_in_a_slot_is_reported_and_the_app_goes_on(qtbot, main_window, monkeypatch):
    saved = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install(main_window, on_crash=lambda: saved.append(True))
    shown = []

    def close_dialog() -> None:
        box = main_window.findChild(QtWidgets.QMessageBox, "crashDialog")
        if box is None:
            QtCore.QTimer.singleShot(20, close_dialog)
            return
        shown.append((box.text(), box.detailedText()))
        box.accept()

    QtCore.QTimer.singleShot(0, close_dialog)
    try:
        raise RuntimeError("a slot failed")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert saved == [True]
    text, details = shown[0]
    assert "a slot failed" in text and "kept running" in text
    assert "Traceback" in details and "guicalc" in details
    main_window.findChild(QtWidgets.QDoubleSpinBox, "pointXSpin").setValue(2.0)
    assert "slope f′(2) = 8" in main_window.findChild(QtWidgets.QLabel, "tangentReadout").text()
