"""Tests for pipeline-throughput: the examples, parallel and opposite pipes, a brute-force
minimum cut as oracle, and networks of the largest size whose answer is known by construction."""

import random
from itertools import pairwise, product

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

BIG = 10**9


def _min_cut(n, pipes, source, sink):
    """The smallest total capacity leaving a station set that holds the source but not the sink
    (max-flow min-cut theorem), over every such set."""
    others = [v for v in range(n) if v not in (source, sink)]
    best = None
    for sides in product((False, True), repeat=len(others)):
        inside = {source} | {v for v, keep in zip(others, sides, strict=True) if keep}
        cut = sum(c for u, v, c in pipes if u in inside and v not in inside)
        best = cut if best is None else min(best, cut)
    return best


def check(sol, n, pipes, source, sink, want=None, shown=None):
    if want is None:
        want = _min_cut(n, pipes, source, sink)
    got = sol.max_throughput(n, [p[:] for p in pipes], source, sink)
    expect(got, want, n=n, pipes=shown or pipes, source=source, sink=sink)


def test_example_1(sol):
    check(sol, 4, [[0, 1, 3], [0, 2, 2], [1, 2, 5], [1, 3, 2], [2, 3, 3]], 0, 3, 5)


def test_example_2_needs_a_reverse_edge(sol):
    pipes = [[0, 1, 1], [1, 2, 1], [2, 3, 1], [1, 4, 1], [4, 5, 1], [5, 6, 1], [6, 3, 1],
             [0, 7, 1], [7, 8, 1], [8, 2, 1]]
    check(sol, 9, pipes, 0, 3, 2)


def test_example_3_unreachable(sol):
    check(sol, 3, [[0, 1, 4], [0, 1, 6], [2, 1, 9]], 0, 2, 0)


def test_two_stations(sol):
    check(sol, 2, [], 0, 1, 0)
    check(sol, 2, [[1, 0, 7]], 0, 1, 0)
    check(sol, 2, [[0, 1, BIG], [0, 1, BIG], [1, 0, 5]], 0, 1, 2 * BIG)
    check(sol, 2, [[0, 1, 1], [1, 0, BIG]], 1, 0, BIG)


def test_parallel_and_opposite_pipes(sol):
    check(sol, 3, [[0, 1, 2], [0, 1, 3], [1, 2, 4], [1, 2, 4], [2, 1, 6]], 0, 2, 5)
    check(sol, 4, [[0, 1, 5], [1, 2, 5], [2, 1, 5], [2, 3, 5], [0, 2, 1]], 0, 3, 5)


@given(n=st.integers(2, 6), data=st.data())
def test_matches_min_cut(sol, n, data):
    pipes = data.draw(st.lists(
        st.tuples(st.integers(0, n - 1), st.integers(0, n - 1),
                  st.one_of(st.integers(1, 20), st.integers(1, BIG))),
        max_size=14).map(lambda ps: [[u, v, c] for u, v, c in ps if u != v]))
    source, sink = data.draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2,
                                      unique=True))
    check(sol, n, pipes, source, sink)


def _known_cut(n, m, source, sink, seed):
    """A network whose minimum cut is the pipes from a station set S to the rest T, where
    S holds the source and T the sink: inside S a chain from the source reaches every station,
    inside T a chain reaches the sink, both of capacity 10**9, and the cut's pipes total far
    less, so all of it can be routed. Every other pipe stays inside a side or runs from T to S."""
    rng = random.Random(seed)
    rest = [v for v in range(n) if v not in (source, sink)]
    rng.shuffle(rest)
    s_side, t_side = [source, *rest[: len(rest) // 2]], [*rest[len(rest) // 2:], sink]
    pipes = [[a, b, BIG] for a, b in pairwise(s_side)]
    pipes += [[a, b, BIG] for a, b in pairwise(t_side)]
    cut = [[rng.choice(s_side), rng.choice(t_side), rng.randint(1, 10**6)] for _ in range(150)]
    cut[0][2] = 1
    pipes += cut
    while len(pipes) < m:
        kind = rng.random()
        side = s_side if kind < 0.4 else t_side if kind < 0.8 else None
        u, v = ((rng.choice(side), rng.choice(side)) if side else
                (rng.choice(t_side), rng.choice(s_side)))
        if u != v:
            pipes.append([u, v, rng.randint(1, BIG)])
    rng.shuffle(pipes)
    return pipes, sum(c for _, _, c in cut)


def test_largest_size(sol):
    for source, sink, seed in ((0, 199, 1), (199, 0, 2), (57, 120, 3)):
        pipes, want = _known_cut(200, 2000, source, sink, seed)
        check(sol, 200, pipes, source, sink, want,
              shown=f"2,000 pipes among 200 stations (seed {seed}); minimum cut {want}")


def test_longest_chain(sol):
    pipes = [[v, v + 1, BIG - v] for v in range(199)]
    pipes[150][2] = 12_345
    check(sol, 200, pipes, 0, 199, 12_345, shown="a chain 0 → 1 → … → 199")


def test_many_crossing_paths(sol):
    # Layers of 10 stations, every station joined to every station of the next layer with
    # capacity 1: the flow is 10 per layer boundary but takes many augmenting paths.
    n, width = 2 + 10 * 19, 10
    layer = [[1 + width * k + i for i in range(width)] for k in range(19)]
    pipes = [[0, v, BIG] for v in layer[0]] + [[v, n - 1, BIG] for v in layer[-1]]
    for a_layer, b_layer in pairwise(layer):
        pipes += [[a, b, 1] for a in a_layer for b in b_layer]
    check(sol, n, pipes, 0, n - 1, width * width,
          shown="19 layers of 10 stations, each joined to all of the next with capacity 1")
