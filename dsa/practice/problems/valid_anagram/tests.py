"""Tests for valid-anagram: examples, edge cases, a sorting oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect


def check(sol, s, t):
    expect(sol.is_anagram(s, t), sorted(s) == sorted(t), s=s, t=t)


def test_example_1(sol):
    expect(sol.is_anagram("listen", "silent"), True, s="listen", t="silent")


def test_example_2_counts_matter(sol):
    expect(sol.is_anagram("aab", "abb"), False, s="aab", t="abb")


def test_example_3_leftover_letter(sol):
    expect(sol.is_anagram("ab", "abc"), False, s="ab", t="abc")
    expect(sol.is_anagram("abc", "ab"), False, s="abc", t="ab")


def test_empty_and_single(sol):
    expect(sol.is_anagram("", ""), True, s="", t="")
    expect(sol.is_anagram("a", "a"), True, s="a", t="a")
    expect(sol.is_anagram("a", "b"), False, s="a", t="b")


letters = st.text(alphabet="abc", max_size=12)


@given(s=letters, t=letters)
def test_matches_sorting_oracle(sol, s, t):
    check(sol, s, t)


@given(s=letters, data=st.data())
def test_shuffles_are_anagrams(sol, s, data):
    t = "".join(data.draw(st.permutations(list(s))))
    check(sol, s, t)


def test_largest_size(sol):
    n = 200_000
    s = "".join(chr(ord("a") + (i * 7) % 26) for i in range(n))
    t = s[::-1]
    expect(sol.is_anagram(s, t), True, s=f"{n} letters", t="the same letters reversed")
    u = t[:-1] + ("a" if t[-1] != "a" else "b")
    expect(sol.is_anagram(s, u), False, s=f"{n} letters", t="reversed, last letter changed")
