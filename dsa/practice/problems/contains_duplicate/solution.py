"""Contains duplicate: does any value occur twice?"""


def contains_duplicate(nums: list[int]) -> bool:
    """Return ``True`` if some value occurs at least twice in ``nums``.

    A set remembers every value seen so far with O(1) average look-ups, so one pass finds the
    first repeat. Time O(n), extra space O(n).
    """
    seen: set[int] = set()
    for value in nums:
        if value in seen:
            return True
        seen.add(value)
    return False
