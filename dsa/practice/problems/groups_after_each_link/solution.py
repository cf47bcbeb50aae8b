"""How many groups after each bridge: union–find with union by size and path compression."""


def groups_after_each(n: int, links: list[list[int]]) -> list[int]:
    """Return the number of groups after each bridge in ``links`` is built.

    Union–find: each group is a tree whose root represents it. Union by size keeps trees
    O(log n) deep and path compression flattens every path a find walks, so m operations cost
    O((n + m) α(n)). Finds are loops, not recursion. O(n) extra space.
    """
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # compress: everything on the path now points at the root
            parent[x], x = root, parent[x]
        return root

    groups, counts = n, []
    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            groups -= 1
        counts.append(groups)
    return counts
