"""Figures to files: SVG (vector paths, text as text), PNG at 1×, 2× or 4×, the clipboard."""
