"""Tests for find-min-rotated-array."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


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


def test_extreme_values(sol):
    check(sol, [10**9], 10**9)
    check(sol, [-10**9], -10**9)
    check(sol, [10**9 - 2, 10**9, 10**9 - 7, 10**9 - 5], 10**9 - 7)
    check(sol, [10**9, -10**9], -10**9)
    check(sol, [3, 10**9, -10**9, 0], -10**9)


def test_input_unchanged(sol):
    nums = [4, 5, 1, 2, 3]
    sol.find_min(nums)
    sol.find_min(nums)
    expect(nums, [4, 5, 1, 2, 3], nums="[4, 5, 1, 2, 3] after two calls")


def test_largest_many_calls(sol):
    n = 200_000
    for k in (0, 1, 99_999, n - 1):
        nums = list(range(k, n)) + list(range(k))
        for _ in range(1_000):
            got = sol.find_min(nums)
            if got != 0:
                expect(got, 0, nums=f"[{k}, ..., {n - 1}, 0, ..., {k - 1}]")


def test_largest_extreme_values(sol):
    n = 200_000
    step = 2 * 10**9 // (n - 1)
    ordered = [-10**9 + i * step for i in range(n - 1)] + [10**9]
    for k in (0, 1, n // 2, n - 1):
        nums = ordered[k:] + ordered[:k]
        got = sol.find_min(nums)
        if got != -10**9:
            expect(got, -10**9, nums=f"-10**9 .. 10**9 ({n} values) rotated by {k}")
    high = [10**9 - n + 1 + i for i in range(n)]  # every value above a million
    for k in (0, 3, n - 1):
        nums = high[k:] + high[:k]
        got = sol.find_min(nums)
        if got != high[0]:
            expect(got, high[0], nums=f"{high[0]} .. 10**9 rotated by {k}")
