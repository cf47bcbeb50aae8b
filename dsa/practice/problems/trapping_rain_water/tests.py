"""Tests for trapping-rain-water: examples, edges, a per-bar oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def oracle(heights):
    return sum(min(max(heights[: i + 1]), max(heights[i:])) - h for i, h in enumerate(heights))


def check(sol, heights):
    got = sol.trap(list(heights))
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", heights=heights)
    expect(got, oracle(heights), heights=heights)


def test_example_1(sol):
    heights = [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]
    expect(sol.trap(list(heights)), 6, heights=heights)


def test_example_2(sol):
    expect(sol.trap([4, 2, 0, 3, 2, 5]), 9, heights=[4, 2, 0, 3, 2, 5])


def test_example_3_slope(sol):
    expect(sol.trap([1, 2, 3]), 0, heights=[1, 2, 3])
    expect(sol.trap([3, 2, 1]), 0, heights=[3, 2, 1])


def test_empty_and_tiny(sol):
    for heights in ([], [5], [2, 7]):
        check(sol, heights)


def test_peak_in_the_middle(sol):
    check(sol, [1, 0, 3, 0, 1])
    check(sol, [3, 1, 2])


@given(heights=st.lists(st.integers(0, 8), max_size=25))
def test_matches_per_bar_oracle(sol, heights):
    check(sol, heights)


def test_largest_size(sol):
    n = 200_000
    heights = [i % 7 for i in range(n)]
    heights[0] = heights[-1] = 100_000
    want = sum(100_000 - h for h in heights[1:-1])
    expect(sol.trap(list(heights)), want, heights=f"{n} bars, 100,000 high at both ends")
