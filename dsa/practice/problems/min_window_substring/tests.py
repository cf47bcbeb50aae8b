"""Tests for min-window-substring."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect


def brute_force(s: str, t: str) -> str:
    need = Counter(t)
    for length in range(1, len(s) + 1):
        for start in range(len(s) - length + 1):
            window = Counter(s[start:start + length])
            if all(window[c] >= k for c, k in need.items()):
                return s[start:start + length]
    return ""


def check(sol, s, t, want):
    expect(sol.min_window(s, t), want, s=s, t=t)


def test_example_dogs(sol):
    check(sol, "dogs and cogs", "gods", "dogs")


def test_example_two_os(sol):
    check(sol, "thorough", "oo", "oro")


def test_example_tie_takes_leftmost(sol):
    check(sol, "banana", "nab", "ban")


def test_example_not_enough_copies(sol):
    check(sol, "abc", "abcc", "")


def test_empty_s(sol):
    check(sol, "", "a", "")


def test_single_character_match(sol):
    check(sol, "a", "a", "a")


def test_t_longer_than_s(sol):
    check(sol, "ab", "abb", "")


def test_extra_copies_do_not_cover(sol):
    check(sol, "aab", "ab", "ab")


def test_whole_string(sol):
    check(sol, "xyzzy", "yzyxz", "xyzzy")


def test_case_matters(sol):
    check(sol, "aAbB", "AB", "AbB")


@given(s=st.text(alphabet="abc", max_size=14), t=st.text(alphabet="abc", min_size=1, max_size=4))
def test_matches_brute_force(sol, s, t):
    check(sol, s, t, brute_force(s, t))


def test_largest_one_far_partner(sol):
    s = "a" * 199_999 + "b"
    expect(sol.min_window(s, "ab"), "ab", s="'a' * 199_999 + 'b'", t="ab")


def test_largest_long_t(sol):
    s = "xy" * 100_000
    t = "y" * 50_000 + "x" * 50_000
    expect(sol.min_window(s, t), s[:100_000], s="'xy' * 100_000", t="'y' * 50_000 + 'x' * 50_000")
