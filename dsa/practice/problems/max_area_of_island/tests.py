"""Tests for max-area-of-island: examples, edges, a union-find oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _largest_by_union_find(grid):
    rows, cols = len(grid), len(grid[0])
    parent = list(range(rows * cols))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            if r + 1 < rows and grid[r + 1][c] == 1:
                parent[find(r * cols + c)] = find((r + 1) * cols + c)
            if c + 1 < cols and grid[r][c + 1] == 1:
                parent[find(r * cols + c)] = find(r * cols + c + 1)
    sizes: dict[int, int] = {}
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                root = find(r * cols + c)
                sizes[root] = sizes.get(root, 0) + 1
    return max(sizes.values(), default=0)


def _check(sol, grid, want=None):
    if want is None:
        want = _largest_by_union_find(grid)
    expect(sol.max_area_of_island([row[:] for row in grid]), want, grid=grid)


def test_example_1(sol):
    _check(sol, [[0, 1, 1, 0], [1, 1, 0, 0], [0, 0, 0, 1], [1, 0, 1, 1]], 4)


def test_example_2_no_land(sol):
    _check(sol, [[0, 0, 0]], 0)


def test_example_3_corners_do_not_join(sol):
    _check(sol, [[1, 0], [0, 1]], 1)


def test_single_cell(sol):
    _check(sol, [[1]], 1)


def test_block_with_cycle(sol):
    # A 2×2 block: the last cell is reachable from two neighbours and must count once.
    _check(sol, [[1, 1], [1, 1]], 4)


@given(rows=st.integers(1, 6), cols=st.integers(1, 6),
       cells=st.lists(st.integers(0, 1), min_size=36, max_size=36))
def test_matches_union_find(sol, rows, cols, cells):
    _check(sol, [cells[r * cols:(r + 1) * cols] for r in range(rows)])


def test_largest_size(sol):
    _check(sol, [[1] * 150 for _ in range(150)], 22_500)
    rng = random.Random(301)
    _check(sol, [[int(rng.random() < 0.5) for _ in range(150)] for _ in range(150)])


def test_largest_grid(sol):
    _check(sol, [[1] * 300 for _ in range(300)], 90_000)
    grid = [[0] * 300 for _ in range(300)]
    grid[0][299] = grid[299][0] = 1
    for c in range(256, 300):
        grid[0][c] = 1  # 44 cells in the top-right corner
    grid[1][0] = grid[1][1] = 1
    _check(sol, grid, 44)
