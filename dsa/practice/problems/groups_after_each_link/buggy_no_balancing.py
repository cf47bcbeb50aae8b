"""Union–find with neither union by size nor path compression: a chain of parents grows, and
each find walks it, O(n) per bridge."""


def groups_after_each(n: int, links: list[list[int]]) -> list[int]:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    groups, counts = n, []
    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            groups -= 1
        counts.append(groups)
    return counts
