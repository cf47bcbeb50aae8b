"""Cuts each cable and tests connectivity again: O(m·(n + m)), far too slow at 50,000 cables."""


def _components(n, links, skip):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = n
    for index, (u, v) in enumerate(links):
        if index != skip and find(u) != find(v):
            parent[find(u)] = find(v)
            count -= 1
    return count


def critical_links(n: int, links: list[list[int]]) -> list[list[int]]:
    whole = _components(n, links, -1)
    return sorted(sorted(link) for index, link in enumerate(links)
                  if _components(n, links, index) > whole)
