"""Unchecked double step: tests only fast, so fast.next.next fails on a list of even length."""

from practice.types import ListNode


def has_cycle(head: ListNode | None) -> bool:
    slow = fast = head
    while fast is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
