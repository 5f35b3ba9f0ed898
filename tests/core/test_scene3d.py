"""Box mapping, 3D arrows and camera projection for the mouse and for SVG export."""

from __future__ import annotations

import numpy as np
import pytest

from guicalc.core.scene3d import (
    HALF_HEIGHT,
    Box,
    Camera,
    arrow_3d,
    decimate,
    hit_height,
    project_points,
    project_surface,
    screen_ray,
)


def _look_at(eye: np.ndarray, target: np.ndarray) -> np.ndarray:
    forward = (target - eye) / np.linalg.norm(target - eye)
    side = np.cross(forward, [0, 0, 1.0])
    side /= np.linalg.norm(side)
    up = np.cross(side, forward)
    view = np.eye(4)
    view[0, :3], view[1, :3], view[2, :3] = side, up, -forward
    view[:3, 3] = -view[:3, :3] @ eye
    return view


def _perspective(fov_deg: float, aspect: float, near: float, far: float) -> np.ndarray:
    f = 1 / np.tan(np.radians(fov_deg) / 2)
    return np.array([[f / aspect, 0, 0, 0], [0, f, 0, 0],
                     [0, 0, (far + near) / (near - far), 2 * far * near / (near - far)], [0, 0, -1, 0]])


VIEW = _look_at(np.array([3.0, -4.0, 2.0]), np.zeros(3))
PROJECTION = _perspective(50, 4 / 3, 0.1, 100)
SIZE = (400, 300)


def test_box_maps_ranges_to_the_drawing_box_and_back() -> None:
    box = Box((-10, 10), (0, 4), (0, 200))
    corners = box.to_box(np.array([-10, 10]), np.array([0, 4]), np.array([0, 200]))
    assert corners == pytest.approx(np.array([[-1, -1, -HALF_HEIGHT], [1, 1, HALF_HEIGHT]]))
    assert box.xy_from_box(0.5, -0.5) == pytest.approx((5.0, 1.0))
    assert box.scale == pytest.approx([0.1, 0.5, 2 * HALF_HEIGHT / 200])


def test_arrow_3d_has_the_given_length_and_direction() -> None:
    segments = arrow_3d(np.zeros(3), np.array([0.0, 2.0, 2.0]), 1.0, head=0.25)
    assert segments[1] == pytest.approx([0, np.sqrt(0.5), np.sqrt(0.5)])
    vertical = arrow_3d(np.zeros(3), np.array([0.0, 0.0, 1.0]), 2.0)
    assert vertical[1] == pytest.approx([0, 0, 2])
    assert np.isfinite(vertical).all()


def test_the_target_projects_to_the_centre_and_rays_come_back() -> None:
    pixels, depth = project_points(np.zeros(3), VIEW, PROJECTION, SIZE)
    assert pixels == pytest.approx((200, 150))
    assert depth == pytest.approx(np.sqrt(29))
    point = np.array([0.4, -0.3, 0.2])
    (px, py), _ = project_points(point, VIEW, PROJECTION, SIZE)
    origin, direction = screen_ray(px, py, VIEW, PROJECTION, SIZE)
    hit = hit_height(origin, direction, 0.2)
    assert hit == pytest.approx(point, abs=1e-9)
    assert hit_height(origin, np.array([1.0, 0.0, 0.0]), 0.2) is None


def test_projected_surface_is_drawn_back_to_front_without_holes_at_nan() -> None:
    x = np.linspace(-1, 1, 5)
    xx, yy = np.meshgrid(x, x, indexing="ij")
    vertices = np.stack([xx, yy, 0 * xx], axis=-1)
    vertices[0, 0, 2] = np.nan  # one undefined corner removes one quad
    colors = np.ones((5, 5, 4))
    mesh = project_surface(vertices, colors, VIEW, PROJECTION, SIZE)
    assert mesh.polygons.shape == (15, 4, 2) and mesh.colors.shape == (15, 4)
    # The camera is at +x, −y: quads far from it (−x, +y) come first.
    centres = []
    for polygon in mesh.polygons:
        (cx, cy) = polygon.mean(axis=0)
        origin, direction = screen_ray(cx, cy, VIEW, PROJECTION, SIZE)
        centres.append(hit_height(origin, direction, 0.0))
    distance = [np.linalg.norm(c - np.array([3.0, -4.0, 2.0])) for c in centres]
    assert distance[0] > distance[-1]
    assert distance == pytest.approx(sorted(distance, reverse=True), rel=0.05)


def test_the_orbit_camera_looks_at_its_centre_from_its_distance_and_angles() -> None:
    camera = Camera(distance=5.0, elevation=30.0, azimuth=45.0, center=(0.5, 0.0, 0.0))
    view, projection = camera.matrices((800, 600))
    (px, py), depth = project_points(np.array([0.5, 0.0, 0.0]), view, projection, (800, 600))
    assert (px, py, depth) == pytest.approx((400, 300, 5.0))  # the centre, mid-screen, 5 away
    # Seen from 30° above, the centre's vertical is drawn upwards on screen.
    (_, above), _ = project_points(np.array([0.5, 0.0, 1.0]), view, projection, (800, 600))
    assert above < 300
    # The eye sits at elevation 30°, azimuth 45° around the centre.
    eye = np.linalg.inv(view)[:3, 3]
    offset = eye - np.array([0.5, 0.0, 0.0])
    assert np.degrees(np.arcsin(offset[2] / 5.0)) == pytest.approx(30.0)
    assert np.degrees(np.arctan2(offset[1], offset[0])) == pytest.approx(45.0)


def test_decimate_keeps_the_edges_and_at_most_the_quads_asked_for() -> None:
    x = np.linspace(-1, 1, 201)
    vertices = np.stack([*np.meshgrid(x, x, indexing="ij"), np.zeros((201, 201))], axis=-1)
    colors = np.ones((201, 201, 4))
    thin, thin_colors = decimate(vertices, colors, 80)
    assert thin.shape == (81, 81, 3) and thin_colors.shape == (81, 81, 4)
    assert thin[0, 0, :2].tolist() == [-1, -1] and thin[-1, -1, :2].tolist() == [1, 1]
    small = vertices[:50, :30]
    assert decimate(small, colors[:50, :30], 80)[0].shape == small.shape
