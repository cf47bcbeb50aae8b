"""Tests for unique-paths."""

from math import comb

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def routes_by_walking(grid: list[list[int]]) -> int:
    """Brute force: walk every right/down route with an explicit stack and count the arrivals."""
    m, n = len(grid), len(grid[0])
    count, stack = 0, [(0, 0)]
    while stack:
        r, c = stack.pop()
        if r >= m or c >= n or grid[r][c] == 1:
            continue
        if (r, c) == (m - 1, n - 1):
            count += 1
            continue
        stack += [(r + 1, c), (r, c + 1)]
    return count


def check(sol, grid, want):
    expect(sol.unique_paths([row[:] for row in grid]), want, grid=grid)


def test_example_centre_wall(sol):
    check(sol, [[0, 0, 0], [0, 1, 0], [0, 0, 0]], 2)


def test_example_blocked_row(sol):
    check(sol, [[0, 1, 0, 0]], 0)


def test_example_two_by_two(sol):
    check(sol, [[0, 0], [0, 0]], 2)


def test_single_open_cell(sol):
    check(sol, [[0]], 1)


def test_single_wall_cell(sol):
    check(sol, [[1]], 0)


def test_start_is_wall(sol):
    check(sol, [[1, 0], [0, 0]], 0)


def test_goal_is_wall(sol):
    check(sol, [[0, 0], [0, 1]], 0)


def test_wall_on_first_column(sol):
    check(sol, [[0, 0, 0], [1, 0, 0], [0, 0, 0]], 3)


def test_single_column(sol):
    check(sol, [[0], [0], [0]], 1)


grids = st.integers(1, 5).flatmap(
    lambda n: st.lists(st.lists(st.sampled_from([0, 0, 0, 1]), min_size=n, max_size=n),
                       min_size=1, max_size=5)
)


@given(grid=grids)
def test_matches_walking(sol, grid):
    got = sol.unique_paths([row[:] for row in grid])
    expect(got, routes_by_walking(grid), grid=grid)


def test_largest_open_grid(sol):
    # 100 × 100 with no walls: C(198, 99) ≈ 2.3 · 10**58 routes, far too many to walk one by one.
    check(sol, [[0] * 100 for _ in range(100)], comb(198, 99))


def test_largest_with_wall_line(sol):
    # A wall across row 50 with one gap at column 0 forces every route down column 0 to row 51.
    grid = [[0] * 100 for _ in range(100)]
    for c in range(1, 100):
        grid[50][c] = 1
    want = comb(48 + 99, 48)  # from (51, 0): 48 moves down and 99 right, in any order
    check(sol, grid, want)


def test_grid_unchanged(sol):
    grid = [[0, 0, 0], [0, 1, 0], [0, 0, 0]]
    rows = list(grid)
    expect(sol.unique_paths(grid), 2, grid=[[0, 0, 0], [0, 1, 0], [0, 0, 0]])
    expect(grid, [[0, 0, 0], [0, 1, 0], [0, 0, 0]], grid="the same grid, after the call")
    expect_true(all(a is b for a, b in zip(grid, rows, strict=True)),
                "the grid's rows were replaced", grid=[[0, 0, 0], [0, 1, 0], [0, 0, 0]])


def test_count_beyond_a_prime_modulus(sol):
    # more routes than 10**9 + 7: an answer reduced modulo a prime is wrong
    check(sol, [[0] * 20 for _ in range(20)], comb(38, 19))
