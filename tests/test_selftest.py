"""``python -m guicalc --self-test`` from source, as CI runs it on the bundle: the real
window opens every example, every view is exported and checked, the summary is JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6 import QtGui

from guicalc import selftest
from guicalc.app import window_icon
from guicalc.core import examples as examples_module
from guicalc.core.examples import all_examples
from guicalc.core.view_kinds import view_kinds

NO_PANEL = "this window has no two-variable panel"


def self_test(platform: str | None) -> tuple[int, dict]:
    """Exit status and summary of a self-test on the session's display (``None``), or on
    ``platform`` as a machine without any display runs it."""
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    if platform:
        env["QT_QPA_PLATFORM"] = platform
        # No X display either: offscreen Qt would otherwise make GL contexts through it
        # while refusing QOpenGLWidget, a mix no headless machine has.
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "guicalc", "--self-test"], capture_output=True, text=True,
                          timeout=300, env=env)
    return done.returncode, json.loads(done.stdout)


def check_examples(summary: dict) -> None:
    """Every example was opened, and each of its figures exported as SVG and PNG."""
    examples = summary["examples"]
    assert [e["title"] for e in examples] == [e.title for e in all_examples()]
    figures = [figure for example in examples for figure in example["figures"]]
    # A kind no example opens (the autodiff lab) is shown on the lesson and its figures exported.
    unopened = [figure for checked in summary["views"].values() if checked != "examples" for figure in checked]
    assert summary["exports"] == 2 * (len(figures) + len(unopened))
    assert [f["name"] for f in summary["views"]["lab"]] == ["check", "jacobian", "rules", "double-backward"]
    assert all(f["svg"]["vectors"] > 0 and f["png"]["ink"] > 0.002 for f in unopened), unopened
    for example in examples:
        assert example["open_s"] >= 0 and example["figures"], example
        for figure in example["figures"]:
            assert figure["svg"]["s"] >= 0 and figure["png"]["s"] >= 0
            assert figure["svg"]["vectors"] > 0, (example["title"], figure)  # the 3D surface too
            assert figure["png"]["ink"] > 0.002, (example["title"], figure)
    shown: dict[str, set[tuple[str, ...]]] = {}
    for example in examples:
        shown.setdefault(example["view"], set()).add(tuple(f["name"] for f in example["figures"]))
    assert shown["curve"] == {("curve", "limit")} and shown["graph"] == {("graph",)}
    has_panel = summary["three_d"].get("reason") != NO_PANEL
    assert shown["surface"] == {("field", "surface") if has_panel else ("curve", "limit")}
    assert set(summary["views"]) == {kind.name for kind in view_kinds()}  # every registered kind
    assert {name for name, checked in summary["views"].items() if checked == "examples"} == {"curve", "graph",
                                                                                              "surface"}


def check_runaway(summary: dict) -> None:
    """f″ of the product of 149 sines was stopped in the worker process, and said so."""
    runaway = summary["runaway"]
    assert runaway["jobs"]["f2"]["stopped"], runaway
    assert "f″ is too large to work out symbolically (stopped after 2 s)" in runaway["message"]


@pytest.mark.slow  # the whole self-test in a new process
def test_self_test_on_a_screen_renders_everything():
    status, summary = self_test(None)
    assert status == 0 and summary["ok"] and summary["errors"] == [], summary["errors"]
    assert summary["platform"] == "xcb" and summary["frozen"] is False and summary["icon"] is True
    assert summary["startup"]["ready"] and 0 < summary["startup"]["since_launch_s"] < 60
    check_examples(summary)
    check_runaway(summary)
    three_d = summary["three_d"]
    assert three_d["rendered"] or three_d["reason"] == NO_PANEL  # under X with Mesa, 3D must draw


@pytest.mark.slow
def test_self_test_offscreen_reports_3d_instead_of_failing():
    status, summary = self_test("offscreen")
    assert status == 0 and summary["ok"] and summary["errors"] == [], summary["errors"]
    assert summary["platform"] == "offscreen"
    check_examples(summary)
    check_runaway(summary)
    assert summary["three_d"]["rendered"] is False and summary["three_d"]["reason"]


@pytest.fixture
def app_icon():
    """The icon app.py gives the application, for in-process self-tests; removed after."""
    app = QtGui.QGuiApplication.instance()
    app.setWindowIcon(window_icon())
    yield
    app.setWindowIcon(QtGui.QIcon())


@pytest.mark.slow  # the whole self-test, in process
def test_a_failure_is_reported_and_the_exit_status_is_1(qtbot, capsys, monkeypatch, app_icon):
    from guicalc.ui import MainWindow

    first, second = all_examples()[:2]
    monkeypatch.setattr(examples_module, "all_examples", lambda: [first, second])
    window = MainWindow(deferred=True)
    qtbot.addWidget(window)
    window.show()
    opened = []

    def open_example(example: object) -> None:
        if example is second:
            raise RuntimeError("the example could not be opened")
        opened.append(example)
        MainWindow.open_example(window, example)

    window.open_example = open_example
    assert selftest.run_self_test(QtGui.QGuiApplication.instance(), window) == 1
    assert not window.isVisible()
    summary = json.loads(capsys.readouterr().out)
    assert summary["ok"] is False and opened == [first]
    assert summary["examples"][1] == {"title": second.title, "opened": False}
    assert len(summary["errors"]) == 1 and "the example could not be opened" in summary["errors"][0]
    # the first example's curve and limit views, then the graph and surface-and-field that no example
    # opened (every registered view kind is checked), each figure as SVG and PNG
    assert summary["views"]["curve"] == "examples"
    assert [f["name"] for f in summary["views"]["graph"]] == ["graph"]
    assert [f["name"] for f in summary["views"]["surface"]] == ["field", "surface"]
    assert [f["name"] for f in summary["views"]["lab"]] == ["check", "jacobian", "rules", "double-backward"]
    assert summary["exports"] == 2 * sum(len(kind.figures) for kind in view_kinds())  # curve 2, graph 1, …


def test_blank_png_and_pathless_svg_are_errors(main_window, tmp_path):
    test = selftest.SelfTest(QtGui.QGuiApplication.instance(), main_window)
    figure = selftest.Figure("curve", main_window.curve_view)
    blank = QtGui.QImage(main_window.curve_view.size() * selftest.PNG_SCALE, QtGui.QImage.Format.Format_RGB32)
    blank.fill(QtGui.QColor("white"))
    blank.save(str(tmp_path / "blank.png"))
    (tmp_path / "text.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><text>f(x)</text></svg>')
    (tmp_path / "broken.svg").write_text("<svg")
    assert test._check_png(figure, tmp_path / "blank.png")["ink"] == 0
    assert test._check_svg(figure, tmp_path / "text.svg")["vectors"] == 0
    test._check_svg(figure, tmp_path / "broken.svg")
    assert [error.split(" ", 2)[:2] for error in test.errors] == [["blank.png", "is"], ["text.svg", "has"],
                                                                  ["broken.svg", "is"]]
    assert "blank" in test.errors[0] and "no path" in test.errors[1] and "not XML" in test.errors[2]
