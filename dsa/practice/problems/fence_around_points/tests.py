"""Tests for fence-around-points: examples, degenerate sets, a brute-force oracle, largest sizes."""

import math
import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

BIG = 10**9


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _on_segment(p, a, b):
    return (_cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def _in_triangle(p, a, b, c):
    s = [_cross(a, b, p), _cross(b, c, p), _cross(c, a, p)]
    return all(v >= 0 for v in s) or all(v <= 0 for v in s)


def _brute(points):
    """Corners = distinct points not inside (or on) any triangle or segment of the others."""
    pts = sorted(set(map(tuple, points)))
    if len(pts) <= 2:
        return [list(p) for p in pts]
    corners = []
    for p in pts:
        others = [q for q in pts if q != p]
        covered = any(_on_segment(p, a, b) for a in others for b in others if a < b) or any(
            _in_triangle(p, a, b, c) and _cross(a, b, c) != 0
            for i, a in enumerate(others) for j, b in enumerate(others[i + 1:], i + 1)
            for c in others[j + 1:])
        if not covered:
            corners.append(p)
    if len(corners) == 2:
        return [list(p) for p in corners]
    cx = sum(p[0] for p in corners) / len(corners)
    cy = sum(p[1] for p in corners) / len(corners)
    corners.sort(key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    start = corners.index(min(corners))
    return [list(p) for p in corners[start:] + corners[:start]]


def _check(sol, points, want=None, shown=None):
    if want is None:
        want = _brute(points)
    got = sol.convex_hull([p[:] for p in points])
    expect(got, want, points=points if shown is None else shown)


def test_example_1(sol):
    _check(sol, [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 0]],
           [[0, 0], [2, 0], [2, 2], [0, 2]])


def test_example_2_collinear(sol):
    _check(sol, [[3, 1], [1, 3], [2, 2], [3, 1]], [[1, 3], [3, 1]])


def test_example_3_single(sol):
    _check(sol, [[5, -4]], [[5, -4]])


def test_same_spot_repeated(sol):
    _check(sol, [[2, 2], [2, 2], [2, 2]], [[2, 2]])


def test_vertical_line_and_two_points(sol):
    _check(sol, [[0, 5], [0, -1], [0, 2]], [[0, -1], [0, 5]])
    _check(sol, [[1, 1], [0, 0]], [[0, 0], [1, 1]])


def test_start_is_smallest_x_then_y(sol):
    _check(sol, [[0, 3], [0, 0], [4, 1], [2, 5]], [[0, 0], [4, 1], [2, 5], [0, 3]])


def test_triangle_with_points_on_every_edge(sol):
    pts = [[0, 0], [6, 0], [0, 6], [3, 0], [0, 3], [3, 3], [2, 4], [1, 1], [6, 0]]
    _check(sol, pts, [[0, 0], [6, 0], [0, 6]])


@given(points=st.lists(st.lists(st.integers(-4, 4), min_size=2, max_size=2), min_size=1,
                       max_size=9))
def test_matches_brute_force(sol, points):
    _check(sol, points)


def test_largest_size_parabola(sol):
    # 44,721 points (i, i²) are all corners of the lower chain: gift wrapping's O(n·h) is
    # ~2·10⁹ steps. The rest of the 50,000 points are inside, or repeats of corners.
    rng = random.Random(22_360)
    corners = [[i, i * i] for i in range(-22_360, 22_361)]
    inside = []
    while len(corners) + len(inside) < 50_000:
        if rng.random() < 0.1:
            inside.append(rng.choice(corners)[:])
        else:
            x = rng.randint(-22_000, 22_000)
            inside.append([x, rng.randint(x * x + 1, 22_360**2)])
    points = corners + inside
    rng.shuffle(points)
    lower = sorted(corners)
    _check(sol, points, lower, "44,721 points (i, i*i) for |i| <= 22,360, 5,279 more inside")


def test_largest_size_extreme_box(sol):
    # The four corners of the whole coordinate range, 20,000 points on the box's edges and
    # 29,996 inside: only the four corners remain.
    rng = random.Random(4)
    points = [[-BIG, -BIG], [BIG, -BIG], [BIG, BIG], [-BIG, BIG]]
    for k in range(20_000):
        t = rng.randint(-BIG, BIG)
        points.append([[t, -BIG], [BIG, t], [t, BIG], [-BIG, t]][k % 4])
    while len(points) < 50_000:
        points.append([rng.randint(-BIG + 1, BIG - 1), rng.randint(-BIG + 1, BIG - 1)])
    rng.shuffle(points)
    _check(sol, points, [[-BIG, -BIG], [BIG, -BIG], [BIG, BIG], [-BIG, BIG]],
           "the corners of [-10**9, 10**9]², 20,000 points on its edges, 29,996 inside")


def test_largest_size_all_on_a_line(sol):
    points = [[BIG - 40_000 * k, -BIG + 40_000 * k] for k in range(50_000)]
    random.Random(1).shuffle(points)
    _check(sol, points, [[BIG - 40_000 * 49_999, -BIG + 40_000 * 49_999], [BIG, -BIG]],
           "50,000 points on the line x + y = 0, shuffled")
