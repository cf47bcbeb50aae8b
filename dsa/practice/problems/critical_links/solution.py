"""Critical links: bridges by Tarjan's low-link values, with an explicit stack.

A depth-first search numbers machines in visiting order. ``low[v]`` is the smallest number
reachable from v's subtree using tree edges down and one non-tree edge: if ``low[c] > order[v]``
for a child c, nothing below c climbs back past v, so the edge v–c is the only way out. The
cable used to arrive is skipped by its index, so a parallel cable counts as a way back. Each
machine and cable is handled a constant number of times.

Time O(n + m); space O(n + m).
"""


def critical_links(n: int, links: list[list[int]]) -> list[list[int]]:
    """Return every cable whose cut disconnects two machines, as sorted ``[a, b]`` with a < b."""
    adjacent: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for index, (u, v) in enumerate(links):
        adjacent[u].append((v, index))
        adjacent[v].append((u, index))
    order = [-1] * n
    low = [0] * n
    counter = 0
    bridges = []
    for root in range(n):
        if order[root] >= 0:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack = [(root, -1, 0)]  # machine, index of the cable used to arrive, next neighbour
        while stack:
            v, via, position = stack[-1]
            if position < len(adjacent[v]):
                stack[-1] = (v, via, position + 1)
                w, index = adjacent[v][position]
                if index == via:
                    continue
                if order[w] < 0:
                    order[w] = low[w] = counter
                    counter += 1
                    stack.append((w, index, 0))
                else:
                    low[v] = min(low[v], order[w])
                continue
            stack.pop()
            if stack:
                parent = stack[-1][0]
                low[parent] = min(low[parent], low[v])
                if low[v] > order[parent]:
                    bridges.append(sorted((parent, v)))
    return sorted(bridges)
