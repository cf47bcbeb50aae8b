"""Tests for spiral-matrix."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def spiral_by_peeling(matrix: list[list[int]]) -> list[int]:
    """Oracle: take the top row, turn the rest a quarter anticlockwise, repeat."""
    rest, order = [row[:] for row in matrix], []
    while rest and rest[0]:
        order += rest.pop(0)
        rest = [list(column) for column in zip(*rest, strict=True)][::-1]
    return order


def check(sol, matrix, want):
    grid = [row[:] for row in matrix]
    got = sol.spiral_order(grid)
    expect_true(type(got) is list and all(type(x) is int for x in got),
                "expected a list of ints", matrix=matrix)
    expect(got, want, matrix=matrix)
    expect(grid, matrix, matrix=matrix, note="spiral_order changed its input")


def test_example_square(sol):
    check(sol, [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [1, 2, 3, 6, 9, 8, 7, 4, 5])


def test_example_two_rows(sol):
    check(sol, [[1, 2, 3, 4], [5, 6, 7, 8]], [1, 2, 3, 4, 8, 7, 6, 5])


def test_example_single_column(sol):
    check(sol, [[1], [2], [3]], [1, 2, 3])


def test_example_empty(sol):
    check(sol, [], [])


def test_single_row(sol):
    check(sol, [[4, -2, 0]], [4, -2, 0])


def test_single_element(sol):
    check(sol, [[-7]], [-7])


def test_three_by_four_duplicates(sol):
    matrix = [[1, 1, 2, 2], [3, 3, 4, 4], [5, 5, 6, 6]]
    check(sol, matrix, [1, 1, 2, 2, 4, 6, 6, 5, 5, 3, 3, 4])


def test_tall_leftover_column(sol):
    matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15]]
    check(sol, matrix, [1, 2, 3, 6, 9, 12, 15, 14, 13, 10, 7, 4, 5, 8, 11])


rectangles = st.tuples(st.integers(1, 6), st.integers(1, 6)).flatmap(
    lambda mn: st.lists(st.lists(st.integers(-9, 9), min_size=mn[1], max_size=mn[1]),
                        min_size=mn[0], max_size=mn[0])
)


@given(matrix=rectangles)
def test_matches_peeling(sol, matrix):
    check(sol, matrix, spiral_by_peeling(matrix))


def test_largest_size(sol):
    # every value from -1000 to 1000 appears, the extremes too; 90,000 cells, so searching a
    # list of the visited ones is some 4 * 10^9 comparisons, far past the budget on any machine
    matrix = [[(300 * i + j) % 2001 - 1000 for j in range(300)] for i in range(300)]
    check(sol, matrix, spiral_by_peeling(matrix))


def test_extreme_values(sol):
    check(sol, [[1000, -1000], [1000, 1000]], [1000, -1000, 1000, 1000])
    check(sol, [[1, 2, 3], [4, 1000, 6], [7, 8, 9]], [1, 2, 3, 6, 9, 8, 7, 4, 1000])
