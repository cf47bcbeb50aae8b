"""The monotone chain against a brute-force hull, and its cross products counted."""

import importlib
import math
import random

from hypothesis import given
from hypothesis import strategies as st

from dsa.geometry import convex_hull, cross, orientation

# the package exports a function of that name, which hides the module as an attribute
module = importlib.import_module("dsa.geometry.convex_hull")

point_lists = st.lists(st.tuples(st.integers(-6, 6), st.integers(-6, 6)), max_size=40)


def brute_force_corners(points):
    """Corners by definition: a point is a corner unless it lies in a triangle of others or
    strictly between two others on a segment (O(n^4), fine for tests)."""
    distinct = sorted(set(points))
    corners = set()
    for p in distinct:
        others = [q for q in distinct if q != p]
        between = any(cross(a, b, p) == 0 and min(a, b) < p < max(a, b)
                      for i, a in enumerate(others) for b in others[i + 1:])
        inside = any(_in_triangle(p, a, b, c) for i, a in enumerate(others)
                     for j, b in enumerate(others[i + 1:], i + 1) for c in others[j + 1:])
        if not between and not inside:
            corners.add(p)
    return corners


def _in_triangle(p, a, b, c):
    """p in the closed, non-degenerate triangle abc: never strictly right of one edge and
    strictly left of another."""
    signs = {orientation(a, b, p), orientation(b, c, p), orientation(c, a, p)}
    return cross(a, b, c) != 0 and not {1, -1} <= signs


@given(points=point_lists)
def test_hull_corners_match_brute_force(points):
    hull = convex_hull(points)
    assert set(hull) == brute_force_corners(points) and len(hull) == len(set(hull))
    if hull:
        assert hull[0] == min(points)


@given(points=point_lists)
def test_hull_turns_left_everywhere_and_contains_every_point(points):
    hull = convex_hull(points)
    if len(hull) < 3:
        return
    for i in range(len(hull)):
        a, b, c = hull[i], hull[(i + 1) % len(hull)], hull[(i + 2) % len(hull)]
        assert cross(a, b, c) > 0  # strictly counter-clockwise, no collinear corners
        assert all(cross(a, b, p) >= 0 for p in points)  # everything on the left of each edge


def test_points_on_a_circle_are_all_corners_and_a_grid_keeps_four():
    circle = [(round(1000 * math.cos(k)), round(1000 * math.sin(k))) for k in range(0, 24)]
    assert len(convex_hull(circle)) == len(brute_force_corners(circle))
    grid = [(x, y) for x in range(10) for y in range(10)]
    assert convex_hull(grid) == [(0, 0), (9, 0), (9, 9), (0, 9)]


def test_cross_products_are_at_most_four_per_point(monkeypatch):
    calls = 0

    def counting_cross(p, q, r):
        nonlocal calls
        calls += 1
        return cross(p, q, r)

    monkeypatch.setattr(module, "cross", counting_cross)
    rng = random.Random(11)
    for n in (1000, 4000, 16000):
        for points in ([(rng.randint(0, 10**6), rng.randint(0, 10**6)) for _ in range(n)],
                       [(round(10**6 * math.cos(2 * math.pi * k / n)),  # all corners: worst
                         round(10**6 * math.sin(2 * math.pi * k / n))) for k in range(n)]):
            calls = 0
            convex_hull(points)
            assert calls <= 4 * n, (n, calls / n)
