"""Tests for two-sum: the examples, edge cases, a brute-force oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def check(sol, nums, target, want):
    expect(sol.two_sum(list(nums), target), want, nums=nums, target=target)


def test_example_1(sol):
    check(sol, [2, 7, 11, 15], 9, [0, 1])


def test_example_2(sol):
    check(sol, [3, 2, 4], 6, [1, 2])


def test_equal_values(sol):
    check(sol, [3, 3], 6, [0, 1])


def test_negatives_and_zero(sol):
    check(sol, [-3, 4, 3, 90], 0, [0, 2])
    check(sol, [0, 4, 3, 0], 0, [0, 3])


def test_pair_at_the_end(sol):
    check(sol, [1, 5, 9, 2, 8], 17, [2, 4])


@st.composite
def one_pair(draw):
    """A list with exactly one pair of distinct indices summing to the target, and that pair."""
    nums = draw(st.lists(st.integers(-50, 50), min_size=2, max_size=30))
    i, j = sorted(draw(st.lists(st.integers(0, len(nums) - 1), min_size=2, max_size=2,
                                unique=True)))
    target = nums[i] + nums[j]
    pairs = [(a, b) for a in range(len(nums)) for b in range(a + 1, len(nums))
             if nums[a] + nums[b] == target]
    if len(pairs) != 1:  # make every other entry too big to be in a pair
        nums = [v if k in (i, j) else 1000 + 1000 * k for k, v in enumerate(nums)]
    return nums, target, [i, j]


@given(case=one_pair())
def test_matches_brute_force(sol, case):
    nums, target, want = case
    check(sol, nums, target, want)


def test_largest_size(sol):
    n = 200_000
    nums = [-2 * k for k in range(n)]  # no two of these sum to 4, and no one of them pairs
    nums[-2], nums[-1] = 1, 3          # with an odd number: the answer is the last two
    got = sol.two_sum(list(nums), 4)
    expect(got, [n - 2, n - 1], nums=f"0, -2, -4, ... then 1 and 3 at the end (n={n})", target=4)


def test_extreme_values(sol):
    check(sol, [10**9, 3, -10**9], 0, [0, 2])
    check(sol, [5, 10**9, 0, 7], 10**9, [1, 2])
    check(sol, [0, 1, -10**9], -10**9, [0, 2])
    check(sol, [-10**9 + 1, 4, -1], -10**9, [0, 2])


def test_largest_size_extreme_values(sol):
    # Every value but three is 1 mod 4; -10**9, 0 and 10**9 are 0 mod 4, so only 0 + 10**9 makes
    # the target 10**9 (two values 1 mod 4 sum to 2 mod 4, one of each to 1 mod 4).
    n = 200_000
    nums = [-10**9 + 1 + 4 * 2500 * k for k in range(n)]
    nums[3], nums[n // 2], nums[-1] = -10**9, 0, 10**9
    got = sol.two_sum(list(nums), 10**9)
    expect(got, [n // 2, n - 1], nums=f"{n} values in ±10**9, 0 in the middle, 10**9 last",
           target=10**9)
