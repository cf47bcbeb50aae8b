"""Returns the wrong pointer: returns node (None at the end) instead of prev."""

from practice.types import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    prev: ListNode | None = None
    node = head
    while node is not None:
        rest = node.next
        node.next = prev
        prev, node = node, rest
    return node
