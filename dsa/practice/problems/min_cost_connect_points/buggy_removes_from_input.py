"""Modifies the input: "remaining = points" aliases the caller's list, and Prim pops from it."""


def min_cost_connect_points(points: list[list[int]]) -> int:
    remaining = points
    tree = [remaining.pop()]
    link = [abs(p[0] - tree[0][0]) + abs(p[1] - tree[0][1]) for p in remaining]
    total = 0
    while remaining:
        i = min(range(len(remaining)), key=link.__getitem__)
        total += link.pop(i)
        x, y = remaining.pop(i)
        for j, (px, py) in enumerate(remaining):
            link[j] = min(link[j], abs(px - x) + abs(py - y))
    return total
