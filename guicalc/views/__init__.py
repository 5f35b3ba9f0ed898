"""pyqtgraph views, one per kind of figure. Views draw; core computes."""
