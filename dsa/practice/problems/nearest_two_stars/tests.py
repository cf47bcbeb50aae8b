"""Tests for nearest-two-stars: examples, duplicates, a brute-force oracle, the largest sizes."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

BIG = 10**9


def _brute(points):
    return min((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
               for i, a in enumerate(points) for b in points[i + 1:])


def _check(sol, points, want=None, shown=None):
    if want is None:
        want = _brute(points)
    got = sol.closest_pair([p[:] for p in points])
    expect(got, want, points=points if shown is None else shown)


def test_example_1(sol):
    _check(sol, [[0, 0], [5, 5], [1, 2], [9, 0]], 5)


def test_example_2_same_point(sol):
    _check(sol, [[-3, 4], [-3, 4], [100, 100]], 0)


def test_example_3_opposite_corners(sol):
    _check(sol, [[-BIG, -BIG], [BIG, BIG]], 8 * 10**18)


def test_pair_across_the_middle(sol):
    # The nearest pair straddles the median x, with closer-in-x pairs far apart in y.
    _check(sol, [[0, 0], [0, 100], [4, 50], [5, 52], [9, 0], [9, 100]], 5)


def test_next_in_y_is_not_enough(sol):
    # In the strip, the nearest partner of a point is not the next one by y.
    _check(sol, [[-4, 8], [-10, 3], [-6, -6], [5, 7]], 61)


@given(points=st.lists(st.lists(st.integers(-20, 20), min_size=2, max_size=2), min_size=2,
                       max_size=40))
def test_matches_brute_force(sol, points):
    _check(sol, points)


@given(points=st.lists(st.lists(st.integers(-BIG, BIG), min_size=2, max_size=2), min_size=2,
                       max_size=12))
def test_matches_brute_force_wide(sol, points):
    _check(sol, points)


def test_largest_size_lattice_with_a_planted_pair(sol):
    # 49,998 points of a lattice with spacing 8·10⁶ (every pair at least 6.4·10¹³ apart), one
    # more at (3, 4) from a lattice point, and the far corner: comparing all pairs is ~10⁹ steps.
    rng = random.Random(50_000)
    lattice = [[-BIG + 8_000_000 * i, -BIG + 8_000_000 * j] for i in range(224)
               for j in range(224)][:49_998]
    anchor = rng.choice(lattice)
    points = [*lattice, [anchor[0] + 3, anchor[1] + 4], [BIG, BIG]]
    rng.shuffle(points)
    _check(sol, points, 25, "49,998 lattice points, one 5 away from one of them, and (10**9, "
           "10**9)")


def test_largest_size_one_vertical_line(sol):
    # 50,000 points with the same x: every point is in every strip.
    rng = random.Random(1)
    ys, y = [], -BIG
    for _ in range(50_000):
        ys.append(y)
        y += rng.randint(30_000, 40_000)
    gap = rng.randrange(1, 50_000)
    ys = [v - 10_001 if k >= gap else v for k, v in enumerate(ys)]
    ys[gap] = ys[gap - 1] + 20_000  # the smallest gap is exactly 20,000
    points = [[BIG, v] for v in ys]
    rng.shuffle(points)
    _check(sol, points, 20_000**2, "50,000 points on the line x = 10**9")


def test_largest_size_clustered(sol):
    # Random points in 50 tight clusters: many near-ties; the oracle checks each cluster alone,
    # since clusters are 4·10⁷ apart and points within a cluster are at most 2,000 apart.
    rng = random.Random(7)
    clusters = [(-BIG + 40_000_000 * c, 0) for c in range(50)]
    points, groups = [], []
    for cx, cy in clusters:
        group = [[cx + rng.randint(0, 1_000), cy + rng.randint(0, 1_000)] for _ in range(1_000)]
        groups.append(group)
        points.extend(group)
    rng.shuffle(points)
    want = min(_sorted_sweep(g) for g in groups)
    _check(sol, points, want, "50 clusters of 1,000 points")


def _sorted_sweep(points):
    """Brute force in x order, stopping once the x gap alone is too big (fine on 1,000 points)."""
    pts = sorted(map(tuple, points))
    best = None
    for i, (x, y) in enumerate(pts):
        for qx, qy in pts[i + 1:]:
            if best is not None and (qx - x) ** 2 >= best:
                break
            d = (qx - x) ** 2 + (qy - y) ** 2
            best = d if best is None else min(best, d)
    return best
