"""Qt widgets: the main window, editors, docks and actions."""

from guicalc.ui.main_window import MainWindow

__all__ = ["MainWindow"]
