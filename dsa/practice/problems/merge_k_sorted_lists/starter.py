"""Merge k sorted lists."""

from practice.types import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    """Splice the sorted linked lists in ``lists`` into one sorted list and return its head."""
    raise NotImplementedError("write your solution here")
