"""Tests for find-median-from-stream: examples, edges, a sorting oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


def _medians_after_each_add(sol, nums):
    m = sol.MedianFinder()
    got = []
    for num in nums:
        m.add_num(num)
        got.append(m.find_median())
    wrong = next((x for x in got if type(x) is not float), None)
    expect_true(wrong is None, f"find_median() must return a float, got {type(wrong).__name__}",
                added_in_order=nums if len(nums) <= 50 else f"{len(nums)} numbers")
    return got


def test_example_1(sol):
    nums = [6, 2, 9]
    expect(_medians_after_each_add(sol, nums), [6.0, 4.0, 6.0], added_in_order=nums)


def test_example_2(sol):
    m = sol.MedianFinder()
    for num in [-1, -1, 4, 0]:
        m.add_num(num)
    expect(m.find_median(), -0.5, added_in_order=[-1, -1, 4, 0])


def test_empty_raises_value_error(sol):
    try:
        sol.MedianFinder().find_median()
    except ValueError:
        return
    except NotImplementedError:
        raise
    except Exception as error:  # the wrong kind of error is still a wrong answer
        expect_true(False, f"expected ValueError, got {type(error).__name__}", added_in_order=[])
    expect_true(False, "find_median() with no numbers must raise ValueError", added_in_order=[])


def test_separate_finders(sol):
    first = sol.MedianFinder()
    first.add_num(100)
    second = sol.MedianFinder()
    second.add_num(1)
    expect(second.find_median(), 1.0, calls="a.add_num(100); b.add_num(1); b.find_median()")


def test_descending_then_ascending(sol):
    nums = [5, 4, 3, 2, 1, 10, 20, 30]
    expect(_medians_after_each_add(sol, nums), [_median(nums[: i + 1]) for i in range(len(nums))],
           added_in_order=nums)


@given(nums=st.lists(st.integers(-20, 20), min_size=1, max_size=40))
def test_matches_sorting(sol, nums):
    want = [_median(nums[: i + 1]) for i in range(len(nums))]
    expect(_medians_after_each_add(sol, nums), want, added_in_order=nums)


def test_largest_size(sol):
    # 100,000 adds, each followed by find_median: O(log n) each is fast; sorting per query is not.
    rng = random.Random(100)
    nums = [rng.randint(-10**6, 10**6) for _ in range(99_996)] + [10**6, -10**6, 10**6, -10**6]
    got = _medians_after_each_add(sol, nums)
    for n in (1, 2, 999, 1000, 50_001, 100_000):
        expect(got[n - 1], _median(nums[:n]), added="100,000 random numbers", after_adds=n)


def test_extreme_values(sol):
    nums = [10**6, -10**6, 10**6, 10**6, -10**6, -10**6, -10**6]
    expect(_medians_after_each_add(sol, nums), [_median(nums[: i + 1]) for i in range(len(nums))],
           added_in_order=nums)
