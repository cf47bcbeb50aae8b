"""Union–find with neither union by size nor path compression: a chain of equal facts builds a
chain of parents, and every find walks it."""


def can_all_hold(n: int, facts: list[list[int]]) -> bool:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b, same in facts:
        if same:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
    return all(find(a) != find(b) for a, b, same in facts if not same)
