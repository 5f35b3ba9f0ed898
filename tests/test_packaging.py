"""Desktop integration: the menu entry, AppStream metadata, the .guicalc file type and
the icons agree on one set of names, and the install script puts them in place."""

from __future__ import annotations

import configparser
import importlib.util
import os
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
from PySide6 import QtGui

import guicalc
from guicalc.app import ICON_SIZES
from guicalc.core import workspace

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
MIME = "application/x-guicalc"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(path: Path = PACKAGING / "guicalc.desktop") -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_lessons_with_the_guicalc_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Exec"] == "guicalc %f"
    assert entry["Icon"] == "guicalc" and entry["Terminal"] == "false"
    assert entry["MimeType"].split(";") == [MIME, ""]


def test_metainfo_names_the_desktop_entry_icon_file_type_and_version():
    root = ET.parse(PACKAGING / "io.github.guicalc.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.guicalc"
    assert root.find("launchable[@type='desktop-id']").text == "guicalc.desktop"
    assert root.find("icon[@type='stock']").text == desktop_entry()["Icon"]
    assert [m.text for m in root.iter("mediatype")] == [MIME]
    assert [b.text for b in root.iter("binary")] == ["guicalc"]
    assert root.find("releases/release").get("version") == guicalc.__version__


def test_mime_type_matches_the_workspace_suffix():
    root = ET.parse(PACKAGING / "guicalc-mime.xml").getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == [f"*{workspace.SUFFIX}"]
    assert mime_type.find(f"{MIME_NS}icon").get("name") == "guicalc"


def test_png_icons_are_the_svg_rendered_at_each_size(qapp):
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    assert render_icons.SIZES == ICON_SIZES
    for size in ICON_SIZES:
        committed = QtGui.QImage(str(ICONS / f"guicalc-{size}.png"))
        assert (committed.width(), committed.height()) == (size, size)
        fresh = render_icons.render(ICONS / "guicalc.svg", size)
        difference = np.abs(_pixels(committed) - _pixels(fresh)).mean()
        assert difference < 1, f"guicalc-{size}.png is out of date: python packaging/render_icons.py"


def _pixels(image: QtGui.QImage) -> np.ndarray:
    image = image.convertToFormat(QtGui.QImage.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), np.uint8).astype(int)


def test_install_script_puts_entry_icons_and_type_in_place_and_removes_them(tmp_path):
    exe = tmp_path / "app dir" / "guicalc"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = str(PACKAGING / "install-desktop.sh")
    subprocess.run(["bash", script, str(exe)], check=True, env=env, capture_output=True)
    entry = desktop_entry(data / "applications" / "guicalc.desktop")
    assert entry["Exec"] == f'"{exe}" %f'  # quoted: the path has a space
    assert entry["Icon"] == "guicalc" and entry["MimeType"] == desktop_entry()["MimeType"]
    for size in ICON_SIZES:
        assert (data / f"icons/hicolor/{size}x{size}/apps/guicalc.png").read_bytes() == \
            (ICONS / f"guicalc-{size}.png").read_bytes()
    assert (data / "icons/hicolor/scalable/apps/guicalc.svg").is_file()
    assert (data / "mime/packages/guicalc.xml").read_bytes() == (PACKAGING / "guicalc-mime.xml").read_bytes()

    subprocess.run(["bash", script, "--uninstall"], check=True, env=env, capture_output=True)
    assert not [p for p in data.rglob("*guicalc*") if p.is_file()]
