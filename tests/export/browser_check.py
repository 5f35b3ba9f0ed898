"""A real browser draws every exported SVG as the screen shows the figure.

Chromium headless (Debian's ``chromium``) takes a screenshot of each figure's SVG at the
figure's size; it must match Qt's on-screen grab within the golden tests' bounds. One
browser start per figure takes seconds, so CI runs this as a script (.ci/run):

    xvfb-run -a python -m tests.export.browser_check

It prints one line per figure and ``N passed, N failed``; the exit status is 1 if any failed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image


def chromium() -> str | None:
    return next((path for name in ("chromium", "chromium-browser", "google-chrome")
                 if (path := shutil.which(name))), None)


def screenshot(browser: str, svg: Path, size: tuple[int, int], out: Path) -> np.ndarray:
    """``svg`` as Chromium draws it in a window of ``size`` CSS pixels at device scale 1."""
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--force-device-scale-factor=1", f"--window-size={size[0]},{size[1]}",
               f"--screenshot={out}", svg.resolve().as_uri()]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    with Image.open(out) as image:
        return np.asarray(image.convert("RGB"))


def main() -> int:
    from PySide6 import QtWidgets

    from guicalc.core.view_kinds import figure_names, kind_of_figure
    from guicalc.export.figure import export
    from tests.export.figures import CASES, SIZE, close_figure, shown_figure
    from tests.export.renderers import compare

    browser = chromium()
    if browser is None:
        print("browser check: no chromium (bash packaging/install-system-deps.sh installs it)", file=sys.stderr)
        return 1
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(["guicalc"])
    passed = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for name in figure_names():
            expression, at = CASES[kind_of_figure(name).name]
            widget, screen = shown_figure(name, expression, at)
            try:
                svg = export(widget, Path(folder) / f"{name}.svg")
            finally:
                close_figure(widget)
                app.processEvents()
            difference = compare(screenshot(browser, svg, SIZE, Path(folder) / f"{name}.png"), screen)
            ok = difference.within_bounds()
            passed, failed = passed + ok, failed + (not ok)
            print(f"{'ok  ' if ok else 'FAIL'} {name} in Chromium: {difference}")
    print(f"browser check: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
