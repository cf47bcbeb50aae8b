"""Tests for permutation-in-string."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def brute_force(pattern: str, text: str) -> bool:
    width = len(pattern)
    return any(Counter(text[i:i + width]) == Counter(pattern)
               for i in range(len(text) - width + 1))


def check(sol, pattern, text, want):
    got = sol.contains_permutation(pattern, text)
    expect_true(type(got) is bool, f"expected a bool, got {type(got).__name__}",
                pattern=pattern, text=text)
    expect(got, want, pattern=pattern, text=text)


def test_example_tea(sol):
    check(sol, "tea", "sheaten", True)


def test_example_loop(sol):
    check(sol, "loop", "pollen", False)


def test_example_last_window(sol):
    check(sol, "ab", "xxba", True)


def test_example_text_too_short(sol):
    check(sol, "abc", "ab", False)


def test_empty_text(sol):
    check(sol, "a", "", False)


def test_single_letters(sol):
    check(sol, "a", "a", True)
    check(sol, "a", "b", False)


def test_whole_text(sol):
    check(sol, "cab", "abc", True)


def test_counts_matter(sol):
    check(sol, "aab", "abbab", False)


@given(pattern=st.text(alphabet="abc", min_size=1, max_size=4),
       text=st.text(alphabet="abc", max_size=14))
def test_matches_brute_force(sol, pattern, text):
    check(sol, pattern, text, brute_force(pattern, text))


def test_largest_match_at_the_end(sol):
    pattern = "abcdefghij" * 5_000
    text = "a" * 150_000 + "jihgfedcba" * 5_000
    expect(sol.contains_permutation(pattern, text), True,
           pattern="'abcdefghij' * 5_000", text="'a' * 150_000 + 'jihgfedcba' * 5_000")


@given(pattern=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6),
       text=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=20))
def test_all_letters_match_brute_force(sol, pattern, text):
    check(sol, pattern, text, brute_force(pattern, text))


def test_large_counts_do_not_carry(sol):
    # Sixteen a's and a c against seventeen b's: a window "hash" sum(16 ** letter) treats
    # sixteen of one letter as one of the next, and says True.
    check(sol, "a" * 16 + "c", "b" * 17, False)
    check(sol, "z" * 26 + "y", "x" + "y" * 26, False)
    check(sol, "a" * 1000 + "b", "x" + "a" * 999 + "bb" + "ab" * 3, False)


def test_largest_pattern_and_text(sol):
    # A 100,000-letter pattern, and a match only in the last 100,000 of 200,000 letters.
    pattern = "".join(chr(97 + (i * 7) % 26) for i in range(100_000))
    text = "z" * 100_000 + pattern[::-1]
    check(sol, pattern, text, True)
    check(sol, pattern, "z" + text[:199_999], False)
