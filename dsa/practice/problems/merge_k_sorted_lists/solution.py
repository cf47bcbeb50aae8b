"""Merge k sorted lists with a min-heap of the current heads.

The next node of the merged list is the smallest of the k current heads. A heap holds one entry
per non-empty list, ``(value, list index, node)``: the index breaks ties so the heap never has to
compare two nodes (``ListNode`` has no ordering). Popping the smallest, attaching it and pushing its
successor keeps the heap at one entry per unfinished list.

Time O(N log k) for N nodes in k lists; space O(k) for the heap.
"""

import heapq

from practice.types import ListNode


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    """Splice the sorted linked lists in ``lists`` into one sorted list and return its head."""
    heap = [(head.val, index, head) for index, head in enumerate(lists) if head is not None]
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
