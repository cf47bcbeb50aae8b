"""Tests for combination-sum: examples, edges, a count-per-candidate oracle, the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _by_counts(candidates, target):
    # Decide how many copies of each candidate to take, in turn: a different search from a path.
    found = []

    def take(j, remaining, chosen):
        if remaining == 0:
            found.append(sorted(chosen))
            return
        if j == len(candidates):
            return
        value = candidates[j]
        for copies in range(remaining // value + 1):
            take(j + 1, remaining - copies * value, chosen + [value] * copies)

    take(0, target, [])
    return sorted(found)


def _check(sol, candidates, target, want=None):
    if want is None:
        want = _by_counts(candidates, target)
    got = sol.combination_sum(list(candidates), target)
    expect_true(isinstance(got, list) and all(isinstance(c, list) for c in got),
                "return a list of lists", candidates=candidates, target=target)
    expect(sorted(sorted(c) for c in got), sorted(sorted(c) for c in want),
           candidates=candidates, target=target)


def test_example_1(sol):
    _check(sol, [3, 5, 2], 8, [[3, 5], [3, 3, 2], [2, 2, 2, 2]])


def test_example_2_none(sol):
    _check(sol, [4, 6], 5, [])


def test_example_3_single(sol):
    _check(sol, [7], 7, [[7]])


def test_target_smaller_than_every_candidate(sol):
    _check(sol, [9, 3], 1, [])


def test_reuse_needed(sol):
    _check(sol, [2], 6, [[2, 2, 2]])


@given(candidates=st.lists(st.integers(2, 12), unique=True, min_size=1, max_size=6),
       target=st.integers(1, 16))
def test_matches_count_oracle(sol, candidates, target):
    _check(sol, candidates, target)


def test_largest_size(sol):
    # Every candidate from 2 to 40, target 40: 6,153 combinations (partitions of 40 into parts ≥ 2).
    candidates = list(range(40, 1, -1))
    got = sol.combination_sum(list(candidates), 40)
    expect(len(got), 6_153, candidates="40, 39, ..., 2", target=40, checked="number of answers")
    expect(len({tuple(sorted(c)) for c in got}), 6_153, candidates="40, 39, ..., 2", target=40,
           checked="distinct answers")
    expect_true(all(sum(c) == 40 for c in got), "an answer does not sum to 40",
                candidates="40, 39, ..., 2", target=40)
