"""Lowest common ancestors by binary lifting.

``up[j][v]`` is the ancestor 2^j levels above v (the root stands in for "above the root"), built
level by level from ``up[j-1]``. A query lifts the deeper node by the binary digits of the depth
difference, then lifts both nodes by the largest jumps that keep them apart; they end as the two
children of the answer just below it. Depths come from a breadth-first pass, so a path-shaped
tree needs no recursion.

Time O(n log n) to build, O(log n) per query; space O(n log n).
"""


def _depths(parent: list[int]) -> list[int]:
    children: list[list[int]] = [[] for _ in parent]
    for v, p in enumerate(parent):
        if p >= 0:
            children[p].append(v)
    depth = [0] * len(parent)
    order = [0]  # breadth-first: a parent's depth is known before its children's
    for v in order:
        order.extend(children[v])
        for c in children[v]:
            depth[c] = depth[v] + 1
    return depth


def lowest_common_ancestors(parent: list[int], queries: list[list[int]]) -> list[int]:
    """Return the lowest common ancestor of each ``[u, v]`` in ``queries`` (root 0)."""
    depth = _depths(parent)
    up = [[p if p >= 0 else 0 for p in parent]]
    while (1 << len(up)) < len(parent):
        last = up[-1]
        up.append([last[a] for a in last])
    answers = []
    for u, v in queries:
        if depth[u] < depth[v]:
            u, v = v, u
        gap = depth[u] - depth[v]
        while gap:  # one jump per 1-bit of the gap, largest first
            j = gap.bit_length() - 1
            u = up[j][u]
            gap ^= 1 << j
        if u != v:
            for table in reversed(up):
                if table[u] != table[v]:
                    u, v = table[u], table[v]
            u = up[0][u]
        answers.append(u)
    return answers
