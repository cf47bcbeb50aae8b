"""Tests for points-inside-a-field: the examples, both orientations, slanted sides, a
point-by-point oracle on random star-shaped fields, and fields of 100,000 corners spanning
±10⁹ whose counts are known in closed form."""

import random
from math import atan2

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

BIG = 10**9


def _on_segment(px, py, ax, ay, bx, by):
    cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
    return cross == 0 and min(ax, bx) <= px <= max(ax, bx) and min(ay, by) <= py <= max(ay, by)


def _count_point_by_point(vertices):
    """Every grid point of the bounding box: not on a side, and inside by ray casting."""
    xs, ys = [v[0] for v in vertices], [v[1] for v in vertices]
    sides = list(zip(vertices, vertices[1:] + vertices[:1], strict=True))
    count = 0
    for px in range(min(xs), max(xs) + 1):
        for py in range(min(ys), max(ys) + 1):
            if any(_on_segment(px, py, *a, *b) for a, b in sides):
                continue
            crossings = 0
            for (ax, ay), (bx, by) in sides:
                if (ay > py) != (by > py):  # the side straddles the ray's height
                    x_at = ax + (py - ay) * (bx - ax) / (by - ay)
                    crossings += x_at > px
            count += crossings % 2
    return count


def check(sol, vertices, want=None, shown=None):
    if want is None:
        want = _count_point_by_point(vertices)
    got = sol.interior_points([v[:] for v in vertices])
    expect(got, want, vertices=shown or vertices)


def test_example_1_rectangle(sol):
    check(sol, [[0, 0], [4, 0], [4, 3], [0, 3]], 6)


def test_example_2_clockwise_triangle(sol):
    check(sol, [[0, 0], [0, 4], [4, 0]], 3)


def test_example_3_thin_l_shape(sol):
    check(sol, [[0, 0], [3, 0], [3, 1], [1, 1], [1, 3], [0, 3]], 0)


def test_slanted_sides_and_orientation(sol):
    field = [[0, 0], [6, 2], [3, 7], [-2, 4]]
    check(sol, field)
    check(sol, field[::-1])
    check(sol, [[-3, -1], [5, 3], [1, 2]])  # a thin triangle
    check(sol, [[0, 0], [5, 0], [5, 5], [3, 2], [0, 5]])  # a notch from the top


@st.composite
def star_fields(draw):
    """Corners at increasing angles around the origin, each gap under half a turn: simple."""
    points = draw(st.lists(st.tuples(st.integers(-7, 7), st.integers(-7, 7)), min_size=3,
                           max_size=9, unique=True).filter(lambda ps: (0, 0) not in ps))
    points.sort(key=lambda p: atan2(p[1], p[0]))
    ring = list(zip(points, points[1:] + points[:1], strict=True))
    if any(a[0] * b[1] - a[1] * b[0] <= 0 for a, b in ring):  # gap of half a turn or more
        points = [(1, 0), (0, 1), (-1, 0), (0, -1), *[p for p in points if p[0] > 1][:1]]
        points.sort(key=lambda p: atan2(p[1], p[0]))
    field = [list(p) for p in points]
    return field if draw(st.booleans()) else field[::-1]


@given(field=star_fields())
def test_matches_point_by_point(sol, field):
    check(sol, field)


def test_largest_triangle(sol):
    # Legs of L = 2·10⁹ along the axes: inside are (i, j) with i, j >= 1 and i + j <= L - 1.
    length = 2 * BIG
    want = (length - 1) * (length - 2) // 2
    check(sol, [[-BIG, -BIG], [BIG, -BIG], [-BIG, BIG]], want)
    check(sol, [[-BIG, BIG], [BIG, -BIG], [-BIG, -BIG]], want)


def _skyline(seed, strips):
    """A bottom side at y = -10⁹ and a top of horizontal steps between x = ±10⁹; with the
    count of inside points by columns: the open strips, plus each inner step line below the
    lower of its two neighbouring tops."""
    rng = random.Random(seed)
    xs = sorted(rng.sample(range(-BIG + 1, BIG), strips - 1))
    xs = [-BIG, *xs, BIG]
    tops = [rng.randint(-BIG + 1, BIG)]
    while len(tops) < strips:
        h = rng.choice((rng.randint(-BIG + 1, BIG), -BIG + 1, BIG))
        if h != tops[-1]:
            tops.append(h)
    corners = [[-BIG, -BIG], [BIG, -BIG]]
    for i in range(strips - 1, -1, -1):
        corners += [[xs[i + 1], tops[i]], [xs[i], tops[i]]]
    inside = sum((xs[i + 1] - xs[i] - 1) * (tops[i] + BIG - 1) for i in range(strips))
    inside += sum(min(tops[i - 1], tops[i]) + BIG - 1 for i in range(1, strips))
    return corners, inside


def test_largest_size_skyline(sol):
    corners, want = _skyline(23, 49_999)
    check(sol, corners, want, shown="a skyline of 49,999 steps over x = ±10**9 (100,000 "
          "corners, anticlockwise)")


def test_skyline_clockwise(sol):
    # Each corner crosses to your code as its own small list: 20,000 corners are enough here.
    corners, want = _skyline(24, 9_999)
    check(sol, corners[::-1], want, shown="a skyline of 9,999 steps (20,000 corners, "
          "clockwise)")
