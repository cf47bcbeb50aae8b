"""Boyer–Moore–Horspool search: compare from the pattern's end, and skip ahead on a mismatch.

Line the pattern up under the text and compare from its *last* character backwards. Whatever
happens, look at the text character ``c`` under the pattern's last position: the pattern can
slide right until some occurrence of ``c`` in the pattern sits under it — and if ``c`` is not in
the pattern (apart from its last position) the whole pattern can jump past it. The slide for
each character is computed once:

    shift[c] = m - 1 - (the last index j < m - 1 with pattern[j] == c),   else m.

Invariant: no occurrence starts between two consecutive alignments — a start in between
would put some pattern character other than the right one under ``c``.

This is Horspool's (1980) simplification of Boyer–Moore (1977), which keeps only the
"bad character" rule. With a large alphabet and a long pattern most text characters are not in
the pattern, so most alignments read **one** text character and jump ``m``: about ``n/m`` reads,
fewer than the ``n`` that KMP (:mod:`~dsa.strings.kmp`) or the Z-algorithm must read. The
worst case is O(nm), e.g. the pattern ``"baaa"`` in ``"aaaa…"``: every alignment matches ``m - 1``
characters and slides by one. (Full Boyer–Moore adds the "good suffix" rule for a linear worst
case.)

| | text reads |
|---|---|
| best (characters absent from the pattern) | about ``n / m`` |
| worst | ``(n - m + 1) · m`` |
| building ``shift`` | O(m) time and O(σ) space for σ distinct pattern characters |

>>> horspool_search("here is a simple example", "example")
[17]
>>> horspool_search("abababa", "aba")
[0, 2, 4]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["horspool_search", "shift_table"]


def shift_table(pattern: Sequence[Any]) -> dict[Any, int]:
    """How far to slide when ``c`` is under the pattern's last position (absent ``c``: ``m``).

    >>> shift_table("abcab")
    {'a': 1, 'b': 3, 'c': 2}
    """
    m = len(pattern)
    return {c: m - 1 - j for j, c in enumerate(pattern[: m - 1])}  # later j overwrite earlier


def horspool_search(text: Sequence[Any], pattern: Sequence[Any]) -> list[int]:
    """Every start index of ``pattern`` in ``text`` (overlaps included), in increasing order.

    The empty pattern occurs at every position ``0..len(text)``, as with ``str.find``. Any
    sequences of hashable items work (strings, lists of words, DNA as bytes).

    >>> horspool_search("GATTACA", "A"), horspool_search("abc", "")
    ([1, 4, 6], [0, 1, 2, 3])
    >>> horspool_search("to be or not to be".split(), ["to", "be"])
    [0, 4]
    """
    n, m = len(text), len(pattern)
    if m == 0:
        return list(range(n + 1))
    shift, last_wanted = shift_table(pattern), pattern[m - 1]
    found = []
    i = 0
    while i <= n - m:
        last = text[i + m - 1]  # read once: compared first, then it decides the slide
        if last == last_wanted:
            j = m - 2
            while j >= 0 and text[i + j] == pattern[j]:
                j -= 1
            if j < 0:
                found.append(i)
        i += shift.get(last, m)
    return found
