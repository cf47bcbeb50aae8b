"""Wrong type: keeps the reachable sums as bits of an int and returns a bit (0/1), not a bool."""


def can_partition(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    reachable = 1
    for x in nums:
        reachable |= reachable << x
    return reachable >> (total // 2) & 1
