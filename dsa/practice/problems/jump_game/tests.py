"""Tests for jump-game."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def reachable_by_search(nums: list[int]) -> bool:
    """Brute force: depth-first search over indices, following every allowed jump."""
    seen, stack = {0}, [0]
    while stack:
        i = stack.pop()
        for j in range(i + 1, min(i + nums[i], len(nums) - 1) + 1):
            if j not in seen:
                seen.add(j)
                stack.append(j)
    return len(nums) - 1 in seen


def check(sol, nums, want):
    expect(sol.can_jump(list(nums)), want, nums=nums)


def test_example_short_jump_first(sol):
    check(sol, [2, 3, 0, 0, 1], True)


def test_example_stuck(sol):
    check(sol, [3, 1, 1, 0, 2], False)


def test_example_single(sol):
    check(sol, [0], True)


def test_zero_at_start(sol):
    check(sol, [0, 1], False)


def test_exact_reach(sol):
    check(sol, [1, 1, 1], True)


def test_zero_at_end_is_fine(sol):
    check(sol, [1, 1, 0], True)


@given(nums=st.lists(st.integers(0, 4), min_size=1, max_size=20))
def test_matches_search(sol, nums):
    got = sol.can_jump(list(nums))
    expect(got, reachable_by_search(nums), nums=nums)


def test_largest_long_jumps(sol):
    # Every jump may cover the whole list: marking each landing square takes ~5·10⁹ steps.
    nums = [100_000] * 100_000
    check(sol, nums, True)


def test_largest_wall(sol):
    # Counting down to a 0 that nothing can jump over.
    nums = [50_000 - i for i in range(50_000)] + [0] + [1] * 49_999
    check(sol, nums, False)


def test_input_unchanged(sol):
    nums = [2, 0, 1, 0, 3]
    expect(sol.can_jump(nums), False, nums=[2, 0, 1, 0, 3])
    expect(nums, [2, 0, 1, 0, 3], nums="[2, 0, 1, 0, 3], after the call")
    nums = [3, 0, 0, 1, 0]
    expect(sol.can_jump(nums), True, nums=[3, 0, 0, 1, 0])
    expect(nums, [3, 0, 0, 1, 0], nums="[3, 0, 0, 1, 0], after the call")
