"""A real pointer drag on the X server, for the benchmarks: ``python x_pointer.py X0 Y0 X1 Y1 SECONDS``.

Presses the left button at (X0, Y0) in screen pixels, moves in a straight line to (X1, Y1)
at a mouse's report rate for SECONDS, and lets go. It goes through the XTEST extension
(libXtst, which every X server and Xvfb have), so the application under test receives
the pointer events the way a hand's drag delivers them: through the X server, with its
own event loop compressing motions it has no time for. Run it as a separate process
while the application's event loop runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import time

RATE = 125  # reports per second, a common USB mouse


def drag(start: tuple[int, int], end: tuple[int, int], seconds: float) -> None:
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                          ctypes.c_ulong]
    xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    display = x11.XOpenDisplay(None)
    if not display:
        raise SystemExit("x_pointer: no X display")

    def move(x: float, y: float) -> None:
        xtst.XTestFakeMotionEvent(display, -1, round(x), round(y), 0)
        x11.XFlush(display)

    move(*start)
    time.sleep(0.05)
    xtst.XTestFakeButtonEvent(display, 1, True, 0)
    x11.XFlush(display)
    steps = max(1, round(seconds * RATE))
    began = time.perf_counter()
    for i in range(1, steps + 1):
        time.sleep(max(0.0, began + i / RATE - time.perf_counter()))
        move(start[0] + (end[0] - start[0]) * i / steps, start[1] + (end[1] - start[1]) * i / steps)
    xtst.XTestFakeButtonEvent(display, 1, False, 0)
    x11.XFlush(display)
    x11.XCloseDisplay(display)


if __name__ == "__main__":
    x0, y0, x1, y1 = (int(v) for v in sys.argv[1:5])
    drag((x0, y0), (x1, y1), float(sys.argv[5]))
