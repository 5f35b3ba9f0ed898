"""Independent SVG renderers (not Qt's) and the measure of how far a rendering is from the screen.

librsvg (``rsvg-convert``, Debian librsvg2-bin: GNOME and many slide tools), CairoSVG
and resvg (PyPI) each draw an exported SVG at the figure's pixel size on white;
``compare`` says how far that is from Qt's on-screen grab of the same figure.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

MEAN_LIMIT = 8.0
"""Acceptance: mean absolute difference per channel, of 255."""
FAR = 64
FAR_SHARE_LIMIT = 0.02
"""Acceptance: at most 2 % of pixels differ by more than 64 of 255 in some channel."""


@dataclass(frozen=True)
class Difference:
    mean: float
    """Mean absolute difference per channel, 0…255."""
    far_share: float
    """Share of pixels whose largest channel difference exceeds ``FAR``."""

    def within_bounds(self) -> bool:
        return self.mean <= MEAN_LIMIT and self.far_share <= FAR_SHARE_LIMIT

    def __str__(self) -> str:
        return f"mean {self.mean:.2f}/255, {100 * self.far_share:.2f} % of pixels off by > {FAR}"


def compare(rendered: np.ndarray, screen: np.ndarray) -> Difference:
    """Both (height, width, 3) RGB arrays of the same size."""
    assert rendered.shape == screen.shape, (rendered.shape, screen.shape)
    delta = np.abs(rendered.astype(int) - screen.astype(int))
    return Difference(float(delta.mean()), float((delta.max(axis=2) > FAR).mean()))


def _on_white(png: bytes) -> np.ndarray:
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    white = Image.new("RGBA", image.size, (255, 255, 255, 255))
    return np.asarray(Image.alpha_composite(white, image).convert("RGB"))


def rsvg(path: Path, width: int, height: int) -> np.ndarray:
    png = subprocess.run(["rsvg-convert", "--width", str(width), "--height", str(height), str(path)],
                         check=True, capture_output=True, timeout=60).stdout
    return _on_white(png)


def cairosvg(path: Path, width: int, height: int) -> np.ndarray:
    import cairosvg as cairo_svg

    return _on_white(cairo_svg.svg2png(url=str(path), output_width=width, output_height=height))


def resvg(path: Path, width: int, height: int) -> np.ndarray:
    import resvg_py

    png = bytes(resvg_py.svg_to_bytes(svg_path=str(path), width=width, height=height,
                                      sans_serif_family="DejaVu Sans"))
    return _on_white(png)


RENDERERS = {"rsvg-convert": rsvg, "CairoSVG": cairosvg, "resvg": resvg}


def missing() -> list[str]:
    """The renderers this machine lacks (packaging/install-system-deps.sh and pyproject.toml bring them)."""
    absent = [] if shutil.which("rsvg-convert") else ["rsvg-convert (librsvg2-bin)"]
    for module, name in (("cairosvg", "CairoSVG"), ("resvg_py", "resvg-py")):
        try:
            __import__(module)
        except ImportError:
            absent.append(name)
    return absent
