"""Tests for n-queens: examples, published counts, a permutation oracle, and the largest size."""

from itertools import permutations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _boards_by_permutation(n):
    # Every placement is a permutation of columns; keep those whose diagonals are all distinct.
    found = []
    for cols in permutations(range(n)):
        if (len({r - c for r, c in enumerate(cols)}) == n
                and len({r + c for r, c in enumerate(cols)}) == n):
            found.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
    return sorted(found)


def _got(sol, n):
    got = sol.solve_n_queens(n)
    expect_true(isinstance(got, list) and all(isinstance(b, list) for b in got),
                "return a list of boards, each a list of row strings", n=n)
    return sorted(got)


def test_example_1(sol):
    want = [["..Q.", "Q...", "...Q", ".Q.."], [".Q..", "...Q", "Q...", "..Q."]]
    expect(_got(sol, 4), want, n=4)


def test_example_2_no_solution(sol):
    expect(_got(sol, 3), [], n=3)
    expect(_got(sol, 2), [], n=2)


def test_single_square(sol):
    expect(_got(sol, 1), [["Q"]], n=1)


@given(n=st.integers(1, 7))
def test_matches_permutation_oracle(sol, n):
    expect(_got(sol, n), _boards_by_permutation(n), n=n)


def test_published_counts(sol):
    # Known numbers of solutions for n = 5..8 (OEIS A000170).
    for n, count in ((5, 10), (6, 4), (7, 40), (8, 92)):
        expect(len(sol.solve_n_queens(n)), count, n=n, checked="number of placements")


def test_largest_size(sol):
    got = _got(sol, 9)
    expect(len(got), 352, n=9, checked="number of placements")
    expect(len({tuple(b) for b in got}), 352, n=9, checked="distinct placements")
    for board in got:
        cols = [row.index("Q") for row in board]
        valid = (all(row.count("Q") == 1 and len(row) == 9 for row in board)
                 and len(set(cols)) == 9
                 and len({r - c for r, c in enumerate(cols)}) == 9
                 and len({r + c for r, c in enumerate(cols)}) == 9)
        expect_true(valid, "a placement has two queens attacking each other", n=9, board=board)
