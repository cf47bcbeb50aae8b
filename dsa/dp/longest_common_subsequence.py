"""Longest common subsequence of two sequences.

``length[i][j]`` is the LCS length of the prefixes ``a[:i]`` and ``b[:j]``. If their last items
match, that item ends some LCS; otherwise one of the two last items is unused:

    length[i][j] = length[i-1][j-1] + 1               if a[i-1] == b[j-1]
                 = max(length[i-1][j], length[i][j-1]) otherwise

The traceback starts at ``(len(a), len(b))`` and retraces the choice made at each cell,
collecting matched items in reverse.

Time and space O(len(a) · len(b)).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["longest_common_subsequence"]


def longest_common_subsequence(a: Sequence[Any], b: Sequence[Any]) -> Any:
    """Return a longest common subsequence: a ``str`` if both inputs are strings, else a list.

    >>> longest_common_subsequence("ABCBDAB", "BDCABA")
    'BCBA'
    >>> longest_common_subsequence([1, 2, 3, 4], [2, 4, 5])
    [2, 4]
    """
    m, n = len(a), len(b)
    length = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                length[i][j] = length[i - 1][j - 1] + 1
            else:
                length[i][j] = max(length[i - 1][j], length[i][j - 1])
    common = []
    i, j = m, n
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            common.append(a[i - 1])
            i -= 1
            j -= 1
        elif length[i - 1][j] >= length[i][j - 1]:
            i -= 1
        else:
            j -= 1
    common.reverse()
    if isinstance(a, str) and isinstance(b, str):
        return "".join(common)
    return common
