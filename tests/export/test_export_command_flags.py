"""``guicalc export`` takes what the window can show: the type, the method, h, the table's
rows, the language; and writes PDF. Checked against numpy's float16 and poppler's tools."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from guicalc import cli
from guicalc.core.view_kinds import figure_names, kind_of_figure
from guicalc.views.curve_view import SECANT_COLOR
from tests.export.figures import CASES, SIZE, close_figure
from tests.export.renderers import compare
from tests.export.svg_checks import SVG, texts
from tests.export.test_portable_svg import figure_and_screen

needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is not installed")


def _export(tmp_path, *args: str, name: str = "figure.svg"):
    out = tmp_path / name
    assert cli.main(["export", *args, "-o", str(out)]) == 0
    return out


def test_the_float16_limit_table_breaks_down_headless(qtbot, tmp_path, capsys):
    """The acceptance command: float16 rows where x + h rounds back to x, as numpy says it does."""
    path = _export(tmp_path, "3x^2-4x", "--view", "limit", "--dtype", "float16", "--at", "1", name="l.svg")
    labels = texts(ET.parse(path).getroot())
    assert "forward quotient in float16 at x = 1; exact f′ = 2" in labels
    rows = [10.0 ** -k for k in range(1, 9)]
    lost = [h for h in rows if np.float16(1) + np.float16(h) == np.float16(1)]  # numpy's float16 rounding
    assert lost and len(lost) < len(rows)
    breakdowns = [t for t in labels if "rounds back to x in float16" in t or "rounds to 0 in float16" in t]
    assert len(breakdowns) >= len(lost) - 1  # a long note wraps over two text lines
    assert labels.count("0.00000") == sum(1 for h in lost if np.float16(h) != 0)
    assert capsys.readouterr().out.strip() == str(path)


def test_method_h_and_rows_reach_the_figure(qtbot, tmp_path):
    path = _export(tmp_path, "3x^2-4x", "--view", "limit", "--method", "central", "--rows", "12", "--at", "1")
    labels = texts(ET.parse(path).getroot())
    assert any(label.startswith("central quotient in float64") for label in labels)
    assert "1e-12" in labels and "1e-13" not in labels
    # The secant's second point sits at x + h: half as far from the point for h = 0.5 as for h = 1.
    gaps = []
    for h in ("0.5", "1"):
        root = ET.parse(_export(tmp_path, "3x^2-4x", "--view", "curve", "--h", h, "--at", "1",
                                name=f"c{h}.svg")).getroot()
        secant_dot = _centre_x(root, SECANT_COLOR)
        point = _centre_x(root, "#ffffff")  # the point's white disc
        gaps.append(secant_dot - point)
    assert gaps[0] == pytest.approx(gaps[1] / 2, rel=0.02)


def _centre_x(root: ET.Element, fill: str) -> float:
    """The x of the centre of the round marker filled with ``fill``."""
    discs = [e.get("d", "") for e in root.iter(f"{SVG}path")
             if e.get("fill", "").lower() == fill.lower() and "C" in e.get("d", "")]
    assert discs, fill
    xs = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", discs[0])[0::2]]
    return (min(xs) + max(xs)) / 2


def test_the_figure_speaks_korean(qtbot, tmp_path, built_translations):
    path = _export(tmp_path, "3x^2-4x", "--view", "curve", "--lang", "ko", "--at", "1")
    assert "접선" in texts(ET.parse(path).getroot())  # the legend's "tangent"


def test_bad_flags_are_refused_in_words(qtbot, tmp_path, capsys):
    assert cli.main(["export", "x^2", "--animate", "secant", "-o", str(tmp_path / "a.svg")]) == 2
    assert "must end in .gif" in capsys.readouterr().err
    assert cli.main(["export", "x^2", "--view", "limit", "--animate", "descent", "-o", str(tmp_path / "a.gif")]) == 2
    assert "drawn on the field view" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


@needs_poppler
@pytest.mark.qt_log_ignore("QPdfEngine: unable to create a gradient.*")  # the table header's style gradient
@pytest.mark.parametrize("figure", [pytest.param(n, marks=pytest.mark.slow) if n in ("surface", "field") else n
                                    for n in figure_names()])
def test_pdf_is_vector_with_embedded_fonts_and_matches_the_screen(qtbot, tmp_path, figure):
    from PIL import Image

    from guicalc.export.figure import export

    expression, at = CASES[kind_of_figure(figure).name]
    widget, screen = figure_and_screen(qtbot, figure, expression, at)
    try:
        path = export(widget, tmp_path / f"{figure}.pdf")
    finally:
        close_figure(widget)
    subprocess.run(["pdftoppm", "-r", "96", "-png", "-singlefile", str(path), str(tmp_path / "page")], check=True)
    with Image.open(tmp_path / "page.png") as image:
        page = np.asarray(image.convert("RGB"))
    assert page.shape == (SIZE[1], SIZE[0], 3)
    difference = compare(page, screen)
    print(f"{figure}.pdf by pdftoppm: {difference}")
    assert difference.within_bounds()
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column
    words = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert words.strip()  # text as text, not outlines
    expected = {"graph": "240", "limit": "2.30000", "curve": "tangent"}
    assert expected.get(figure, "") in words
