"""The bundle's entry point: the same ``main`` as the ``guicalc`` command."""

import sys

from guicalc.cli import main

sys.exit(main())
