"""guicalc: calculus the way deep learning uses it, drawn live."""

__version__ = "0.1.0"
