"""Unsigned: counts each of the 32 bit positions mod 2 but never turns the bits back into a sign."""


def single_number(nums: list[int]) -> int:
    result = 0
    for bit in range(32):
        ones = sum((value >> bit) & 1 for value in nums)
        if ones % 2:
            result |= 1 << bit
    return result
