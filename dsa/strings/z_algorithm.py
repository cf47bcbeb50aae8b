"""The Z-algorithm: for every position, how far the string agrees with its own prefix.

``z[i]`` is the length of the longest common prefix of ``s`` and ``s[i:]`` (``z[0]`` is set to
``len(s)``). The scan keeps the *Z-box* ``[left, right)``: the segment reaching furthest right
known to equal a prefix of ``s``. Invariant: ``s[left:right] == s[:right-left]``. A position
inside the box starts from the answer already computed at its mirror ``i - left`` (capped at the
box edge) and only compares characters beyond ``right``; each such comparison pushes ``right``
forward, so the total work is linear.

To search, compute Z of ``pattern + text``: a text position ``i`` starts a match exactly when the
Z-value there is at least ``len(pattern)``. No separator character is needed; capping at
``len(pattern)`` is enough.

Time O(n + m), space O(n + m).
"""

from __future__ import annotations

__all__ = ["z_function", "z_search"]


def z_function(s: str) -> list[int]:
    """Return ``z``: ``z[i]`` is the length of the longest common prefix of ``s`` and ``s[i:]``.

    >>> z_function("aabcaab")
    [7, 1, 0, 0, 3, 1, 0]
    >>> z_function("")
    []
    """
    n = len(s)
    z = [0] * n
    if n:
        z[0] = n
    left = right = 0
    for i in range(1, n):
        if i < right:
            z[i] = min(right - i, z[i - left])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    return z


def z_search(text: str, pattern: str) -> list[int]:
    """Return every start index of ``pattern`` in ``text`` (overlaps included).

    >>> z_search("aaaa", "aa")
    [0, 1, 2]
    """
    m = len(pattern)
    if m == 0:
        return list(range(len(text) + 1))
    z = z_function(pattern + text)
    return [i - m for i in range(m, len(z)) if z[i] >= m]
