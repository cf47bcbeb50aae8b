"""Selection sort: repeatedly select the smallest remaining item and put it next.

Invariant: before step ``i``, ``entries[:i]`` holds the ``i`` smallest keys, in order, and
nothing after position ``i`` is smaller. Step ``i`` scans the rest for the minimum and swaps it
into place.

It always makes n(n-1)/2 comparisons, whatever the input, but at most n-1 swaps, so it suits data
that is expensive to move. It is **not stable**: the long-distance swap can carry an item past
an equal one, e.g. ``[(2, 'a'), (2, 'b'), (1, 'c')]`` swaps ``(2, 'a')`` behind ``(2, 'b')``.

Time O(n²) always; extra space O(1) beyond the copy returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["selection_sort"]

T = TypeVar("T")


def selection_sort(items: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]:
    """Return a new list of ``items`` in ascending order of ``key`` (not stable).

    >>> selection_sort([64, 25, 12, 22, 11])
    [11, 12, 22, 25, 64]
    >>> selection_sort([(2, 'a'), (2, 'b'), (1, 'c')], key=lambda p: p[0])
    [(1, 'c'), (2, 'b'), (2, 'a')]
    """
    entries = [(x if key is None else key(x), x) for x in items]
    n = len(entries)
    for i in range(n - 1):
        smallest = i
        for j in range(i + 1, n):
            if entries[j][0] < entries[smallest][0]:
                smallest = j
        entries[i], entries[smallest] = entries[smallest], entries[i]
    return [x for _, x in entries]
