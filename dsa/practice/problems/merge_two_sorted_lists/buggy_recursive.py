"""Recursion: one call per node uses O(n + m) stack and overflows Python's recursion limit."""

from practice.types import ListNode


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    if a is None:
        return b
    if b is None:
        return a
    if b.val < a.val:
        b.next = merge_two_lists(a, b.next)
        return b
    a.next = merge_two_lists(a.next, b)
    return a
