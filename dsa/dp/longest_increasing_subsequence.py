"""Longest strictly increasing subsequence in O(n log n) (patience sorting).

Keep ``tails[k]``: the smallest value that can end an increasing subsequence of length ``k + 1``
among the items seen so far. Invariant: ``tails`` is strictly increasing, so each new item ``x``
finds its place by binary search — the first tail ``>= x`` — and replaces it (a longer run ending
lower is never worse), or extends ``tails`` if ``x`` is larger than every tail. The length of
``tails`` is the answer's length.

To recover the subsequence itself, remember for each item the index of the item that ended the
previous length when it arrived (``parent``), and follow those links back from the last tail.

Time O(n log n), space O(n).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dsa.searching.binary_search import first_true

__all__ = ["longest_increasing_subsequence"]


def longest_increasing_subsequence(seq: Sequence[Any]) -> list[Any]:
    """Return a longest strictly increasing subsequence of ``seq`` (as a list).

    >>> longest_increasing_subsequence([10, 9, 2, 5, 3, 7, 101, 18])
    [2, 3, 7, 18]
    >>> longest_increasing_subsequence([3, 3, 3])
    [3]
    >>> longest_increasing_subsequence([])
    []
    """
    tail_index: list[int] = []  # tail_index[k]: index in seq of the smallest tail of length k+1
    parent: list[int | None] = [None] * len(seq)
    for i, x in enumerate(seq):
        k = first_true(0, len(tail_index), lambda j, x=x: not seq[tail_index[j]] < x)
        parent[i] = tail_index[k - 1] if k > 0 else None
        if k == len(tail_index):
            tail_index.append(i)
        else:
            tail_index[k] = i
    result = []
    i = tail_index[-1] if tail_index else None
    while i is not None:
        result.append(seq[i])
        i = parent[i]
    return result[::-1]
