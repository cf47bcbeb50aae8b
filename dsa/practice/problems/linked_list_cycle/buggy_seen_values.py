"""Remembers values, not nodes: a repeated value is mistaken for a revisited node."""

from practice.types import ListNode


def has_cycle(head: ListNode | None) -> bool:
    seen = set()
    node = head
    while node is not None:
        if node.val in seen:
            return True
        seen.add(node.val)
        node = node.next
    return False
