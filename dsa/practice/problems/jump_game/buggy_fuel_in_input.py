"""Modifies the input: writes the fuel left at each index into nums itself."""


def can_jump(nums: list[int]) -> bool:
    for i in range(1, len(nums)):
        if nums[i - 1] == 0:
            return False
        nums[i] = max(nums[i], nums[i - 1] - 1)
    return True
