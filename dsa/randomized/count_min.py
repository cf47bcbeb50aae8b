"""Count–min sketch: approximate counts of a stream's items in a fixed, small table.

Counting every distinct item exactly needs memory for every distinct item. A count–min sketch
(Cormode and Muthukrishnan, 2005) keeps a ``depth × width`` table of counters instead, with one
hash function per row. Adding an item adds to one counter in each row; the estimate for an item
is the **minimum** of its ``depth`` counters.

Invariant: every row's counters sum to ``N``, the total added so far, and each item's counter in
a row is its own count plus the counts of whatever items collide with it there.

*Error bound.* Counts are never negative, so collisions only add: the estimate is never below
the true count. In one row the expected surplus is at most ``N / width`` (each other item lands
in the same cell with probability about ``1/width``); by Markov's inequality the surplus
exceeds ``e · N / width`` with probability at most ``1/e``. The rows hash independently, so
all ``depth`` of them exceed it with probability at most ``e^-depth``. Choose

    width = ⌈e / ε⌉   and   depth = ⌈ln(1 / δ)⌉

and then ``true ≤ estimate ≤ true + ε·N`` with probability at least ``1 - δ``, for each query.
The size depends on ``ε`` and ``δ`` only, never on the number of distinct items. The tests
measure how often the bound is broken on a seeded skewed stream and find it well under ``δ``.

Hashing: each row uses ``((a·x + b) mod p) mod width`` with ``p = 2⁶¹ - 1`` and random ``a, b``
drawn from ``random.Random(seed)`` — a universal family: two different items share a cell with
probability about ``1/width``, which is all the proof needs — applied to a 64-bit BLAKE2b hash
``x`` of the item (the same in every run; :func:`hash` of a string is not).

| operation | time | space |
|---|---|---|
| :meth:`~CountMinSketch.add`, :meth:`~CountMinSketch.estimate` | O(depth) | — |
| the sketch | — | ``depth × width`` counters = O(ln(1/δ) / ε) |

>>> cms = CountMinSketch.from_error(epsilon=0.01, delta=0.01)
>>> cms.width, cms.depth
(272, 5)
>>> for word in "the cat and the hat and the bat".split():
...     cms.add(word)
>>> cms.estimate("the"), cms.estimate("cat") >= 1, cms.total
(3, True, 8)
"""

from __future__ import annotations

import math
import random

from dsa.randomized._hashing import Item, hash64

__all__ = ["CountMinSketch"]

_PRIME = (1 << 61) - 1  # a Mersenne prime above every 64-bit hash reduced below it


class CountMinSketch:
    """A ``depth × width`` table of counters; :meth:`estimate` never undercounts.

    >>> CountMinSketch(width=0, depth=3)
    Traceback (most recent call last):
        ...
    ValueError: width and depth must be at least 1, got width=0, depth=3
    """

    def __init__(self, width: int, depth: int, *, seed: int = 0) -> None:
        if width < 1 or depth < 1:
            raise ValueError(f"width and depth must be at least 1, got width={width}, "
                             f"depth={depth}")
        self.width, self.depth, self.seed = width, depth, seed
        rng = random.Random(seed)
        self._rows = [(rng.randrange(1, _PRIME), rng.randrange(_PRIME)) for _ in range(depth)]
        self._table = [[0] * width for _ in range(depth)]
        self.total = 0

    @classmethod
    def from_error(cls, epsilon: float, delta: float, *, seed: int = 0) -> CountMinSketch:
        """A sketch whose estimates exceed the truth by more than ``epsilon · total`` with
        probability at most ``delta``.

        >>> s = CountMinSketch.from_error(0.1, 0.05); s.width, s.depth
        (28, 3)
        """
        if not 0 < epsilon < 1 or not 0 < delta < 1:
            raise ValueError(f"epsilon and delta must be between 0 and 1, got {epsilon}, {delta}")
        return cls(math.ceil(math.e / epsilon), math.ceil(math.log(1 / delta)), seed=seed)

    def _cells(self, item: Item) -> list[int]:
        x = hash64(item, self.seed, "CountMinSketch") % _PRIME
        return [(a * x + b) % _PRIME % self.width for a, b in self._rows]

    def add(self, item: Item, count: int = 1) -> None:
        """Add ``count`` occurrences of ``item`` (``count`` must not be negative). O(depth).

        >>> s = CountMinSketch(10, 2); s.add("x", 5); s.estimate("x")
        5
        >>> s.add("x", -1)
        Traceback (most recent call last):
            ...
        ValueError: count must be non-negative, got -1; the error bound needs counts that only grow
        """
        if count < 0:
            raise ValueError(f"count must be non-negative, got {count}; the error bound needs "
                             "counts that only grow")
        for row, cell in zip(self._table, self._cells(item), strict=True):
            row[cell] += count
        self.total += count

    def estimate(self, item: Item) -> int:
        """An upper estimate of how often ``item`` was added: the least of its counters. O(depth).

        >>> CountMinSketch(10, 2).estimate("never added")
        0
        """
        return min(row[cell] for row, cell in zip(self._table, self._cells(item), strict=True))

    def _check(self) -> None:
        """Assert the invariant: every row sums to the total. O(depth × width).

        >>> CountMinSketch(4, 2)._check()
        """
        assert all(sum(row) == self.total for row in self._table), "a row lost count"
