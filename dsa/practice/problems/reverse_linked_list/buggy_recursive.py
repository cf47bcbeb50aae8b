"""Recursion: one call per node uses O(n) stack and overflows Python's recursion limit."""

from practice.types import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return new_head
