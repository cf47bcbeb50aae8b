"""Using an element twice: sums are updated from low to high, so one number counts many times."""


def can_partition(nums: list[int]) -> bool:
    """Return whether half the total is reachable, but each number may be reused (unbounded)."""
    total = sum(nums)
    if total % 2 == 1:
        return False
    half = total // 2
    reachable = [True] + [False] * half
    for x in nums:
        for s in range(x, half + 1):  # low to high: reachable[s - x] may already include x
            if reachable[s - x]:
                reachable[s] = True
    return reachable[half]
