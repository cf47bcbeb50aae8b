"""Knuth–Morris–Pratt search: never re-read a text character.

The *prefix function* of a string ``s``: ``pi[i]`` is the length of the longest proper prefix of
``s[:i+1]`` that is also a suffix of it (a "border"). For ``"abab"`` it is ``[0, 0, 1, 2]``.

Search keeps ``matched``, the length of the longest prefix of the pattern that ends at the current
text position. Invariant: ``pattern[:matched] == text[i-matched+1 : i+1]``. On a mismatch, the
next-longest candidate is the longest border of ``pattern[:matched]``, i.e.
``pi[matched - 1]`` — the text never moves backwards. Each step either advances ``matched`` by one
or shrinks it, and it cannot shrink more often than it grew, so the whole scan is linear.

Time O(n + m), space O(m) for text length ``n`` and pattern length ``m``.
"""

from __future__ import annotations

__all__ = ["kmp_search", "prefix_function"]


def prefix_function(s: str) -> list[int]:
    """Return ``pi`` where ``pi[i]`` is the length of the longest proper border of ``s[:i+1]``.

    >>> prefix_function("abcabcd")
    [0, 0, 0, 1, 2, 3, 0]
    >>> prefix_function("aabaaab")
    [0, 1, 0, 1, 2, 2, 3]
    """
    pi = [0] * len(s)
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k > 0 and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi


def kmp_search(text: str, pattern: str) -> list[int]:
    """Return every start index of ``pattern`` in ``text`` (overlaps included).

    The empty pattern occurs at every position ``0..len(text)``, as with ``str.find``.

    >>> kmp_search("abababa", "aba")
    [0, 2, 4]
    >>> kmp_search("hello", "world")
    []
    """
    if not pattern:
        return list(range(len(text) + 1))
    pi = prefix_function(pattern)
    found = []
    matched = 0
    for i, ch in enumerate(text):
        while matched > 0 and ch != pattern[matched]:
            matched = pi[matched - 1]
        if ch == pattern[matched]:
            matched += 1
        if matched == len(pattern):
            found.append(i - matched + 1)
            matched = pi[matched - 1]
    return found
