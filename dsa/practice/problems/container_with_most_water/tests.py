"""Tests for container-with-most-water: examples, edges, a brute-force oracle, largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def oracle(heights):
    n = len(heights)
    return max((j - i) * min(heights[i], heights[j]) for i in range(n) for j in range(i + 1, n))


def check(sol, heights):
    got = sol.max_area(list(heights))
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", heights=heights)
    expect(got, oracle(heights), heights=heights)


def test_example_1(sol):
    expect(sol.max_area([1, 8, 6, 2, 5, 4, 8, 3, 7]), 49, heights=[1, 8, 6, 2, 5, 4, 8, 3, 7])


def test_example_2(sol):
    expect(sol.max_area([1, 1]), 1, heights=[1, 1])


def test_example_3(sol):
    expect(sol.max_area([4, 0, 0, 4]), 12, heights=[4, 0, 0, 4])


def test_zero_heights(sol):
    check(sol, [0, 0])
    check(sol, [0, 0, 0, 0])


def test_tall_line_inside(sol):
    check(sol, [1, 2, 4, 3])
    check(sol, [2, 3, 10, 5, 7, 8, 9])


@given(heights=st.lists(st.integers(0, 12), min_size=2, max_size=25))
def test_matches_brute_force(sol, heights):
    check(sol, heights)


def test_largest_size(sol):
    n = 200_000
    heights = [(i * 37) % 1000 for i in range(n)]
    heights[5] = heights[n - 3] = 10_000
    expect(sol.max_area(list(heights)), (n - 8) * 10_000,
           heights=f"{n} lines, 10,000 high at 5 and {n - 3}, below 1,000 elsewhere")


def test_tallest_lines_in_the_middle(sol):
    # Two lines of the greatest height 10,000 near the middle beat the wide short containers.
    heights = [1] * 300
    heights[149] = heights[150] = 10_000
    check(sol, heights)
    heights[0] = heights[-1] = 10
    check(sol, heights)
