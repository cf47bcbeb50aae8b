"""Tests for rotate-image."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def rotated_copy(matrix: list[list[int]]) -> list[list[int]]:
    """Oracle: cell (i, j) of the turned grid is old cell (n - 1 - j, i)."""
    n = len(matrix)
    return [[matrix[n - 1 - j][i] for j in range(n)] for i in range(n)]


def check(sol, matrix, want):
    grid = [row[:] for row in matrix]
    rows = list(grid)
    returned = sol.rotate(grid)
    expect_true(returned is None, f"rotate must return None, got {type(returned).__name__}",
                matrix=matrix)
    expect_true(len(grid) == len(rows) and all(a is b for a, b in zip(grid, rows, strict=True)),
                "each row must stay the same list, in its place: rotate the values inside the rows",
                matrix=matrix)
    expect(grid, want, matrix=matrix)


def test_example_two(sol):
    check(sol, [[1, 2], [3, 4]], [[3, 1], [4, 2]])


def test_example_three(sol):
    check(sol, [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[7, 4, 1], [8, 5, 2], [9, 6, 3]])


def test_example_single(sol):
    check(sol, [[5]], [[5]])


def test_four_with_negatives_and_duplicates(sol):
    matrix = [[0, -1, -1, 2], [3, 3, 4, -5], [6, 7, 0, 0], [-9, 8, 1, 1]]
    check(sol, matrix, rotated_copy(matrix))


def test_four_turns_restore(sol):
    matrix = [[i * 5 + j for j in range(5)] for i in range(5)]
    grid = [row[:] for row in matrix]
    for _ in range(4):
        sol.rotate(grid)
    expect(grid, matrix, matrix=matrix, note="after four quarter turns")


square = st.integers(1, 7).flatmap(
    lambda n: st.lists(st.lists(st.integers(-9, 9), min_size=n, max_size=n), min_size=n, max_size=n)
)


@given(matrix=square)
def test_matches_index_formula(sol, matrix):
    check(sol, matrix, rotated_copy(matrix))


def test_largest_size(sol):
    rng = random.Random(6)
    matrix = [[rng.randint(-1000, 1000) for _ in range(200)] for _ in range(200)]
    matrix[0][0], matrix[0][199], matrix[199][0] = 1000, -1000, -1000
    check(sol, matrix, rotated_copy(matrix))
