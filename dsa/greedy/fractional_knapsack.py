"""Fractional knapsack: when items can be split, fill the bag in order of value per unit weight.

Items have a value and a weight; the bag holds at most ``capacity`` weight. In the 0/1 knapsack
(:mod:`dsa.dp.knapsack`) each item is taken whole or not at all, and greed fails — it needs
dynamic programming. If any *fraction* of an item may be taken (grain, fuel, bandwidth), greed
is optimal: sort by density ``value / weight``, take the densest items whole while they fit,
then as much of the next one as fits, and stop.

Why it is optimal (the exchange argument). Suppose an optimal filling leaves part of a denser
item ``i`` behind while holding some amount of a less dense item ``j``. Swap: put back ``δ``
weight of ``j`` and take ``δ`` more of ``i``. The weight is unchanged and the value changes by
``δ · (density(i) - density(j)) >= 0``. Repeating the swap turns any optimal filling into the
greedy one without losing value, so the greedy filling is optimal too. The same argument shows
where greed breaks for whole items: there, ``δ`` cannot be chosen freely.

Invariant of the sweep: the items taken so far are the densest ones, each whole, and they fit.
At most one item — the last one touched — is taken in part.

Time O(n log n) for the sort; the sweep reads each item at most once and stops at the first
item that does not fit whole. Space O(n). (Selecting the split item by a linear-time median
search instead of sorting brings the whole thing to O(n).)

Pass :class:`fractions.Fraction` or integer values and a Fraction capacity for exact answers;
with floats the answer is as exact as float division.

>>> from fractions import Fraction
>>> value, taken = fractional_knapsack([(60, 10), (100, 20), (120, 30)], Fraction(50))
>>> value, taken
(Fraction(240, 1), [1, 1, Fraction(2, 3)])
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from numbers import Real

__all__ = ["fractional_knapsack"]


def fractional_knapsack(
    items: Sequence[tuple[Real, Real]], capacity: Real
) -> tuple[Real, list[Real]]:
    """Return ``(best value, taken)`` where ``taken[i]`` is the fraction of ``items[i]`` packed.

    ``items[i]`` is ``(value, weight)``, both non-negative. An item of weight 0 is always taken
    whole (it costs nothing). Among equally dense items the earlier one is taken first.

    >>> fractional_knapsack([(10, 5), (4, 0)], 2)
    (8.0, [0.4, 1])
    >>> fractional_knapsack([(1, 1)], 0)
    (0, [0])
    >>> fractional_knapsack([(5, -1)], 3)
    Traceback (most recent call last):
        ...
    ValueError: item 0 is (5, -1); values and weights must be non-negative
    """
    if capacity < 0:
        raise ValueError(f"capacity is {capacity}; it must be non-negative")
    for i, (value, weight) in enumerate(items):
        if value < 0 or weight < 0:
            raise ValueError(f"item {i} is ({value}, {weight}); "
                             "values and weights must be non-negative")
    taken: list[Real] = [0] * len(items)
    total: Real = 0
    room = capacity
    for i in sorted(range(len(items)), key=lambda i: _density(items[i]), reverse=True):
        value, weight = items[i]
        if weight <= room:
            taken[i], total, room = 1, total + value, room - weight
        else:  # the split item: fill what is left, and nothing denser remains to be taken
            if room > 0:
                taken[i] = room / weight
                total += value * taken[i]
            break
    return total, taken


def _density(item: tuple[Real, Real]) -> Fraction | float:
    # Fractions compare exactly (floats convert to Fraction without rounding), so ties between
    # equally dense items are real ties and the stable sort keeps their order.
    value, weight = item
    return float("inf") if weight == 0 else Fraction(value) / Fraction(weight)
