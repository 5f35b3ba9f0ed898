"""PySide6's source scan, kept to guicalc's own modules.

PySide6 (6.11) lets each module opt into ``from __feature__ import snake_case``; to
know which modules might, it reads the whole source of every module imported after
PySide6 (``inspect.getsource``) and looks for the word "PySide6". At start-up that is
~900 modules of numpy, pyqtgraph and sympy: ~0.1 s of CPU before the first paint and
~0.3 s more before the window is fully built (profiled, issue 16).

A module found not to use PySide keeps the feature selection in force; guicalc selects
no feature, so that selection is Qt's own camelCase API, which is also what PySide6
concludes for most of pyqtgraph's modules (they reach Qt through ``pyqtgraph.Qt`` and
never name PySide6). Skipping the scan for modules that are not ours changes nothing
but the time.
"""

from __future__ import annotations

from types import ModuleType

OURS = "guicalc"


def scan_only_our_modules() -> None:
    """From now on PySide6 reads the source of guicalc's modules only. Call it right
    after importing PySide6; without PySide6's private hook (another version) it does
    nothing."""
    try:
        from shibokensupport import feature
    except ImportError:
        return
    scan = getattr(feature, "_mod_uses_pyside", None)
    if not callable(scan) or getattr(scan, "only_ours", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        return getattr(module, "__name__", "").partition(".")[0] == OURS and scan(module)

    uses_pyside.only_ours = True
    feature._mod_uses_pyside = uses_pyside
