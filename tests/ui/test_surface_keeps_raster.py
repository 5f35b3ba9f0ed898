"""Opening the 3D view leaves the rest of the window drawn without OpenGL (issue 16).

One QOpenGLWidget anywhere in a window switches Qt to composing the whole top-level
window through OpenGL, and it stays so after the widget is deleted: every 2D
repaint then went through GL (a curve point move 65 → 125 ms under Xvfb). What
shows it is the top-level QWindow's surface type, which Qt changes from raster to
OpenGL when it starts composing that way.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QSurface
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtWidgets import QApplication

from guicalc.views.surface_view import grab_with_3d
from tests.views.test_surface_view import coloured, pixels


def test_the_surface_tab_shown_and_left_keeps_the_window_raster(qtbot, main_window) -> None:
    assert main_window.windowHandle().surfaceType() == QSurface.SurfaceType.RasterSurface  # before the 3D view exists
    main_window.function_list.first_edit.setText("x0^2 + x1^2")
    qtbot.waitUntil(lambda: main_window.two_variable_panel is not None)
    panel = main_window.two_variable_panel
    main_window.show_view("surface")
    surface = panel.surface_view
    assert surface.has_gl, "run under Xvfb (pytest-xvfb), not offscreen: this needs the 3D view"
    qtbot.waitUntil(lambda: surface.scene.isExposed())
    # The 3D scene is drawn, in the place and size of its container in the tab.
    frame = surface.grab_frame()
    assert coloured(pixels(frame)).mean() > 0.08
    host = surface.scene_host
    assert host.isVisible() and surface.scene.size() == host.size()
    assert surface.scene.mapToGlobal(QPoint(0, 0)) == host.mapToGlobal(QPoint(0, 0))
    # A widget grab leaves the GL window's place blank; grab_with_3d draws the frame there.
    place = QRect(host.mapTo(main_window, QPoint(0, 0)), host.size())
    assert coloured(pixels(main_window.grab().toImage().copy(place))).mean() < 0.01
    assert coloured(pixels(grab_with_3d(main_window).toImage().copy(place))).mean() > 0.08

    main_window.show_view("curve")
    QApplication.processEvents()
    assert not surface.scene.isExposed()  # hidden with its tab
    # (Qt replaces the top-level QWindow when it switches: ask for it again.)
    assert main_window.windowHandle().surfaceType() == QSurface.SurfaceType.RasterSurface
    assert main_window.findChildren(QOpenGLWidget) == []
