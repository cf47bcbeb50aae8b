"""Segment tree: range queries under any associative operation, with point updates.

A Fenwick tree (:mod:`dsa.structures.fenwick_tree`) answers range *sums* by subtracting two
prefix sums, which needs an inverse. Minimum, maximum, gcd and matrix product have none. A
segment tree needs only that the operation be **associative** and have an **identity**
(``0`` for ``+``, ``inf`` for ``min``): a *monoid*.

It is a complete binary tree stored in a list of ``2 * n`` slots, like a heap: the ``n``
values are the leaves ``tree[n:]``, and each internal node ``tree[i]`` combines its children
``tree[2*i]`` and ``tree[2*i + 1]``. Updating a value changes its leaf and the ``log2 n``
nodes above it. (When ``n`` is not a power of two, a few nodes near the top join pieces that
are not neighbours, such as ``tree[1]`` for ``n = 3``; queries never use those nodes, so any
``n`` works.)

A query for ``[start, stop)`` starts at the two leaf positions and climbs both ends together.
On each level, if the left end is a right child, its parent would reach outside the range, so
that node itself is folded into the answer and the left end steps right; likewise, if the
(exclusive) right end is a right child, its left sibling is the last node inside the range,
so that sibling is folded in and the right end steps left. Then both ends move up to their
parents. At most two nodes per level are used, so O(log n) in all. Pieces from the left and
from the right are kept apart and joined at the end, so the operation need not be
commutative.

Invariant: ``tree[i] == combine(tree[2*i], tree[2*i + 1])`` for ``1 <= i < n``.

| operation                    | time       | extra space |
|------------------------------|------------|-------------|
| ``SegmentTree(values)``      | O(n)       | O(n)        |
| ``s[i] = x``                 | O(log n)   | O(1)        |
| ``query(start, stop)``       | O(log n)   | O(1)        |
| ``s[i]``, ``len``            | O(1)       | O(1)        |

Each figure counts calls of ``combine``. The tree holds O(n) space. It is a
:class:`collections.abc.Sequence` of its values (``in``, ``index``, ``count``, ``reversed``),
and two trees are equal when their values, ``combine`` and ``identity`` are.

>>> s = SegmentTree([5, 2, 8, 1], combine=min, identity=float("inf"))
>>> s.query(0, 3), s.query(1, 4)
(2, 1)
>>> s[3] = 9; s.query(1, 4)
2
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["SegmentTree"]


class SegmentTree(Sequence[T]):
    """Range ``combine`` queries over a list; sums by default.

    >>> s = SegmentTree([1, 2, 3, 4]); s.query(1, 3), s.query(0, 4), s.query(2, 2)
    (5, 10, 0)
    >>> words = SegmentTree(["a", "b", "c"], combine=operator.add, identity="")
    >>> words.query(0, 3)  # string joining is associative but not commutative
    'abc'
    """

    def __init__(
        self,
        values: Iterable[T],
        combine: Callable[[T, T], T] = operator.add,
        identity: Any = 0,
    ) -> None:
        values = list(values)
        self.combine = combine
        self.identity = identity
        self._n = n = len(values)
        self._tree: list[Any] = [identity] * n + values
        for i in range(n - 1, 0, -1):
            self._tree[i] = combine(self._tree[2 * i], self._tree[2 * i + 1])

    def _position(self, index: int) -> int:
        if not isinstance(index, int):
            raise TypeError(f"SegmentTree indices must be integers, not {type(index).__name__}")
        i = index + self._n if index < 0 else index
        if not 0 <= i < self._n:
            raise IndexError(f"SegmentTree index {index} out of range for length {self._n}")
        return i

    def __getitem__(self, index: int) -> T:
        """The value at ``index`` (a leaf). O(1).

        >>> SegmentTree([4, 5])[-1]
        5
        """
        return self._tree[self._n + self._position(index)]

    def __setitem__(self, index: int, value: T) -> None:
        """Set the value at ``index`` and recombine the nodes above it. O(log n).

        >>> s = SegmentTree([1, 1, 1]); s[0] = 5; s.query(0, 3)
        7
        """
        i = self._n + self._position(index)
        tree, combine = self._tree, self.combine
        tree[i] = value
        while i > 1:
            i //= 2
            tree[i] = combine(tree[2 * i], tree[2 * i + 1])

    def query(self, start: int, stop: int) -> T:
        """``combine`` over ``values[start:stop]``, left to right; the identity if empty.

        Requires ``0 <= start <= stop <= n``: an end outside ``[0, n]`` is an ``IndexError``,
        a reversed range a ``ValueError``, as for :meth:`FenwickTree.query
        <dsa.structures.fenwick_tree.FenwickTree.query>`. O(log n).

        >>> SegmentTree([3, 1, 2], combine=max, identity=0).query(1, 3)
        2
        >>> SegmentTree([1, 2]).query(0, 3)
        Traceback (most recent call last):
            ...
        IndexError: query range [0, 3) is not within [0, 2]; need 0 <= start <= stop <= 2
        >>> SegmentTree([1, 2]).query(2, 1)
        Traceback (most recent call last):
            ...
        ValueError: query needs start <= stop, got 2 > 1
        """
        if start > stop:
            raise ValueError(f"query needs start <= stop, got {start} > {stop}")
        if not 0 <= start <= stop <= self._n:
            raise IndexError(
                f"query range [{start}, {stop}) is not within [0, {self._n}]; "
                f"need 0 <= start <= stop <= {self._n}"
            )
        tree, combine = self._tree, self.combine
        left = right = self.identity
        lo, hi = start + self._n, stop + self._n
        while lo < hi:
            if lo & 1:  # lo is a right child: its parent reaches outside the range
                left = combine(left, tree[lo])
                lo += 1
            if hi & 1:  # hi - 1 is a left child whose parent would reach past the range
                hi -= 1
                right = combine(tree[hi], right)
            lo //= 2
            hi //= 2
        return combine(left, right)

    def __len__(self) -> int:
        """Number of values. O(1).

        >>> len(SegmentTree([1, 2, 3]))
        3
        """
        return self._n

    def __iter__(self) -> Iterator[T]:
        """The values in order. O(n).

        >>> list(SegmentTree([1, 2]))
        [1, 2]
        """
        return iter(self._tree[self._n :])

    def __repr__(self) -> str:
        """Show the values and the operation.

        >>> SegmentTree([1, 2], combine=min, identity=9)
        SegmentTree([1, 2], combine=min, identity=9)
        """
        name = getattr(self.combine, "__name__", repr(self.combine))
        return f"SegmentTree({list(self)!r}, combine={name}, identity={self.identity!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to a SegmentTree with equal values under the same operation and identity. O(n).

        >>> SegmentTree([1, 2]) == SegmentTree([1, 2]), SegmentTree([1]) == SegmentTree([1], min)
        (True, False)
        """
        if not isinstance(other, SegmentTree):
            return NotImplemented
        return (self.combine == other.combine and self.identity == other.identity
                and self._tree[self._n :] == other._tree[other._n :])

    __hash__ = None  # type: ignore[assignment]  # mutable, like list

    def _check(self) -> None:
        """Assert the invariant; used by the tests. O(n).

        >>> SegmentTree([1, 2, 3])._check()
        """
        tree = self._tree
        for i in range(1, self._n):
            assert tree[i] == self.combine(tree[2 * i], tree[2 * i + 1]), f"stale node {i}"
