"""Checks each different fact when it arrives, before later equal facts are merged."""


def can_all_hold(n: int, facts: list[list[int]]) -> bool:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, same in facts:
        if same:
            parent[find(a)] = find(b)
        elif find(a) == find(b):
            return False
    return True
