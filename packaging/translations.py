"""Korean and Chinese translations of the interface, with Qt's own tools.

    python packaging/translations.py update      # collect the strings into resources/translations/*.ts
    python packaging/translations.py build       # compile the .ts into .qm (dev.sh and build.sh run this)
    python packaging/translations.py unfinished  # list what is not translated yet; exit 1 if anything

``update`` runs ``pyside6-lupdate`` over guicalc/ (``translate("Context", ...)`` in
the window, ``QT_TRANSLATE_NOOP`` in the Qt-free core): new strings arrive marked
unfinished, strings that vanished are dropped. Translate them in Qt Linguist
(``pyside6-linguist resources/translations/guicalc_ko.ts``) or in the XML, then
``build``. The ``.qm`` files are build products and not committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ko", "zh_CN")
SOURCES = ("guicalc",)


def ts_files() -> list[Path]:
    return [TS_DIR / f"guicalc_{code}.ts" for code in LANGUAGES]


def tool(name: str) -> str:
    """``pyside6-<name>`` of the Python running this (the venv's), else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p.relative_to(ROOT)) for src in SOURCES for p in (ROOT / src).rglob("*.py"))
    for ts in ts_files():
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *files,
                        "-target-language", ts.stem.removeprefix("guicalc_"), "-ts", str(ts)],
                       cwd=ROOT, check=True)


def build() -> None:
    for ts in ts_files():
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message of ``ts`` that has no finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") \
                    or not (translation.text or "").strip():
                missing.append((name, message.findtext("source", "")))
    return missing


def report_unfinished() -> int:
    total = 0
    for ts in ts_files():
        missing = unfinished(ts)
        total += len(missing)
        print(f"{ts.name}: {len(missing)} unfinished")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
    return 1 if total else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "unfinished":
        return report_unfinished()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
