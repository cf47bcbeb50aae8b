"""Min cost to connect points: Prim's algorithm on the complete graph, with an array, not a heap.

Every pair of points can be linked, so the graph is dense (n² edges). Prim grows one tree: for
each point outside it, ``link[i]`` holds the cheapest link to the tree so far. Each step takes the
outside point with the cheapest link (a linear scan), adds that cost, and lowers the other
points' links using distances from the new point. n steps of O(n): O(n²) time, O(n) space —
better here than a heap, which would hold O(n²) edges.
"""


def min_cost_connect_points(points: list[list[int]]) -> int:
    """Return the least total Manhattan length of links that connect every point."""
    n = len(points)
    inf = float("inf")
    link = [inf] * n
    outside = [True] * n
    link[0] = 0
    total = 0
    for _ in range(n):
        nearest = min((i for i in range(n) if outside[i]), key=link.__getitem__)
        outside[nearest] = False
        total += link[nearest]
        x, y = points[nearest]
        for i in range(n):
            if outside[i]:
                cost = abs(points[i][0] - x) + abs(points[i][1] - y)
                if cost < link[i]:
                    link[i] = cost
    return int(total)
