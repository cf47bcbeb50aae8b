"""Longest chain by a recursive depth-first search with memo: right on small inputs, but a
chain of 100,000 courses is far past Python's recursion limit."""


def fewest_terms(n: int, prereqs: list[list[int]]) -> int:
    before: list[list[int]] = [[] for _ in range(n)]
    for a, b in prereqs:
        before[b].append(a)
    depth = [0] * n   # 0: not yet known
    state = [0] * n   # 1: on the current path, 2: done

    def visit(c):
        if state[c] == 1:
            raise ValueError("cycle")
        if state[c] == 2:
            return depth[c]
        state[c] = 1
        depth[c] = 1 + max((visit(a) for a in before[c]), default=0)
        state[c] = 2
        return depth[c]

    try:
        return max(visit(c) for c in range(n))
    except ValueError:
        return -1
