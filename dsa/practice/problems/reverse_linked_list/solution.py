"""Reverse a linked list by turning each pointer round in one pass.

Invariant: ``prev`` heads the already-reversed part and ``node`` heads the untouched rest. Each
step saves ``node.next``, points ``node`` back at ``prev``, and moves both one step on; when the
rest is empty, ``prev`` is the head of the whole reversed list.

Time O(n), space O(1).
"""

from practice.types import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    """Reverse the list from ``head`` in place and return the new head."""
    prev: ListNode | None = None
    node = head
    while node is not None:
        rest = node.next
        node.next = prev
        prev, node = node, rest
    return prev
