"""Dynamic array: a fixed-size block of slots that is replaced by a bigger one when it fills.

A Python ``list`` is a dynamic array. Memory comes in fixed-size blocks, so the array keeps a
block with ``capacity`` slots of which the first ``len`` are in use. Appending into a spare slot
is O(1). When the block is full, a new block ``growth`` times bigger is allocated and every
element is **copied** across, which is O(n) for that one append.

Why appends are still O(1) *amortised*: with doubling, the resizes triggered by ``n`` appends
copy ``1 + 2 + 4 + ... + 2**j`` elements, where ``2**j < n`` is the last capacity outgrown;
that sum is below ``2 * n``, so fewer than two copies per append on average. Growing by a
constant amount instead (say 8 slots) would copy ``8 + 16 + 24 + ...``, about ``n**2 / 16`` in
total, and appends would cost O(n) each on average. This class counts
its copies in :attr:`DynamicArray.copies` so the difference can be seen.

When ``len`` falls to a quarter of ``capacity`` after a pop the block shrinks by half. Shrinking
at a half instead would let a push/pop pair at the boundary copy the whole array every time.

Invariant: ``0 <= len <= capacity``, slots ``[0, len)`` hold the elements in order and
slots ``[len, capacity)`` hold ``None``.

| operation                | time           | extra space          |
|--------------------------|----------------|----------------------|
| ``a[i]``, ``a[i] = x``   | O(1)           | O(1)                 |
| ``a[i:j]`` (a new array) | O(j - i)       | O(j - i)             |
| ``append``               | O(1) amortised | O(n) while growing   |
| ``pop()`` (from the end) | O(1) amortised | O(n) while shrinking |
| ``insert``, ``pop(i)``   | O(n - i)       | O(1) amortised       |
| ``x in a``               | O(n)           | O(1)                 |

The array holds O(capacity) = O(n) space.

>>> a = DynamicArray()
>>> for x in range(5):
...     a.append(x)
>>> a, len(a), a.capacity, a.copies
(DynamicArray([0, 1, 2, 3, 4]), 5, 8, 7)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableSequence
from typing import Any, TypeVar, overload

T = TypeVar("T")

__all__ = ["DynamicArray"]


class DynamicArray(MutableSequence[T]):
    """A growable array that counts the element copies its resizes make.

    ``growth`` is the factor by which capacity is multiplied when the array is full (> 1).

    >>> a = DynamicArray([3, 1, 2])
    >>> a[0], a[-1], 2 in a
    (3, 2, True)
    >>> a.insert(0, 9); a.pop(), a
    (2, DynamicArray([9, 3, 1]))
    """

    def __init__(self, items: Iterable[T] = (), growth: float = 2.0) -> None:
        if not growth > 1:
            raise ValueError(f"growth must be > 1 so the array can grow, got {growth!r}")
        self.growth = growth
        self.copies = 0
        self._n = 0
        self._slots: list[Any] = [None]
        for x in items:
            self.append(x)

    @property
    def capacity(self) -> int:
        """Number of slots in the current block. O(1).

        >>> DynamicArray(range(3)).capacity
        4
        """
        return len(self._slots)

    def _resize(self, capacity: int) -> None:
        # A list of fixed length stands in for a raw block of memory: it is never appended to.
        block: list[Any] = [None] * capacity
        for i in range(self._n):
            block[i] = self._slots[i]
        self.copies += self._n
        self._slots = block

    def append(self, value: T) -> None:
        """Add ``value`` at the end. O(1) amortised.

        >>> a = DynamicArray(); a.append("x"); a
        DynamicArray(['x'])
        """
        if self._n == len(self._slots):
            self._resize(max(self._n + 1, int(self._n * self.growth)))
        self._slots[self._n] = value
        self._n += 1

    def insert(self, index: int, value: T) -> None:
        """Insert ``value`` before ``index`` (clamped to ``[0, len]`` like ``list.insert``). O(n).

        >>> a = DynamicArray([1, 3]); a.insert(1, 2); a.insert(99, 4); a
        DynamicArray([1, 2, 3, 4])
        """
        n = self._n
        index = max(0, min(n, index + n if index < 0 else index))
        self.append(value)  # grows if needed; the value is moved into place below
        slots = self._slots
        for i in range(n, index, -1):
            slots[i] = slots[i - 1]
        slots[index] = value

    def pop(self, index: int = -1) -> T:
        """Remove and return the item at ``index`` (default last). O(n - index).

        >>> a = DynamicArray([1, 2, 3]); a.pop(), a.pop(0), a
        (3, 1, DynamicArray([2]))
        >>> DynamicArray().pop()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty DynamicArray
        """
        if self._n == 0:
            raise IndexError("pop from an empty DynamicArray")
        index = self._index(index)
        slots = self._slots
        value = slots[index]
        for i in range(index, self._n - 1):
            slots[i] = slots[i + 1]
        self._n -= 1
        slots[self._n] = None  # drop the reference so the object can be freed
        if 0 < self._n <= len(slots) // 4:
            self._resize(len(slots) // 2)
        return value

    def _index(self, index: int) -> int:
        if not isinstance(index, int):
            raise TypeError(f"DynamicArray indices must be integers, not {type(index).__name__}")
        i = index + self._n if index < 0 else index
        if not 0 <= i < self._n:
            raise IndexError(f"DynamicArray index {index} out of range for length {self._n}")
        return i

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> DynamicArray[T]: ...
    def __getitem__(self, index):
        """Item at ``index`` (negative counts from the end): O(1). A slice: a new array. O(k).

        A slice of ``k`` items reads and copies those ``k`` into one block of exactly ``k``
        slots; it never grows, so it makes no resize copies.

        >>> a = DynamicArray("abc"); a[1], a[-1], a[1:], a[::2].capacity
        ('b', 'c', DynamicArray(['b', 'c']), 2)
        >>> a[3]
        Traceback (most recent call last):
            ...
        IndexError: DynamicArray index 3 out of range for length 3
        """
        if isinstance(index, slice):
            block = [self._slots[i] for i in range(*index.indices(self._n))]
            result: DynamicArray[T] = DynamicArray(growth=self.growth)
            result._slots, result._n = block or [None], len(block)
            return result
        return self._slots[self._index(index)]

    def __setitem__(self, index, value) -> None:  # type: ignore[override]
        """Replace the item at ``index``. O(1).

        >>> a = DynamicArray([0, 0]); a[-1] = 5; a
        DynamicArray([0, 5])
        """
        if isinstance(index, slice):
            raise TypeError("DynamicArray has no slice assignment; assign items one by one")
        self._slots[self._index(index)] = value

    def __delitem__(self, index) -> None:  # type: ignore[override]
        """Delete the item at ``index``. O(n - index).

        >>> a = DynamicArray([1, 2, 3]); del a[0]; a
        DynamicArray([2, 3])
        """
        if isinstance(index, slice):
            raise TypeError("DynamicArray has no slice deletion; delete items one by one")
        self.pop(index)

    def __len__(self) -> int:
        """Number of elements (not the capacity). O(1).

        >>> len(DynamicArray([1, 2]))
        2
        """
        return self._n

    def __iter__(self) -> Iterator[T]:
        """The elements in order. O(n).

        >>> list(DynamicArray([4, 5]))
        [4, 5]
        """
        for i in range(self._n):
            yield self._slots[i]

    def __repr__(self) -> str:
        """Show the elements, not the spare slots.

        >>> DynamicArray()
        DynamicArray([])
        """
        return f"DynamicArray({list(self)!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to another DynamicArray or list with the same elements. O(n).

        >>> DynamicArray([1, 2]) == [1, 2], DynamicArray([1]) == DynamicArray([2])
        (True, False)
        """
        if isinstance(other, DynamicArray | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like list

    def _check(self) -> None:
        """Assert the invariant; used by the tests after every step. O(capacity).

        >>> DynamicArray([1])._check()
        """
        assert 0 <= self._n <= len(self._slots)
        assert all(s is None for s in self._slots[self._n :]), "stale reference past the end"
