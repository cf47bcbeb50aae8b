"""Closest pair against all pairs, and its distance computations counted: O(n log n)."""

import importlib
import math
import random
import sys

from hypothesis import given
from hypothesis import strategies as st

from dsa.geometry import closest_pair

# the package exports a function of that name, which hides the module as an attribute
module = importlib.import_module("dsa.geometry.closest_pair")


def squared(p, q):
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def brute_force(points):
    return min(squared(p, q) for i, p in enumerate(points) for q in points[i + 1:])


@given(points=st.lists(st.tuples(st.integers(-50, 50), st.integers(-50, 50)), min_size=2,
                       max_size=60) | st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)),
                                               min_size=2, max_size=30))
def test_matches_all_pairs(points):
    p, q = closest_pair(points)
    assert squared(p, q) == brute_force(points)
    remaining = list(points)
    remaining.remove(p)
    assert q in remaining  # two of the given points (the same one twice only if repeated)


def test_points_on_one_vertical_line_and_floats():
    column = [(0, y * y) for y in range(50)]
    assert closest_pair(column) == ((0, 0), (0, 1))
    rng = random.Random(2)
    cloud = [(rng.random(), rng.random()) for _ in range(500)]
    p, q = closest_pair(cloud)
    assert math.dist(p, q) == math.sqrt(brute_force(cloud))


def test_distance_computations_grow_like_n_log_n(monkeypatch):
    calls = 0
    original = module._squared_distance

    def counting(p, q):
        nonlocal calls
        calls += 1
        return original(p, q)

    monkeypatch.setattr(module, "_squared_distance", counting)
    rng = random.Random(4)
    per_level = {}
    for n in (2**11, 2**13, 2**15):
        calls = 0
        closest_pair([(rng.randint(0, 10**9), rng.randint(0, 10**9)) for _ in range(n)])
        # at most 3 in each base case of 2-3 points and 7 per strip point on each level
        assert calls <= 8 * n * math.log2(n), calls
        per_level[n] = calls / (n * math.log2(n))
    # far below n^2 / 2, and the per-point, per-level cost does not grow
    assert per_level[2**15] <= per_level[2**11] * 1.2
    assert calls < (2**15) ** 2 / 2 / 100


def deepest_nesting(function, *args):
    """Run ``function(*args)``; return its result and the most Python frames open at once."""
    depth = deepest = 0

    def watch(frame, event, arg):
        nonlocal depth, deepest
        if event == "call":
            depth += 1
            deepest = max(deepest, depth)
        elif event == "return":
            depth -= 1

    sys.setprofile(watch)
    try:
        return function(*args), deepest
    finally:
        sys.setprofile(None)


def test_recursion_depth_is_logarithmic():
    # halving the range each call: sixteen times the points, four more frames
    rng = random.Random(6)
    depths = [deepest_nesting(closest_pair, [(rng.random(), rng.random()) for _ in range(n)])[1]
              for n in (500, 8000)]
    assert depths[1] - depths[0] == 4 and depths[1] < 20, depths
