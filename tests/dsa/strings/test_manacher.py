"""Manacher's radii against expanding every centre by brute force, and its comparisons counted."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.counting import Tally, counted
from dsa.strings import count_palindromes, longest_palindrome, palindrome_radii

texts = st.text("ab", max_size=40) | st.text("abc", max_size=40) | st.text(max_size=15)


def is_palindrome(s):
    return s == s[::-1]


def brute_radii(s):
    n = len(s)
    odd = [max(k for k in range(1, n + 1) if i - k + 1 >= 0 and i + k <= n
               and is_palindrome(s[i - k + 1 : i + k])) for i in range(n)]
    even = [max(k for k in range(n + 1) if i - k >= 0 and i + k <= n
                and is_palindrome(s[i - k : i + k])) for i in range(n)]
    return odd, even


@given(s=texts)
def test_radii_match_brute_force(s):
    assert palindrome_radii(s) == brute_radii(s)


@given(s=texts)
def test_longest_is_the_leftmost_longest_palindromic_substring(s):
    candidates = [s[i:j] for i in range(len(s) + 1) for j in range(i, len(s) + 1)
                  if is_palindrome(s[i:j])]
    best = max(len(c) for c in candidates)
    leftmost = min(i for i in range(len(s) + 1) if is_palindrome(s[i : i + best])
                   and len(s[i : i + best]) == best)
    assert longest_palindrome(s) == s[leftmost : leftmost + best]
    assert count_palindromes(s) == sum(1 for c in candidates if c)


def test_works_on_any_sequence():
    assert palindrome_radii([1, 2, 1]) == ([1, 2, 1], [0, 0, 0])
    assert count_palindromes(("x", "x")) == 3


def comparisons(s):
    tally = Tally()
    palindrome_radii(counted(s, tally))
    return tally.comparisons


def test_comparisons_are_linear_even_where_expanding_is_quadratic():
    for n in (1000, 2000, 4000):
        for s in ("a" * n, "ab" * (n // 2), "aab" * (n // 3), "abcba" * (n // 5)):
            # each successful comparison moves the right edge; one failure per centre
            assert comparisons(s) <= 4 * len(s)
    naive = sum(min(i, 3999 - i) for i in range(4000))  # expanding "a"*4000 around each char
    assert comparisons("a" * 4000) < naive / 100
    # all equal: every comparison succeeds but the one at each end of each parity
    assert [comparisons("a" * n) for n in (4000, 8000)] == [2 * 4000 - 3, 2 * 8000 - 3]
