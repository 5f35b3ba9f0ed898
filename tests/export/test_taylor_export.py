"""``guicalc export --view taylor``: the formula and both plots, built with no window."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from guicalc import cli, ui
from guicalc.ui import main_window as main_window_module
from tests.export.svg_checks import LINES, texts


def test_the_taylor_figure_is_written_without_a_window(qtbot, monkeypatch, tmp_path, capsys):
    def refuse(*args, **kwargs):
        raise AssertionError("guicalc export built a MainWindow")

    monkeypatch.setattr(ui, "MainWindow", refuse)
    monkeypatch.setattr(main_window_module, "MainWindow", refuse)
    path = tmp_path / "taylor.svg"
    assert cli.main(["export", "exp(x)", "--view", "taylor", "--at", "1", "-o", str(path)]) == 0
    root = ET.parse(path).getroot()
    words = " ".join(texts(root))
    assert "P₃(x) = 2.718281828 + 2.718281828·(x − 1) + 1.359140914·(x − 1)² + 0.4530469714·(x − 1)³" in words
    assert "tolerance" in words and "inflection" in words
    assert sum(1 for _ in root.iter() if _.tag in LINES) > 20
    assert cli.main(["export", "1/(1-x)", "--view", "taylor", "--at", "1", "-o", str(tmp_path / "pole.svg")]) == 2
    assert "no Taylor polynomial at x = 1" in capsys.readouterr().err
