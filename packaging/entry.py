"""The bundle's entry point: the same ``main`` as the ``guicalc`` command."""

import multiprocessing
import sys

# The symbolic worker is this executable started again: it must become the worker here,
# before anything else runs (PyInstaller's runtime hook makes this work when frozen).
multiprocessing.freeze_support()

from guicalc.cli import main  # noqa: E402 - after freeze_support, as the worker needs

sys.exit(main())
