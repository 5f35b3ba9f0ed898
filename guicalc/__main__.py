"""``python -m guicalc``."""

import sys

from guicalc.cli import main

sys.exit(main())
