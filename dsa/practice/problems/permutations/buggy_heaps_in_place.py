"""Modifies the input: Heap's algorithm swaps inside nums and leaves it in another order."""


def permute(nums: list[int]) -> list[list[int]]:
    found = [nums[:]]
    counters = [0] * len(nums)
    i = 1
    while i < len(nums):
        if counters[i] < i:
            j = counters[i] if i % 2 else 0
            nums[j], nums[i] = nums[i], nums[j]
            found.append(nums[:])
            counters[i] += 1
            i = 1
        else:
            counters[i] = 0
            i += 1
    return found
