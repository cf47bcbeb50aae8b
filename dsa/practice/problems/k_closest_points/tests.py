"""Tests for k-closest-points: any valid choice is accepted, checked against sorted distances."""

import random
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect_true


def _check(sol, points, k):
    got = sol.k_closest([p[:] for p in points], k)
    expect_true(type(got) is list and all(type(p) is list and len(p) == 2
                                          and all(type(c) is int for c in p) for p in got),
                "return a list of [x, y] lists of ints", points=points, k=k, got=got)
    expect_true(len(got) == k, f"expected {k} points, got {len(got)}", points=points, k=k, got=got)
    pool = Counter(map(tuple, points))
    for p in got:
        expect_true(pool[tuple(p)] > 0, f"{p} is not one of the given points (or used too often)",
                    points=points, k=k, got=got)
        pool[tuple(p)] -= 1
    want = sorted(x * x + y * y for x, y in points)[:k]
    expect_true(sorted(x * x + y * y for x, y in got) == want,
                "some returned point is farther than a point left out", points=points, k=k,
                got=got)


def test_example_1(sol):
    _check(sol, [[3, 4], [-1, 1], [0, -6], [2, 2]], 2)


def test_example_2_tie(sol):
    _check(sol, [[1, 0], [0, -1], [5, 5]], 1)


def test_single_point(sol):
    _check(sol, [[2, -3]], 1)


def test_all_points(sol):
    _check(sol, [[0, 0], [9, -9], [-1, 2]], 3)


def test_duplicates(sol):
    _check(sol, [[1, 1], [1, 1], [0, 3], [1, 1]], 2)


def test_euclidean_not_manhattan(sol):
    # (3, 3) has Manhattan distance 6 but squared distance 18; (0, 5) has 5 and 25.
    _check(sol, [[0, 5], [3, 3]], 1)


points_strategy = st.lists(st.lists(st.integers(-6, 6), min_size=2, max_size=2), min_size=1,
                           max_size=25)


@given(points=points_strategy, data=st.data())
def test_matches_sorted_distances(sol, points, data):
    k = data.draw(st.integers(1, len(points)), label="k")
    _check(sol, points, k)


def test_largest_size(sol):
    rng = random.Random(1000)
    points = [[rng.randint(-10**4, 10**4), rng.randint(-10**4, 10**4)] for _ in range(50_000)]
    _check(sol, points, 50)


def _with_corners(seed):
    """50,000 points, the four corners at ±10**4 among them."""
    rng = random.Random(seed)
    points = [[rng.randint(-10**4, 10**4), rng.randint(-10**4, 10**4)] for _ in range(49_996)]
    return [*points, [10**4, 10**4], [-10**4, -10**4], [10**4, -10**4], [-10**4, 10**4]]


def test_largest_extreme_corners_k_1(sol):
    _check(sol, _with_corners(2000), 1)


def test_largest_extreme_corners_k_all(sol):
    _check(sol, _with_corners(2001), 50_000)


def test_k_near_the_size(sol):
    rng = random.Random(3000)
    points = [[rng.randint(-10**4, 10**4), rng.randint(-10**4, 10**4)] for _ in range(20_000)]
    _check(sol, points, 10_000)
