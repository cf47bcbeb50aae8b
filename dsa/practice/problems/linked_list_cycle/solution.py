"""Linked list cycle: Floyd's tortoise and hare.

``slow`` moves one node per step and ``fast`` two. Without a cycle ``fast`` reaches the end. With
one, both eventually circle it, and the gap between them shrinks by one node per step, so ``fast``
lands exactly on ``slow`` within one lap. Nodes are compared by identity, never by value.

Time O(n), space O(1).
"""

from practice.types import ListNode


def has_cycle(head: ListNode | None) -> bool:
    """Return whether following ``next`` from ``head`` ever revisits a node."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
