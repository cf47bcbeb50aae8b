"""Manacher's algorithm: every palindrome centre's radius in linear time.

A palindrome reads the same both ways, and grows outwards from its centre: if ``s[l:r]`` is a
palindrome and ``s[l-1] == s[r]``, then ``s[l-1:r+1]`` is one too. Expanding around each of the
``2n - 1`` centres finds the longest palindrome but costs O(n²) on ``"aaaa…"``.

Manacher (1975) reuses what is known. Keep the palindrome ``s[l:r+1]`` that reaches furthest
right so far. A centre ``i`` inside it has a mirror ``j = l + r - i``, whose radius is already
known; inside the big palindrome, the neighbourhood of ``i`` is the reverse of that of ``j``,
so ``i``'s radius is at least ``j``'s — capped at the distance to ``r``, beyond which nothing is
known. Only then compare characters, and every successful comparison pushes ``r`` right.

Invariant: ``s[l:r+1]`` is a palindrome, and no palindrome found so far ends after ``r``.

*Cost.* ``r`` only grows, by one per successful comparison, and each centre makes at most one
failing comparison: at most ``2n`` comparisons for each of the two parities, O(n) time, O(n)
space. Odd lengths have a character at the centre, even lengths a gap; the two are computed
separately here, instead of interleaving a separator character (which must then be a symbol
the text never uses).

| function | time | extra space |
|---|---|---|
| :func:`palindrome_radii` | ≤ 4n comparisons | O(n) |
| :func:`longest_palindrome`, :func:`count_palindromes` | O(n) | O(n) |

>>> longest_palindrome("forgeeksskeegfor")
'geeksskeeg'
>>> count_palindromes("aaa")   # a, a, a, aa, aa, aaa
6
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["count_palindromes", "longest_palindrome", "palindrome_radii"]


def _odd_radii(s: Sequence[Any]) -> list[int]:
    n = len(s)
    radius = [0] * n  # radius[i] = k: s[i-k+1 : i+k] is the longest odd palindrome at i
    left, right = 0, -1
    for i in range(n):
        k = 1 if i > right else min(radius[left + right - i], right - i + 1)
        while i - k >= 0 and i + k < n and s[i - k] == s[i + k]:
            k += 1
        radius[i] = k
        if i + k - 1 > right:
            left, right = i - k + 1, i + k - 1
    return radius


def _even_radii(s: Sequence[Any]) -> list[int]:
    n = len(s)
    radius = [0] * n  # radius[i] = k: s[i-k : i+k] is the longest even palindrome centred
    left, right = 0, -1  # on the gap before s[i]
    for i in range(n):
        k = 0 if i > right else min(radius[left + right - i + 1], right - i + 1)
        while i - k - 1 >= 0 and i + k < n and s[i - k - 1] == s[i + k]:
            k += 1
        radius[i] = k
        if i + k - 1 > right:
            left, right = i - k, i + k - 1
    return radius


def palindrome_radii(s: Sequence[Any]) -> tuple[list[int], list[int]]:
    """Return ``(odd, even)``: the longest palindromes at every centre of ``s``.

    ``s[i - odd[i] + 1 : i + odd[i]]`` is the longest odd-length palindrome centred on ``s[i]``
    and ``s[i - even[i] : i + even[i]]`` the longest even-length one centred on the gap before
    ``s[i]`` (possibly empty). Works on any sequence whose items compare with ``==``.

    >>> palindrome_radii("abaab")
    ([1, 2, 1, 1, 1], [0, 0, 0, 2, 0])
    """
    return _odd_radii(s), _even_radii(s)


def longest_palindrome(s: str) -> str:
    """The longest palindromic substring of ``s`` (the leftmost if several tie).

    >>> longest_palindrome("babad"), longest_palindrome("cbbd"), longest_palindrome("")
    ('bab', 'bb', '')
    """
    odd, even = palindrome_radii(s)
    best_start, best_length = 0, 0
    for i in range(len(s)):
        # the two palindromes centred at i start at i - odd[i] + 1 and i - even[i]
        for start, length in ((i - even[i], 2 * even[i]), (i - odd[i] + 1, 2 * odd[i] - 1)):
            if length > best_length or (length == best_length and start < best_start):
                best_start, best_length = start, length
    return s[best_start : best_start + best_length]


def count_palindromes(s: Sequence[Any]) -> int:
    """The number of non-empty palindromic substrings, counted by position (``"aa"`` has 3).

    A centre with radius ``k`` holds ``k`` palindromes (radius ``1, 2, …, k``).

    >>> count_palindromes("abc"), count_palindromes("abba")
    (3, 6)
    """
    odd, even = palindrome_radii(s)
    return sum(odd) + sum(even)
