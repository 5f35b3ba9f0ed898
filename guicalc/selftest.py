"""``guicalc --self-test``: the real window opens every example and every registered view
kind, every figure is exported as SVG and PNG, and the files are checked.

CI runs it on the PyInstaller bundle as well as from source (glue's habit): it proves
that the shipped build has its Qt plugins, OpenGL, sympy and icons, not only that the
source works. The summary is JSON on stdout; the exit status is 0 only if all passed.
"""

from __future__ import annotations

import faulthandler
import json
import os
import platform
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

SVG = "{http://www.w3.org/2000/svg}"
VECTOR_TAGS = (f"{SVG}path", f"{SVG}polyline", f"{SVG}polygon")
PNG_SCALE = 2
READY_TIMEOUT_MS = 60_000
HARD_TIMEOUT_S = 300  # a hang anywhere (even outside the event loop) dumps the stacks and exits 1
MIN_INK = 0.002  # share of pixels unlike the background below which a PNG counts as blank
NO_GL_PLATFORMS = ("offscreen", "minimal")  # Qt platforms that have no OpenGL at all
RUNAWAY = "*".join(f"sin({k}x)" for k in range(1, 150))
RUNAWAY_TIMEOUT_MS = 90_000  # the worker's start (importing sympy) and two jobs, on a slow machine


@dataclass(frozen=True)
class Figure:
    """A widget to export; every view's SVG must hold vector elements (the 3D surface's too)."""

    name: str
    widget: QtWidgets.QWidget


def run_self_test(app: QtWidgets.QApplication, window: QtWidgets.QMainWindow) -> int:
    """Run the self-test on ``window``, just shown and built with ``deferred=True`` as the
    app builds it; print the summary; return the exit status."""
    faulthandler.dump_traceback_later(HARD_TIMEOUT_S, exit=True, file=sys.__stderr__)  # a real file
    try:
        summary = SelfTest(app, window).run()
    finally:
        faulthandler.cancel_dump_traceback_later()
    print(format_summary(summary), flush=True)
    return 0 if summary["ok"] else 1


class SelfTest:
    """One run: start-up, examples, exports; problems are collected, never raised."""

    def __init__(self, app: QtWidgets.QApplication, window: QtWidgets.QMainWindow) -> None:
        self.app = app
        self.window = window
        self.errors: list[str] = []
        self.qt_messages: dict[str, int] = {}
        """Qt's warnings with how often each came: reported, not failed (a platform
        plugin may warn about what it cannot do, e.g. offscreen's size hints)."""
        self.exports = 0
        self.three_d: dict[str, Any] = {"rendered": False, "reason": "this window has no two-variable panel"}

    def run(self) -> dict[str, Any]:
        started = time.perf_counter()
        previous_hook = sys.excepthook
        sys.excepthook = self._on_uncaught  # exceptions in Qt slots end up here
        previous_handler = QtCore.qInstallMessageHandler(self._on_qt_message)
        try:
            summary = self._run()
        except Exception:  # the self-test reports, it does not crash
            self.errors.append(traceback.format_exc())
            summary = {}
        finally:
            QtCore.qInstallMessageHandler(previous_handler)
            sys.excepthook = previous_hook
            self._close()
        return {"ok": not self.errors, **summary, "exports": self.exports,
                "total_s": _round(time.perf_counter() - started), "errors": self.errors,
                "qt_messages": self.qt_messages}

    def _run(self) -> dict[str, Any]:
        from guicalc.core.examples import all_examples

        summary: dict[str, Any] = {
            "frozen": bool(getattr(sys, "frozen", False)),
            "platform": self.app.platformName(),
            "qt": QtCore.qVersion(),
            "python": platform.python_version(),
            "icon": self._check_icon(),
            "translations": self._check_translations(),
        }
        summary["startup"] = self._wait_until_ready()
        if not summary["startup"]["ready"]:
            return summary
        with tempfile.TemporaryDirectory(prefix="guicalc-selftest-") as folder:
            examples = all_examples()
            summary["examples"] = [self._example(i, example, Path(folder)) for i, example in enumerate(examples)]
            summary["views"] = self._views({example.view for example in examples}, Path(folder))
        summary["three_d"] = self.three_d
        summary["runaway"] = self._runaway()
        return summary

    # --- runaway symbolic work ----------------------------------------------------------

    def _runaway(self) -> dict[str, Any]:
        """f″ of a product of 149 sines (minutes of sympy) must be stopped in the worker
        process at its budget, and the window must say so: this proves the worker can be
        spawned from the bundle and killed."""
        window = self.window
        controller = window.controller
        ended: list[Any] = []
        controller.background.jobEnded.connect(ended.append)
        window.tabs.setCurrentWidget(window.curve_view)
        window.document.curve.show_second = True
        started = time.perf_counter()
        window.document.functions[0].text = RUNAWAY
        loop = QtCore.QEventLoop()
        poll = QtCore.QTimer()
        poll.timeout.connect(lambda: loop.quit() if {job.key[1] for job in ended} >= {1, 2} else None)
        poll.start(20)
        QtCore.QTimer.singleShot(RUNAWAY_TIMEOUT_MS, loop.quit)
        loop.exec()
        poll.stop()
        controller.background.jobEnded.disconnect(ended.append)
        window.document.curve.show_second = False
        by_order = {job.key[1]: job for job in ended}
        second = by_order.get(2)
        result = {"answered_s": _round(time.perf_counter() - started),
                  "jobs": {f"f{order}": {"s": _round(job.seconds), "stopped": job.timed_out,
                                         "error": (job.error or "")[-200:] if not job.timed_out else ""}
                           for order, job in sorted(by_order.items())},
                  "message": window.statusBar().currentMessage()}
        if second is None or not second.timed_out:
            self.errors.append(f"f″ of the runaway product was not stopped by the worker: {result}")
        return result

    # --- start-up -----------------------------------------------------------------------

    def _wait_until_ready(self) -> dict[str, Any]:
        """Run the event loop until the deferred panels are built (``ready``)."""
        loop = QtCore.QEventLoop()
        done = {"ready": False}

        def on_ready() -> None:
            done["ready"] = True
            loop.quit()

        self.window.ready.connect(on_ready)
        QtCore.QTimer.singleShot(READY_TIMEOUT_MS, loop.quit)
        loop.exec()
        result = {"ready": done["ready"], "since_launch_s": _round(process_age())}
        if not done["ready"]:
            self.errors.append(f"the window was not ready within {READY_TIMEOUT_MS / 1000:.0f} s")
        return result

    def _check_icon(self) -> bool:
        sizes = self.app.windowIcon().availableSizes()
        if not sizes:
            self.errors.append("the application has no window icon (resources/icons not found)")
        return bool(sizes)

    def _check_translations(self) -> dict[str, Any]:
        """Each language's .qm loads and translates (a build that forgot them would be English
        only), and which font family will draw its script (None: none installed)."""
        from guicalc import i18n

        found: dict[str, Any] = {}
        for code in i18n.LANGUAGES:
            if code == "en":
                continue
            translator = QtCore.QTranslator()
            loaded = translator.load(f"guicalc_{code}", str(i18n.translations_dir()))
            translated = loaded and bool(translator.translate("MainWindow", "&File"))
            if not translated:
                self.errors.append(f"guicalc_{code}.qm is missing from {i18n.translations_dir()} or translates nothing")
            found[code] = {"loaded": translated, "font": i18n.cjk_family(code)}
        found["interface"] = {"language": i18n.resolve(i18n.chosen_language()),
                              "file_menu": i18n.translate("MainWindow", "&File")}
        return found

    # --- examples -----------------------------------------------------------------------

    def _example(self, index: int, example: Any, folder: Path) -> dict[str, Any]:
        window = self.window
        started = time.perf_counter()
        try:
            window.open_example(example)
        except Exception:
            self.errors.append(f"opening {example.title!r}:\n{traceback.format_exc()}")
            return {"title": example.title, "opened": False}
        self.app.processEvents()  # the views update on zero-time timers
        result: dict[str, Any] = {"title": example.title, "view": example.view,
                                  "open_s": _round(time.perf_counter() - started)}
        self._settle()
        expected = self._expected_tab(example.view)
        if window.tabs.currentWidget() is not expected:
            self.errors.append(f"{example.title!r} did not show its {example.view} view")
        result["figures"] = [self._export(figure, folder / f"{index:02d}-{figure.name}")
                             for figure in self._figures(example.view)]
        if example.view == "surface" and window.two_variable_panel is not None:
            self.three_d = self._check_three_d(window.two_variable_panel.surface_view)
        return result

    def _views(self, opened: set[str], folder: Path) -> dict[str, Any]:
        """Every registered view kind: "examples" if an example opened it, else its figures,
        exported after showing it on the lesson as it is."""
        from guicalc.core.view_kinds import view_kinds

        checked: dict[str, Any] = {}
        for kind in view_kinds():
            if kind.name in opened:
                checked[kind.name] = "examples"
                continue
            self.window.show_view(kind.name)
            self._settle()
            checked[kind.name] = [self._export(figure, folder / f"view-{figure.name}")
                                  for figure in self._figures(kind.name)]
        return checked

    def _expected_tab(self, view: str) -> QtWidgets.QWidget:
        # a lazy tab that its example could not build: the window stays on the curve
        return self.window.view_widgets.get(view, self.window.curve_view)

    def _figures(self, view: str) -> list[Figure]:
        from guicalc.ui.view_tabs import view_tab

        if view not in self.window.view_widgets:
            view = "curve"
        return [Figure(name, widget) for name, widget in view_tab(view).figures(self.window).items()]

    def _export(self, figure: Figure, stem: Path) -> dict[str, Any]:
        from guicalc.export.figure import export

        result: dict[str, Any] = {"name": figure.name}
        for suffix, check in ((".svg", self._check_svg), (".png", self._check_png)):
            path = stem.with_suffix(suffix)
            started = time.perf_counter()
            try:
                export(figure.widget, path, PNG_SCALE)
                seconds = time.perf_counter() - started
                self.exports += 1
                result[suffix[1:]] = {"s": _round(seconds), "bytes": path.stat().st_size,
                                      **check(figure, path)}
            except Exception:
                self.errors.append(f"exporting {path.name}:\n{traceback.format_exc()}")
        return result

    def _check_svg(self, figure: Figure, path: Path) -> dict[str, Any]:
        """The SVG parses and draws with vector elements (a raster-only file would mean
        the vectors were lost)."""
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            self.errors.append(f"{path.name} is not XML: {exc}")
            return {"vectors": 0}
        vectors = sum(1 for element in root.iter() if element.tag in VECTOR_TAGS)
        images = sum(1 for _ in root.iter(f"{SVG}image"))
        if root.tag != f"{SVG}svg":
            self.errors.append(f"{path.name} is XML but not SVG (root {root.tag})")
        elif vectors == 0:
            self.errors.append(f"{path.name} has no path, polyline or polygon element")
        return {"vectors": vectors, "images": images}

    def _check_png(self, figure: Figure, path: Path) -> dict[str, Any]:
        """The PNG loads, has the widget's size at the export scale, and is not blank."""
        image = QtGui.QImage(str(path))
        if image.isNull():
            self.errors.append(f"{path.name} does not load as an image")
            return {}
        expected = figure.widget.size() * PNG_SCALE
        if image.size() != expected:
            self.errors.append(f"{path.name} is {image.width()}×{image.height()}, "
                               f"not {expected.width()}×{expected.height()}")
        ink = ink_fraction(image)
        if ink < MIN_INK:
            self.errors.append(f"{path.name} is blank ({ink:.4%} of pixels differ from the background)")
        return {"size": [image.width(), image.height()], "ink": round(ink, 4)}

    # --- 3D -----------------------------------------------------------------------------

    def _check_three_d(self, view: QtWidgets.QWidget) -> dict[str, Any]:
        """Whether the surface view rendered with OpenGL. Offscreen Qt has no OpenGL, so
        there it is reported, not failed; on a real (or virtual X) screen it must render."""
        if not view.has_gl:
            reason = view.findChild(QtWidgets.QLabel, "surfaceUnavailable").text()
            if self.app.platformName() not in NO_GL_PLATFORMS:
                self.errors.append(f"3D view unavailable on {self.app.platformName()}: {reason}")
            return {"rendered": False, "reason": reason}
        ink = ink_fraction(view.grab_frame())
        if ink < MIN_INK:
            self.errors.append(f"the 3D frame is blank ({ink:.4%} of pixels differ from the background)")
        return {"rendered": ink >= MIN_INK, "ink": round(ink, 4),
                "renderer": _gl_renderer(view)}

    # --- plumbing -----------------------------------------------------------------------

    def _close(self) -> None:
        """Close as a user quits (timers, autosave and views shut down), without the
        unsaved-changes question: the opened examples are nobody's work."""
        if self.window.controller is None:  # never built: nothing to shut down
            self.window.hide()
            return
        self.window.history.setClean()
        self.window.close()

    def _settle(self, ms: int = 50) -> None:
        """Let coalesced updates and repaints run (they are queued with zero-time timers)."""
        self.app.processEvents()
        loop = QtCore.QEventLoop()
        QtCore.QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def _on_uncaught(self, kind: type[BaseException], value: BaseException, tb: Any) -> None:
        self.errors.append("".join(traceback.format_exception(kind, value, tb)))

    def _on_qt_message(self, kind: QtCore.QtMsgType, _context: QtCore.QMessageLogContext, text: str) -> None:
        if kind != QtCore.QtMsgType.QtDebugMsg:
            self.qt_messages[text] = self.qt_messages.get(text, 0) + 1


def format_summary(summary: dict[str, Any]) -> str:
    """JSON with one line per top-level key and per example: readable in a CI log."""
    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = []
    for key, value in summary.items():
        if isinstance(value, list) and value:  # the examples
            items = ",\n".join(f"  {dump(item)}" for item in value)
            lines.append(f" {dump(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {dump(key)}: {dump(value)}")
    return "{\n" + ",\n".join(lines) + "\n}"


def ink_fraction(image: QtGui.QImage) -> float:
    """Share of pixels whose colour differs from the most common one (the background)."""
    if image.isNull():
        return 0.0
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), image.bytesPerLine() // 4)
    _, counts = np.unique(pixels[:, : image.width()], return_counts=True)
    return float(1.0 - counts.max() / counts.sum())


def process_age() -> float | None:
    """Seconds since this process was launched (Linux /proc), None where unknown.

    Start-up measured inside Python would miss the interpreter's and the bundle's
    own start, which is what a user waits for after a double click.
    """
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except OSError:
        return None
    start_ticks = int(stat.rpartition(")")[2].split()[19])  # field 22, counted after the name
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def _gl_renderer(view: QtWidgets.QWidget) -> str:
    """The OpenGL renderer string (e.g. llvmpipe under Xvfb), for the report."""
    from OpenGL import GL

    view.scene.makeCurrent()
    try:
        return GL.glGetString(GL.GL_RENDERER).decode()
    finally:
        view.scene.doneCurrent()


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
