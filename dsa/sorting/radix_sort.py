"""LSD radix sort: sort non-negative integers digit by digit, least significant digit first.

Each pass is a stable counting sort on one digit (base ``base``). Invariant: after pass ``d``
the items are sorted by their last ``d + 1`` digits. The next pass sorts by the next digit and,
being stable, keeps the order of items whose digit ties — which is exactly the order of their
lower digits. After as many passes as the largest key has digits, the items are fully sorted.

Radix sort is **stable** (every pass is), and it never compares two keys.

Time O(d·(n + b)) with ``d`` digits in base ``b``; extra space O(n + b).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = ["radix_sort"]

T = TypeVar("T")


def radix_sort(
    items: Iterable[T], key: Callable[[T], int] | None = None, *, base: int = 256
) -> list[T]:
    """Return a new list of ``items`` in ascending order of their non-negative integer ``key``.

    >>> radix_sort([170, 45, 75, 90, 802, 24, 2, 66], base=10)
    [2, 24, 45, 66, 75, 90, 170, 802]
    >>> radix_sort([("b", 3), ("a", 1), ("c", 3)], key=lambda p: p[1])
    [('a', 1), ('b', 3), ('c', 3)]
    >>> radix_sort([3, -1])
    Traceback (most recent call last):
    ...
    ValueError: radix_sort needs non-negative integer keys, got -1; shift the keys first
    """
    if base < 2:
        raise ValueError(f"base must be at least 2, got {base}")
    entries = [(x if key is None else key(x), x) for x in items]
    for k, _ in entries:
        if not isinstance(k, int):
            raise TypeError(f"radix_sort needs integer keys, got {k!r} ({type(k).__name__})")
        if k < 0:
            raise ValueError(
                f"radix_sort needs non-negative integer keys, got {k}; shift the keys first"
            )
    largest = max((k for k, _ in entries), default=0)
    place = 1
    while place <= largest:
        entries = _stable_by_digit(entries, place, base)
        place *= base
    return [x for _, x in entries]


def _stable_by_digit(entries: list[tuple[int, T]], place: int, base: int) -> list[tuple[int, T]]:
    # Buckets filled in input order are a counting sort by this digit: stable by construction.
    buckets: list[list[tuple[int, T]]] = [[] for _ in range(base)]
    for entry in entries:
        buckets[entry[0] // place % base].append(entry)
    return [entry for bucket in buckets for entry in bucket]
