"""Tests for jump-game-ii."""

from collections import deque

from hypothesis import assume, given
from hypothesis import strategies as st

from practice.checking import expect


def jumps_by_search(nums: list[int]) -> int | None:
    """Brute force: breadth-first search over indices; None when the end cannot be reached."""
    last = len(nums) - 1
    depth, queue = {0: 0}, deque([0])
    while queue:
        i = queue.popleft()
        if i == last:
            return depth[i]
        for j in range(i + 1, min(i + nums[i], last) + 1):
            if j not in depth:
                depth[j] = depth[i] + 1
                queue.append(j)
    return None


def check(sol, nums, want):
    expect(sol.min_jumps(list(nums)), want, nums=nums)


def test_example_short_first(sol):
    check(sol, [2, 4, 1, 1, 1, 1], 2)


def test_example_single_steps(sol):
    check(sol, [1, 1, 1], 2)


def test_example_single(sol):
    check(sol, [7], 0)


def test_two_elements(sol):
    check(sol, [1, 0], 1)


def test_window_ends_at_last_index(sol):
    check(sol, [2, 1, 1], 1)


def test_zero_skipped(sol):
    check(sol, [3, 0, 0, 1, 2], 2)


@given(nums=st.lists(st.integers(0, 4), min_size=1, max_size=20))
def test_matches_search(sol, nums):
    want = jumps_by_search(nums)
    assume(want is not None)
    expect(sol.min_jumps(list(nums)), want, nums=nums)


def test_largest_long_jumps(sol):
    # Each index may jump over the whole list: relaxing every landing square is ~5·10⁹ updates.
    nums = [100_000] * 100_000
    check(sol, nums, 1)


def test_largest_single_steps(sol):
    nums = [1] * 100_000
    check(sol, nums, 99_999)


def test_largest_staircase(sol):
    # Jumps of 2 from each even index, then one of 1: 50,000 jumps exactly.
    nums = [2, 1] * 49_999 + [1, 0]
    check(sol, nums, 50_000)


def test_input_unchanged(sol):
    nums = [2, 3, 1, 1, 4]
    expect(sol.min_jumps(nums), 2, nums=[2, 3, 1, 1, 4])
    expect(nums, [2, 3, 1, 1, 4], nums="[2, 3, 1, 1, 4], after the call")
