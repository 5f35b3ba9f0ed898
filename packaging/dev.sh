#!/usr/bin/env bash
# One command from a fresh Debian machine to a running app or a test run:
#   bash packaging/dev.sh run [guicalc args]   installs everything, opens the app
#   bash packaging/dev.sh test [pytest args]   installs everything, runs ruff, lint-imports and the tests
# System packages come from packaging/install-system-deps.sh; Python packages go
# into .venv beside this checkout.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
what=${1:-run}
shift || true

bash packaging/install-system-deps.sh
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
# The Korean and Chinese interface: .ts sources compiled to .qm (Qt's lrelease).
.venv/bin/python packaging/translations.py build

case "$what" in
  run)
    exec .venv/bin/guicalc "$@"
    ;;
  test)
    .venv/bin/ruff check guicalc tests benchmarks
    # The layers (core without Qt; ui > export > views > core) and no import cycle: pyproject.toml.
    .venv/bin/lint-imports
    # pytest-xvfb gives every test a virtual X screen (OpenGL tests need one).
    unset QT_QPA_PLATFORM
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test [args]" >&2
    exit 2
    ;;
esac
