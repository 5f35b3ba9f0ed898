"""Animations for slides: enough frames, the first and last are the figures on screen at the
largest h and at the tangent, decoded by Pillow and by ffmpeg (imageio); a cancel leaves nothing."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from PIL import Image, ImageSequence

from guicalc import cli
from guicalc.export.animation import LARGEST_H, SMALLEST_H, CancelledError, export_animation
from tests.export.figures import close_figure
from tests.export.renderers import MEAN_LIMIT, compare
from tests.export.test_portable_svg import figure_and_screen

SIZE = (640, 360)
FRAMES = 30


def _screen_at(qtbot, h: float) -> np.ndarray:
    """The curve figure on screen with the secant at step ``h`` (as the window shows it)."""
    widget, screen = figure_and_screen(qtbot, "curve", "3x^2-4x", "1", SIZE, {"curve": {"h": h, "show_secant": True}})
    close_figure(widget)
    return screen


def _gif_frames(path) -> list[np.ndarray]:
    with Image.open(path) as image:
        return [np.asarray(frame.convert("RGB")) for frame in ImageSequence.Iterator(image)]


def _mp4_frames(path) -> list[np.ndarray]:
    """Decoded by the ffmpeg binary itself into raw RGB frames."""
    import imageio_ffmpeg

    width, height = SIZE
    raw = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], capture_output=True, check=True, timeout=60).stdout
    return list(np.frombuffer(raw, np.uint8).reshape(-1, height, width, 3))


@pytest.mark.slow  # 30 frames, three figures: 6–8 s
@pytest.mark.parametrize(("suffix", "decode"), [(".gif", _gif_frames), (".mp4", _mp4_frames)])
def test_the_secant_turns_into_the_tangent(qtbot, tmp_path, suffix, decode):
    out = tmp_path / f"secant{suffix}"
    assert cli.main(["export", "3x^2-4x", "--animate", "secant", "--at", "1", "--frames", str(FRAMES),
                     "--fps", "10", "--size", "x".join(map(str, SIZE)), "-o", str(out)]) == 0
    frames = decode(out)
    assert len(frames) >= FRAMES
    first, last = _screen_at(qtbot, LARGEST_H), _screen_at(qtbot, SMALLEST_H)
    start, end = compare(frames[0], first), compare(frames[-1], last)
    print(f"{suffix}: first frame {start}; last frame {end}")
    assert start.mean <= MEAN_LIMIT and end.mean <= MEAN_LIMIT
    # The secant moved: each end is nearer its own figure than the other end's.
    assert start.mean < compare(frames[0], last).mean and end.mean < compare(frames[-1], first).mean


def test_a_cancelled_export_leaves_no_file(qtbot, tmp_path):
    widget, _ = figure_and_screen(qtbot, "curve", "3x^2-4x", "1", size=SIZE)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 5

    try:
        for suffix in (".gif", ".mp4"):
            seen.clear()
            with pytest.raises(CancelledError):
                export_animation(widget, "secant", tmp_path / f"cancelled{suffix}", 10, FRAMES, progress)
            assert seen == [1, 2, 3, 4, 5]
    finally:
        close_figure(widget)
    assert list(tmp_path.iterdir()) == []


def test_descent_and_backprop_are_walked(qtbot, tmp_path):
    for name, expression, at in (("descent", "x0^2 + 3x1^2", "1,-0.5"), ("backprop", "(a + b)*c", "a=50,b=70,c=2")):
        out = tmp_path / f"{name}.gif"
        assert cli.main(["export", expression, "--animate", name, "--at", at, "--frames", "12",
                         "--size", "480x320", "-o", str(out)]) == 0
        frames = _gif_frames(out)
        assert len(frames) >= 3  # Pillow merges identical frames: the steps differ
        assert compare(frames[0], frames[-1]).far_share > 0.001, name
