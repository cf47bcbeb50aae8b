"""Tests for min-cost-connect-points: examples, edges, a Kruskal oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _kruskal(points):
    n = len(points)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    edges = sorted((abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j)
                   for i in range(n) for j in range(i + 1, n))
    total = 0
    for cost, i, j in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[ri] = rj
            total += cost
    return total


def _check(sol, points, want=None):
    if want is None:
        want = _kruskal(points)
    expect(sol.min_cost_connect_points([p[:] for p in points]), want, points=points)


def test_example_1(sol):
    _check(sol, [[1, 1], [4, 1], [-1, 1], [1, 6]], 10)


def test_example_2_two_points(sol):
    _check(sol, [[-2, 3], [4, -1]], 10)


def test_example_3_single_point(sol):
    _check(sol, [[7, 7]], 0)


def test_points_on_a_line(sol):
    _check(sol, [[0, 0], [2, 0], [-3, 0], [5, 0]], 8)


def test_cheap_triangle_must_not_close(sol):
    # The three cheapest links (1, 1, 2) form a triangle; the far point needs 39 instead.
    _check(sol, [[0, 0], [1, 0], [0, 1], [20, 20]], 41)


@given(points=st.lists(st.tuples(st.integers(-8, 8), st.integers(-8, 8)), min_size=1,
                       max_size=12, unique=True))
def test_matches_kruskal(sol, points):
    _check(sol, [list(p) for p in points])


def test_largest_size(sol):
    # A shuffled 30×30 grid of unit spacing: any tree needs 899 links of length ≥ 1, so 899.
    rng = random.Random(900)
    grid = [[x, y] for x in range(30) for y in range(30)]
    rng.shuffle(grid)
    _check(sol, grid, 899)


def test_far_corners(sol):
    _check(sol, [[-10**6, -10**6], [10**6, 10**6]], 4 * 10**6)
    _check(sol, [[10**6, -10**6], [0, 0], [-10**6, 10**6]], 4 * 10**6)
    _check(sol, [[-10**6, 0], [10**6, 0], [0, 10**6], [0, -10**6]], 6 * 10**6)


def test_largest_spread_grid(sol):
    # 1,000 points of a lattice with spacing 50,000 from x = -10**6 to 10**6: every link is at
    # least 50,000 long and lattice neighbours are exactly that, so the answer is 999 · 50,000.
    rng = random.Random(1000)
    step = 50_000
    points = [[-10**6 + step * i, -10**6 + step * j] for j in range(25) for i in range(41)]
    points = points[:1000]
    rng.shuffle(points)
    _check(sol, points, 999 * step)


def test_points_unchanged(sol):
    points = [[1, 1], [4, 1], [-1, 1], [1, 6]]
    rows = list(points)
    expect(sol.min_cost_connect_points(points), 10, points=[[1, 1], [4, 1], [-1, 1], [1, 6]])
    expect(points, [[1, 1], [4, 1], [-1, 1], [1, 6]], points="the same points, after the call")
    expect(all(a is b for a, b in zip(points, rows, strict=True)), True,
           points="the same point lists, in the same order, after the call")
