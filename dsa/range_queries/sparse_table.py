"""Sparse table: range minimum (or maximum, gcd, …) in O(1) after O(n log n) preprocessing.

For a list that never changes, precompute the answer for every range whose length is a power
of two:

    table[j][i] = combine(values[i : i + 2**j]),   built level by level as
    table[j][i] = combine(table[j-1][i], table[j-1][i + 2**(j-1)]).

Any range ``[start, stop)`` of length ``L`` is covered by two power-of-two ranges of length
``2**k`` with ``k = floor(log2 L)``: one starting at ``start``, one ending at ``stop``. They
overlap — which does not matter when ``combine(x, x) == x``. Operations with that property are
called **idempotent**: ``min``, ``max``, ``gcd``, bitwise ``and``/``or``. So
:meth:`~SparseTable.query` answers with one ``combine`` of two table cells, whatever the range.

Sums are not idempotent (the overlap would be counted twice). For them, or any associative
operation, :meth:`~SparseTable.fold` instead splits the range into *disjoint* power-of-two
pieces, one per 1-bit of its length: at most ``log2 n`` combines. (With updates, use a
Fenwick or segment tree, :mod:`dsa.structures.segment_tree`, at O(log n) per query.)

Invariant: ``table[j][i]`` is ``combine`` over ``values[i : i + 2**j]``, for every ``j`` and
every ``i`` with ``i + 2**j <= n``.

| operation | combines | space |
|---|---|---|
| build | ``Σ_j (n - 2**j + 1)`` ≤ ``n log2 n`` | O(n log n) |
| :meth:`~SparseTable.query` (idempotent ``combine``) | exactly 1 | O(1) |
| :meth:`~SparseTable.fold` (any associative ``combine``) | ≤ ``log2 n`` | O(1) |

The lowest common ancestor of two tree nodes reduces to a range minimum over an Euler tour, so
a sparse table answers LCA queries in O(1) too.

>>> table = SparseTable([5, 2, 8, 1, 9, 3])
>>> table.query(0, 3), table.query(2, 6), table.query(4, 5)
(2, 1, 9)
>>> import operator
>>> SparseTable([1, 2, 3, 4], combine=operator.add).fold(1, 4)
9
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["SparseTable"]


class SparseTable(Generic[T]):
    """Static range queries; ``combine`` is ``min`` unless given.

    >>> from math import gcd
    >>> SparseTable([12, 18, 27, 36], combine=gcd).query(0, 2)
    6
    >>> len(SparseTable([3, 1, 2]))
    3
    """

    def __init__(self, values: Iterable[T], combine: Callable[[T, T], T] = min) -> None:
        self.combine = combine
        self._table: list[list[T]] = [list(values)]
        n = len(self._table[0])
        half = 1
        while 2 * half <= n:
            below = self._table[-1]
            self._table.append([combine(below[i], below[i + half])
                                for i in range(n - 2 * half + 1)])
            half *= 2

    def __len__(self) -> int:
        return len(self._table[0])

    def _check_range(self, start: int, stop: int) -> None:
        n = len(self)
        if start > stop:
            raise ValueError(f"query needs start <= stop, got {start} > {stop}")
        if not 0 <= start <= stop <= n:
            raise IndexError(f"query range [{start}, {stop}) is not within [0, {n}]; "
                             f"need 0 <= start <= stop <= {n}")
        if start == stop:
            raise ValueError(f"the range [{start}, {stop}) is empty and has no value; "
                             "ask for at least one")

    def query(self, start: int, stop: int) -> T:
        """``combine`` over ``values[start:stop]`` from two overlapping cells: one combine.

        Correct only for idempotent ``combine`` (``min``, ``max``, ``gcd``, ``&``, ``|``).

        >>> SparseTable([4, 7, 1], combine=max).query(0, 2)
        7
        >>> SparseTable([4, 7, 1]).query(1, 1)
        Traceback (most recent call last):
            ...
        ValueError: the range [1, 1) is empty and has no value; ask for at least one
        """
        self._check_range(start, stop)
        level = (stop - start).bit_length() - 1
        row = self._table[level]
        return self.combine(row[start], row[stop - (1 << level)])

    def fold(self, start: int, stop: int) -> T:
        """``combine`` over ``values[start:stop]``, left to right, from disjoint cells.

        Correct for any associative ``combine`` (sums, products, string joins): one cell per
        1-bit of the range's length, so at most ``log2 n`` combines.

        >>> SparseTable(["a", "b", "c", "d", "e"], combine=str.__add__).fold(0, 5)
        'abcde'
        """
        self._check_range(start, stop)
        length = stop - start
        level = length.bit_length() - 1
        result = self._table[level][start]
        start += 1 << level
        while start < stop:
            level = (stop - start).bit_length() - 1
            result = self.combine(result, self._table[level][start])
            start += 1 << level
        return result
