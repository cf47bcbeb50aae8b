"""Merge two sorted lists."""

from practice.types import ListNode


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    """Splice the sorted lists ``a`` and ``b`` into one sorted list and return its head."""
    raise NotImplementedError("write your solution here")
