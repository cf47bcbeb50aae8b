"""Tests for longest-common-subsequence."""

import random
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def is_subsequence(small: str, big: str) -> bool:
    letters = iter(big)
    return all(c in letters for c in small)


def lcs_by_enumeration(a: str, b: str) -> int:
    """Brute force: the longest subsequence of a (tried longest first) that is also in b."""
    for size in range(len(a), 0, -1):
        for picked in combinations(a, size):
            if is_subsequence("".join(picked), b):
                return size
    return 0


def check(sol, a, b, want):
    expect(sol.longest_common_subsequence(a, b), want, a=a, b=b)


def test_example_branch_bench(sol):
    check(sol, "branch", "bench", 4)


def test_example_reversed(sol):
    check(sol, "abcd", "dcba", 1)


def test_example_empty(sol):
    check(sol, "xyz", "", 0)


def test_both_empty(sol):
    check(sol, "", "", 0)


def test_single_letters(sol):
    check(sol, "q", "q", 1)
    check(sol, "q", "p", 0)


def test_greedy_trap(sol):
    check(sol, "zabc", "abcz", 3)


def test_identical(sol):
    check(sol, "mississippi", "mississippi", 11)


@given(a=st.text(alphabet="abc", max_size=8), b=st.text(alphabet="abc", max_size=8))
def test_matches_enumeration(sol, a, b):
    got = sol.longest_common_subsequence(a, b)
    expect(got, lcs_by_enumeration(a, b), a=a, b=b)


def test_no_common_letters_medium(sol):
    # Nothing matches, so a recursion without a cache makes C(60, 30) ≈ 10**17 calls.
    check(sol, "ab" * 15, "cd" * 15, 0)


def test_largest_strings(sol):
    # b is a with every fifth letter removed, so all of b is common: 160 letters.
    rng = random.Random(3)
    a = "".join(rng.choice("acgt") for _ in range(200))
    b = "".join(c for i, c in enumerate(a) if i % 5 != 0)
    check(sol, a, b, 160)


LETTERS = "abcdefghijklmnopqrstuvwxyz"


@given(a=st.text(alphabet=LETTERS, max_size=8), b=st.text(alphabet=LETTERS, max_size=8))
def test_matches_enumeration_all_letters(sol, a, b):
    got = sol.longest_common_subsequence(a, b)
    expect(got, lcs_by_enumeration(a, b), a=a, b=b)


def test_largest_all_letters(sol):
    a = (LETTERS * 8)[:200]
    check(sol, a, a[::-1], 15)  # from an independent two-row table
    check(sol, a, a[1:] + "a", 199)
