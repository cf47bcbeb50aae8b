"""Modifies the list: points each visited node at a marker node, so a cycle is found when a node
already points at the marker, but the list is destroyed."""

from practice.types import ListNode

_VISITED = ListNode("visited")


def has_cycle(head: ListNode | None) -> bool:
    node = head
    while node is not None:
        if node.next is _VISITED:
            return True
        following = node.next
        node.next = _VISITED
        node = following
    return False
