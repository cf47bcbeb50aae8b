"""Prime or not, up to 2**64: exact primality of many 64-bit numbers."""


def which_are_prime(nums: list[int]) -> list[bool]:
    """Return ``[is nums[i] prime for each i]``; every number is below 2**64."""
    raise NotImplementedError("write your solution here")
