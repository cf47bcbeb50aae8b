"""Merge two sorted lists by repeatedly taking the smaller head.

A dummy node spares the special case of an empty result; ``tail`` is the last node of the merged
part. Each step attaches the smaller of the two heads (``a``'s on ties, which keeps the merge
stable). Once either list is exhausted, the other's remainder is already sorted and is attached in
one step.

Time O(n + m), space O(1).
"""

from practice.types import ListNode


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    """Splice the sorted lists ``a`` and ``b`` into one sorted list and return its head."""
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
