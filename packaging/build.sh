#!/usr/bin/env bash
# Builds the double-clickable app: dist/guicalc/guicalc (PyInstaller, one folder).
# Works from a clean checkout: guicalc and PyInstaller go into their own virtual
# environment (build/venv), never into .venv, so the bundle holds only what the
# app needs at run time (no pytest, no matplotlib).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
# Python with venv and the Qt libraries to run the result; PyInstaller needs
# binutils (objdump, objcopy) on Linux.
bash packaging/install-system-deps.sh binutils
python=${PYTHON:-python3}
venv=build/venv
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
fi
# setuptools reuses build/lib between builds: a module deleted from the source would
# otherwise still be packaged.
rm -rf build/lib build/bdist.*
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.10,<7"
"$venv/bin/python" packaging/translations.py build  # the .qm the spec bundles
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/guicalc.spec
# A Python built by pyenv keeps its debug information (libpython alone is 23 MB of
# which 18 are debug sections): of no use to the app's users, so it is dropped.
find dist/guicalc/_internal \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \) -print0 |
  xargs -0 strip --strip-debug
du -sh dist/guicalc
