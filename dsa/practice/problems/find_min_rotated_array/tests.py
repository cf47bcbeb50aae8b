"""Tests for find-min-rotated-array."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect


def check(sol, nums, want):
    expect(sol.find_min(list(nums)), want, nums=nums)


def test_example_wrapped(sol):
    check(sol, [15, 19, 23, 2, 6, 11], 2)


def test_example_not_rotated(sol):
    check(sol, [-4, 0, 8], -4)


def test_example_two_elements(sol):
    check(sol, [9, 3], 3)


def test_single(sol):
    check(sol, [42], 42)


def test_minimum_last(sol):
    check(sol, [2, 3, 4, 5, 1], 1)


def test_negative_values(sol):
    check(sol, [-3, -2, -10, -7], -10)


def test_every_rotation_of_small_lists(sol):
    for n in range(1, 8):
        ordered = list(range(-n, n, 2))
        for k in range(n):
            nums = ordered[k:] + ordered[:k]
            check(sol, nums, -n)


@given(values=st.sets(st.integers(-40, 40), min_size=1, max_size=15), shift=st.integers(0, 15))
def test_matches_min(sol, values, shift):
    ordered = sorted(values)
    k = shift % len(ordered)
    nums = ordered[k:] + ordered[:k]
    check(sol, nums, min(nums))


def test_largest_many_calls(sol):
    n = 200_000
    for k in (0, 1, 99_999, n - 1):
        nums = list(range(k, n)) + list(range(k))
        for _ in range(1_000):
            got = sol.find_min(nums)
            if got != 0:
                expect(got, 0, nums=f"[{k}, ..., {n - 1}, 0, ..., {k - 1}]")
