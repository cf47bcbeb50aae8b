"""Critical links: bridges by Tarjan's low-link values, without recursion.

A depth-first search numbers machines in visiting order (``order``) and remembers the cable each
machine was first reached by. In a depth-first tree every other cable joins a machine to one of
its ancestors or descendants, so ``low[v]`` -- the smallest number reachable from v's subtree by
tree cables down and one other cable -- tells whether the subtree has a way out: the tree cable
into v is a bridge exactly when ``low[v] > order[parent]``, i.e. ``low[v] == order[v]``. Lows are
filled in reverse visiting order, so each child is done before its parent. The arriving cable is
skipped by its index, so a parallel cable counts as a way back.

Time O(n + m); space O(n + m).
"""


def critical_links(n: int, links: list[list[int]]) -> list[list[int]]:
    """Return every cable whose cut disconnects two machines, as sorted ``[a, b]`` with a < b."""
    adjacent: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for index, (u, v) in enumerate(links):
        adjacent[u].append((v, index))
        adjacent[v].append((u, index))
    order = [-1] * n
    arrived_by = [-1] * n  # index of the tree cable into each machine
    visited: list[int] = []
    for root in range(n):
        if order[root] >= 0:
            continue
        stack = [(root, -1)]
        while stack:  # a machine is visited when popped, so its tree parent is a DFS parent
            v, via = stack.pop()
            if order[v] >= 0:
                continue
            order[v], arrived_by[v] = len(visited), via
            visited.append(v)
            stack.extend((w, index) for w, index in adjacent[v] if order[w] < 0)
    low = order[:]
    bridges = []
    for v in reversed(visited):
        via = arrived_by[v]
        for w, index in adjacent[v]:
            if index == via:
                continue
            low[v] = min(low[v], low[w] if arrived_by[w] == index else order[w])
        if via >= 0 and low[v] == order[v]:
            u, w = links[via]
            bridges.append([u, w] if u < w else [w, u])
    return sorted(bridges)
