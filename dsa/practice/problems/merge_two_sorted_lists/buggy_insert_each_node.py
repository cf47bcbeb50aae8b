"""Quadratic: inserts each node of b into a by walking a from its head every time, O(n·m)
where one merging pass is O(n + m)."""

from practice.types import ListNode


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    dummy = ListNode(None, a)
    while b is not None:
        node, b = b, b.next
        spot = dummy
        while spot.next is not None and spot.next.val <= node.val:
            spot = spot.next
        node.next, spot.next = spot.next, node
    return dummy.next
