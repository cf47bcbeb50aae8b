"""Checks too early: compares slow and fast before moving them, when both still stand on head."""

from practice.types import ListNode


def has_cycle(head: ListNode | None) -> bool:
    slow = fast = head
    while fast is not None and fast.next is not None:
        if slow is fast:
            return True
        slow = slow.next
        fast = fast.next.next
    return False
