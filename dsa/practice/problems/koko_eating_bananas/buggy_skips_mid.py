"""Off by one: sets hi = mid - 1 when mid works, so a working mid that is the answer is lost."""


def min_eating_speed(piles: list[int], hours: int) -> int:
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((pile + mid - 1) // mid for pile in piles) <= hours:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
