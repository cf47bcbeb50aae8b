"""LRU cache: a dict for lookup and a doubly linked list for recency.

The list runs from the least recently used entry (just after the ``head`` sentinel) to the most
recently used (just before the ``tail`` sentinel); the sentinels mean unlinking and linking never
meet an empty list. The dict maps each key to its node, so any entry can be found, unlinked and
relinked at the recent end in O(1); the entry after ``head`` is the one to evict.

Time O(1) per operation; space O(capacity).
"""

from __future__ import annotations


class _Node:
    __slots__ = ("key", "next", "prev", "value")

    def __init__(self, key: int = 0, value: int = 0) -> None:
        self.key = key
        self.value = value
        self.prev: _Node | None = None
        self.next: _Node | None = None


class LRUCache:
    """A key-value store of bounded size that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        """Create an empty cache holding at most ``capacity`` pairs."""
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        self._nodes: dict[int, _Node] = {}
        self._head = _Node()
        self._tail = _Node()
        self._head.next, self._tail.prev = self._tail, self._head

    def get(self, key: int) -> int:
        """Return the value for ``key`` (marking it as used), or -1 if it is absent."""
        node = self._nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key: int, value: int) -> None:
        """Store ``value`` for ``key`` (marking it as used), evicting the least recent if full."""
        node = self._nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self._nodes) == self.capacity:
                oldest = self._head.next
                self._unlink(oldest)
                del self._nodes[oldest.key]
            node = _Node(key, value)
            self._nodes[key] = node
        self._append(node)

    def _unlink(self, node: _Node) -> None:
        node.prev.next, node.next.prev = node.next, node.prev

    def _append(self, node: _Node) -> None:
        last = self._tail.prev
        last.next = node
        node.prev, node.next = last, self._tail
        self._tail.prev = node
