"""Fisher–Yates shuffle: a uniformly random order in one pass and ``n - 1`` random numbers.

A shuffle is *uniform* when each of the ``n!`` orders is equally likely. Fisher and Yates
(1938) described it with pencil and paper; Durstenfeld (1964) gave the in-place version: walk
from the last position down, and swap each position ``i`` with a position ``j`` chosen uniformly
from ``0..i`` (itself included).

Invariant: after the step at ``i``, the items in ``a[i:]`` are a uniformly random ordered
selection from the whole list, and ``a[:i]`` holds the rest.

Why uniform: the step at ``i`` has ``i + 1`` equally likely choices, so the run makes
``n · (n-1) · … · 2 = n!`` equally likely choice sequences, and each gives a different order —
a one-to-one map onto the orders. The tempting variant that swaps each position with *any*
position (``j`` from ``0..n-1``) makes ``n^n`` equally likely sequences, which ``n!`` does not
divide for ``n >= 3``; some orders must come out more often than others. The tests measure
that bias, and check the real one with a chi-squared test.

| function | random numbers | swaps | extra space |
|---|---|---|---|
| :func:`shuffle` | ``n - 1`` | ``n - 1`` | O(1) |
| :func:`sample` (``k`` of ``n``) | ``k`` | ``k`` | O(n) copy |

The generator is ``random.Random(seed)`` (or ``seed`` itself if it is one), so the same call
gives the same order: reproducible, not unpredictable. A generator started from one of ``2³²``
seeds can produce at most ``2³²`` different orders, fewer than ``n!`` once ``n >= 13``. Where
the order must not be guessable (cards for money), pass ``random.SystemRandom()`` as ``seed``.

>>> deck = list("ABCDE"); shuffle(deck, seed=1); deck
['C', 'D', 'E', 'A', 'B']
>>> sample(range(100), 3, seed=1)
[17, 73, 99]
"""

from __future__ import annotations

import random
from collections.abc import Iterable, MutableSequence
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["sample", "shuffle"]


def _generator(seed: int | random.Random) -> random.Random:
    return seed if isinstance(seed, random.Random) else random.Random(seed)


def shuffle(items: MutableSequence[Any], seed: int | random.Random = 0) -> None:
    """Put ``items`` in a uniformly random order, in place.

    >>> xs = [1, 2, 3]; shuffle(xs, seed=7); sorted(xs)
    [1, 2, 3]
    """
    rng = _generator(seed)
    for i in range(len(items) - 1, 0, -1):
        j = rng.randrange(i + 1)  # i itself included: leaving an item in place must be possible
        items[i], items[j] = items[j], items[i]


def sample(population: Iterable[T], k: int, seed: int | random.Random = 0) -> list[T]:
    """``k`` distinct positions of ``population``, in random order: the first ``k`` steps of a
    shuffle run from the front.

    >>> sorted(sample("abcdef", 6, seed=3))
    ['a', 'b', 'c', 'd', 'e', 'f']
    >>> sample([1, 2], 3)
    Traceback (most recent call last):
        ...
    ValueError: cannot sample k=3 items from 2
    """
    pool = list(population)
    n = len(pool)
    if not 0 <= k <= n:
        raise ValueError(f"cannot sample k={k} items from {n}")
    rng = _generator(seed)
    for i in range(k):
        j = rng.randrange(i, n)  # position i gets a uniform pick from what is left
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:k]
