"""Wrong type: returns the pair of indices as a tuple where a list is asked for."""


def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        if target - value in seen:
            return seen[target - value], j
        seen[value] = j
    raise ValueError("no two entries add up to the target")
