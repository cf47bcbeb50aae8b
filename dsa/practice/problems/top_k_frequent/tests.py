"""Tests for top-k-frequent: examples, edge cases, a sorting oracle and the largest size."""

from hypothesis import assume, given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def check(sol, nums, k, want):
    got = sol.top_k_frequent(list(nums), k)
    expect_true(isinstance(got, list), f"expected a list, got {type(got).__name__}",
                nums=nums, k=k)
    expect(sorted(got), sorted(want), nums=nums, k=k)


def test_example_1(sol):
    check(sol, [1, 1, 1, 2, 2, 3], 2, [1, 2])


def test_example_2(sol):
    check(sol, [4, -1, 4, 7, -1, 4], 1, [4])


def test_single_value(sol):
    check(sol, [5], 1, [5])


def test_all_values(sol):
    check(sol, [3, 1, 2], 3, [1, 2, 3])


def test_least_frequent_left_out(sol):
    check(sol, [9, 9, 9, 8, 8, 7], 2, [9, 8])


@given(nums=st.lists(st.integers(-5, 5), min_size=1, max_size=40), data=st.data())
def test_matches_sorting_oracle(sol, nums, data):
    counts = {v: nums.count(v) for v in set(nums)}
    ranked = sorted(counts.values(), reverse=True)
    k = data.draw(st.integers(1, len(ranked)), label="k")
    assume(k == len(ranked) or ranked[k - 1] > ranked[k])  # only inputs with a unique answer
    want = [v for v, c in counts.items() if c >= ranked[k - 1]]
    check(sol, nums, k, want)


def test_largest_size(sol):
    # 100,000 distinct values once each, plus the values 0..9 occurring 1,000 times more each.
    n_once = 100_000
    nums = list(range(100, 100 + n_once)) + [v for v in range(10) for _ in range(1000)]
    got = sol.top_k_frequent(list(nums), 10)
    expect(sorted(got), list(range(10)), nums="100,000 values once, 0..9 a thousand times",
           k=10)


def test_extreme_values(sol):
    check(sol, [10**9, -10**9, 10**9, 5, -10**9, 10**9], 2, [10**9, -10**9])
    check(sol, [-10**9, 7, -10**9, 7 + 2 * 10**5, -10**9], 1, [-10**9])


def test_largest_size_all_distinct(sol):
    # 200,000 distinct values spread over ±10**9 with k = n: every value is in the answer.
    n = 200_000
    step = 2 * 10**9 // (n - 1)
    nums = [-10**9 + i * step for i in range(n - 1)] + [10**9]
    got = sol.top_k_frequent(list(nums), n)
    expect_true(isinstance(got, list) and all(type(v) is int for v in got),
                "expected a list of ints", nums=f"{n} distinct values in ±10**9", k=n)
    expect(sorted(got), nums, nums=f"{n} distinct values in ±10**9", k=n)


def test_largest_size_extremes_most_frequent(sol):
    n = 200_000
    nums = [v * 1_000 + 1 for v in range(n - 200)] + [10**9] * 101 + [-10**9] * 99
    check(sol, nums, 2, [10**9, -10**9])
