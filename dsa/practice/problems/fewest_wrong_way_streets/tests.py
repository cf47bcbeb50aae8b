"""Tests for fewest-wrong-way-streets: examples, loops and repeats, a Dijkstra oracle on random
towns, and long chains of 50,000 junctions listed backwards."""

import heapq
import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 50_000


def _dijkstra(n, streets):
    moves = [[] for _ in range(n)]
    for u, v in streets:
        moves[u].append((v, 0))
        moves[v].append((u, 1))
    best = {0: 0}
    heap = [(0, 0)]
    while heap:
        cost, junction = heapq.heappop(heap)
        if cost > best[junction]:
            continue
        for nxt, fine in moves[junction]:
            if cost + fine < best.get(nxt, n + 1):
                best[nxt] = cost + fine
                heapq.heappush(heap, (cost + fine, nxt))
    return best.get(n - 1, -1)


def check(sol, n, streets, want=None, shown=None):
    if want is None:
        want = _dijkstra(n, streets)
    expect(sol.fewest_fines(n, [s[:] for s in streets]), want, n=n, streets=shown or streets)


def test_example_1(sol):
    check(sol, 4, [[0, 1], [2, 1], [2, 3]], 1)


def test_example_2_free_route(sol):
    check(sol, 3, [[0, 2], [1, 0], [1, 2]], 0)


def test_example_3_unreachable(sol):
    check(sol, 3, [[0, 1]], -1)


def test_single_junction(sol):
    check(sol, 1, [], 0)
    check(sol, 1, [[0, 0]], 0)


def test_free_detour_beats_a_fine_found_first(sol):
    # From 0, junction 2 is first reached against [2, 0] (1 fine); the free way is 0 → 1 → 2.
    check(sol, 4, [[2, 0], [0, 1], [1, 2], [2, 3]], 0)


def test_everything_against_the_traffic(sol):
    check(sol, 5, [[4, 3], [3, 2], [2, 1], [1, 0], [1, 1]], 4)


@given(n=st.integers(1, 8), data=st.data())
def test_matches_dijkstra(sol, n, data):
    junction = st.integers(0, n - 1)
    streets = data.draw(st.lists(st.lists(junction, min_size=2, max_size=2), max_size=14),
                        label="streets")
    check(sol, n, streets)


def test_largest_backwards_chain(sol):
    # 0 → 1 → ... → 49,999 free, listed from the far end: relaxing every street in list order
    # extends the known part by one junction per pass, 50,000 passes.
    streets = [*[[i, i + 1] for i in range(N - 1)][::-1], [N - 1, 0]]
    check(sol, N, streets, 0, shown=f"a free chain of {N} junctions, listed backwards")


def test_largest_alternating_chain(sol):
    # A chain whose streets alternate direction (every second one costs a fine), plus a street
    # leading back from the goal, which never helps.
    rng = random.Random(50)
    streets = [[i, i + 1] if i % 2 == 0 else [i + 1, i] for i in range(N - 1)]
    streets.append([N - 1, N - 2])
    rng.shuffle(streets)
    check(sol, N, streets, (N - 1) // 2, shown=f"a chain of {N}, directions alternating")
