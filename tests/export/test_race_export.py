"""The race exported without a window: its figure names every racer in the legend, the loss
figure is drawn, and the race plays as an animation from the start to the last step."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image, ImageSequence

from guicalc import cli
from tests.export.renderers import compare

SVG = "{http://www.w3.org/2000/svg}"


def _texts(path) -> set[str]:
    return {e.text.strip() for e in ET.parse(path).getroot().iter(f"{SVG}text") if e.text and e.text.strip()}


def test_the_race_figure_names_its_racers(qtbot, tmp_path):
    out = tmp_path / "race.svg"
    assert cli.main(["export", "x0^2 + 10*x1^2", "--view", "race", "--at", "1.5,0.8", "-o", str(out)]) == 0
    assert {"Gradient descent", "Momentum", "Nesterov", "AdaGrad", "RMSProp", "Adam", "x0", "x1"} <= _texts(out)
    loss = tmp_path / "loss.svg"
    assert cli.main(["export", "x0^2 + 10*x1^2", "--view", "race-loss", "--at", "1.5,0.8", "-o", str(loss)]) == 0
    assert {"f per step", "f (log scale)"} <= _texts(loss)


def test_a_function_the_race_cannot_take_is_refused(capsys, tmp_path):
    assert cli.main(["export", "x0*x1*x2", "--view", "race", "-o", str(tmp_path / "r.svg")]) == 2
    assert "two variables" in capsys.readouterr().err


@pytest.mark.slow  # a race run and 10 frames painted
def test_the_race_plays_as_an_animation(qtbot, tmp_path):
    out = tmp_path / "race.gif"
    assert cli.main(["export", "x0^2 + 10*x1^2", "--animate", "race", "--at", "1.5,0.8", "--frames", "10",
                     "--size", "480x320", "-o", str(out)]) == 0
    with Image.open(out) as image:
        frames = [np.asarray(frame.convert("RGB")) for frame in ImageSequence.Iterator(image)]
    assert len(frames) >= 3  # Pillow merges identical frames: the trails grow
    assert compare(frames[0], frames[-1]).far_share > 0.001
