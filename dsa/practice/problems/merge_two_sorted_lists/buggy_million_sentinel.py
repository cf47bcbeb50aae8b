"""Bad sentinel: an exhausted list counts as holding the value 10**6, "larger than any value",
but values reach 10**9, so the merge takes from a list that has run out."""

from practice.types import ListNode

END = 10**6


def merge_two_lists(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    dummy = tail = ListNode()
    while a is not None or b is not None:
        a_val = a.val if a is not None else END
        b_val = b.val if b is not None else END
        if b_val < a_val:
            tail.next, b = b, b.next
        else:
            tail.next, a = a, a.next
        tail = tail.next
    return dummy.next
