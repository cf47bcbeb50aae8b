"""Mutates the input: negates the caller's list in place to use it as the max-heap."""

import heapq


def last_stone_weight(stones: list[int]) -> int:
    for i, weight in enumerate(stones):
        stones[i] = -weight
    heapq.heapify(stones)
    while len(stones) > 1:
        heaviest = -heapq.heappop(stones)
        second = -heapq.heappop(stones)
        if heaviest != second:
            heapq.heappush(stones, second - heaviest)
    return -stones[0] if stones else 0
