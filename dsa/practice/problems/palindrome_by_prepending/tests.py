"""Tests for palindrome-by-prepending: the examples, the empty string, a brute-force oracle
over small and non-ASCII alphabets, and strings of 100,000 characters where testing every
prefix is quadratic."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000


def _brute(s):
    k = max(k for k in range(len(s) + 1) if s[:k] == s[:k][::-1])
    return s[k:][::-1] + s


def check(sol, s, want=None, shown=None):
    if want is None:
        want = _brute(s)
    expect(sol.shortest_palindrome(s), want, s=shown or s)


def test_example_1(sol):
    check(sol, "aacecaaa", "aaacecaaa")


def test_example_2(sol):
    check(sol, "abcd", "dcbabcd")


def test_example_3_already(sol):
    check(sol, "été", "été")


def test_empty_and_single(sol):
    check(sol, "", "")
    check(sol, "z", "z")
    check(sol, "🎵🎶", "🎶🎵🎶")


def test_match_must_not_cross_the_middle(sol):
    check(sol, "aab", "baab")
    check(sol, "abab", "babab")
    check(sol, "aabba", "abbaabba")


@given(s=st.text("ab", max_size=30))
def test_matches_brute_force_two_letters(sol, s):
    check(sol, s)


@given(s=st.text(st.sampled_from("aé🎵x"), max_size=25))
def test_matches_brute_force_non_ascii(sol, s):
    check(sol, s)


def test_largest_size_long_near_misses(sol):
    # "a" * 50,000 + "b" + "a" * 49,999: the prefixes longer than 50,000 each fail only near
    # their middle, so testing them one by one is quadratic.
    s = "a" * (N // 2) + "b" + "a" * (N // 2 - 1)
    check(sol, s, "a" * (N // 2 - 1) + "b" + s, shown="'a' * 50,000 + 'b' + 'a' * 49,999")


def test_largest_size_half_palindrome(sol):
    rng = random.Random(9)
    half = "".join(rng.choice("ab🎵") for _ in range(N // 4))
    s = half + "é" + half[::-1] + "".join(rng.choice("xy") for _ in range(N // 2 - 1))
    k = 2 * (N // 4) + 1
    check(sol, s, s[k:][::-1] + s, shown="a random palindrome of 50,001 then 49,999 x/y")


def test_largest_size_whole_palindrome(sol):
    rng = random.Random(10)
    half = "".join(rng.choice("ab") for _ in range(N // 2))
    s = half + half[::-1]
    check(sol, s, s, shown="a random palindrome of 100,000 a/b")
