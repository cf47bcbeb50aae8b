"""Linked lists: a chain of nodes, each holding a value and a link to the next (and previous).

An array keeps its items side by side, so reaching item ``i`` is one step but inserting at the
front shifts everything. A linked list keeps each item in its own **node** that points to the
next one: inserting or removing next to a node you hold is O(1) (relink two pointers), but
reaching item ``i`` means walking ``i`` links.

* :class:`SinglyLinkedList` links forward only. It keeps ``head`` and ``tail`` so adding at
  either end is O(1); popping the back would need the node *before* the tail, so it has no
  ``pop``, only ``popleft``.
* :class:`DoublyLinkedList` links both ways and closes the chain into a ring through one
  **sentinel** node, so the first and last real nodes are ``sentinel.next`` and
  ``sentinel.prev``, and an empty list is the sentinel pointing at itself. Every insert and
  unlink is then the same four pointer writes, with no special case for the ends. It hands out
  its nodes, so a caller holding a node (an LRU cache, say) can unlink or move it in O(1).

Invariants: following ``next`` from the head visits exactly ``len`` nodes and ends at ``None``
(singly; ``tail`` is the last of them) or back at the sentinel (doubly, where also
``node.next.prev is node`` for every node).

| operation                 | singly | doubly |
|---------------------------|--------|--------|
| ``appendleft``, ``append``| O(1)   | O(1)   |
| ``popleft``               | O(1)   | O(1)   |
| ``pop`` (the back)        | —      | O(1)   |
| unlink / move a held node | —      | O(1)   |
| ``lst[i]``, ``x in lst``  | O(n)   | O(n)   |
| ``remove(x)``             | O(n)   | O(n)   |
| ``reverse()``             | O(n)   | O(n)   |

Each list takes O(n) space; every operation uses O(1) extra space. Two lists of the same kind
are equal when they hold equal values in the same order, as two ``list`` objects are. Each
doubly linked node records the list it is in, so handing ``unlink`` a node that was already
unlinked, or that belongs to another list, raises ``ValueError`` instead of corrupting ``len``.
The ends are named as in ``collections.deque``: ``append``/``pop`` at the back (the right),
``appendleft``/``popleft`` at the front (the left).

>>> s = SinglyLinkedList([2, 3]); s.appendleft(1); s
SinglyLinkedList([1, 2, 3])
>>> d = DoublyLinkedList("ab"); _ = d.appendleft("z"); d.pop(), d
('b', DoublyLinkedList(['z', 'a']))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")

__all__ = ["DoublyLinkedList", "DoublyNode", "SinglyLinkedList", "SinglyNode"]


class SinglyNode(Generic[T]):
    """A value and a link to the next node.

    >>> SinglyNode(1, SinglyNode(2)).next.value
    2
    """

    __slots__ = ("next", "value")

    def __init__(self, value: T, next: SinglyNode[T] | None = None) -> None:
        self.value = value
        self.next = next

    def __repr__(self) -> str:
        """Show the value.

        >>> SinglyNode(3)
        SinglyNode(3)
        """
        return f"SinglyNode({self.value!r})"


def _position(index: int, n: int) -> int:
    if not isinstance(index, int):
        raise TypeError(f"linked list indices must be integers, not {type(index).__name__}")
    i = index + n if index < 0 else index
    if not 0 <= i < n:
        raise IndexError(f"linked list index {index} out of range for length {n}")
    return i


class SinglyLinkedList(Generic[T]):
    """A forward-linked list with O(1) ``append`` and ``appendleft``, and O(1) ``popleft``.

    >>> s = SinglyLinkedList([1, 2, 3])
    >>> s.popleft(), s[1], len(s), 3 in s
    (1, 3, 2, True)
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.head: SinglyNode[T] | None = None
        self.tail: SinglyNode[T] | None = None
        self._n = 0
        for x in items:
            self.append(x)

    def appendleft(self, value: T) -> None:
        """Insert ``value`` before the head. O(1).

        >>> s = SinglyLinkedList(); s.appendleft(1); s.appendleft(0); s
        SinglyLinkedList([0, 1])
        """
        self.head = SinglyNode(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self._n += 1

    def append(self, value: T) -> None:
        """Append ``value`` after the tail. O(1).

        >>> s = SinglyLinkedList([0]); s.append(1); s
        SinglyLinkedList([0, 1])
        """
        node = SinglyNode(value)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self._n += 1

    def popleft(self) -> T:
        """Remove and return the first value. O(1).

        >>> SinglyLinkedList().popleft()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty linked list
        """
        if self.head is None:
            raise IndexError("pop from an empty linked list")
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        self._n -= 1
        return node.value

    def remove(self, value: T) -> None:
        """Remove the first node holding ``value``. O(n).

        >>> s = SinglyLinkedList([1, 2, 1]); s.remove(1); s
        SinglyLinkedList([2, 1])
        >>> s.remove(5)
        Traceback (most recent call last):
            ...
        ValueError: 5 is not in the linked list
        """
        prev: SinglyNode[T] | None = None
        node = self.head
        while node is not None and node.value != value:
            prev, node = node, node.next
        if node is None:
            raise ValueError(f"{value!r} is not in the linked list")
        if prev is None:
            self.head = node.next
        else:
            prev.next = node.next
        if node is self.tail:
            self.tail = prev
        self._n -= 1

    def reverse(self) -> None:
        """Reverse the list in place by turning every link around. O(n) time, O(1) space.

        >>> s = SinglyLinkedList([1, 2, 3]); s.reverse(); s
        SinglyLinkedList([3, 2, 1])
        """
        prev: SinglyNode[T] | None = None
        node = self.head
        self.tail = node
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __getitem__(self, index: int) -> T:
        """The value at ``index`` (negative counts from the end), found by walking. O(n).

        >>> SinglyLinkedList("abc")[-1]
        'c'
        >>> SinglyLinkedList("abc")[3]
        Traceback (most recent call last):
            ...
        IndexError: linked list index 3 out of range for length 3
        """
        node = self.head
        for _ in range(_position(index, self._n)):
            node = node.next  # type: ignore[union-attr]
        return node.value  # type: ignore[union-attr]

    def __contains__(self, value: object) -> bool:
        """Whether some node holds ``value``. O(n).

        >>> 2 in SinglyLinkedList([1, 2])
        True
        """
        return any(v == value for v in self)

    def __len__(self) -> int:
        """Number of nodes, kept as a count. O(1).

        >>> len(SinglyLinkedList([1, 2]))
        2
        """
        return self._n

    def __iter__(self) -> Iterator[T]:
        """Values from head to tail. O(n).

        >>> list(SinglyLinkedList([1, 2]))
        [1, 2]
        """
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __repr__(self) -> str:
        """Show the values.

        >>> SinglyLinkedList()
        SinglyLinkedList([])
        """
        return f"SinglyLinkedList({list(self)!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to another SinglyLinkedList with equal values in order, as lists compare. O(n).

        >>> SinglyLinkedList([1, 2]) == SinglyLinkedList([1, 2]), SinglyLinkedList([1]) == [1]
        (True, False)
        """
        if not isinstance(other, SinglyLinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like list

    def _check(self) -> None:
        """Assert the invariant; used by the tests. O(n).

        >>> SinglyLinkedList([1, 2])._check()
        """
        count, last, node = 0, None, self.head
        while node is not None:
            count, last, node = count + 1, node, node.next
            assert count <= self._n, "more nodes than len (a cycle?)"
        assert count == self._n and last is self.tail


class DoublyNode(Generic[T]):
    """A value with links to the previous and next nodes.

    >>> DoublyNode("v")
    DoublyNode('v')
    """

    __slots__ = ("next", "owner", "prev", "value")

    def __init__(self, value: T) -> None:
        self.value = value
        self.prev: DoublyNode[T] = self
        self.next: DoublyNode[T] = self
        # The list the node is linked into, or None: what lets ``unlink`` refuse, in O(1), a
        # node that is detached or belongs to another list instead of corrupting the count.
        self.owner: DoublyLinkedList[T] | None = None

    def __repr__(self) -> str:
        """Show the value.

        >>> DoublyNode(3)
        DoublyNode(3)
        """
        return f"DoublyNode({self.value!r})"


class DoublyLinkedList(Generic[T]):
    """A ring of nodes through a sentinel: O(1) at both ends and at any node you hold.

    >>> d = DoublyLinkedList([1, 2, 3])
    >>> node = d.append(4)
    >>> d.move_to_front(node); d
    DoublyLinkedList([4, 1, 2, 3])
    >>> d.unlink(node), list(reversed(d))
    (4, [3, 2, 1])
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._sentinel: DoublyNode[Any] = DoublyNode(None)
        self._n = 0
        for x in items:
            self.append(x)

    def _link_after(self, node: DoublyNode[T], after: DoublyNode[T]) -> DoublyNode[T]:
        node.prev, node.next = after, after.next
        after.next.prev = node
        after.next = node
        node.owner = self
        self._n += 1
        return node

    def appendleft(self, value: T) -> DoublyNode[T]:
        """Insert ``value`` at the front and return its node. O(1).

        >>> d = DoublyLinkedList([2]); _ = d.appendleft(1); d
        DoublyLinkedList([1, 2])
        """
        return self._link_after(DoublyNode(value), self._sentinel)

    def append(self, value: T) -> DoublyNode[T]:
        """Insert ``value`` at the back and return its node. O(1).

        >>> d = DoublyLinkedList([1]); d.append(2).value, d
        (2, DoublyLinkedList([1, 2]))
        """
        return self._link_after(DoublyNode(value), self._sentinel.prev)

    def unlink(self, node: DoublyNode[T]) -> T:
        """Remove ``node`` (which must belong to this list) and return its value. O(1).

        >>> d = DoublyLinkedList(); n = d.append(7); d.unlink(n), len(d)
        (7, 0)
        >>> d.unlink(n)
        Traceback (most recent call last):
            ...
        ValueError: DoublyNode(7) is not in this list (already unlinked, or from another list)
        """
        if node is self._sentinel:
            raise IndexError("pop from an empty linked list")
        if node.owner is not self:
            raise ValueError(
                f"{node!r} is not in this list (already unlinked, or from another list)"
            )
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = node  # a detached node points at itself, never into the list
        node.owner = None
        self._n -= 1
        return node.value

    def move_to_front(self, node: DoublyNode[T]) -> None:
        """Move a node of this list to the front. O(1).

        >>> d = DoublyLinkedList([1]); n = d.append(2); d.move_to_front(n); d
        DoublyLinkedList([2, 1])
        """
        self.unlink(node)
        self._link_after(node, self._sentinel)

    def move_to_back(self, node: DoublyNode[T]) -> None:
        """Move a node of this list to the back. O(1).

        >>> d = DoublyLinkedList(); n = d.append(1); _ = d.append(2); d.move_to_back(n); d
        DoublyLinkedList([2, 1])
        """
        self.unlink(node)
        self._link_after(node, self._sentinel.prev)

    def popleft(self) -> T:
        """Remove and return the first value. O(1).

        >>> DoublyLinkedList([1, 2]).popleft()
        1
        >>> DoublyLinkedList().popleft()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty linked list
        """
        return self.unlink(self._sentinel.next)

    def pop(self) -> T:
        """Remove and return the last value. O(1).

        >>> DoublyLinkedList([1, 2]).pop()
        2
        """
        return self.unlink(self._sentinel.prev)

    @property
    def first(self) -> DoublyNode[T]:
        """The first node. O(1).

        >>> DoublyLinkedList("xy").first.value
        'x'
        """
        if not self._n:
            raise IndexError("an empty linked list has no first node")
        return self._sentinel.next

    @property
    def last(self) -> DoublyNode[T]:
        """The last node. O(1).

        >>> DoublyLinkedList("xy").last.value
        'y'
        """
        if not self._n:
            raise IndexError("an empty linked list has no last node")
        return self._sentinel.prev

    def remove(self, value: T) -> None:
        """Remove the first node holding ``value``. O(n).

        >>> d = DoublyLinkedList([1, 2, 1]); d.remove(1); d
        DoublyLinkedList([2, 1])
        >>> d.remove(9)
        Traceback (most recent call last):
            ...
        ValueError: 9 is not in the linked list
        """
        for node in self.nodes():
            if node.value == value:
                self.unlink(node)
                return
        raise ValueError(f"{value!r} is not in the linked list")

    def reverse(self) -> None:
        """Reverse in place by swapping every node's two links, sentinel included. O(n).

        >>> d = DoublyLinkedList([1, 2, 3]); d.reverse(); d
        DoublyLinkedList([3, 2, 1])
        """
        node = self._sentinel
        while True:
            node.prev, node.next = node.next, node.prev
            node = node.prev  # the old next
            if node is self._sentinel:
                return

    def nodes(self) -> Iterator[DoublyNode[T]]:
        """The nodes from front to back (safe to unlink the one just yielded). O(n).

        >>> [n.value for n in DoublyLinkedList("ab").nodes()]
        ['a', 'b']
        """
        node = self._sentinel.next
        while node is not self._sentinel:
            following = node.next
            yield node
            node = following

    def __getitem__(self, index: int) -> T:
        """The value at ``index``, walking from the nearer end. O(min(i, n - i)).

        >>> DoublyLinkedList("abc")[-1], DoublyLinkedList("abc")[0]
        ('c', 'a')
        """
        i = _position(index, self._n)
        if i < self._n // 2:
            node = self._sentinel.next
            for _ in range(i):
                node = node.next
        else:
            node = self._sentinel.prev
            for _ in range(self._n - 1 - i):
                node = node.prev
        return node.value

    def __contains__(self, value: object) -> bool:
        """Whether some node holds ``value``. O(n).

        >>> 3 in DoublyLinkedList([1, 2])
        False
        """
        return any(v == value for v in self)

    def __len__(self) -> int:
        """Number of nodes. O(1).

        >>> len(DoublyLinkedList([1, 2]))
        2
        """
        return self._n

    def __iter__(self) -> Iterator[T]:
        """Values from front to back. O(n).

        >>> list(DoublyLinkedList([1, 2]))
        [1, 2]
        """
        return (node.value for node in self.nodes())

    def __reversed__(self) -> Iterator[T]:
        """Values from back to front, following ``prev`` links. O(n).

        >>> list(reversed(DoublyLinkedList([1, 2])))
        [2, 1]
        """
        node = self._sentinel.prev
        while node is not self._sentinel:
            yield node.value
            node = node.prev

    def __repr__(self) -> str:
        """Show the values.

        >>> DoublyLinkedList()
        DoublyLinkedList([])
        """
        return f"DoublyLinkedList({list(self)!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to another DoublyLinkedList with equal values in order, as lists compare. O(n).

        >>> DoublyLinkedList([1, 2]) == DoublyLinkedList([1, 2]), DoublyLinkedList([1]) == [1]
        (True, False)
        """
        if not isinstance(other, DoublyLinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like list

    def _check(self) -> None:
        """Assert the ring invariant; used by the tests. O(n).

        >>> DoublyLinkedList([1, 2])._check()
        """
        count, node = 0, self._sentinel
        while True:
            assert node.next.prev is node, "broken back link"
            node = node.next
            if node is self._sentinel:
                break
            assert node.owner is self, "a node does not know its list"
            count += 1
            assert count <= self._n, "more nodes than len"
        assert count == self._n
