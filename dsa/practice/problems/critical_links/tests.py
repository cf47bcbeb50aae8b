"""Tests for critical-links: examples, doubled cables, isolated machines, a cut-and-recount
oracle on random multigraphs, and chains and cycles of 100,000 machines."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 50_000


def _components(n, links, skip):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = n
    for index, (u, v) in enumerate(links):
        if index != skip and find(u) != find(v):
            parent[find(u)] = find(v)
            count -= 1
    return count


def _brute(n, links):
    whole = _components(n, links, -1)
    return sorted(sorted(link) for index, link in enumerate(links)
                  if _components(n, links, index) > whole)


def check(sol, n, links, want=None, shown=None):
    if want is None:
        want = _brute(n, links)
    expect(sol.critical_links(n, [link[:] for link in links]), want, n=n, links=shown or links)


def test_example_1(sol):
    check(sol, 5, [[0, 1], [1, 2], [2, 0], [1, 3], [3, 4]], [[1, 3], [3, 4]])


def test_example_2_doubled_cable(sol):
    check(sol, 3, [[0, 1], [1, 0], [1, 2]], [[1, 2]])


def test_example_3_isolated_machines(sol):
    check(sol, 4, [[2, 3]], [[2, 3]])


def test_no_cables(sol):
    check(sol, 1, [], [])
    check(sol, 3, [], [])


def test_pairs_come_sorted(sol):
    check(sol, 4, [[3, 2], [2, 1], [1, 0]], [[0, 1], [1, 2], [2, 3]])


def test_two_cycles_joined_by_one_cable(sol):
    check(sol, 6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]], [[2, 3]])


@st.composite
def networks(draw):
    n = draw(st.integers(1, 9))
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    links = draw(st.lists(pair.map(list), max_size=12)) if n > 1 else []
    return n, links


@given(case=networks())
def test_matches_cut_and_recount(sol, case):
    check(sol, *case)


def test_largest_chain(sol):
    # A chain through all 50,000 machines in shuffled order, 49,999 cables, all critical, plus
    # one doubled cable at the end, which is not.
    rng = random.Random(7)
    order = rng.sample(range(N), N)
    order.remove(0)
    order.remove(N - 1)
    order = [0, *order, N - 1]
    links = [[order[i], order[i + 1]] for i in range(N - 1)]
    links.append([order[-1], order[-2]])
    rng.shuffle(links)
    want = sorted(sorted((order[i], order[i + 1])) for i in range(N - 2))
    check(sol, N, links, want, shown=f"a chain of {N} machines, the last cable doubled")


def test_largest_cycle_with_tails(sol):
    # A cycle of 25,000 machines (no critical cable) and 25,000 more cables hanging trees off it
    # (all critical).
    rng = random.Random(8)
    ring = N // 2
    links = [[i, (i + 1) % ring] for i in range(ring)]
    tail = []
    for v in range(ring, N):
        u = rng.randrange(0, v)
        tail.append(sorted((u, v)))
    links += [link[::-1] for link in tail]
    check(sol, N, links, sorted(tail), shown=f"a cycle of {ring} with {N - ring} tree cables")
