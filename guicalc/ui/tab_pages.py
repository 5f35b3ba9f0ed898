"""Only the shown tab decides how small the window can be.

A QStackedWidget is as wide as its widest page, shown or not: once the race had been
opened (its controls and plots side by side), the curve tab needed 1 120 px in
presentation mode. A hidden page's size policy is set to Ignored, which Qt's layouts
read as "no minimum"; the shown page gets its own policy back.
"""

from __future__ import annotations

from PySide6 import QtWidgets

_OWN_POLICY = "guicalcOwnSizePolicy"


def size_by_current_page(tabs: QtWidgets.QTabWidget) -> None:
    """Give ``tabs`` the minimum size of its current page alone."""
    ignored = QtWidgets.QSizePolicy.Policy.Ignored
    current = tabs.currentWidget()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        own = page.property(_OWN_POLICY)
        if own is None:
            own = page.sizePolicy()
            page.setProperty(_OWN_POLICY, own)
        page.setSizePolicy(own if page is current else QtWidgets.QSizePolicy(ignored, ignored))
    tabs.updateGeometry()
