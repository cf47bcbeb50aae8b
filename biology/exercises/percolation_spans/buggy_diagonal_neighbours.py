"""Diagonal neighbours: joins sites that only touch at a corner, so the threshold drops to ~0.41."""

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
        if i > 0 and grid[i - 1, j]:  # the site above, if open; left likewise
            union(site, site - cols)
        if j > 0 and grid[i, j - 1]:
            union(site, site - 1)
        if i > 0 and j > 0 and grid[i - 1, j - 1]:
            union(site, site - cols - 1)
        if i > 0 and j < cols - 1 and grid[i - 1, j + 1]:
            union(site, site - cols + 1)
    return find(top) == find(bottom)
