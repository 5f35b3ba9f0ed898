"""The Qt-free mathematical core: parsing, symbolic and numeric calculus, documents.

Nothing in this package imports Qt; a test proves it.
"""
