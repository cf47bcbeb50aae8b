"""Reservoir sampling: a uniform sample of ``k`` items from a stream of unknown length.

A stream may be too long to store, or its length unknown until it ends. Keep a *reservoir* of
``k`` items: the first ``k`` items fill it; item number ``i`` (counting from 1) after that
replaces a uniformly chosen reservoir slot with probability ``k / i``, and is dropped otherwise
(Algorithm R, Waterman, in Knuth's TAOCP vol. 2).

Invariant: after ``i`` items, every ``k``-subset of them is equally likely to be the reservoir;
in particular each item is in it with probability ``k / i``. By induction: the new item gets in
with probability ``k / i``; an item already in stays unless it is the one replaced, which
happens with probability ``(k / i) · (1 / k) = 1 / i``, leaving ``k/(i-1) · (1 - 1/i) = k / i``.

*Skipping* (Algorithm L, Li 1994). Algorithm R draws a random number per item, although after
``i`` items only a fraction ``k / i`` of them get in. Algorithm L draws the *gap* to the next item
that gets in directly from its geometric-like distribution, so it needs only about
``k (1 + ln(n / k))`` random numbers in all — the stream is still read, but mostly skipped.

| function | random numbers | time | space |
|---|---|---|---|
| :func:`reservoir_sample` (R) | ``n - k`` | O(n) | O(k) |
| :func:`skip_reservoir_sample` (L) | about ``3k (1 + ln(n/k))`` | O(n) reads | O(k) |

Each uses ``random.Random(seed)``, or ``seed`` itself if it is a generator. The tests check
each item's chance of being chosen against ``k / n`` with a seeded chi-squared test.

>>> reservoir_sample(range(1000), 5, seed=2)
[153, 753, 297, 14, 474]
>>> len(skip_reservoir_sample(iter(range(10**5)), 10, seed=2))
10
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

__all__ = ["reservoir_sample", "skip_reservoir_sample"]


def _start(stream: Iterable[T], k: int, seed: int | random.Random):
    if k < 0:
        raise ValueError(f"the sample size k must be non-negative, got {k}")
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    items = iter(stream)
    return rng, items, list(islice(items, k))


def reservoir_sample(stream: Iterable[T], k: int, seed: int | random.Random = 0) -> list[T]:
    """A uniform random ``k``-subset of ``stream`` (all of it if shorter), in one pass.

    >>> reservoir_sample("ab", 5)
    ['a', 'b']
    """
    rng, items, reservoir = _start(stream, k, seed)
    for i, item in enumerate(items, start=k + 1):  # i counts items seen, this one included
        j = rng.randrange(i)
        if j < k:  # probability k / i
            reservoir[j] = item
    return reservoir


def skip_reservoir_sample(stream: Iterable[T], k: int,
                          seed: int | random.Random = 0) -> list[T]:
    """The same distribution as :func:`reservoir_sample`, drawing only O(k log(n/k)) numbers.

    ``w`` tracks the largest of ``k`` uniform keys kept so far; the number of items to skip
    before the next one that beats it is geometric with parameter ``w``.

    >>> sorted(skip_reservoir_sample(range(3), 3))
    [0, 1, 2]
    >>> skip_reservoir_sample([], 2), skip_reservoir_sample(range(9), 0)
    ([], [])
    """
    rng, items, reservoir = _start(stream, k, seed)
    if k == 0 or len(reservoir) < k:
        return reservoir
    w = math.exp(math.log(1.0 - rng.random()) / k)  # 1 - random() is in (0, 1]: log is safe
    while True:
        skip = math.floor(math.log(1.0 - rng.random()) / math.log1p(-w)) if w < 1 else 0
        chosen = next(islice(items, skip, None), _END)
        if chosen is _END:
            return reservoir
        reservoir[rng.randrange(k)] = chosen
        w *= math.exp(math.log(1.0 - rng.random()) / k)


_END = object()
