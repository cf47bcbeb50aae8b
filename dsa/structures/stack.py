"""Stack: last in, first out.

A stack allows access at one end only, the *top*: ``push`` puts an item there, ``pop`` takes
the most recently pushed item back off. That one rule is what function calls, undo histories,
bracket matching and depth-first search need: the thing to come back to is always the newest.

A dynamic array is a natural home for a stack, with the top at the array's end, where appending
and removing are O(1) amortised (see :mod:`dsa.structures.dynamic_array`). This class wraps a
Python list and gives the stack its own vocabulary and error messages.

Invariant: the top of the stack is the last element of the underlying list.

| operation        | time           | extra space |
|------------------|----------------|-------------|
| ``push``         | O(1) amortised | O(1)        |
| ``pop``          | O(1) amortised | O(1)        |
| ``peek``         | O(1)           | O(1)        |
| ``len``/``bool`` | O(1)           | O(1)        |
| ``x in s``       | O(n)           | O(1)        |

The stack holds O(n) space. Two stacks are equal when they hold equal items in the same
order, as two lists are.

>>> s = Stack()
>>> for ch in "abc":
...     s.push(ch)
>>> s.pop(), s.peek(), len(s)
('c', 'b', 2)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["Stack"]


class Stack(Generic[T]):
    """A LIFO stack; ``Stack(items)`` pushes ``items`` in order, so the last is on top.

    >>> s = Stack([1, 2, 3]); s
    Stack([1, 2, 3])
    >>> list(s)  # from the top down
    [3, 2, 1]
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T) -> None:
        """Put ``item`` on top. O(1) amortised.

        >>> s = Stack(); s.push(1); s.peek()
        1
        """
        self._items.append(item)

    def pop(self) -> T:
        """Remove and return the top item. O(1) amortised.

        >>> Stack([1, 2]).pop()
        2
        >>> Stack().pop()
        Traceback (most recent call last):
            ...
        IndexError: pop from an empty stack; check len(stack) or bool(stack) first
        """
        if not self._items:
            raise IndexError("pop from an empty stack; check len(stack) or bool(stack) first")
        return self._items.pop()

    def peek(self) -> T:
        """Return the top item without removing it. O(1).

        >>> Stack([1, 2]).peek()
        2
        >>> Stack().peek()
        Traceback (most recent call last):
            ...
        IndexError: peek at an empty stack; check len(stack) or bool(stack) first
        """
        if not self._items:
            raise IndexError("peek at an empty stack; check len(stack) or bool(stack) first")
        return self._items[-1]

    def __len__(self) -> int:
        """Number of items. O(1).

        >>> len(Stack("ab"))
        2
        """
        return len(self._items)

    def __bool__(self) -> bool:
        """True when the stack has items. O(1).

        >>> bool(Stack()), bool(Stack([0]))
        (False, True)
        """
        return bool(self._items)

    def __contains__(self, item: object) -> bool:
        """Whether some item equals ``item``. O(n).

        >>> 2 in Stack([1, 2]), 3 in Stack([1, 2])
        (True, False)
        """
        return item in self._items

    def __iter__(self) -> Iterator[T]:
        """Items from the top down, the order ``pop`` would give them. O(n).

        >>> list(Stack([1, 2]))
        [2, 1]
        """
        return reversed(self._items)

    def __repr__(self) -> str:
        """Show the items from bottom to top, so ``Stack(...)`` rebuilds the same stack.

        >>> Stack([1, 2])
        Stack([1, 2])
        """
        return f"Stack({self._items!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to another Stack holding equal items in the same order. O(n).

        >>> Stack([1, 2]) == Stack([1, 2]), Stack([1, 2]) == Stack([2, 1]), Stack([1]) == [1]
        (True, False, False)
        """
        if not isinstance(other, Stack):
            return NotImplemented
        return self._items == other._items

    __hash__ = None  # type: ignore[assignment]  # mutable, like list
