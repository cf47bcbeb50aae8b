"""Counts down for every bridge, even one inside a group that is already joined."""


def groups_after_each(n: int, links: list[list[int]]) -> list[int]:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups, counts = n, []
    for a, b in links:
        parent[find(a)] = find(b)
        groups -= 1
        counts.append(groups)
    return counts
