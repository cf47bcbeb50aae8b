"""Tests for binary-search."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def oracle(nums: list[int], target: int) -> int:
    return nums.index(target) if target in nums else -1


def check(sol, nums, target, want):
    expect(sol.search(list(nums), target), want, nums=nums, target=target)


def test_example_found(sol):
    check(sol, [-8, -2, 0, 5, 13, 21], 13, 4)


def test_example_absent(sol):
    check(sol, [-8, -2, 0, 5, 13, 21], 6, -1)


def test_example_single(sol):
    check(sol, [7], 7, 0)


def test_empty(sol):
    check(sol, [], 3, -1)


def test_single_absent(sol):
    check(sol, [7], 2, -1)
    check(sol, [7], 9, -1)


def test_first_and_last(sol):
    check(sol, [1, 3, 5, 7], 1, 0)
    check(sol, [1, 3, 5, 7], 7, 3)


def test_outside_the_range(sol):
    check(sol, [1, 3, 5, 7], -10, -1)
    check(sol, [1, 3, 5, 7], 10, -1)


@given(values=st.sets(st.integers(-30, 30), max_size=20), target=st.integers(-32, 32))
def test_matches_oracle(sol, values, target):
    nums = sorted(values)
    check(sol, nums, target, oracle(nums, target))


def test_extreme_values(sol):
    nums = [-10**9, -1, 0, 10**9]
    for target, want in ((-10**9, 0), (10**9, 3), (0, 2), (1, -1), (10**9 - 1, -1),
                         (-10**9 + 1, -1)):
        check(sol, nums, target, want)
    check(sol, [10**9], 10**9, 0)
    check(sol, [-10**9], 10**9, -1)
    check(sol, [10**9], -10**9, -1)


def test_input_unchanged(sol):
    nums = [-5, -1, 4, 9]
    for target in (-5, 9, 3, 10):
        sol.search(nums, target)
    expect(nums, [-5, -1, 4, 9], nums="[-5, -1, 4, 9] after four searches")


def test_largest_many_searches(sol):
    nums = list(range(0, 400_000, 2))
    for target in range(-1, 400_001, 80):
        want = target // 2 if target % 2 == 0 and 0 <= target < 400_000 else -1
        got = sol.search(nums, target)
        if got != want:
            expect(got, want, nums="[0, 2, 4, ..., 399_998]", target=target)
    expect(nums == list(range(0, 400_000, 2)), True, nums="[0, 2, 4, ..., 399_998] (modified!)")


def test_largest_extreme_values(sol):
    n = 200_000
    step = 2 * 10**9 // (n - 1)
    nums = [-10**9 + k * step for k in range(n - 1)] + [10**9]
    for k in (0, 1, n // 3, n - 2, n - 1):
        check_target = nums[k]
        got = sol.search(nums, check_target)
        if got != k:
            expect(got, k, nums=f"{n} values from -10**9 to 10**9", target=check_target)
    for target in (-10**9 + 1, nums[-2] + 1, 10**9 - 1):
        got = sol.search(nums, target)
        if got != -1:
            expect(got, -1, nums=f"{n} values from -10**9 to 10**9", target=target)
