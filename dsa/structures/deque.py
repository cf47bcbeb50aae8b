"""Deque and queue on a ring buffer: an array whose end wraps around to its start.

A queue is first in, first out: add at the back, take from the front. Taking from the front of
a plain array shifts every other element, O(n). A **ring buffer** avoids the shift: it keeps
an array of ``capacity`` slots, the index ``head`` of the front element, and the count ``n``.
Element ``i`` lives in slot ``(head + i) % capacity``; taking the front just advances
``head``, and the back can wrap past the last slot round to slot 0. A double-ended queue
(*deque*) also adds and removes at the front by stepping ``head`` backwards.

When all slots are full the buffer is copied, unwrapped, into one twice as big (amortised O(1),
as for :mod:`dsa.structures.dynamic_array`); it halves when a quarter full.

Invariant: ``0 <= head < capacity`` and ``0 <= n <= capacity``; the ``n`` slots from ``head``
(wrapping) hold the elements front to back, and every other slot holds ``None``.

| operation                        | time           | extra space    |
|----------------------------------|----------------|----------------|
| ``append``, ``appendleft``       | O(1) amortised | O(1) amortised |
| ``pop``, ``popleft``             | O(1) amortised | O(1)           |
| ``d[i]``, ``d[i] = x``           | O(1)           | O(1)           |
| ``len``/``bool``                 | O(1)           | O(1)           |
| ``x in d``, ``index``, ``count`` | O(n)           | O(1)           |
| ``x in q`` (a ``Queue``)         | O(n)           | O(1)           |
| ``Queue.peek``                   | O(1)           | O(1)           |

Both classes hold O(n) space. Like :class:`collections.deque`, a ``Deque`` has no ``peek``:
read ``d[0]`` or ``d[-1]``. It is a :class:`collections.abc.Sequence` (so ``in``,
``reversed``, ``index`` and ``count`` work), and two deques, or two queues, are equal when they
hold equal items in the same order, as two ``collections.deque`` objects are.

>>> d = Deque([1, 2, 3])
>>> d.appendleft(0); d.append(4)
>>> d.popleft(), d.pop(), d
(0, 4, Deque([1, 2, 3]))
>>> q = Queue(); q.push("a"); q.push("b"); q.pop()
'a'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")

__all__ = ["Deque", "Queue"]

_MIN_CAPACITY = 4


class Deque(Sequence[T]):
    """A double-ended queue stored in a growable ring buffer.

    >>> d = Deque("bc"); d.appendleft("a"); d
    Deque(['a', 'b', 'c'])
    >>> d[0], d[-1], len(d), d.capacity
    ('a', 'c', 3, 4)
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._slots: list[Any] = [None] * _MIN_CAPACITY
        self._head = 0
        self._n = 0
        for x in items:
            self.append(x)

    @property
    def capacity(self) -> int:
        """Number of slots in the ring. O(1).

        >>> Deque(range(5)).capacity
        8
        """
        return len(self._slots)

    def _resize(self, capacity: int) -> None:
        self._slots = [*self, *([None] * (capacity - self._n))]  # unwrapped: front at slot 0
        self._head = 0

    def append(self, item: T) -> None:
        """Add ``item`` at the back. O(1) amortised.

        >>> d = Deque(); d.append(1); d
        Deque([1])
        """
        if self._n == len(self._slots):
            self._resize(2 * len(self._slots))
        self._slots[(self._head + self._n) % len(self._slots)] = item
        self._n += 1

    def appendleft(self, item: T) -> None:
        """Add ``item`` at the front. O(1) amortised.

        >>> d = Deque([1]); d.appendleft(0); d
        Deque([0, 1])
        """
        if self._n == len(self._slots):
            self._resize(2 * len(self._slots))
        self._head = (self._head - 1) % len(self._slots)
        self._slots[self._head] = item
        self._n += 1

    def _shrink_if_sparse(self) -> None:
        if len(self._slots) > _MIN_CAPACITY and self._n <= len(self._slots) // 4:
            self._resize(len(self._slots) // 2)

    def pop(self) -> T:
        """Remove and return the back item. O(1) amortised.

        >>> Deque([1, 2]).pop()
        2
        >>> Deque().pop()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty deque
        """
        if not self._n:
            raise IndexError("pop from an empty deque")
        self._n -= 1
        i = (self._head + self._n) % len(self._slots)
        item, self._slots[i] = self._slots[i], None
        self._shrink_if_sparse()
        return item

    def popleft(self) -> T:
        """Remove and return the front item. O(1) amortised.

        >>> Deque([1, 2]).popleft()
        1
        >>> Deque().popleft()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty deque
        """
        if not self._n:
            raise IndexError("pop from an empty deque")
        item, self._slots[self._head] = self._slots[self._head], None
        self._head = (self._head + 1) % len(self._slots)
        self._n -= 1
        self._shrink_if_sparse()
        return item

    def _slot(self, index: int) -> int:
        if not isinstance(index, int):
            raise TypeError(f"deque indices must be integers, not {type(index).__name__}")
        i = index + self._n if index < 0 else index
        if not 0 <= i < self._n:
            raise IndexError(f"deque index {index} out of range for length {self._n}")
        return (self._head + i) % len(self._slots)

    def __getitem__(self, index: int) -> T:
        """The item ``index`` places from the front (negative: from the back). O(1).

        >>> d = Deque("xyz"); d[1], d[-1]
        ('y', 'z')
        >>> d[3]
        Traceback (most recent call last):
            ...
        IndexError: deque index 3 out of range for length 3
        """
        return self._slots[self._slot(index)]

    def __setitem__(self, index: int, item: T) -> None:
        """Replace the item at ``index``. O(1).

        >>> d = Deque([0, 0]); d[-1] = 5; d
        Deque([0, 5])
        """
        self._slots[self._slot(index)] = item

    def __len__(self) -> int:
        """Number of items. O(1).

        >>> len(Deque([1, 2]))
        2
        """
        return self._n

    def __bool__(self) -> bool:
        """True when the deque has items. O(1).

        >>> bool(Deque()), bool(Deque([0]))
        (False, True)
        """
        return self._n > 0

    def __iter__(self) -> Iterator[T]:
        """Items from front to back. O(n).

        >>> list(Deque([1, 2]))
        [1, 2]
        """
        slots, head, cap = self._slots, self._head, len(self._slots)
        for i in range(self._n):
            yield slots[(head + i) % cap]

    def __repr__(self) -> str:
        """Show the items front to back.

        >>> Deque()
        Deque([])
        """
        return f"{type(self).__name__}({list(self)!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to another Deque with equal items in the same order. O(n).

        >>> Deque([1, 2]) == Deque([1, 2]), Deque([1, 2]) == Deque([2, 1]), Deque([1]) == [1]
        (True, False, False)
        """
        if not isinstance(other, Deque):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like collections.deque

    def _check(self) -> None:
        """Assert the ring invariant; used by the tests. O(capacity).

        >>> Deque([1])._check()
        """
        cap = len(self._slots)
        assert 0 <= self._head < cap and 0 <= self._n <= cap
        used = {(self._head + i) % cap for i in range(self._n)}
        assert all(self._slots[i] is None for i in range(cap) if i not in used)


class Queue(Generic[T]):
    """A FIFO queue: a :class:`Deque` restricted to adding at the back and taking from the front.

    Named like every container used from one place (``Stack``, ``MinHeap``): ``push``, ``pop``,
    ``peek``; only the order in which items come back differs.

    >>> q = Queue([1, 2]); q.push(3)
    >>> q.pop(), q.peek(), len(q), q
    (1, 2, 2, Queue([2, 3]))
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: Deque[T] = Deque(items)

    def push(self, item: T) -> None:
        """Add ``item`` at the back. O(1) amortised.

        >>> q = Queue(); q.push(1); q
        Queue([1])
        """
        self._items.append(item)

    def pop(self) -> T:
        """Remove and return the front item. O(1) amortised.

        >>> Queue().pop()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty queue; check len(queue) or bool(queue) first
        """
        if not self._items:
            raise IndexError("pop from an empty queue; check len(queue) or bool(queue) first")
        return self._items.popleft()

    def peek(self) -> T:
        """Return the front item without removing it. O(1).

        >>> Queue([4, 5]).peek()
        4
        >>> Queue().peek()
        Traceback (most recent call last):
            ...
        IndexError: peek at an empty queue; check len(queue) or bool(queue) first
        """
        if not self._items:
            raise IndexError("peek at an empty queue; check len(queue) or bool(queue) first")
        return self._items[0]

    def __len__(self) -> int:
        """Number of items. O(1).

        >>> len(Queue("ab"))
        2
        """
        return len(self._items)

    def __bool__(self) -> bool:
        """True when the queue has items. O(1).

        >>> bool(Queue())
        False
        """
        return bool(self._items)

    def __contains__(self, item: object) -> bool:
        """Whether some item equals ``item``. O(n).

        >>> 2 in Queue([1, 2]), 3 in Queue([1, 2])
        (True, False)
        """
        return item in self._items

    def __iter__(self) -> Iterator[T]:
        """Items from front to back. O(n).

        >>> list(Queue([1, 2]))
        [1, 2]
        """
        return iter(self._items)

    def __repr__(self) -> str:
        """Show the items front to back.

        >>> Queue([1])
        Queue([1])
        """
        return f"Queue({list(self)!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to another Queue with equal items in the same order. O(n).

        >>> Queue([1, 2]) == Queue([1, 2]), Queue([1, 2]) == Queue([2, 1]), Queue([1]) == [1]
        (True, False, False)
        """
        if not isinstance(other, Queue):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like collections.deque
