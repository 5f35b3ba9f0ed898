"""Exports are XML for any accepted input (issue 22, §9): the characters XML 1.0 cannot
hold (C0 controls such as \\x0b \\x0c \\x1c–\\x1f, which the parser takes as white space)
never reach the file, in the title or in the figure's own text.

The fuzz: expressions of the notes with control, separator and format characters put
between their tokens; each one the parser accepts is exported as SVG through the window's
figure and read back by Python's XML parser. 2 000 at GUICALC_FUZZ_SCALE=1 (CI), a tenth
locally; a deterministic seed, so every run exports the same ones.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from guicalc.core.parse import ParseError, parse
from guicalc.export.figure import export, xml_text
from tests.core.test_cli import ROOT

SCALE = float(os.environ.get("GUICALC_FUZZ_SCALE", "0.1"))
BASES = ("3x^2 - 4x", "sin(x) + cos(x)", "ln(x^2 + 1)", "sigmoid(x)", "tanh(2x) - x", "e^(-x^2)", "|x| + 1",
         "relu(x) * x", "sqrt(x^2 + 1)", "x^3 / 3", "a x + b", "1 / (1 + e^(-k x))", "softplus(x)")
STRANGE = [chr(c) for c in (*range(0x00, 0x20), 0x7F, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x3000, 0xFEFF,
                            0x200B, 0x200E, 0x202E, 0x2060, 0x2066, 0xFFFE, 0xFFFF, 0xD800)]
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def accepted_expressions(count: int, seed: int = 22) -> list[str]:
    """``count`` different texts the parser accepts, each with at least one strange character."""
    rng = random.Random(seed)
    found: dict[str, None] = {}
    while len(found) < count:
        text = rng.choice(BASES)
        for _ in range(rng.randint(1, 4)):
            spaces = [i for i, c in enumerate(text) if c == " "] or [len(text)]
            at = rng.choice([*spaces, 0, len(text)])
            text = text[:at] + rng.choice(STRANGE) + text[at:]
        if text in found or not any(c in text for c in STRANGE if c != " "):
            continue
        try:
            parse(text)
        except ParseError:
            continue
        found[text] = None
    return list(found)


def test_the_fuzz_puts_characters_xml_cannot_hold_in_what_it_exports():
    texts = accepted_expressions(200)
    assert sum(bool(NOT_XML.search(t)) for t in texts) > 50  # the rest: NEL, NBSP, ideographic space…


@pytest.mark.slow  # 2 000 exports in CI (GUICALC_FUZZ_SCALE=1)
def test_every_accepted_expression_exports_an_svg_that_is_xml(main_window, tmp_path):
    texts = accepted_expressions(max(200, int(2000 * SCALE)))
    output = tmp_path / "figure.svg"
    for i, text in enumerate(texts):
        main_window.function_list.rows[0].edit.setText(text)
        view = "graph" if i % 4 else "curve"  # the graph's labels quote the expression; the curve is slower
        main_window.show_view(view)
        export(main_window.current_figure(), output, title=f"guicalc: {text}")
        data = output.read_bytes()
        ET.fromstring(data)  # raises on a character XML cannot hold
        assert not NOT_XML.search(data.decode("utf-8")), repr(text)


def test_the_command_line_export_of_a_form_feed_is_xml(tmp_path):
    output = tmp_path / "a.svg"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "guicalc", "export", "x^2\x0c+1", "-o", str(output)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    root = ET.parse(output).getroot()
    assert root.find("{http://www.w3.org/2000/svg}title").text == "guicalc: x^2+1"


def test_xml_text_keeps_everything_else():
    assert xml_text("a\tb\nc\rd é 한 ∂ \x85 \u2028") == "a\tb\nc\rd é 한 ∂ \x85 \u2028"
    assert xml_text("\x00\x0b\x0c\x1c\x1f\ud800\ufffe\uffffx") == "x"
