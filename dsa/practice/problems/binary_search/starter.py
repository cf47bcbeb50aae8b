"""Binary search."""


def search(nums: list[int], target: int) -> int:
    """Return the index of ``target`` in the sorted list ``nums``, or -1 if it is absent."""
    raise NotImplementedError("write your solution here")
