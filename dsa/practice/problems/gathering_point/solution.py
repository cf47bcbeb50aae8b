"""Gathering point: the total distance to a median, found by quickselect.

For a point p, moving right by one changes the total by (number of positions <= p) minus (number
> p); the total stops falling once half the positions are at or left of p, so the median of rank
(n + 1) // 2 is a best point. Quickselect (random pivot, three-way split) finds it in O(n)
expected time; the sum is then one pass, in exact ints.

Time O(n) expected; space O(n).
"""

import random


def _select(values: list[int], k: int, rng: random.Random) -> int:
    """The k-th smallest (from 1) of ``values``."""
    while True:
        pivot = values[rng.randrange(len(values))]
        below = [x for x in values if x < pivot]
        if k <= len(below):
            values = below
            continue
        equal = sum(1 for x in values if x == pivot)
        if k <= len(below) + equal:
            return pivot
        k -= len(below) + equal
        values = [x for x in values if x > pivot]


def gathering_cost(positions: list[int]) -> int:
    """Return the least ``sum(abs(x - p) for x in positions)`` over integer points ``p``."""
    median = _select(positions, (len(positions) + 1) // 2, random.Random(len(positions)))
    return sum(abs(x - median) for x in positions)
