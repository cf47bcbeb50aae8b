"""Tests for two-rival-teams: examples, separate groups, odd and even cycles, a brute-force
oracle over every split, and chains of 50,000 players listed out of order."""

import random
from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true

N = 50_000


def _splittable(n, rivals):
    return any(all(team[a] != team[b] for a, b in rivals) for team in product((0, 1), repeat=n))


def check(sol, n, rivals, possible=None, shown=None):
    """Any valid split is accepted, so check the answer's shape and every rivalry."""
    if possible is None:
        possible = _splittable(n, rivals)
    inputs = {"n": n, "rivals": shown or rivals}
    got = sol.split_teams(n, [pair[:] for pair in rivals])
    expect_true(type(got) is list, f"split_teams should return a list, got {type(got).__name__}",
                **inputs)
    if not possible:
        expect(got, [], **inputs)
        return
    expect_true(len(got) == n and all(type(t) is int and t in (0, 1) for t in got),
                "a split must be a list of n ints, each 0 or 1", **inputs)
    clash = next(([a, b] for a, b in rivals if got[a] == got[b]), None)
    expect_true(clash is None, f"rivals {clash} are on the same team" if clash else "", **inputs)


def test_example_1_chain(sol):
    check(sol, 4, [[0, 1], [1, 2], [2, 3]], True)


def test_example_2_triangle(sol):
    check(sol, 3, [[0, 1], [1, 2], [2, 0]], False)


def test_example_3_player_without_rivals(sol):
    check(sol, 3, [[1, 2]], True)


def test_single_player(sol):
    check(sol, 1, [], True)


def test_groups_placed_apart_then_joined(sol):
    # Pair by pair, [0, 1] and [2, 3] both become 0/1 before [1, 3] joins them, yet the split
    # [0, 1, 1, 0] exists.
    check(sol, 4, [[0, 1], [2, 3], [1, 3]], True)
    check(sol, 4, [[0, 1], [2, 3], [1, 2], [0, 3]], True)


def test_odd_cycle_in_a_later_group(sol):
    check(sol, 6, [[0, 1], [3, 4], [4, 5], [5, 3]], False)


def test_repeated_pairs(sol):
    check(sol, 2, [[0, 1], [1, 0], [0, 1]], True)


@given(n=st.integers(1, 8), data=st.data())
def test_matches_every_split(sol, n, data):
    if n == 1:
        rivals = []
    else:
        pair = st.lists(st.integers(0, n - 1), min_size=2, max_size=2, unique=True)
        rivals = data.draw(st.lists(pair, max_size=10), label="rivals")
    check(sol, n, rivals)


def _chain(rng, odd_extra):
    order = rng.sample(range(N), N)
    order.remove(0)
    order.remove(N - 1)
    order = [0, *order, N - 1]
    rivals = [[order[i], order[i + 1]] for i in range(N - 1)]
    rivals.append([order[-1], order[-3 if odd_extra else -4]])  # closes a 3- or a 4-cycle
    rng.shuffle(rivals)
    return rivals


def test_largest_chain_splittable(sol):
    # A chain through all 50,000 players (shuffled labels, pairs out of order) plus one pair
    # closing an even cycle: a split exists.
    rivals = _chain(random.Random(1), odd_extra=False)
    check(sol, N, rivals, True, shown=f"a chain of {N} players closed into an even cycle")


def test_largest_chain_with_odd_cycle(sol):
    # The same chain, but the extra pair at its far end closes a triangle: no split.
    rivals = _chain(random.Random(2), odd_extra=True)
    rivals[-1], rivals[0] = rivals[0], rivals[-1]
    check(sol, N, rivals, False, shown=f"a chain of {N} players ending in a triangle")
