"""Too few jump tables: 16 levels reach 65,535 steps up, less than the deepest possible node."""


def lowest_common_ancestors(parent: list[int], queries: list[list[int]]) -> list[int]:
    children: list[list[int]] = [[] for _ in parent]
    for v, p in enumerate(parent):
        if p >= 0:
            children[p].append(v)
    depth, order = [0] * len(parent), [0]
    for v in order:
        for c in children[v]:
            depth[c] = depth[v] + 1
            order.append(c)
    up = [[p if p >= 0 else 0 for p in parent]]
    for _ in range(15):
        up.append([up[-1][a] for a in up[-1]])
    answers = []
    for u, v in queries:
        if depth[u] < depth[v]:
            u, v = v, u
        for j in reversed(range(len(up))):
            if depth[u] - (1 << j) >= depth[v]:
                u = up[j][u]
        if u != v:
            for table in reversed(up):
                if table[u] != table[v]:
                    u, v = table[u], table[v]
            u = up[0][u]
        answers.append(u)
    return answers
