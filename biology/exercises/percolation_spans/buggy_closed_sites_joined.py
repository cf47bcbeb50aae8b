"""Closed sites joined: links each open site to its neighbours without checking they are open."""

import numpy as np


def spans(grid: np.ndarray) -> bool:
    rows, cols = grid.shape
    top, bottom = rows * cols, rows * cols + 1
    parent = list(range(rows * cols + 2))
    size = [1] * (rows * cols + 2)

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: int, b: int) -> None:
        a, b = find(a), find(b)
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]

    for i, j in zip(*np.nonzero(grid), strict=True):
        site = int(i) * cols + int(j)
        if i == 0:
            union(site, top)
        if i == rows - 1:
            union(site, bottom)
        for other in (site - cols, site + cols):
            if 0 <= other < rows * cols:
                union(site, other)
        if j > 0:
            union(site, site - 1)
        if j < cols - 1:
            union(site, site + 1)
    return find(top) == find(bottom)
