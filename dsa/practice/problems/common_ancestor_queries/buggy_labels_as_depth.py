"""Assumes parents have smaller labels: computes depths in label order, wrong when they do not."""


def lowest_common_ancestors(parent: list[int], queries: list[list[int]]) -> list[int]:
    depth = [0] * len(parent)
    for v in range(1, len(parent)):
        depth[v] = depth[parent[v]] + 1
    up = [[p if p >= 0 else 0 for p in parent]]
    while (1 << len(up)) < len(parent):
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
