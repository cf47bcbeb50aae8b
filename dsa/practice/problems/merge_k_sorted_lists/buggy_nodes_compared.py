"""Heap compares nodes: with (val, node) entries, equal values make heapq compare ListNodes."""

import heapq

from practice.types import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heap = [(head.val, head) for head in lists if head is not None]
    heapq.heapify(heap)
    dummy = ListNode()
    tail = dummy
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, node.next))
    tail.next = None
    return dummy.next
