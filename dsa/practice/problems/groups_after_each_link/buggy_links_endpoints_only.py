"""Merges by pointing a at b's representative, not a's representative: a's old group is left
behind, so later bridges see groups that should be joined as separate."""


def groups_after_each(n: int, links: list[list[int]]) -> list[int]:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    groups, counts = n, []
    for a, b in links:
        if find(a) != find(b):
            parent[a] = find(b)
            groups -= 1
        counts.append(groups)
    return counts
