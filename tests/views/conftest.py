"""pyqtgraph.opengl needs every GL context shared (it compiles its shaders once per
process), so a test session that makes more than one 3D view must ask Qt for that
before the QApplication exists: pytest-qt creates it at the first test, after
collection has imported this file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

if QCoreApplication.instance() is None:
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
