"""Where the shipped files (icons, translations) are: a checkout or the PyInstaller bundle.

Its own module, below everything that needs it: ``guicalc.i18n`` finding the
translations must not import the application (``guicalc.app`` imports the window).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file under resources/: beside the package in a checkout, or inside the
    PyInstaller bundle (``sys._MEIPASS``), where the spec puts the icons."""
    base = getattr(sys, "_MEIPASS", None) or Path(__file__).resolve().parent.parent
    return Path(base, "resources", *parts)
