"""Forgets empty lists: pushes every head, so a None head fails when its value is read."""

import heapq

from practice.types import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heap = [(head.val, index, head) for index, head in enumerate(lists)]
    heapq.heapify(heap)
    dummy = ListNode()
    tail = dummy
    while heap:
        _, index, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, index, node.next))
    tail.next = None
    return dummy.next
