"""Tests for groups-after-each-link: the examples, repeated and loop-closing bridges, a
component-count oracle on small maps, and 100,000 islands where unbalanced trees degrade."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000


def _relabel(n, links):
    """Each island keeps a group label; a merge relabels the smaller group's islands."""
    label = list(range(n))
    members = {i: [i] for i in range(n)}
    counts = []
    for a, b in links:
        la, lb = label[a], label[b]
        if la != lb:
            if len(members[la]) < len(members[lb]):
                la, lb = lb, la
            for island in members[lb]:
                label[island] = la
            members[la] += members.pop(lb)
        counts.append(len(members))
    return counts


def check(sol, n, links, want=None, shown=None):
    if want is None:
        want = _relabel(n, links)
    got = sol.groups_after_each(n, [link[:] for link in links])
    expect(got, want, n=n, links=shown or links)


def test_example_1(sol):
    check(sol, 5, [[0, 1], [1, 2], [2, 0], [3, 4]], [4, 3, 3, 2])


def test_example_2_repeat(sol):
    check(sol, 2, [[0, 1], [1, 0]], [1, 1])


def test_merging_two_big_groups(sol):
    # The merge must join whole groups, not just the two islands named.
    check(sol, 6, [[0, 1], [2, 3], [1, 2], [4, 5], [5, 0], [3, 4]], [5, 4, 3, 2, 1, 1])
    check(sol, 4, [[0, 1], [2, 0], [3, 1], [2, 3]], [3, 2, 1, 1])


@given(n=st.integers(2, 9), data=st.data())
def test_matches_relabelling(sol, n, data):
    pairs = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
                               .filter(lambda p: p[0] != p[1]), min_size=1, max_size=20))
    check(sol, n, [list(p) for p in pairs])


def test_one_island(sol):
    check(sol, 1, [], [])


def test_largest_size_star_from_zero(sol):
    # Bridges 0–1, 0–2, …: without balancing, island 0 ends at the bottom of a chain of parents.
    links = [[0, i] for i in range(1, N)] + [[N - 1, 0]]
    check(sol, N, links, [*range(N - 1, 0, -1), 1], shown="[[0, 1], [0, 2], …, [0, 99999], "
          "[99999, 0]]")


def test_random_bridges(sol):
    # 30,000 (each bridge crosses to your code as its own small list; the largest size is
    # reached above).
    n = 30_000
    rng = random.Random(16)
    links = []
    while len(links) < n:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            links.append([a, b])
    check(sol, n, links, shown="30,000 random bridges among 30,000 islands")
