"""Tests for network-delay-time: examples, edges, a Floyd-Warshall oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _floyd_warshall(times, n, k):
    inf = float("inf")
    d = [[0 if i == j else inf for j in range(n + 1)] for i in range(n + 1)]
    for u, v, w in times:
        d[u][v] = min(d[u][v], w)
    for m in range(1, n + 1):
        for i in range(1, n + 1):
            for j in range(1, n + 1):
                if d[i][m] + d[m][j] < d[i][j]:
                    d[i][j] = d[i][m] + d[m][j]
    worst = max(d[k][1:])
    return -1 if worst == inf else worst


def _check(sol, times, n, k, want=None):
    if want is None:
        want = _floyd_warshall(times, n, k)
    expect(sol.network_delay_time([t[:] for t in times], n, k), want, times=times, n=n, k=k)


def test_example_1(sol):
    _check(sol, [[1, 2, 9], [1, 3, 2], [3, 2, 3], [2, 4, 1]], 4, 1, 6)


def test_example_2_unreachable(sol):
    _check(sol, [[2, 1, 4]], 2, 1, -1)


def test_example_3_single_node(sol):
    _check(sol, [], 1, 1, 0)


def test_zero_weights_self_loops_and_repeats(sol):
    _check(sol, [[1, 1, 5], [1, 2, 0], [1, 2, 3], [2, 3, 0]], 3, 1, 0)


def test_source_not_node_one(sol):
    _check(sol, [[3, 1, 2], [3, 2, 7], [1, 2, 1]], 3, 3, 3)


@given(n=st.integers(1, 6), data=st.data())
def test_matches_floyd_warshall(sol, n, data):
    node = st.integers(1, n)
    times = data.draw(st.lists(st.tuples(node, node, st.integers(0, 9)).map(list), max_size=14),
                      label="times")
    k = data.draw(node, label="k")
    _check(sol, times, n, k)


def test_largest_size(sol):
    # A chain 1 → 2 → … → 5,000 of weight-1 links plus 25,000 strictly longer links (so only the
    # chain gives exact distances, and a pass over the backwards list extends it by one node),
    # listed backwards: Dijkstra is quick; Bellman-Ford needs ~5,000 passes over 30,000 links.
    rng = random.Random(5_000)
    n = 5_000
    times = [[i, i + 1, 1] for i in range(1, n)]
    for _ in range(25_000):
        u, v = rng.randint(1, n), rng.randint(1, n)
        times.append([u, v, abs(v - u) + 1 + rng.randint(0, 3)])  # longer than the chain
    rng.shuffle(times)
    times.sort(key=lambda t: -t[0])
    _check(sol, times, n, 1, n - 1)


def test_long_expensive_chain(sol):
    # 200 links of weight 10,000 in a row: the last node hears at 1,990,000.
    times = [[i, i + 1, 10_000] for i in range(1, 200)]
    _check(sol, times, 200, 1, 1_990_000)


def test_largest_size_extremes(sol):
    # 10,000 nodes, 60,000 links: a chain 1 → 2 → … → 10,000 whose first link weighs 10,000 and
    # the rest 1, plus forward links strictly longer than the chain between their ends and
    # backward links of any weight 0..10,000. So node 10,000 hears last, at 10,000 + 9,998.
    rng = random.Random(10_000)
    n = 10_000
    times = [[1, 2, 10_000]] + [[i, i + 1, 1] for i in range(2, n)]
    while len(times) < 60_000:
        u, v = rng.randint(2, n), rng.randint(1, n)
        if v <= u:
            times.append([u, v, rng.randint(0, 10_000)])
        elif v - u + 4 <= 10_000:
            times.append([u, v, v - u + 1 + rng.randint(0, 3)])
    times[-1] = [n, 1, 0]
    rng.shuffle(times)
    _check(sol, times, n, 1, 10_000 + n - 2)


def test_largest_star_from_last_node(sol):
    n = 10_000
    times = [[n, i, 1 + i % 10_000] for i in range(1, n)]
    _check(sol, times, n, n, 10_000)
