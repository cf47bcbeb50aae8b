"""Tests for longest-palindromic-slice: examples, ties, a brute-force oracle, the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _brute(s):
    best = s[:1]
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            if s[i:j] == s[i:j][::-1]:
                best = s[i:j]
    return best


def _check(sol, s, want=None):
    if want is None:
        want = _brute(s)
    shown = s if len(s) <= 60 else f"{s[:30]!r}… (length {len(s)})"
    expect(sol.longest_palindrome(s), want, s=shown)


def test_example_1(sol):
    _check(sol, "cabbad", "abba")


def test_example_2(sol):
    _check(sol, "xyzyxq", "xyzyx")


def test_example_3_leftmost_single(sol):
    _check(sol, "abc", "a")


def test_single_character(sol):
    _check(sol, "é", "é")


def test_ties_take_the_leftmost(sol):
    _check(sol, "abaXcdc", "aba")
    _check(sol, "xyyxQzwwz", "xyyx")
    _check(sol, "ab", "a")


def test_whole_string_and_case(sol):
    _check(sol, "Racecar", "aceca")
    _check(sol, "ωλλω", "ωλλω")
    _check(sol, "a b a", "a b a")


def test_nested_and_overlapping(sol):
    _check(sol, "abacabadabacaba")
    _check(sol, "aaaabaaa", "aaabaaa")
    _check(sol, "baaaab", "baaaab")


@given(s=st.text(alphabet="abé", max_size=14))
def test_matches_brute_force_small_alphabet(sol, s):
    if s:
        _check(sol, s)


@given(s=st.text(min_size=1, max_size=12))
def test_matches_brute_force_any_characters(sol, s):
    _check(sol, s)


def test_largest_size_one_letter(sol):
    # Expanding around all 200,000 centres of 'aaaa…' costs ~n²/2 comparisons.
    n = 100_000
    _check(sol, "ä" * n, "ä" * n)


def test_largest_size_alternating(sol):
    n = 100_000
    s = "ab" * (n // 2)
    _check(sol, s, s[:-1])


def test_largest_size_hidden_even_palindrome(sol):
    # Random text whose longest palindrome is an even one planted near the end.
    rng = random.Random(17)
    half = "".join(rng.choice("абвгдеж") for _ in range(3_000))
    core = half + half[::-1]
    n = 100_000
    filler = "".join(rng.choice("xyz") for _ in range(n - len(core) - 10))
    s = filler + core + "0123456789"
    got = sol.longest_palindrome(s)
    expect(got, core, s=f"random 'xyz' text, then a 6,000-letter even palindrome (n={n})")


def test_largest_size_two_equal_candidates(sol):
    # Two palindromes of the same length, 49,999 letters each; the leftmost must win.
    s = "z" * 49_999 + "ü" + "w" * 49_999 + "x"
    got = sol.longest_palindrome(s)
    expect(got, "z" * 49_999, s="49,999 'z', 'ü', 49,999 'w', 'x'")
