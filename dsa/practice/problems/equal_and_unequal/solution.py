"""Can every equal and unequal hold? Union–find over the equal facts, then check the others."""


def can_all_hold(n: int, facts: list[list[int]]) -> bool:
    """Return True if some values satisfy every fact.

    The equal facts generate an equivalence relation; its classes (built with union–find) are
    exactly the sets of unknowns forced to share a value, and giving each class its own value
    satisfies every different fact between classes. So the facts hold iff no different fact
    lies inside one class. O((n + m) α(n)) time, O(n) extra space.
    """
    parent = list(range(n))
    size = [1] * n

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b, same in facts:
        if same:
            ra, rb = find(a), find(b)
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
    return all(find(a) != find(b) for a, b, same in facts if not same)
