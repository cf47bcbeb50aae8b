"""Tests for fewest-terms: the examples, repeated rules, cycles, a relaxation oracle on small
random rule sets, and 100,000 courses in one long chain or a planted random order."""

import random
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000


def _relax(n, prereqs):
    """Longest chains by repeated relaxation; still changing after n rounds means a cycle."""
    depth = [1] * n
    for _ in range(n + 1):
        changed = False
        for a, b in prereqs:
            if depth[a] + 1 > depth[b]:
                depth[b], changed = depth[a] + 1, True
        if not changed:
            return max(depth)
    return -1


def check(sol, n, prereqs, want=None, shown=None):
    if want is None:
        want = _relax(n, prereqs)
    got = sol.fewest_terms(n, [p[:] for p in prereqs])
    expect(got, want, n=n, prereqs=shown or prereqs)


def test_example_1(sol):
    check(sol, 4, [[0, 1], [0, 2], [1, 3], [2, 3]], 3)


def test_example_2_cycle(sol):
    check(sol, 3, [[0, 1], [1, 2], [2, 1]], -1)


def test_example_3_last_prerequisite_decides(sol):
    check(sol, 5, [[0, 4], [3, 4], [1, 3]], 3)


def test_no_rules_and_repeats(sol):
    check(sol, 1, [], 1)
    check(sol, 6, [], 1)
    check(sol, 3, [[0, 1], [0, 1], [1, 2], [0, 2]], 3)


def test_cycle_beside_free_courses(sol):
    check(sol, 5, [[0, 1], [2, 3], [3, 4], [4, 2]], -1)


@given(n=st.integers(1, 8), data=st.data())
def test_matches_relaxation(sol, n, data):
    pairs = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                               max_size=14))
    check(sol, n, [[a, b] for a, b in pairs if a != b])


def _chain(n):
    rng = random.Random(13)
    order = list(range(n))
    rng.shuffle(order)
    order.remove(0)
    order.remove(n - 1)
    order = [n - 1, *order, 0]
    chain = [[a, b] for a, b in pairwise(order)]
    rng.shuffle(chain)
    return order, chain


def test_largest_size_one_chain(sol):
    _, chain = _chain(N)
    chain.append(chain[0][:])  # one rule repeated: 100,000 rules in all
    check(sol, N, chain, N, shown="one chain through 100,000 courses, rules shuffled")


# Each rule crosses to your code as its own small list, so the tests below use 30,000 courses:
# the largest size is reached above.
def test_one_long_cycle(sol):
    order, chain = _chain(30_000)
    chain.append([order[-1], order[0]])  # close the chain into a cycle
    check(sol, 30_000, chain, -1, shown="one chain through 30,000 courses closed into a cycle")


def test_planted_order(sol):
    n = 30_000
    rng = random.Random(14)
    order = list(range(n))
    rng.shuffle(order)
    place = {c: i for i, c in enumerate(order)}
    prereqs = []
    for _ in range(n):
        i = rng.randrange(n - 1)
        j = min(n - 1, i + rng.randint(1, 50))
        prereqs.append([order[i], order[j]])
    # Longest chain along the planted order (every rule points forward in it).
    depth = [1] * n
    for a, b in sorted(prereqs, key=lambda p: place[p[0]]):
        depth[place[b]] = max(depth[place[b]], depth[place[a]] + 1)
    check(sol, n, prereqs, max(depth), shown="30,000 rules that follow a hidden order")
