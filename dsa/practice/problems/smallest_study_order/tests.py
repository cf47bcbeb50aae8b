"""Tests for smallest-study-order: the examples, cycles, repeated rules, an oracle over every
permutation of small chapter sets, and 100,000 chapters."""

import random
from itertools import pairwise, permutations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000


def _smallest_by_trying_all(n, rules):
    for order in permutations(range(n)):  # generated in increasing list order
        place = {c: i for i, c in enumerate(order)}
        if all(place[a] < place[b] for a, b in rules):
            return list(order)
    return []


def check(sol, n, rules, want=None, shown=None):
    if want is None:
        want = _smallest_by_trying_all(n, rules)
    got = sol.smallest_order(n, [r[:] for r in rules])
    expect(got, want, n=n, rules=shown or rules)


def test_example_1(sol):
    check(sol, 4, [[3, 1], [2, 1]], [0, 2, 3, 1])


def test_example_2(sol):
    check(sol, 3, [[2, 0]], [1, 2, 0])


def test_example_3_smallest_not_first_freed(sol):
    check(sol, 4, [[0, 3], [1, 2]], [0, 1, 2, 3])


def test_example_4_cycle(sol):
    check(sol, 2, [[0, 1], [1, 0]], [])


def test_small_cases(sol):
    check(sol, 1, [], [0])
    check(sol, 3, [[2, 1], [2, 1], [1, 0]], [2, 1, 0])
    check(sol, 5, [[4, 0], [1, 2], [2, 3], [3, 1]], [])


@given(n=st.integers(1, 6), data=st.data())
def test_matches_every_permutation(sol, n, data):
    pairs = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)),
                               max_size=10))
    check(sol, n, [[a, b] for a, b in pairs if a != b])


def test_largest_size_reversed_chain(sol):
    # 99,999 → 99,998 → … → 0: the only order is the reverse, found one chapter at a time.
    rules = [[b, a] for a, b in pairwise(range(N))]
    rules.append(rules[0][:])
    check(sol, N, rules, list(range(N - 1, -1, -1)), shown="chain 99,999 → 99,998 → … → 0")


def test_freed_late_but_small(sol):
    # 30,000 chapters (each rule crosses to your code as its own small list; the largest size
    # is reached above). Chapters 15,000 … 29,999 are free from the start; each small chapter
    # i < 15,000 waits for chapter i + 15,000 and one more random big one. The smallest order
    # reads the big chapters in increasing order, each followed at once by the small chapters
    # it was the last to free (they are smaller than every big one); a first-in-first-out queue
    # puts them at the end.
    n = 30_000
    half = n // 2
    rng = random.Random(15)
    rules = [[i + half, i] for i in range(half)]
    rules += [[rng.randrange(half, n), rng.randrange(0, half)] for _ in range(half)]
    last_needed = [0] * half
    for a, b in rules:
        last_needed[b] = max(last_needed[b], a)
    freed_by: dict[int, list[int]] = {}
    for small in range(half):
        freed_by.setdefault(last_needed[small], []).append(small)
    order = []
    for big in range(half, n):
        order += [big, *freed_by.get(big, [])]
    check(sol, n, rules, order, shown="15,000 small chapters each waiting on big ones")
