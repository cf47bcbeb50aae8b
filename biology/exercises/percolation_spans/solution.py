"""Does an open cluster join the top row of a grid to its bottom row? Union-find answers."""

import numpy as np


def spans(grid: np.ndarray) -> bool:
    """True when open sites (True) link the top row to the bottom row through up, down, left
    and right steps.

    Site (i, j) is number i * cols + j; two virtual sites, TOP and BOTTOM, are joined to every
    open site of the first and last rows, so the question is find(TOP) == find(BOTTOM).
    Path halving and union by size keep each find nearly O(1): O(rows cols) in all.
    """
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
    return find(top) == find(bottom)
