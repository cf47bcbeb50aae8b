"""Lazy Prim without the visited check: a point popped twice from the heap is paid for twice."""

import heapq


def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    in_tree = [False] * n
    heap = [(0, 0)]
    total, joined = 0, 0
    while heap and joined < n:
        cost, i = heapq.heappop(heap)
        total += cost
        if not in_tree[i]:
            joined += 1
        in_tree[i] = True
        x, y = points[i]
        for j in range(n):
            if not in_tree[j]:
                heapq.heappush(heap, (abs(points[j][0] - x) + abs(points[j][1] - y), j))
    return total
