"""Fenwick tree (binary indexed tree): prefix sums of an array that keeps changing.

With a plain array, changing one value is O(1) but the sum of the first ``i`` values is O(i);
with a table of prefix sums it is the other way round. A Fenwick tree (Fenwick, 1994) makes
both O(log n) by storing, at 1-based position ``i``, the sum of a block of values ending at
``i`` whose length is ``lowbit(i) = i & -i``, the lowest set bit of ``i``:

* the sum of the first ``i`` values adds the blocks at ``i``, then ``i - lowbit(i)``, and so
  on down to 0: one block per set bit of ``i``, at most ``log2 n + 1`` of them;
* adding to value ``i`` updates every block that covers it: ``i``, then ``i + lowbit(i)``, and
  so on up to ``n``, again O(log n) blocks.

Invariant: ``tree[i] == sum(values[i - lowbit(i) : i])`` for ``1 <= i <= n`` (1-based blocks,
``values`` 0-based); the interface itself is 0-based, like a Python list.

The tree also keeps the plain ``values`` list beside the blocks. The blocks alone determine
every value (as a difference of two prefix sums), but only in exact arithmetic: with floats,
``0.1 + 0.2 - 0.1`` is not ``0.2``, so a tree of floats would read back values that differ in
the last bits from what was stored. With the list, ``f[i]`` is exactly the value last stored,
in O(1), and ``f[i] = x`` adds the exact difference ``x - values[i]`` to the blocks. It costs
n more slots, still O(n).

| operation                            | time       | extra space |
|--------------------------------------|------------|-------------|
| ``FenwickTree(values)``              | O(n)       | O(n)        |
| ``add(i, delta)``, ``f[i] = x``      | O(log n)   | O(1)        |
| ``prefix_sum(i)``                    | O(log n)   | O(1)        |
| ``query(i, j)``                      | O(log n)   | O(1)        |
| ``f[i]``                             | O(1)       | O(1)        |
| iteration                            | O(n)       | O(1)        |

The tree holds O(n) space. It is a read-only :class:`collections.abc.Sequence` of the values
(``in``, ``index``, ``count``, ``reversed``), and two trees are equal when their values are.
It needs an addition with an inverse (sums of numbers, not minima:
for those see :mod:`dsa.structures.segment_tree`).

>>> f = FenwickTree([5, 1, 4, 2])
>>> f.prefix_sum(3), f.query(1, 3)
(10, 5)
>>> f.add(1, 10); f.query(1, 3), f[1]
(15, 11)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

__all__ = ["FenwickTree"]

Number = int | float


class FenwickTree(Sequence):
    """Point updates and prefix sums over ``n`` numbers, both O(log n).

    ``FenwickTree(n)`` starts from ``n`` zeros; ``FenwickTree(values)`` from a list.

    >>> f = FenwickTree(4); f[2] = 7; list(f), f.prefix_sum(4)
    ([0, 0, 7, 0], 7)
    """

    def __init__(self, values: int | Iterable[Number]) -> None:
        if isinstance(values, int) and not isinstance(values, bool):
            if values < 0:
                raise ValueError(f"FenwickTree(n) needs n >= 0, got {values}")
            values = [0] * values
        self._values = list(values)
        tree = [0, *self._values]
        # Linear build: push each block's total into the next block that covers it.
        for i in range(1, len(tree)):
            parent = i + (i & -i)
            if parent < len(tree):
                tree[parent] += tree[i]
        self._tree = tree

    def add(self, index: int, delta: Number) -> None:
        """Add ``delta`` to the value at ``index``. O(log n).

        >>> f = FenwickTree([1, 1]); f.add(0, 5); list(f)
        [6, 1]
        """
        i = self._position(index)
        self._values[i] += delta
        i += 1
        tree = self._tree
        while i < len(tree):
            tree[i] += delta
            i += i & -i

    def prefix_sum(self, stop: int) -> Number:
        """The sum of the first ``stop`` values, ``sum(values[:stop])``. O(log n).

        >>> FenwickTree([1, 2, 3]).prefix_sum(2), FenwickTree([1, 2, 3]).prefix_sum(0)
        (3, 0)
        >>> FenwickTree([1]).prefix_sum(2)
        Traceback (most recent call last):
            ...
        IndexError: prefix length 2 out of range 0..1
        """
        if not isinstance(stop, int):
            raise TypeError(f"prefix length must be an integer, not {type(stop).__name__}")
        if not 0 <= stop < len(self._tree):
            raise IndexError(f"prefix length {stop} out of range 0..{len(self._tree) - 1}")
        total, tree = 0, self._tree
        while stop > 0:
            total += tree[stop]
            stop -= stop & -stop  # drop the lowest set bit: step to the previous block
        return total

    def query(self, start: int, stop: int) -> Number:
        """``sum(values[start:stop])`` for ``0 <= start <= stop <= n``. O(log n).

        Named and checked as :meth:`SegmentTree.query
        <dsa.structures.segment_tree.SegmentTree.query>`: an end outside ``[0, n]`` is an
        ``IndexError``, a reversed range a ``ValueError``.

        >>> FenwickTree([1, 2, 3, 4]).query(1, 3)
        5
        >>> FenwickTree([1, 2]).query(2, 1)
        Traceback (most recent call last):
            ...
        ValueError: query needs start <= stop, got 2 > 1
        """
        n = len(self._values)
        if start > stop:
            raise ValueError(f"query needs start <= stop, got {start} > {stop}")
        if not 0 <= start <= stop <= n:
            raise IndexError(f"query range [{start}, {stop}) is not within [0, {n}]; "
                             f"need 0 <= start <= stop <= {n}")
        return self.prefix_sum(stop) - self.prefix_sum(start)

    def _position(self, index: int) -> int:
        if not isinstance(index, int):
            raise TypeError(f"FenwickTree indices must be integers, not {type(index).__name__}")
        n = len(self._tree) - 1
        i = index + n if index < 0 else index
        if not 0 <= i < n:
            raise IndexError(f"FenwickTree index {index} out of range for length {n}")
        return i

    def __getitem__(self, index: int) -> Number:
        """The value at ``index``, exactly as stored (not a difference of sums). O(1).

        >>> FenwickTree([3, 4])[-1], FenwickTree([0.1, 0.2, 0.3])[2]
        (4, 0.3)
        """
        return self._values[self._position(index)]

    def __setitem__(self, index: int, value: Number) -> None:
        """Set the value at ``index`` (adds the difference). O(log n).

        >>> f = FenwickTree([3, 4]); f[0] = 1; list(f)
        [1, 4]
        """
        i = self._position(index)
        self.add(i, value - self._values[i])
        self._values[i] = value  # exactly: old + (value - old) may round differently

    def __len__(self) -> int:
        """Number of values. O(1).

        >>> len(FenwickTree(5))
        5
        """
        return len(self._tree) - 1

    def __iter__(self) -> Iterator[Number]:
        """The values as stored. O(n).

        >>> list(FenwickTree([2, 0, 1]))
        [2, 0, 1]
        """
        return iter(list(self._values))

    def __repr__(self) -> str:
        """Show the values (not the blocks).

        >>> FenwickTree([1, 2])
        FenwickTree([1, 2])
        """
        return f"FenwickTree({list(self)!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to another FenwickTree holding equal values, as lists compare. O(n).

        >>> FenwickTree([1, 2]) == FenwickTree([1, 2]), FenwickTree([1]) == [1]
        (True, False)
        """
        if not isinstance(other, FenwickTree):
            return NotImplemented
        return self._values == other._values

    __hash__ = None  # type: ignore[assignment]  # mutable, like list
