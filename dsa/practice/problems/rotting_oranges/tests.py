"""Tests for rotting-oranges: examples, edges, a minute-by-minute oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _simulate(grid):
    state = [row[:] for row in grid]
    rows, cols = len(state), len(state[0])
    minutes = 0
    while True:
        newly = {(y + dy, x + dx) for y in range(rows) for x in range(cols) if state[y][x] == 2
                 for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= y + dy < rows and 0 <= x + dx < cols and state[y + dy][x + dx] == 1}
        if not newly:
            return -1 if any(1 in row for row in state) else minutes
        for y, x in newly:
            state[y][x] = 2
        minutes += 1


def _check(sol, grid, want=None):
    if want is None:
        want = _simulate(grid)
    expect(sol.oranges_rotting([row[:] for row in grid]), want, grid=grid)


def test_example_1_unreachable(sol):
    _check(sol, [[2, 1, 0], [0, 1, 1], [1, 0, 1]], -1)


def test_example_2(sol):
    _check(sol, [[2, 1, 1], [1, 0, 1], [1, 1, 2]], 2)


def test_example_3_nothing_fresh(sol):
    _check(sol, [[0, 2]], 0)


def test_empty_cells_only(sol):
    _check(sol, [[0]], 0)


def test_fresh_but_no_rotten(sol):
    _check(sol, [[1, 1]], -1)


def test_one_step(sol):
    _check(sol, [[2, 1]], 1)


def test_a_line(sol):
    _check(sol, [[1, 1, 2, 1, 1, 1]], 3)


@given(rows=st.integers(1, 5), cols=st.integers(1, 5),
       cells=st.lists(st.sampled_from([0, 1, 1, 2]), min_size=25, max_size=25))
def test_matches_simulation(sol, rows, cols, cells):
    _check(sol, [cells[r * cols:(r + 1) * cols] for r in range(rows)])


def test_largest_size(sol):
    # 300×300 fresh oranges rotting from one corner: 598 minutes. One BFS touches each cell once;
    # rescanning the grid every minute does ~598 × 90,000 cell visits.
    grid = [[1] * 300 for _ in range(300)]
    grid[0][0] = 2
    _check(sol, grid, 598)
    rng = random.Random(9)
    grid = [[rng.choice((1, 1, 1, 0)) for _ in range(300)] for _ in range(300)]
    grid[150][150] = 2
    grid[298][0] = grid[299][1] = 0  # walls off a fresh orange in the bottom-left corner
    grid[299][0] = 1
    _check(sol, grid, -1)


def test_largest_winding_corridor(sol):
    # Full rows joined at alternate ends by one cell: a single corridor of 45,149 oranges, so
    # the last one rots after 45,148 minutes, far more than rows + columns.
    grid = [[1] * 300 if r % 2 == 0 else [0] * 300 for r in range(300)]
    for r in range(1, 299, 2):
        grid[r][299 if r % 4 == 1 else 0] = 1
    grid[0][0] = 2
    _check(sol, grid, 45_148)
