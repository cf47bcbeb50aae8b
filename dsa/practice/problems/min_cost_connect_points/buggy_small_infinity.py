"""Bad sentinel: Prim's "infinity" is 10**6, but two points can be 4·10**6 apart."""


def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    infinity = 10**6
    link = [infinity] * n
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
                link[i] = min(link[i], cost)
    return total
