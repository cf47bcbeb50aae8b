"""Permutations and subsets against itertools; N-queens against the known counts."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.backtracking import n_queens, n_queens_count, permutations, subsets


@given(items=st.lists(st.integers(0, 3), max_size=6))
def test_permutations_match_itertools_in_order(items):
    assert permutations(items) == list(itertools.permutations(items))


@given(items=st.lists(st.integers(0, 3), max_size=8))
def test_subsets_are_the_power_set(items):
    result = subsets(items)
    expected = [c for r in range(len(items) + 1) for c in itertools.combinations(items, r)]
    assert sorted(result) == sorted(expected)
    assert len(result) == 2 ** len(items)


def test_n_queens_counts_match_known_sequence():
    assert [n_queens_count(n) for n in range(1, 9)] == [1, 0, 0, 2, 10, 4, 40, 92]


@pytest.mark.parametrize("n", range(1, 8))
def test_every_n_queens_solution_is_valid_and_distinct(n):
    solutions = n_queens(n)
    assert len(set(solutions)) == len(solutions)
    assert solutions == sorted(solutions)
    for cols in solutions:
        assert sorted(cols) == list(range(n))
        for (r1, c1), (r2, c2) in itertools.combinations(enumerate(cols), 2):
            assert abs(r1 - r2) != abs(c1 - c2)


def test_n_queens_matches_brute_force_over_permutations():
    for n in range(1, 7):
        brute = [
            p for p in itertools.permutations(range(n))
            if all(abs(i - j) != abs(p[i] - p[j]) for i, j in itertools.combinations(range(n), 2))
        ]
        assert n_queens(n) == brute


def test_negative_board_size():
    with pytest.raises(ValueError, match="non-negative"):
        n_queens(-1)


@pytest.mark.parametrize(("function", "argument", "expected"), [
    (subsets, range(12), lambda: [c for r in range(13) for c in
                                  itertools.combinations(range(12), r)]),
    (permutations, range(7), lambda: list(itertools.permutations(range(7)))),
    (n_queens_count, 9, lambda: 352),
])
def test_searches_do_not_recurse_once_per_item(nesting, function, argument, expected):
    # Each search used to recurse once per item (row, position), so its depth was the input
    # size and a long enough input hit the recursion limit. Now the nesting stays constant.
    result, deepest = nesting(function, argument)
    assert deepest <= 4, deepest
    if function is subsets:
        assert sorted(result) == sorted(expected()) and result[:4] == [(), (0,), (0, 1), (0, 1, 2)]
    else:
        assert result == expected()
