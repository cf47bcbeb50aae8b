"""Tests for permutation-in-string."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect


def brute_force(pattern: str, text: str) -> bool:
    width = len(pattern)
    return any(Counter(text[i:i + width]) == Counter(pattern)
               for i in range(len(text) - width + 1))


def check(sol, pattern, text, want):
    expect(sol.contains_permutation(pattern, text), want, pattern=pattern, text=text)


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
