"""The animations ``guicalc export --animate`` makes, by name, with the figure each is drawn on.

Kept apart from guicalc.export.animation (which paints with Qt) so that the command line
lists them without loading Qt for ``guicalc derive`` and the other headless commands.
"""

from __future__ import annotations

ANIMATED_FIGURES: dict[str, str] = {"secant": "curve", "descent": "field", "backprop": "graph"}
"""{animation: the figure (``guicalc export --view``) it moves}."""
