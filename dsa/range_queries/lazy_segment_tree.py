"""Segment tree with lazy propagation: add to a whole range, and ask a range's sum, min or max.

A plain segment tree (:mod:`dsa.structures.segment_tree`) updates one value in O(log n). Adding
``d`` to every value in ``[start, stop)`` that way costs O(n log n) for a long range. The lazy
version changes only the O(log n) nodes that tile the range, and leaves a note — "add ``d`` to
everything below me" — instead of visiting the values underneath. The note is passed to the two
children (*pushed down*) only when some later operation needs to go below that node.

Each node covers a range ``[lo, hi)`` and stores its ``sum``, ``min`` and ``max``. Adding ``d``
to a whole node is O(1): ``sum += d·(hi - lo)``, ``min += d``, ``max += d``, and ``pending += d``.

Invariant: a node's ``sum``, ``min`` and ``max`` are right for its range once the ``pending``
notes of its *ancestors* are added; its own ``pending`` has already been applied to itself but
not yet to its children.

An operation on ``[start, stop)`` descends from the root: a node inside the range is handled
whole, a node outside is left, and only a node that straddles an end of the range is pushed
and split. At most two nodes straddle per level (one per end), so at most four nodes are
visited per level: **O(log n)** per add and per query.

| operation | nodes visited | extra space |
|---|---|---|
| build | ``2n - 1`` | O(n) (arrays of 4n) and O(log n) stack |
| :meth:`~LazySegmentTree.add` | ≤ 4 per level: O(log n) | O(log n) stack |
| ``sum``, ``min``, ``max`` of a range | ≤ 4 per level: O(log n) | O(log n) stack |

The descent recurses, but on a balanced tree: ``ceil(log2 n) + 1`` frames deep at most. It
counts the nodes it visits in ``visits`` (the tests check the bound with it).

>>> t = LazySegmentTree([5, 3, 7, 1])
>>> t.add(1, 3, 10)            # [5, 13, 17, 1]
>>> t.sum(0, 4), t.min(1, 4), t.max(0, 2)
(36, 1, 13)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

__all__ = ["LazySegmentTree"]


class LazySegmentTree:
    """Range add, and range sum, minimum and maximum, over a list of numbers.

    >>> t = LazySegmentTree([0] * 5); t.add(0, 5, 2); t.add(2, 4, -1); list(t)
    [2, 2, 1, 1, 2]
    """

    def __init__(self, values: Iterable[float]) -> None:
        values = list(values)
        self._n = n = len(values)
        size = 4 * max(n, 1)
        self._sum = [0] * size
        self._min = [0] * size
        self._max = [0] * size
        self._pending = [0] * size
        self.visits = 0
        if n:
            self._build(values, 1, 0, n)

    def _build(self, values: list[float], node: int, lo: int, hi: int) -> None:
        self.visits += 1
        if hi - lo == 1:
            self._sum[node] = self._min[node] = self._max[node] = values[lo]
            return
        middle = (lo + hi) // 2
        self._build(values, 2 * node, lo, middle)  # depth log2 n: halving each call
        self._build(values, 2 * node + 1, middle, hi)
        self._pull(node)

    def _pull(self, node: int) -> None:
        left, right = 2 * node, 2 * node + 1
        self._sum[node] = self._sum[left] + self._sum[right]
        self._min[node] = min(self._min[left], self._min[right])
        self._max[node] = max(self._max[left], self._max[right])

    def _apply(self, node: int, length: int, delta: float) -> None:
        self._sum[node] += delta * length
        self._min[node] += delta
        self._max[node] += delta
        self._pending[node] += delta

    def _push(self, node: int, lo: int, hi: int) -> None:
        delta = self._pending[node]
        if delta:
            middle = (lo + hi) // 2
            self._apply(2 * node, middle - lo, delta)
            self._apply(2 * node + 1, hi - middle, delta)
            self._pending[node] = 0

    def _check_range(self, start: int, stop: int) -> None:
        if start > stop:
            raise ValueError(f"range needs start <= stop, got {start} > {stop}")
        if not 0 <= start <= stop <= self._n:
            raise IndexError(f"range [{start}, {stop}) is not within [0, {self._n}]; "
                             f"need 0 <= start <= stop <= {self._n}")

    def add(self, start: int, stop: int, delta: float) -> None:
        """Add ``delta`` to every value in ``[start, stop)``. O(log n).

        >>> t = LazySegmentTree([1, 1, 1]); t.add(0, 2, 5); t.sum(0, 3)
        13
        """
        self._check_range(start, stop)
        if start < stop:
            self._add(1, 0, self._n, start, stop, delta)

    def _add(self, node: int, lo: int, hi: int, start: int, stop: int, delta: float) -> None:
        self.visits += 1
        if stop <= lo or hi <= start:
            return
        if start <= lo and hi <= stop:
            self._apply(node, hi - lo, delta)
            return
        self._push(node, lo, hi)
        middle = (lo + hi) // 2
        # Recursion on the halves of a balanced tree: ceil(log2 n) + 1 frames at most.
        self._add(2 * node, lo, middle, start, stop, delta)
        self._add(2 * node + 1, middle, hi, start, stop, delta)
        self._pull(node)

    def _query(self, node: int, lo: int, hi: int, start: int, stop: int) -> tuple | None:
        """``(sum, min, max)`` over the part of ``[start, stop)`` inside ``[lo, hi)``, or None."""
        self.visits += 1
        if stop <= lo or hi <= start:
            return None
        if start <= lo and hi <= stop:
            return self._sum[node], self._min[node], self._max[node]
        self._push(node, lo, hi)
        middle = (lo + hi) // 2
        left = self._query(2 * node, lo, middle, start, stop)
        right = self._query(2 * node + 1, middle, hi, start, stop)
        if left is None or right is None:
            return left or right
        return left[0] + right[0], min(left[1], right[1]), max(left[2], right[2])

    def _summary(self, start: int, stop: int, what: str) -> tuple:
        self._check_range(start, stop)
        if start == stop:
            raise ValueError(f"{what} of the empty range [{start}, {stop}) is undefined; "
                             "ask for at least one value")
        return self._query(1, 0, self._n, start, stop)  # type: ignore[return-value]

    def sum(self, start: int, stop: int) -> float:
        """The sum of ``values[start:stop]`` (0 for an empty range). O(log n).

        >>> LazySegmentTree([1, 2, 3]).sum(1, 3), LazySegmentTree([1, 2, 3]).sum(2, 2)
        (5, 0)
        """
        self._check_range(start, stop)
        return self._summary(start, stop, "sum")[0] if start < stop else 0

    def min(self, start: int, stop: int) -> float:
        """The smallest of ``values[start:stop]``; the range must not be empty. O(log n).

        >>> LazySegmentTree([4, 2, 6]).min(0, 3)
        2
        >>> LazySegmentTree([4, 2, 6]).min(1, 1)
        Traceback (most recent call last):
            ...
        ValueError: min of the empty range [1, 1) is undefined; ask for at least one value
        """
        return self._summary(start, stop, "min")[1]

    def max(self, start: int, stop: int) -> float:
        """The largest of ``values[start:stop]``; the range must not be empty. O(log n).

        >>> LazySegmentTree([4, 2, 6]).max(0, 2)
        4
        """
        return self._summary(start, stop, "max")[2]

    def __len__(self) -> int:
        """Number of values. O(1).

        >>> len(LazySegmentTree([7, 8]))
        2
        """
        return self._n

    def __getitem__(self, index: int) -> float:
        """The current value at ``index`` (negative counts from the end). O(log n).

        >>> t = LazySegmentTree([1, 2]); t.add(0, 2, 1); t[0], t[-1]
        (2, 3)
        """
        i = index + self._n if index < 0 else index
        if not 0 <= i < self._n:
            raise IndexError(f"LazySegmentTree index {index} out of range for length {self._n}")
        return self.sum(i, i + 1)

    def __iter__(self) -> Iterator[float]:
        """The current values in order. O(n log n).

        >>> list(LazySegmentTree([3, 1]))
        [3, 1]
        """
        return (self[i] for i in range(self._n))

    def __repr__(self) -> str:
        """Show the current values.

        >>> LazySegmentTree([1, 2])
        LazySegmentTree([1, 2])
        """
        return f"LazySegmentTree({list(self)!r})"

    def _check(self) -> None:
        """Assert the invariant at every inner node; used by the tests. O(n).

        >>> LazySegmentTree([3, 1, 2])._check()
        """
        stack = [(1, 0, self._n)] if self._n > 1 else []
        while stack:
            node, lo, hi = stack.pop()
            left, right, pending = 2 * node, 2 * node + 1, self._pending[node]
            # applied here, not yet below: the children lack exactly this node's pending add
            assert self._sum[node] == self._sum[left] + self._sum[right] + pending * (hi - lo), (
                f"stale sum at node {node}")
            assert self._min[node] == min(self._min[left], self._min[right]) + pending, (
                f"stale min at node {node}")
            assert self._max[node] == max(self._max[left], self._max[right]) + pending, (
                f"stale max at node {node}")
            middle = (lo + hi) // 2
            stack += [(n, a, b) for n, a, b in ((left, lo, middle), (right, middle, hi))
                      if b - a > 1]
