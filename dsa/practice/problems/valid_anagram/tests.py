"""Tests for valid-anagram: examples, edge cases, a sorting oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


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


LETTERS = "abcdefghijklmnopqrstuvwxyz"


@given(s=st.text(alphabet=LETTERS, max_size=30), t=st.text(alphabet=LETTERS, max_size=30))
def test_matches_sorting_oracle_all_letters(sol, s, t):
    check(sol, s, t)


def test_same_sums_different_letters(sol):
    # equal length, letter-code sum and sum of squared codes, yet not anagrams
    check(sol, "accc", "bbbd")
    check(sol, "zxxx", "wyyy")
    check(sol, "wyyy", "yywy")


def test_one_letter_hundreds_of_times(sol):
    # 256 a's and a c against 257 b's: a counter that wraps at 256 would call these equal
    check(sol, "a" * 256 + "c", "b" * 257)
    check(sol, "y" * 256 + "a", "z" * 257)


def test_largest_size(sol):
    n = 200_000
    s = "".join(chr(ord("a") + (i * 7) % 26) for i in range(n))
    t = s[::-1]
    expect(sol.is_anagram(s, t), True, s=f"{n} letters", t="the same letters reversed")
    u = t[:-1] + ("a" if t[-1] != "a" else "b")
    expect(sol.is_anagram(s, u), False, s=f"{n} letters", t="reversed, last letter changed")


def test_largest_size_one_letter_each(sol):
    n = 200_000
    s = "z" * n
    expect(sol.is_anagram(s, "z" * n), True, s=f"{n} z's", t=f"{n} z's")
    expect(sol.is_anagram(s, "z" * (n - 1) + "y"), False, s=f"{n} z's",
           t=f"{n - 1} z's and a y")
