"""Recursive depth-first search: correct on small networks, but a chain of 50,000 machines
exceeds Python's recursion limit."""


def critical_links(n: int, links: list[list[int]]) -> list[list[int]]:
    adjacent: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for index, (u, v) in enumerate(links):
        adjacent[u].append((v, index))
        adjacent[v].append((u, index))
    order, low, bridges = [-1] * n, [0] * n, []
    counter = 0

    def visit(v: int, via: int) -> None:
        nonlocal counter
        order[v] = low[v] = counter
        counter += 1
        for w, index in adjacent[v]:
            if index == via:
                continue
            if order[w] < 0:
                visit(w, index)
                low[v] = min(low[v], low[w])
                if low[w] > order[v]:
                    bridges.append(sorted((v, w)))
            else:
                low[v] = min(low[v], order[w])

    for root in range(n):
        if order[root] < 0:
            visit(root, -1)
    return sorted(bridges)
