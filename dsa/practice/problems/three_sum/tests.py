"""Tests for three-sum: examples, edge cases, a brute-force oracle and the largest size."""

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def normal(triplets):
    """Each triplet sorted, then the list sorted; duplicates are kept so they are caught."""
    return sorted(sorted(t) for t in triplets)


def oracle(nums):
    return sorted({tuple(sorted(t)) for t in combinations(nums, 3) if sum(t) == 0})


def check(sol, nums):
    got = sol.three_sum(list(nums))
    expect_triplets(got, nums)
    expect(normal(got), [list(t) for t in oracle(nums)], nums=nums)


def expect_triplets(got, nums):
    """The promised shape: a list of lists, each of exactly three ints."""
    expect_true(type(got) is list and all(type(t) is list and len(t) == 3
                                          and all(type(v) is int for v in t) for t in got),
                "expected a list of lists of three ints", nums=nums, got=got)


def test_example_1(sol):
    check(sol, [-1, 0, 1, 2, -1, -4])


def test_example_2_repeats_count_once(sol):
    check(sol, [0, 0, 0, 0])


def test_example_3_none(sol):
    check(sol, [1, 2, -2])


def test_too_short(sol):
    expect(sol.three_sum([]), [], nums=[])
    expect(sol.three_sum([0, 0]), [], nums=[0, 0])


def test_no_position_used_twice(sol):
    check(sol, [-2, 1])
    check(sol, [-4, 2, 0])


def test_many_repeats(sol):
    check(sol, [-2, 0, 1, 1, 2, -1, -1, 0, 0, 2, -2])


@given(nums=st.lists(st.integers(-6, 6), max_size=14))
def test_matches_brute_force(sol, nums):
    check(sol, nums)


def test_largest_size(sol):
    # 1,500 distinct odd values: three odd numbers never sum to zero, so the answer is empty,
    # yet an O(n²) method must still look at about a million pairs.
    nums = [((i * 7919) % 1500) * 2 - 1499 for i in range(1500)]
    got = sol.three_sum(list(nums))
    expect(normal(got), [], nums="1,500 distinct odd values from -1499 to 1499")


def test_extreme_values_at_largest_size(sol):
    # Every value but three is 1 more than a multiple of 4: three of those sum to 3 mod 4, two of
    # them and an even value to 2 mod 4, so the only zero triplet is the three even values, which
    # sit at both ends of the range. A sentinel such as "previous value = -10**5" skips it.
    odd = [-99_999 + 4 * ((i * 7919) % 49_999) for i in range(1497)]
    nums = [-100_000, *odd[:748], 0, *odd[748:], 100_000]
    got = sol.three_sum(list(nums))
    expect_triplets(got, "1,500 values from -100,000 to 100,000")
    expect(normal(got), [[-100_000, 0, 100_000]], nums="1,500 values from -100,000 to 100,000")
