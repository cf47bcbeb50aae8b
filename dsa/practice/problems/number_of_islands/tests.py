"""Tests for number-of-islands: examples, edges, a union-find oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _count_by_union_find(grid):
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
    return len({find(r * cols + c) for r in range(rows) for c in range(cols) if grid[r][c] == 1})


def _check(sol, grid, want=None):
    if want is None:
        want = _count_by_union_find(grid)
    expect(sol.num_islands([row[:] for row in grid]), want, grid=grid)


def test_example_1(sol):
    _check(sol, [[1, 1, 0, 0], [0, 1, 0, 1], [1, 0, 0, 1]], 3)


def test_example_2_all_water(sol):
    _check(sol, [[0, 0], [0, 0]], 0)


def test_single_land_cell(sol):
    _check(sol, [[1]], 1)


def test_single_row_and_column(sol):
    _check(sol, [[1, 0, 1, 1, 0, 1]], 3)
    _check(sol, [[1], [1], [0], [1]], 2)


def test_corner_touching_cells_are_separate(sol):
    _check(sol, [[1, 0, 1], [0, 1, 0], [1, 0, 1]], 5)


def test_island_reaching_last_row_and_column(sol):
    _check(sol, [[0, 0, 1], [1, 0, 1], [1, 1, 1]], 1)


@given(rows=st.integers(1, 6), cols=st.integers(1, 6),
       cells=st.lists(st.integers(0, 1), min_size=36, max_size=36))
def test_matches_union_find(sol, rows, cols, cells):
    _check(sol, [cells[r * cols:(r + 1) * cols] for r in range(rows)])


def test_largest_size(sol):
    # One 150×150 island (22,500 cells deep for a recursive fill), then a random 150×150 grid.
    _check(sol, [[1] * 150 for _ in range(150)], 1)
    rng = random.Random(300)
    _check(sol, [[int(rng.random() < 0.45) for _ in range(150)] for _ in range(150)])


def test_largest_grid(sol):
    _check(sol, [[1] * 300 for _ in range(300)], 1)
    grid = [[0] * 300 for _ in range(300)]
    grid[0][256] = grid[1][0] = grid[299][299] = 1
    _check(sol, grid, 3)
    grid = [[1 - (r % 2) * (c % 2) for c in range(300)] for r in range(300)]  # a lattice
    _check(sol, grid, 1)
