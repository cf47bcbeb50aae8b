"""Tests for edit-distance."""

import random
from collections import deque

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def distance_by_search(a: str, b: str) -> int:
    """Brute force: breadth-first search over strings, one edit per step, until b is reached.

    Only letters of a and b are ever worth inserting, and no shortest route passes through a string
    longer than both, so the search space stays small for short inputs.
    """
    letters = sorted(set(a + b))
    limit = max(len(a), len(b))
    dist, queue = {a: 0}, deque([a])
    while queue:
        s = queue.popleft()
        if s == b:
            return dist[s]
        neighbours = [s[:i] + s[i + 1:] for i in range(len(s))]
        for i in range(len(s) + 1):
            for c in letters:
                if len(s) < limit:
                    neighbours.append(s[:i] + c + s[i:])
                if i < len(s):
                    neighbours.append(s[:i] + c + s[i + 1:])
        for t in neighbours:
            if t not in dist:
                dist[t] = dist[s] + 1
                queue.append(t)
    raise AssertionError("unreachable: b can always be built")


def check(sol, a, b, want):
    expect(sol.min_distance(a, b), want, a=a, b=b)


def test_example_kitten(sol):
    check(sol, "sitting", "kitten", 3)


def test_example_shift(sol):
    check(sol, "flaw", "lawn", 2)


def test_example_from_empty(sol):
    check(sol, "", "abc", 3)


def test_to_empty(sol):
    check(sol, "abcd", "", 4)


def test_both_empty(sol):
    check(sol, "", "", 0)


def test_equal_strings(sol):
    check(sol, "banana", "banana", 0)


def test_single_replacement(sol):
    check(sol, "x", "y", 1)


@given(a=st.text(alphabet="abc", max_size=5), b=st.text(alphabet="abc", max_size=5))
def test_matches_search(sol, a, b):
    got = sol.min_distance(a, b)
    expect(got, distance_by_search(a, b), a=a, b=b)


def test_medium_unrelated_strings(sol):
    # No letter matches, so a recursion without a cache makes a Delannoy number of calls, ~10**10.
    a, b = "abcdefghijklmn", "nopqrstuvwxyza"
    check(sol, a, b, 14)


def test_largest_strings(sol):
    rng = random.Random(5)
    base = "".join(rng.choice("abcd") for _ in range(200))
    changed = list(base)
    for i in range(0, 200, 20):  # ten replacements, far apart
        changed[i] = "z"
    a, b = base, "".join(changed)
    check(sol, a, b, 10)


def test_largest_all_letters(sol):
    letters = "abcdefghijklmnopqrstuvwxyz"
    a = (letters * 8)[:200]
    b = (letters[::-1] * 8)[:200]
    want = 186  # from an independent two-row table
    check(sol, a, b, want)
    check(sol, a, "", 200)
    check(sol, "", b, 200)
