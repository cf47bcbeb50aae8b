"""Fewest bits: Huffman's greedy merge of the two rarest weights.

In the code tree each internal node contributes the total count of the leaves below it, once per
bit of depth, so the message length is the sum of the internal nodes' weights. Some optimal tree
has the two smallest weights as deepest siblings (swapping them down never lengthens the message),
and merging them leaves the same problem with one weight fewer: the greedy is optimal by
induction. A heap gives the two smallest in O(log n).

Time O(n log n); space O(n).
"""

import heapq


def fewest_bits(counts: list[int]) -> int:
    """Return the fewest bits a prefix-free code needs for symbols occurring ``counts`` times."""
    if len(counts) == 1:
        return counts[0]  # the lone code word still needs one bit
    heap = list(counts)
    heapq.heapify(heap)
    total = 0
    while len(heap) > 1:
        merged = heapq.heappop(heap) + heapq.heappop(heap)
        total += merged
        heapq.heappush(heap, merged)
    return total
