"""Missing number: the one number of 0..n absent from the list."""


def missing_number(nums: list[int]) -> int:
    """Return the number of ``0..len(nums)`` that does not occur in ``nums``.

    XOR together every number that should be present (the indices ``0..n``) and every number
    that is: each present number then occurs twice and cancels, since ``x ^ x == 0``, and the
    missing one is left. Time O(n), extra space O(1).
    """
    missing = len(nums)
    for index, value in enumerate(nums):
        missing ^= index ^ value
    return missing
