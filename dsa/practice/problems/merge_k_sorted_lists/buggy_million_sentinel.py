"""Bad sentinel: a finished list stays in the heap with the value 10**6, "larger than any
value", and the merge stops when that comes out on top; values reach 10**9, so nodes are lost."""

import heapq

from practice.types import ListNode

END = 10**6


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heap = [(head.val if head is not None else END, i, head) for i, head in enumerate(lists)]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap and heap[0][0] != END:
        _, i, node = heapq.heappop(heap)
        tail.next = tail = node
        following = node.next
        heapq.heappush(heap, (following.val if following is not None else END, i, following))
    tail.next = None
    return dummy.next
