"""Tests for longest-substring-without-repeats."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def brute_force(s: str) -> int:
    return max((j - i for i in range(len(s)) for j in range(i + 1, len(s) + 1)
                if len(set(s[i:j])) == j - i), default=0)


def check(sol, s):
    got = sol.length_of_longest_substring(s)
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", s=s)
    expect(got, brute_force(s), s=s)


def test_example_pepper(sol):
    expect(sol.length_of_longest_substring("pepper"), 3, s="pepper")


def test_example_all_same(sol):
    expect(sol.length_of_longest_substring("zzzz"), 1, s="zzzz")


def test_example_with_space(sol):
    expect(sol.length_of_longest_substring("road trip"), 8, s="road trip")


def test_empty(sol):
    expect(sol.length_of_longest_substring(""), 0, s="")


def test_single_character(sol):
    expect(sol.length_of_longest_substring("q"), 1, s="q")


def test_repeat_from_before_the_window(sol):
    # the second "a" was last seen before the window starts, so it must not pull left back
    expect(sol.length_of_longest_substring("abba"), 2, s="abba")


def test_all_distinct(sol):
    expect(sol.length_of_longest_substring("qwerty"), 6, s="qwerty")


@given(s=st.text(alphabet="abcd ", max_size=30))
def test_matches_brute_force(sol, s):
    check(sol, s)


@given(s=st.text(alphabet="aé日本😀\u0100\u0080 ", max_size=30))
def test_non_ascii_characters(sol, s):
    # Characters 128 apart (a, \u00e9...) collide in a table indexed by ord(c) % 128.
    check(sol, s)


def test_characters_that_share_a_low_byte(sol):
    for s in ("a\u00e1\u0161a", "\u0100\u0200\u0300\u0100", "\x00\u0100\u0080\x80"):
        check(sol, s)


def test_largest_all_distinct(sol):
    distinct = "".join(chr(0x10000 + i) for i in range(100_000))
    s = distinct + distinct
    expect(sol.length_of_longest_substring(s), 100_000,
           s="200,000 characters: 100,000 distinct ones, twice over")
