"""Binary heap: a complete binary tree stored in a list, smallest item at the root.

A heap answers one question fast: *what is the smallest item?* It keeps the items in a list
``a`` read as a tree, where the children of ``a[i]`` are ``a[2*i + 1]`` and ``a[2*i + 2]`` and
its parent is ``a[(i - 1) // 2]``. No pointers are stored; the shape is implied by the indices,
and because the tree is complete its height is ``floor(log2 n)``.

Invariant (heap order): no child is smaller than its parent, so ``a[0]`` is the minimum.

A push appends the item at the end (the only free place that keeps the tree complete) and
*sifts it up*, swapping with its parent while it is smaller. A pop moves the last item to the
root and *sifts it down*, swapping with its smaller child while that child is smaller. Each walk
follows one root-to-leaf path, so each costs O(log n) comparisons.

Building from ``n`` items by sifting down every internal node, last to first, costs O(n), not
O(n log n): most nodes sit near the bottom, where a sift-down is short.

| operation        | time     | extra space    |
|------------------|----------|----------------|
| ``push``         | O(log n) | O(1) amortised |
| ``pop``          | O(log n) | O(1)           |
| ``peek``         | O(1)     | O(1)           |
| build from items | O(n)     | O(n)           |
| ``len``/``bool`` | O(1)     | O(1)           |

The heap holds O(n) space. ``key`` works as in :func:`sorted`: items are ordered by
``key(item)``, computed once per push and stored beside the item.

>>> h = MinHeap([5, 1, 4])
>>> h.push(2)
>>> [h.pop() for _ in range(len(h))]
[1, 2, 4, 5]
>>> words = MaxHeap(["fig", "banana", "kiwi"], key=len)
>>> words.pop()
'banana'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")

__all__ = ["MaxHeap", "MinHeap"]


class MinHeap(Generic[T]):
    """A min-heap of items, ordered by the items themselves or by ``key(item)``.

    With a ``key``, ties are broken by insertion order (equal keys pop first-in first-out) and
    the items themselves are never compared.

    >>> h = MinHeap([3, 1, 2])
    >>> h
    MinHeap([1, 3, 2])
    >>> h.peek(), len(h)
    (1, 3)
    >>> sorted(h)
    [1, 2, 3]
    """

    def __init__(self, items: Iterable[T] = (), key: Callable[[T], Any] | None = None) -> None:
        self._key = key
        self._counter = 0
        # Each entry is (sort_key, push_number, item) when key is given, else the bare item;
        # bare items keep the keyless heap lean and make one comparison mean one item pair.
        self._a: list[Any] = [self._entry(x) for x in items]
        for i in reversed(range(len(self._a) // 2)):
            self._sift_down(i)

    # -- ordering, overridden by MaxHeap --------------------------------------------------
    def _less(self, x: Any, y: Any) -> bool:
        return x < y

    def _entry(self, item: T) -> Any:
        if self._key is None:
            return item
        self._counter += 1
        return (self._key(item), self._counter, item)

    def _item(self, entry: Any) -> T:
        return entry if self._key is None else entry[2]

    # -- public API -----------------------------------------------------------------------
    def push(self, item: T) -> None:
        """Add ``item``. O(log n) comparisons.

        >>> h = MinHeap(); h.push(4); h.push(2); h.peek()
        2
        """
        self._a.append(self._entry(item))
        self._sift_up(len(self._a) - 1)

    def pop(self) -> T:
        """Remove and return the smallest item. O(log n) comparisons.

        >>> h = MinHeap([2, 0, 1]); h.pop(), h.pop(), h.pop()
        (0, 1, 2)
        >>> h.pop()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty heap; check len(heap) or bool(heap) first
        """
        if not self._a:
            raise IndexError("pop from an empty heap; check len(heap) or bool(heap) first")
        last = self._a.pop()
        if not self._a:
            return self._item(last)
        top, self._a[0] = self._a[0], last
        self._sift_down(0)
        return self._item(top)

    def peek(self) -> T:
        """Return the smallest item without removing it. O(1).

        >>> MinHeap([7, 3]).peek()
        3
        >>> MinHeap().peek()
        Traceback (most recent call last):
            ...
        IndexError: peek at an empty heap; check len(heap) or bool(heap) first
        """
        if not self._a:
            raise IndexError("peek at an empty heap; check len(heap) or bool(heap) first")
        return self._item(self._a[0])

    def __len__(self) -> int:
        """Number of items. O(1).

        >>> len(MinHeap([1, 1]))
        2
        """
        return len(self._a)

    def __bool__(self) -> bool:
        """True when the heap has items. O(1).

        >>> bool(MinHeap()), bool(MinHeap([0]))
        (False, True)
        """
        return bool(self._a)

    def __iter__(self) -> Iterator[T]:
        """Iterate over the items in storage order (not sorted). O(n).

        >>> sorted(MinHeap([2, 3, 1]))
        [1, 2, 3]
        """
        return (self._item(e) for e in self._a)

    def __repr__(self) -> str:
        """Show the items in storage order.

        >>> MinHeap([2, 1])
        MinHeap([1, 2])
        """
        return f"{type(self).__name__}({list(self)!r})"

    def _check(self) -> None:
        """Assert heap order; used by the tests after every step. O(n).

        >>> MinHeap([3, 1, 2])._check()
        """
        a = self._a
        for i in range(1, len(a)):
            assert not self._less(a[i], a[(i - 1) // 2]), f"heap order broken at index {i}"

    # -- the two walks --------------------------------------------------------------------
    def _sift_up(self, i: int) -> None:
        a = self._a
        entry = a[i]
        while i > 0:
            parent = (i - 1) // 2
            if not self._less(entry, a[parent]):
                break
            a[i] = a[parent]  # move the parent down instead of swapping: one write per level
            i = parent
        a[i] = entry

    def _sift_down(self, i: int) -> None:
        a = self._a
        n = len(a)
        entry = a[i]
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            right = child + 1
            if right < n and self._less(a[right], a[child]):
                child = right
            if not self._less(a[child], entry):
                break
            a[i] = a[child]
            i = child
        a[i] = entry


class MaxHeap(MinHeap[T]):
    """A max-heap: the same structure with the comparison flipped, so ``pop`` gives the largest.

    >>> h = MaxHeap([1, 5, 3]); h.pop(), h.pop(), h.pop()
    (5, 3, 1)
    >>> MaxHeap().pop()
    Traceback (most recent call last):
        ...
    IndexError: pop from an empty heap; check len(heap) or bool(heap) first
    """

    def _less(self, x: Any, y: Any) -> bool:
        if self._key is None:
            return y < x
        # Larger key first, but among equal keys still the earlier push first.
        return (y[0], x[1]) < (x[0], y[1])
