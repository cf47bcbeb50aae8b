"""Tests for search-rotated-array."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def oracle(nums: list[int], target: int) -> int:
    return nums.index(target) if target in nums else -1


def check(sol, nums, target, want):
    expect(sol.search_rotated(list(nums), target), want, nums=nums, target=target)


def test_example_after_the_wrap(sol):
    check(sol, [4, 7, 9, 1, 2], 1, 3)


def test_example_absent(sol):
    check(sol, [4, 7, 9, 1, 2], 5, -1)


def test_example_two_elements(sol):
    check(sol, [30, 10], 10, 1)


def test_empty(sol):
    check(sol, [], 1, -1)


def test_single(sol):
    check(sol, [5], 5, 0)
    check(sol, [5], 4, -1)


def test_not_rotated(sol):
    check(sol, [-5, -1, 0, 3], 3, 3)
    check(sol, [-5, -1, 0, 3], -5, 0)


def test_target_in_the_first_run(sol):
    check(sol, [6, 8, 11, 15, 0, 2, 4], 8, 1)
    check(sol, [6, 8, 11, 15, 0, 2, 4], 4, 6)


def test_every_rotation_of_small_lists(sol):
    for n in range(7):
        ordered = list(range(1, 2 * n, 2))
        for k in range(max(n, 1)):
            nums = ordered[k:] + ordered[:k]
            for target in range(-1, 2 * n + 1):
                check(sol, nums, target, oracle(nums, target))


@given(values=st.sets(st.integers(-30, 30), max_size=15), shift=st.integers(0, 15),
       target=st.integers(-32, 32))
def test_matches_oracle(sol, values, shift, target):
    ordered = sorted(values)
    k = shift % len(ordered) if ordered else 0
    nums = ordered[k:] + ordered[:k]
    check(sol, nums, target, oracle(nums, target))


def test_extreme_values(sol):
    nums = [10**9 - 5, 10**9, -10**9, -3, 0]
    for target in (*nums, 10**9 - 1, -10**9 + 1, 1):
        check(sol, nums, target, oracle(nums, target))
    nums = [5, 10**9, -10**9, -7]
    for target in (-10**9, 10**9, -10**9 + 1, 10**9 - 1):
        check(sol, nums, target, oracle(nums, target))


def test_input_unchanged(sol):
    nums = [6, 8, 11, 0, 2, 4]
    for target in (8, 2, 5):
        sol.search_rotated(nums, target)
    expect(nums, [6, 8, 11, 0, 2, 4], nums="[6, 8, 11, 0, 2, 4] after three searches")


def test_largest_many_searches(sol):
    n = 200_000
    k = 123_457
    nums = list(range(k, n)) + list(range(k))
    for target in [*range(-2, n + 2, 97), k - 1, k, n - 1, 0]:
        want = (target - k) % n if 0 <= target < n else -1
        got = sol.search_rotated(nums, target)
        if got != want:
            expect(got, want, nums=f"[{k}, ..., {n - 1}, 0, ..., {k - 1}]", target=target)


def test_largest_extreme_values(sol):
    n = 200_000
    step = 2 * 10**9 // (n - 1)
    ordered = [-10**9 + i * step for i in range(n - 1)] + [10**9]
    k = 77_777
    nums = ordered[k:] + ordered[:k]
    for target in (10**9, -10**9, ordered[k], ordered[k - 1], 10**9 - 1, -10**9 + 1):
        want = (ordered.index(target) - k) % n if target in ordered else -1
        got = sol.search_rotated(nums, target)
        if got != want:
            expect(got, want, nums=f"-10**9 .. 10**9 ({n} values) rotated by {k}", target=target)
