"""Search in a rotated sorted array."""


def search_rotated(nums: list[int], target: int) -> int:
    """Return the index of ``target`` in the rotated sorted list ``nums``, or -1 if absent."""
    raise NotImplementedError("write your solution here")
