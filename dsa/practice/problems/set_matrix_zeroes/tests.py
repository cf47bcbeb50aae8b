"""Tests for set-matrix-zeroes."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def zeroed_copy(matrix: list[list[int]]) -> list[list[int]]:
    """Oracle: collect the rows and columns of the original zeros, then build the answer."""
    rows = {i for i, row in enumerate(matrix) for x in row if x == 0}
    columns = {j for row in matrix for j, x in enumerate(row) if x == 0}
    return [[0 if i in rows or j in columns else x for j, x in enumerate(row)]
            for i, row in enumerate(matrix)]


def check(sol, matrix, want):
    grid = [row[:] for row in matrix]
    rows = list(grid)
    returned = sol.set_zeroes(grid)
    expect_true(returned is None, f"set_zeroes must return None, got {type(returned).__name__}",
                matrix=matrix)
    expect_true(len(grid) == len(rows) and all(a is b for a, b in zip(grid, rows, strict=True)),
                "each row must stay the same list, in its place: change the values inside the rows",
                matrix=matrix)
    expect(grid, want, matrix=matrix)


def test_example_centre(sol):
    check(sol, [[1, 2, 3], [4, 0, 6], [7, 8, 9]], [[1, 0, 3], [0, 0, 0], [7, 0, 9]])


def test_example_two_zeros(sol):
    check(sol, [[0, 5, 2], [3, 4, 0]], [[0, 0, 0], [0, 0, 0]])


def test_example_no_zeros(sol):
    check(sol, [[7, -1], [2, 3]], [[7, -1], [2, 3]])


def test_single_zero_cell(sol):
    check(sol, [[0]], [[0]])


def test_single_nonzero_cell(sol):
    check(sol, [[-4]], [[-4]])


def test_zero_in_first_row_only(sol):
    check(sol, [[1, 0], [1, 1]], [[0, 0], [1, 0]])


def test_zero_in_first_column_only(sol):
    check(sol, [[1, 1, 1], [0, 1, 1]], [[0, 1, 1], [0, 0, 0]])


def test_single_row_and_column(sol):
    check(sol, [[3, 0, 5]], [[0, 0, 0]])
    check(sol, [[3], [0], [5]], [[0], [0], [0]])


rectangles = st.tuples(st.integers(1, 6), st.integers(1, 6)).flatmap(
    lambda mn: st.lists(st.lists(st.sampled_from([0, 1, 2, -3, 7]), min_size=mn[1],
                                 max_size=mn[1]), min_size=mn[0], max_size=mn[0])
)


@given(matrix=rectangles)
def test_matches_oracle(sol, matrix):
    check(sol, matrix, zeroed_copy(matrix))


def test_largest_size(sol):
    rng = random.Random(12)
    matrix = [[rng.randint(-10**9, 10**9) for _ in range(200)] for _ in range(200)]
    for _ in range(5):
        matrix[rng.randrange(1, 199)][rng.randrange(1, 199)] = 0
    # extreme values in corners that no zero reaches
    matrix[0][0] = matrix[199][199] = -10**9
    matrix[0][199] = matrix[199][0] = 10**9
    check(sol, matrix, zeroed_copy(matrix))


def test_extreme_values_survive(sol):
    check(sol, [[-10**9, 10**9, 1], [5, -10**9, 0]], [[-10**9, 10**9, 0], [0, 0, 0]])
