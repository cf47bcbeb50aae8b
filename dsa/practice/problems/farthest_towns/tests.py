"""Tests for farthest-towns: examples, weights that mislead a road count, an all-pairs oracle on
random trees, and chains and stars of 100,000 towns with the heaviest roads."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000
TOP = 10**9


def _brute(n, roads):
    links = [[] for _ in range(n)]
    for u, v, w in roads:
        links[u].append((v, w))
        links[v].append((u, w))
    best = 0
    for start in range(n):
        dist = {start: 0}
        stack = [start]
        while stack:
            town = stack.pop()
            for nxt, w in links[town]:
                if nxt not in dist:
                    dist[nxt] = dist[town] + w
                    stack.append(nxt)
        best = max(best, *dist.values())
    return best


def check(sol, n, roads, want=None, shown=None):
    if want is None:
        want = _brute(n, roads)
    expect(sol.longest_route(n, [r[:] for r in roads]), want, n=n, roads=shown or roads)


def test_example_1(sol):
    check(sol, 5, [[0, 1, 3], [1, 2, 4], [1, 3, 10], [3, 4, 1]], 15)


def test_example_2_kilometres_not_roads(sol):
    check(sol, 4, [[0, 1, 1], [0, 2, 1], [0, 3, 50]], 51)


def test_example_3_one_town(sol):
    check(sol, 1, [], 0)


def test_two_towns(sol):
    check(sol, 2, [[1, 0, TOP]], TOP)


def test_many_roads_lose_to_one_long_road(sol):
    # From 0, town 5 is farthest by roads (3 of them) but is no end of the longest route.
    check(sol, 6, [[0, 1, 100], [0, 2, 100], [0, 3, 1], [3, 4, 1], [4, 5, 1]], 200)
    check(sol, 6, [[0, 1, 2], [1, 2, 2], [2, 3, 2], [0, 4, 3], [4, 5, 3]], 12)


def test_diameter_away_from_town_zero(sol):
    check(sol, 7, [[0, 1, 1], [1, 2, 5], [2, 3, 9], [2, 4, 8], [4, 5, 2], [1, 6, 1]], 19)


@st.composite
def trees(draw):
    n = draw(st.integers(1, 12))
    order = draw(st.permutations(range(n)))
    roads = [[order[i], order[draw(st.integers(0, i - 1))], draw(st.integers(1, 20))]
             for i in range(1, n)]
    return n, roads


@given(case=trees())
def test_matches_all_pairs(sol, case):
    check(sol, *case)


def test_largest_chain_shuffled(sol):
    # A chain through all 100,000 towns in shuffled order: recursion 100,000 deep fails.
    rng = random.Random(100)
    order = rng.sample(range(N), N)
    roads = [[order[i], order[i + 1], TOP if i % 1000 == 0 else 1 + i % 977] for i in range(N - 1)]
    rng.shuffle(roads)
    want = sum(r[2] for r in roads)
    check(sol, N, roads, want, shown=f"a chain of {N} towns, roads 1..10**9 km")


def test_largest_star_of_arms(sol):
    # 1,000 arms of 100 towns (the last of 99) hang off town 0; the two heaviest arms win.
    roads, town = [], 1
    arm_length = []
    for arm in range(1_000):
        previous, total = 0, 0
        for step in range(100 if arm < 999 else 99):
            w = 1 + (arm * 7919 + step * 104_729) % 1_000_000
            roads.append([previous, town, w])
            total += w
            previous, town = town, town + 1
        arm_length.append(total)
    first, second = sorted(arm_length)[-2:]
    check(sol, N, roads, first + second, shown="1,000 arms of 100 towns around town 0")
