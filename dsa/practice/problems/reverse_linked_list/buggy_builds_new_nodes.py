"""Not in place: builds a new list of new nodes holding the values, instead of turning the
existing nodes round."""

from practice.types import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    reversed_head = None
    while head is not None:
        reversed_head = ListNode(head.val, reversed_head)
        head = head.next
    return reversed_head
