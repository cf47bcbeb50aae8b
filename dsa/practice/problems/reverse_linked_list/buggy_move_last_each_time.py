"""Quadratic: walks to the last node of the rest and moves it to the reversed part, again and
again, O(n²) where one pass is O(n)."""

from practice.types import ListNode


def reverse_list(head: ListNode | None) -> ListNode | None:
    dummy = ListNode(None, head)
    tail = dummy  # the reversed part runs from dummy.next to tail
    while tail.next is not None and tail.next.next is not None:
        before_last = tail
        while before_last.next.next is not None:
            before_last = before_last.next
        last = before_last.next
        before_last.next = None
        last.next = tail.next
        tail.next = last
        tail = last
    return dummy.next
