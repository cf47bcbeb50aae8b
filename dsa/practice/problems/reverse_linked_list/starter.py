"""Reverse a linked list."""

from practice.types import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    """Reverse the list from ``head`` in place and return the new head."""
    raise NotImplementedError("write your solution here")
