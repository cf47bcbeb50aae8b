"""Counts the arriving cable as a back edge: every child reaches its parent, so no cable is
ever critical."""


def critical_links(n: int, links: list[list[int]]) -> list[list[int]]:
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for u, v in links:
        adjacent[u].append(v)
        adjacent[v].append(u)
    order, low, counter, bridges = [-1] * n, [0] * n, 0, []
    for root in range(n):
        if order[root] >= 0:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack = [(root, 0)]
        while stack:
            v, position = stack[-1]
            if position < len(adjacent[v]):
                stack[-1] = (v, position + 1)
                w = adjacent[v][position]
                if order[w] < 0:
                    order[w] = low[w] = counter
                    counter += 1
                    stack.append((w, 0))
                else:
                    low[v] = min(low[v], order[w])
                continue
            stack.pop()
            if stack:
                up = stack[-1][0]
                low[up] = min(low[up], low[v])
                if low[v] > order[up]:
                    bridges.append(sorted((up, v)))
    return sorted(bridges)
