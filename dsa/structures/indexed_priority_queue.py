"""Indexed priority queue: a binary heap of keys that can also find any key and lower its priority.

Dijkstra's and Prim's algorithms keep a frontier of vertices, each with a tentative distance,
and repeatedly (1) take the closest vertex and (2) lower another vertex's distance when a
shorter path turns up. A plain heap does (1) well but cannot do (2): it does not know where a
given key sits. This structure adds a dictionary ``position`` from each key to its index in
the heap list, and keeps it up to date on every move, so a key can be found in O(1) and then
sifted up in O(log n).

Invariants, holding between calls:

* heap order: ``priority(heap[i]) >= priority(heap[(i - 1) // 2])`` for every ``i > 0``;
* the position map is exact: ``position[heap[i]] == i`` for every ``i``, and it has no other keys.

Every swap in a sift moves two keys, so it rewrites two entries of ``position``.

| operation           | time     | extra space    |
|---------------------|----------|----------------|
| ``push``            | O(log n) | O(1) amortised |
| ``pop``             | O(log n) | O(1)           |
| ``decrease_key``    | O(log n) | O(1)           |
| ``peek``            | O(1)     | O(1)           |
| ``in``/``priority`` | O(1) avg | O(1)           |

It stores O(n) for ``n`` keys. Keys must be hashable; priorities must be mutually comparable.

>>> pq = IndexedMinPQ()
>>> pq.push("a", 5); pq.push("b", 3); pq.push("c", 4)
>>> pq.decrease_key("a", 1)
>>> [pq.pop() for _ in range(len(pq))]
[('a', 1), ('b', 3), ('c', 4)]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
P = TypeVar("P")

__all__ = ["IndexedMinPQ"]


class IndexedMinPQ(Generic[K, P]):
    """A min-priority queue of distinct keys, with ``decrease_key``.

    >>> pq = IndexedMinPQ()
    >>> pq.push(0, 2.5); pq.push(1, 0.5)
    >>> 1 in pq, 7 in pq, len(pq)
    (True, False, 2)
    >>> pq.peek()
    (1, 0.5)
    """

    def __init__(self) -> None:
        self._keys: list[K] = []  # the heap, as a list of keys
        self._priority: dict[K, P] = {}
        self._position: dict[K, int] = {}

    def push(self, key: K, priority: P) -> None:
        """Insert a new ``key`` with ``priority``. O(log n).

        >>> pq = IndexedMinPQ(); pq.push("x", 1); pq.push("x", 2)
        Traceback (most recent call last):
            ...
        ValueError: key 'x' is already in the queue; use decrease_key to lower its priority
        """
        if key in self._position:
            raise ValueError(
                f"key {key!r} is already in the queue; use decrease_key to lower its priority"
            )
        self._keys.append(key)
        self._priority[key] = priority
        self._position[key] = len(self._keys) - 1
        self._sift_up(len(self._keys) - 1)

    def decrease_key(self, key: K, priority: P) -> None:
        """Lower the priority of ``key`` to ``priority`` (equal is allowed). O(log n).

        >>> pq = IndexedMinPQ(); pq.push("x", 5); pq.decrease_key("x", 2); pq.priority("x")
        2
        >>> pq.decrease_key("x", 9)
        Traceback (most recent call last):
            ...
        ValueError: decrease_key cannot raise 'x' from 2 to 9; priorities only go down
        >>> pq.decrease_key("y", 1)
        Traceback (most recent call last):
            ...
        KeyError: "key 'y' is not in the queue; push it first"
        """
        current = self.priority(key)
        if current < priority:
            raise ValueError(
                f"decrease_key cannot raise {key!r} from {current!r} to {priority!r}; "
                "priorities only go down"
            )
        self._priority[key] = priority
        self._sift_up(self._position[key])

    def pop(self) -> tuple[K, P]:
        """Remove and return ``(key, priority)`` with the smallest priority. O(log n).

        >>> pq = IndexedMinPQ(); pq.push("only", 1); pq.pop()
        ('only', 1)
        >>> pq.pop()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty priority queue; check len(pq) or bool(pq) first
        """
        if not self._keys:
            raise IndexError("pop from an empty priority queue; check len(pq) or bool(pq) first")
        top = self._keys[0]
        last = self._keys.pop()
        if self._keys:
            self._keys[0] = last
            self._position[last] = 0
            self._sift_down(0)
        del self._position[top]
        return top, self._priority.pop(top)

    def peek(self) -> tuple[K, P]:
        """Return ``(key, priority)`` with the smallest priority, leaving it in place. O(1).

        >>> IndexedMinPQ().peek()
        Traceback (most recent call last):
            ...
        IndexError: peek at an empty priority queue; check len(pq) or bool(pq) first
        """
        if not self._keys:
            raise IndexError("peek at an empty priority queue; check len(pq) or bool(pq) first")
        top = self._keys[0]
        return top, self._priority[top]

    def priority(self, key: K) -> P:
        """The current priority of ``key``. O(1) on average.

        >>> pq = IndexedMinPQ(); pq.push(3, 30); pq.priority(3)
        30
        """
        try:
            return self._priority[key]
        except KeyError:
            raise KeyError(f"key {key!r} is not in the queue; push it first") from None

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is waiting in the queue. O(1) on average.

        >>> pq = IndexedMinPQ(); pq.push("a", 1); "a" in pq, "b" in pq
        (True, False)
        """
        return key in self._position

    def __len__(self) -> int:
        """Number of keys waiting. O(1).

        >>> len(IndexedMinPQ())
        0
        """
        return len(self._keys)

    def __bool__(self) -> bool:
        """True when some key is waiting. O(1).

        >>> bool(IndexedMinPQ())
        False
        """
        return bool(self._keys)

    def __iter__(self) -> Iterator[K]:
        """Iterate over the waiting keys in heap order (not sorted). O(n).

        >>> pq = IndexedMinPQ(); pq.push("a", 2); pq.push("b", 1); sorted(pq)
        ['a', 'b']
        """
        return iter(list(self._keys))

    def __repr__(self) -> str:
        """Show ``key: priority`` pairs in heap order.

        >>> pq = IndexedMinPQ(); pq.push("a", 2); pq.push("b", 1); pq
        IndexedMinPQ({'b': 1, 'a': 2})
        """
        pairs = {k: self._priority[k] for k in self._keys}
        return f"IndexedMinPQ({pairs!r})"

    def _check(self) -> None:
        """Assert both invariants; used by the tests after every step. O(n).

        >>> pq = IndexedMinPQ(); pq.push(1, 1); pq._check()
        """
        assert len(self._position) == len(self._keys) == len(self._priority)
        for i, key in enumerate(self._keys):
            assert self._position[key] == i, f"position of {key!r} is stale"
            if i > 0:
                parent = self._keys[(i - 1) // 2]
                assert not self._priority[key] < self._priority[parent], "heap order broken"

    # -- the two walks, moving keys and rewriting their positions ------------------------
    def _less(self, i: int, j: int) -> bool:
        return self._priority[self._keys[i]] < self._priority[self._keys[j]]

    def _swap(self, i: int, j: int) -> None:
        keys = self._keys
        keys[i], keys[j] = keys[j], keys[i]
        self._position[keys[i]] = i
        self._position[keys[j]] = j

    def _sift_up(self, i: int) -> None:
        while i > 0 and self._less(i, (i - 1) // 2):
            self._swap(i, (i - 1) // 2)
            i = (i - 1) // 2

    def _sift_down(self, i: int) -> None:
        n = len(self._keys)
        while True:
            child = 2 * i + 1
            if child >= n:
                return
            if child + 1 < n and self._less(child + 1, child):
                child += 1
            if not self._less(child, i):
                return
            self._swap(i, child)
            i = child
