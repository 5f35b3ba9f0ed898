"""File ▸ Export animation… and Export figure… as PDF: the lesson's animation with a progress bar,
and its Cancel button stops it leaving no file; the lesson itself does not move."""

from __future__ import annotations

import pytest
from PIL import Image, ImageSequence
from PySide6 import QtCore, QtGui, QtWidgets

from guicalc.ui import animation_export


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The dialog accepted with a small size, and the file dialog answering ``tmp_path / name``."""
    chosen = {"name": "secant.gif", "frames": 12}

    def accept(dialog):
        dialog.width_spin.setValue(480)
        dialog.height_spin.setValue(270)
        dialog.frames.setValue(chosen["frames"])
        return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr(animation_export.AnimationDialog, "exec", accept)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / chosen["name"]), ""))
    return chosen


@pytest.mark.parametrize("name", ["descent", "backprop"])
def test_every_animation_is_made_from_the_lesson(qtbot, main_window, answers, monkeypatch, tmp_path, name):
    """Descent before the surface tab was ever opened (its example), backprop at the graph's inputs."""
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *args: pytest.fail(f"{args[1:]}"))
    answers.update(name=f"{name}.gif", frames=6)
    dialog = animation_export.AnimationDialog

    def pick(self, *args):
        self.kind.setCurrentIndex(self.kind.findData(name))
        return accept(self)

    accept = dialog.exec
    monkeypatch.setattr(dialog, "exec", pick)
    main_window.export_animation()
    with Image.open(tmp_path / f"{name}.gif") as image:
        assert image.n_frames >= 2


def test_the_window_exports_the_secant_animation(qtbot, main_window, answers, tmp_path):
    curve = main_window.document.curve
    before = (curve.x, curve.h)
    main_window.findChild(QtGui.QAction, "exportAnimationAction").trigger()
    path = tmp_path / "secant.gif"
    with Image.open(path) as image:
        frames = sum(1 for _ in ImageSequence.Iterator(image))
        assert image.size == (480, 270)
    assert frames == answers["frames"]
    assert (curve.x, curve.h) == before  # drawn on a copy: the lesson did not move
    assert "secant.gif" in main_window.statusBar().currentMessage()


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, main_window, answers, tmp_path):
    answers.update(name="long.mp4", frames=200)
    pressed = []

    def press_cancel() -> None:
        progress = main_window.findChild(QtWidgets.QProgressDialog, "animationProgress")
        if progress is not None and progress.value() >= 3 and not pressed:
            pressed.append(progress.value())
            button = progress.findChild(QtWidgets.QPushButton)
            qtbot.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)

    timer = QtCore.QTimer(interval=10)
    timer.timeout.connect(press_cancel)
    timer.start()
    try:
        main_window.export_animation()
    finally:
        timer.stop()
    assert pressed, "the progress dialog was never seen"
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in main_window.statusBar().currentMessage()


@pytest.mark.qt_log_ignore("QPdfEngine: unable to create a gradient.*")
def test_export_figure_writes_a_pdf_when_pdf_is_chosen(qtbot, main_window, monkeypatch, tmp_path):
    from guicalc.i18n import translate

    chosen = translate("MainWindow", "PDF document (*.pdf)")
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "figure"), chosen))
    main_window.findChild(QtGui.QAction, "exportAction").trigger()
    data = (tmp_path / "figure.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and b"/FontFile2" in data  # a PDF with an embedded TrueType font
