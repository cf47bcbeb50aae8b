"""Koko eating bananas: binary search on the answer.

The hours needed, ``sum(ceil(p / k))``, never increase as the speed ``k`` grows, so "finishes in
time at speed k" is false up to some speed and true from then on. Binary search finds that boundary
in ``[1, max(piles)]``: at ``max(piles)`` every pile takes one hour, which fits because
``hours >= len(piles)``. Invariant: the answer lies in ``[lo, hi]``.

Time O(n log m) for n piles and m = max(piles); space O(1).
"""


def hours_needed(piles: list[int], speed: int) -> int:
    """Total hours to eat every pile at ``speed`` (each pile rounds up to whole hours)."""
    return sum((pile + speed - 1) // speed for pile in piles)


def min_eating_speed(piles: list[int], hours: int) -> int:
    """Return the smallest integer speed that eats every pile within ``hours`` hours."""
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if hours_needed(piles, mid) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
