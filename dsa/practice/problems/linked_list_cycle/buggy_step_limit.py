"""Hard-coded bound: decides "cycle" once the walk passes 10,000 nodes, but a list without a
cycle may have 100,000."""

from practice.types import ListNode


def has_cycle(head: ListNode | None) -> bool:
    node, steps = head, 0
    while node is not None:
        steps += 1
        if steps > 10_000:
            return True
        node = node.next
    return False
