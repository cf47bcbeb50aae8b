"""Kruskal without union-find: takes the n - 1 cheapest links even when they close a cycle."""


def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    costs = sorted(
        abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
        for i in range(n) for j in range(i + 1, n)
    )
    return sum(costs[: n - 1])
