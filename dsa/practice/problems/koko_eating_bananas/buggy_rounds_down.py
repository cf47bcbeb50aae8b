"""Rounds down: counts p // k hours per pile, forgetting the last partial hour."""


def min_eating_speed(piles: list[int], hours: int) -> int:
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(pile // mid for pile in piles) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
