"""Loses the rest: overwrites node.next before saving it, so the walk stops after one node."""

from practice.types import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    prev: ListNode | None = None
    node = head
    while node is not None:
        node.next = prev
        prev = node
        node = node.next
    return prev
