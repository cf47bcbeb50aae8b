"""Wrong type: starts at the average rate sum / hours, a float, so the speed comes back a float."""


def min_eating_speed(piles: list[int], hours: int) -> int:
    lo, hi = max(1, sum(piles) / hours), max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((pile + mid - 1) // mid for pile in piles) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
