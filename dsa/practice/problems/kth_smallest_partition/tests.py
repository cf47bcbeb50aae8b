"""Tests for kth-smallest-partition: examples, edges, a sorting oracle, and the inputs that make a
careless quickselect quadratic (sorted, reversed, one repeated value) at the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 200_000
TOP = 10**9


def check(sol, nums, k, want=None, shown=None):
    if want is None:
        want = sorted(nums)[k - 1]
    expect(sol.kth_smallest(list(nums), k), want, nums=shown or nums, k=k)


def test_example_1(sol):
    check(sol, [7, 2, 9, 4, 4], 3, 4)


def test_example_2_largest(sol):
    check(sol, [5, -1, 8], 3, 8)


def test_example_3_all_equal(sol):
    check(sol, [6, 6, 6, 6], 2, 6)


def test_single_value(sol):
    check(sol, [-3], 1, -3)


def test_smallest_and_largest_ranks(sol):
    check(sol, [3, 1, 2, 1, 5], 1, 1)
    check(sol, [3, 1, 2, 1, 5], 5, 5)
    check(sol, [3, 1, 2, 1, 5], 2, 1)


def test_extreme_values(sol):
    check(sol, [TOP, -TOP, 0, TOP], 2, 0)
    check(sol, [TOP, -TOP, 0, TOP], 4, TOP)


@given(data=st.data(), nums=st.lists(st.integers(-20, 20), min_size=1, max_size=40))
def test_matches_sorting(sol, data, nums):
    k = data.draw(st.integers(1, len(nums)), label="k")
    check(sol, nums, k)


def _spread(n):
    """n increasing values from -10**9 to 10**9."""
    return [-TOP + (2 * TOP * i) // (n - 1) for i in range(n)]


def test_largest_sorted_middle_rank(sol):
    nums = _spread(N)
    check(sol, nums, N // 2, nums[N // 2 - 1], shown=f"{N} increasing values in ±10**9")


def test_largest_reversed_last_rank(sol):
    nums = _spread(N)
    check(sol, nums[::-1], N, TOP, shown=f"{N} decreasing values in ±10**9")


def test_largest_one_repeated_value(sol):
    check(sol, [-TOP] * N, N // 2 + 1, -TOP, shown=f"{N} copies of -10**9")


def test_largest_few_distinct_values(sol):
    nums = [(i * 7919) % 3 for i in range(N)]  # 0, 1, 2 in equal thirds, interleaved
    check(sol, nums, N // 3 + 1, shown=f"{N} values 0, 1, 2 interleaved")
