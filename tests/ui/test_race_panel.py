"""The optimizer race, driven through its real widgets under Xvfb: choose the racers and a
surface, move a slider, run, scrub with the keys, play, save, reopen and undo. The numbers
shown are checked against update rules written out here by hand (PyTorch's documented
formulas), not against the race's own code."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from guicalc.core.workspace import document_to_dict
from tests.conftest import close_window, shown_window
from tests.ui.keyboard import accessible_text, press, type_text

Key, Mod = QtCore.Qt.Key, QtCore.Qt.KeyboardModifier
ILL_START = np.array([-1.8, 0.6])


@pytest.fixture
def race_window(qtbot):
    window = shown_window(qtbot)
    window.activateWindow()
    qtbot.waitActive(window)
    panel = window.show_view("race")
    yield window, panel
    panel.shutdown()
    close_window(window)


def _ill_gradient(theta: np.ndarray) -> np.ndarray:
    return np.array([1.0, 100.0]) * theta  # f = 0.5 x0² + 50 x1²


def _settled(qtbot, panel) -> None:
    """The race has run again after the last change (it waits for a pause)."""
    qtbot.waitUntil(lambda: not panel._rerun.isActive(), timeout=20000)


def test_choose_racers_and_a_surface_move_a_slider_and_scrub(qtbot, race_window):
    window, panel = race_window
    assert window.tabs.currentWidget() is panel and window.document.view.tab == "race"
    # AdaGrad out, by a click on its box
    qtbot.mouseClick(panel.racer_boxes["adagrad"], QtCore.Qt.MouseButton.LeftButton,
                     pos=QtCore.QPoint(12, panel.racer_boxes["adagrad"].height() // 2))
    assert "adagrad" not in window.document.states["race"].racers
    # The ill-conditioned quadratic, chosen with the keyboard (one entry above Rosenbrock)
    panel.preset.setFocus()
    press(qtbot, window, Key.Key_Up)
    state = window.document.states["race"]
    assert state.preset == "ill" and state.expression == "0.5*x0^2 + 50*x1^2"
    assert panel.expression.text() == "0.5*x0^2 + 50*x1^2" and panel.start_x.value() == -1.8
    _settled(qtbot, panel)
    assert [t.racer.kind for t in panel.race.trails] == ["gd", "momentum", "nesterov", "rmsprop", "adam"]
    assert set(panel.equations) == {"gd", "momentum", "nesterov", "rmsprop", "adam"}

    # Momentum's β: one page up on its slider
    panel.selected.setFocus()
    for _ in range(len(panel.racer_boxes)):
        if panel.selected.currentData() == "momentum":
            break
        press(qtbot, window, Key.Key_Up)
    assert panel.selected.currentData() == "momentum" and state.selected == "momentum"
    beta = panel.sliders["beta"]
    assert beta.isVisible() and not panel.sliders["beta1"].isVisible()
    before = state.settings["momentum"]["beta"]
    beta.setFocus()
    press(qtbot, window, Key.Key_PageUp)
    after = state.settings["momentum"]["beta"]
    assert after > before and panel.slider_values["beta"].text() == f"{after:.4g}"
    _settled(qtbot, panel)
    momentum = next(t for t in panel.race.trails if t.racer.kind == "momentum")
    assert momentum.racer.hp.beta == after

    # Scrub with the keys in the plot: Home, then Right twice
    panel.field_view.setFocus()
    press(qtbot, window, Key.Key_Home)
    assert state.step == 0 and panel.scrubber.value() == 0
    press(qtbot, window, Key.Key_Right)
    press(qtbot, window, Key.Key_Right)
    assert state.step == 2 and panel.step_label.text() == f"step 2 of {state.steps}"
    # plain descent by hand: θ ← θ − η∇f(θ), η = 0.0198
    theta = ILL_START.copy()
    for _ in range(2):
        theta = theta - 0.0198 * _ill_gradient(theta)
    # while keys move the scrubber the equations follow within EQUATION_MS
    qtbot.waitUntil(lambda: "Gradient descent, step 2: η = 0.0198" in panel.equations["gd"].text())
    shown = panel.equations["gd"].text()
    assert f"θ ← θ − η·g = ({theta[0]:.4g}, {theta[1]:.4g})".replace("-", "−") in shown
    x, y = panel.field_view.marker_item.getData()
    assert (x[0], y[0]) == pytest.approx(tuple(theta), rel=1e-12)
    press(qtbot, window, Key.Key_Right, Mod.ShiftModifier)
    assert state.step == 12
    press(qtbot, window, Key.Key_End)
    assert state.step == state.steps
    assert "step" not in window.undo_action.text()  # the scrubber is navigation

    # The verdicts and the theory of the quadratic, with the measured rates
    said = panel.verdicts.text()
    assert "condition number κ = 100" in said and "Gradient descent: measured rate 0.9802, theory 0.9802" in said


@pytest.mark.slow  # plays 60 steps through the event loop
def test_play_runs_to_the_end_and_stops(qtbot, race_window):
    window, panel = race_window
    state = window.document.states["race"]
    state.steps = 60
    _settled(qtbot, panel)
    panel.to_start.click()
    assert state.step == 0
    panel.field_view.setFocus()
    press(qtbot, window, Key.Key_Space)
    assert panel.play.isChecked()
    qtbot.waitUntil(lambda: state.step == 60 and not panel.play.isChecked(), timeout=10000)
    panel.back.click()
    assert state.step == 59


@pytest.mark.slow  # two windows, three races
def test_save_reopen_and_undo(qtbot, race_window, tmp_path, monkeypatch):
    window, panel = race_window
    state = window.document.states["race"]
    panel.noise.setFocus()
    panel.noise.selectAll()
    type_text(qtbot, window, "0.5")
    press(qtbot, window, Key.Key_Return)
    assert state.noise == 0.5
    qtbot.mouseClick(panel.racer_boxes["adamw"], QtCore.Qt.MouseButton.LeftButton,
                     pos=QtCore.QPoint(12, panel.racer_boxes["adamw"].height() // 2))
    assert state.racers[-1] == "adamw"
    panel.schedule.setFocus()
    press(qtbot, window, Key.Key_Down)  # constant → step
    assert state.schedule == "step" and panel.period.isEnabled()
    _settled(qtbot, panel)
    noisy = [t.points.copy() for t in panel.race.trails]

    path = tmp_path / "race.guicalc"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_as_action.trigger()
    saved = json.loads(path.read_text(encoding="utf-8"))["document"]["race"]
    assert saved["noise"] == 0.5 and saved["schedule"] == "step" and saved["racers"][-1] == "adamw"
    assert saved["settings"]["gd"]["lr"] == state.settings["gd"]["lr"]

    assert window.undo_action.text() == "Undo change learning-rate schedule"
    window.undo_action.trigger()
    assert state.schedule == "constant" and panel.schedule.currentData() == "constant"
    window.undo_action.trigger()
    assert "adamw" not in state.racers and not panel.racer_boxes["adamw"].isChecked()

    reopened = shown_window(qtbot)
    try:
        assert reopened.files.open_path(path)
        assert json.loads(json.dumps(document_to_dict(reopened.document)["race"])) == saved
        # saved on the race tab (built lazily): it reopens on that tab
        qtbot.waitUntil(lambda: reopened.tabs.currentWidget() is reopened.view_widgets.get("race"))
        again = reopened.view_widgets["race"]
        assert again.noise.value() == 0.5 and again.racer_boxes["adamw"].isChecked()
        assert again.schedule.currentData() == "step"
        # the same seed: the same noisy race, to the last bit
        assert all(np.array_equal(a.points, b) for a, b in zip(again.race.trails, noisy, strict=True))
        again.shutdown()
    finally:
        close_window(reopened)


def test_a_bad_function_is_said_and_the_last_race_stays(qtbot, race_window):
    window, panel = race_window
    before = panel.race
    panel.expression.setFocus()
    panel.expression.selectAll()
    type_text(qtbot, window, "x0^2 +")
    press(qtbot, window, Key.Key_Return)
    _settled(qtbot, panel)
    assert panel.message.isVisible() and panel.message.text().startswith("Column 7: ")
    assert panel.race is before and window.document.states["race"].preset == ""
    panel.expression.selectAll()
    type_text(qtbot, window, "x0^2 + x1^2")
    press(qtbot, window, Key.Key_Return)
    _settled(qtbot, panel)
    assert not panel.message.isVisible() and panel.race is not before


def test_every_control_has_a_name_and_a_description(qtbot, race_window):
    _, panel = race_window
    controls = [w for w in panel.findChildren(QtWidgets.QWidget)
                if w.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus and w.isVisibleTo(panel)
                and w.focusProxy() is None and not isinstance(w.parentWidget(), QtWidgets.QTabBar)
                and not isinstance(w.parentWidget(), QtWidgets.QComboBox)]
    assert len(controls) > 20
    texts = [accessible_text(w) for w in controls]
    assert all(name and description for name, description in texts), [
        (w.objectName(), t) for w, t in zip(controls, texts, strict=True) if not all(t)]
    names = [name for name, _ in texts]
    assert len(set(names)) == len(names)


@pytest.mark.slow  # a race and its frames painted
def test_the_window_exports_the_race_as_an_animation_of_its_own_f(qtbot, race_window, monkeypatch, tmp_path):
    from PIL import Image

    from guicalc.ui import animation_export

    window, panel = race_window
    window.document.states["race"].steps = 40  # the lesson's f stays 3x² − 4x: the race has its own
    _settled(qtbot, panel)

    def pick(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("race"))
        dialog.width_spin.setValue(480)
        dialog.height_spin.setValue(320)
        dialog.frames.setValue(6)
        return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr(animation_export.AnimationDialog, "exec", pick)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "race.gif"), ""))
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", lambda *args: pytest.fail(f"{args[1:]}"))
    window.export_animation()
    with Image.open(tmp_path / "race.gif") as image:
        assert image.n_frames >= 3


def _on_screen(widget: QtWidgets.QWidget) -> np.ndarray:
    """What the X server shows where ``widget`` is: the pixels the scrubs left, not a fresh paint."""
    corner = widget.mapToGlobal(QtCore.QPoint(0, 0))
    grabbed = widget.screen().grabWindow(0, corner.x(), corner.y(), widget.width(), widget.height())
    return _pixels(grabbed.toImage())


def _pixels(image) -> np.ndarray:
    image = image.convertToFormat(image.Format.Format_RGB32)
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)[
        :, : image.width(), :3].copy()


def _handle_x(slider: QtWidgets.QSlider, value: int) -> int:
    """Where the scrubber's handle centre is at ``value``, in the slider's pixels."""
    option = QtWidgets.QStyleOptionSlider()
    slider.initStyleOption(option)
    style = slider.style()
    handle = style.subControlRect(style.ComplexControl.CC_Slider, option, style.SubControl.SC_SliderHandle, slider)
    groove = style.subControlRect(style.ComplexControl.CC_Slider, option, style.SubControl.SC_SliderGroove, slider)
    span = groove.width() - handle.width()
    return groove.x() + handle.width() // 2 + style.sliderPositionFromValue(
        slider.minimum(), slider.maximum(), value, span)



class _Paints(QtCore.QObject):
    """Counts the paint events of the widget it is installed on."""

    count = 0

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        self.count += event.type() == QtCore.QEvent.Type.Paint
        return False


def _drag(qtbot, scrubber: QtWidgets.QSlider, state, values: list[int],
          painted: QtWidgets.QWidget | None = None) -> list[int]:
    """Drag the scrubber's handle with the mouse through ``values``; the steps it showed. With
    ``painted``, each step waits until that widget has painted it (as a slow hand would)."""
    paints = _Paints()
    if painted is not None:
        painted.installEventFilter(paints)
    y = scrubber.height() // 2
    qtbot.mousePress(scrubber, QtCore.Qt.MouseButton.LeftButton,
                     pos=QtCore.QPoint(_handle_x(scrubber, scrubber.value()), y))
    seen = []
    for value in values:
        before = paints.count
        qtbot.mouseMove(scrubber, QtCore.QPoint(_handle_x(scrubber, value), y))
        qtbot.waitUntil(lambda v=value: abs(state.step - v) <= 2)
        if painted is not None:
            qtbot.waitUntil(lambda b=before: paints.count > b)
        seen.append(state.step)
    end = QtCore.QPoint(_handle_x(scrubber, values[-1]), y)
    qtbot.mouseRelease(scrubber, QtCore.Qt.MouseButton.LeftButton, pos=end)
    if painted is not None:
        painted.removeEventFilter(paints)
    return seen


def test_dragging_the_scrubber_draws_each_trail_up_to_the_step(qtbot, race_window):
    window, panel = race_window
    state = window.document.states["race"]
    _settled(qtbot, panel)
    view = panel.field_view
    panel.go_to(0)
    seen = _drag(qtbot, panel.scrubber, state, [40, 150, 400, 900, 300, 37])  # forward, then back
    step = state.step
    assert seen[-1] == step and len(set(seen)) == len(seen) and panel.step_label.text() == f"step {step} of 1000"
    # The equations follow the drag as plain text; once it rests they show the step it rests
    # on and can be selected again (and reached with Tab all along).
    flag = QtCore.Qt.TextInteractionFlag
    selectable = flag.TextSelectableByMouse | flag.TextSelectableByKeyboard
    equations = list(panel.equations.values())
    qtbot.waitUntil(lambda: all(label.textInteractionFlags() == selectable for label in equations))
    assert all(f"step {step}:" in label.text() for label in equations)
    assert all(label.focusPolicy() == QtCore.Qt.FocusPolicy.TabFocus for label in equations)

    # Each trail runs from the start through the race's points up to this step and ends at
    # its marker; no point of the race up to the step is more than 2 px from the line drawn.
    (x0, x1), (y0, y1) = view.getViewBox().viewRange()
    pixel = np.array([(x1 - x0) / view.getViewBox().width(), (y1 - y0) / view.getViewBox().height()])
    start = np.array([panel.start_x.value(), panel.start_y.value()])
    markers = np.column_stack(view.marker_item.getData())
    assert len(view.trail_items) == len(panel.race.trails) == len(state.racers) == 6
    for item, trail, marker in zip(view.trail_items, panel.race.trails, markers, strict=True):
        points = trail.points[: step + 1]
        segments = item.segments()
        assert len(segments) >= 2
        ends = segments[:, 2:]
        np.testing.assert_array_equal(segments[1:, :2], ends[:-1])  # one unbroken line
        np.testing.assert_array_equal(segments[0, :2], start)
        np.testing.assert_array_equal(ends[-1], points[-1])
        np.testing.assert_array_equal(marker, points[-1])
        assert all((points == end).all(axis=1).any() for end in ends)  # through the race's own points
        gaps = np.abs(points[:, None, :] - np.vstack([start, ends])[None, :, :]) / pixel
        assert gaps.max(axis=2).min(axis=1).max() <= 2.0


def test_a_drag_back_leaves_no_trail_behind_on_screen(qtbot, race_window):
    """A scrub repaints only where trails and markers changed: what the screen shows after
    a drag forward and back must be what a fresh paint of that step shows. Momentum on the
    ill-conditioned quadratic zigzags far outside the box of its two markers."""
    from guicalc.core.optimizer_presets import PRESETS, preset_fields

    window, panel = race_window
    state = window.document.states["race"]
    for field, value in preset_fields(next(p for p in PRESETS if p.name == "ill"), state.settings).items():
        setattr(state, field, value)
    state.racers = ("momentum",)
    _settled(qtbot, panel)
    panel.go_to(0)
    _drag(qtbot, panel.scrubber, state, [40, 3], painted=panel.field_view.viewport())
    view = panel.field_view
    assert len(view.trail_items) == 1 and len(view.trail_items[0].segments()) == state.step

    # The test screen has 16-bit colour: a few levels of difference are its rounding; a
    # trail's colour left over the pale f differs by far more.
    def same_as_fresh() -> bool:
        QtWidgets.QApplication.processEvents()
        difference = np.abs(_on_screen(view).astype(int) - _pixels(view.grab().toImage())).max(axis=2)
        return (difference > 40).sum() == 0

    qtbot.waitUntil(same_as_fresh, timeout=3000)
