"""Suffix array by prefix doubling, and the LCP array by Kasai's algorithm.

The suffix array of ``s`` lists the start positions of its suffixes in sorted order; with it,
every occurrence of a pattern is a contiguous block found by binary search.

*Prefix doubling.* Rank every suffix by its first character. Invariant: after the round with
step ``k``, ``rank[i]`` orders suffixes by their first ``k`` characters (equal prefixes, equal
ranks). The first ``2k`` characters of suffix ``i`` are its first ``k`` followed by the first
``k`` of suffix ``i + k``, so sorting by the pair ``(rank[i], rank[i + k])`` orders them by
``2k`` characters. Stop when all ranks differ. Each of the ``⌈log2 n⌉`` rounds sorts once:
O(n log² n) time with a comparison sort (O(n log n) with a radix sort of the pairs).

*Search.* The suffixes starting with a pattern are neighbours in sorted order, so two binary
searches over the suffix array (comparing each suffix's first ``m`` characters with the pattern)
find them all in O(m log n) once the array is built.

*LCP (Kasai).* ``lcp[r]`` is the length of the longest common prefix of the suffixes at sorted
positions ``r - 1`` and ``r`` (``lcp[0] = 0``). Visiting suffixes in text order, the common
prefix with the sorted predecessor shrinks by at most one from ``i`` to ``i + 1``, so the
character comparisons total O(n).

Space O(n).
"""

from __future__ import annotations

from dsa.searching.binary_search import bisect_left, bisect_right

__all__ = ["lcp_array", "suffix_array", "suffix_array_search"]


def suffix_array(s: str) -> list[int]:
    """Return the start indices of the suffixes of ``s`` in sorted order.

    >>> suffix_array("banana")
    [5, 3, 1, 0, 4, 2]
    >>> suffix_array("")
    []
    """
    n = len(s)
    rank = [ord(ch) for ch in s]
    order = list(range(n))
    k = 1
    while True:
        # A suffix shorter than k+1 has no second half; -1 sorts it first, as a prefix should.
        pairs = [(rank[i], rank[i + k] if i + k < n else -1) for i in range(n)]
        order.sort(key=pairs.__getitem__)
        rank = [0] * n
        for r in range(1, n):
            rank[order[r]] = rank[order[r - 1]] + (pairs[order[r]] != pairs[order[r - 1]])
        if n == 0 or rank[order[-1]] == n - 1 or k >= n:
            return order
        k *= 2


def suffix_array_search(text: str, pattern: str, sa: list[int] | None = None) -> list[int]:
    """Return every start index of ``pattern`` in ``text``, in increasing order, via binary search.

    Pass a prebuilt ``sa = suffix_array(text)`` to answer many queries cheaply.

    >>> suffix_array_search("banana", "ana")
    [1, 3]
    """
    m = len(pattern)
    if m == 0:  # the empty suffix at len(text) is not in the array, but "" occurs there too
        return list(range(len(text) + 1))
    if sa is None:
        sa = suffix_array(text)

    def head(i: int) -> str:
        return text[i : i + m]

    first = bisect_left(sa, pattern, key=head)
    last = bisect_right(sa, pattern, key=head)
    return sorted(sa[first:last])


def lcp_array(s: str, sa: list[int] | None = None) -> list[int]:
    """Return ``lcp`` with ``lcp[r]`` = common-prefix length of suffixes ``sa[r-1]`` and ``sa[r]``.

    >>> lcp_array("banana")
    [0, 1, 3, 0, 0, 2]
    """
    if sa is None:
        sa = suffix_array(s)
    n = len(s)
    if sorted(sa) != list(range(n)):
        raise ValueError("sa must be a permutation of range(len(s)): pass suffix_array(s)")
    position = [0] * n
    for r, i in enumerate(sa):
        position[i] = r
    lcp = [0] * n
    h = 0
    for i in range(n):
        r = position[i]
        if r == 0:
            h = 0
            continue
        j = sa[r - 1]
        while i + h < n and j + h < n and s[i + h] == s[j + h]:
            h += 1
        lcp[r] = h
        if h > 0:
            h -= 1
    return lcp
