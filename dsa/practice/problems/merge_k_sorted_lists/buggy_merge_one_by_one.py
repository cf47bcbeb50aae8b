"""Quadratic in k: merges the lists into the result one at a time, re-walking it k times."""

from practice.types import ListNode


def merge_two(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    dummy = ListNode()
    tail = dummy
    while a is not None and b is not None:
        if b.val < a.val:
            tail.next, b = b, b.next
        else:
            tail.next, a = a, a.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    result = None
    for head in lists:
        result = merge_two(result, head)
    return result
