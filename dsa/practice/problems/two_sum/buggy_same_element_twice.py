"""Same element twice: stores each value before looking for its partner, so x + x can match."""


def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        seen[value] = j
        i = seen.get(target - value)
        if i is not None:
            return sorted([i, j])
    raise ValueError("no two entries add up to the target")
