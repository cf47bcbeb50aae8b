"""Tests for task-scheduler: examples, edges, a most-remaining-first simulation, largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _simulate(tasks, n):
    # Each slot runs, among the tasks off cooldown, one with the most copies left (optimal greedy).
    left = {t: tasks.count(t) for t in set(tasks)}
    ready_at = dict.fromkeys(left, 0)
    time = 0
    while left:
        ready = [t for t in left if ready_at[t] <= time]
        if ready:
            task = max(ready, key=lambda t: (left[t], t))
            left[task] -= 1
            if left[task] == 0:
                del left[task]
            ready_at[task] = time + n + 1
        time += 1
    return time


def _check(sol, tasks, n, want=None):
    if want is None:
        want = _simulate(tasks, n)
    got = sol.least_interval(list(tasks), n)
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", tasks=tasks, n=n)
    expect(got, want, tasks=tasks, n=n)


def test_example_1(sol):
    _check(sol, ["X", "X", "X", "Y"], 2, 7)


def test_example_2(sol):
    _check(sol, ["P", "P", "Q", "Q", "R"], 1, 5)


def test_example_3_no_cooldown(sol):
    _check(sol, ["K", "K", "K"], 0, 3)


def test_single_task(sol):
    _check(sol, ["Z"], 100, 1)


def test_tied_top_frequency(sol):
    _check(sol, ["A", "A", "B", "B", "C", "C"], 3, 7)


def test_many_kinds_need_no_idle(sol):
    _check(sol, ["A", "A", "B", "C", "D", "E", "F"], 1, 7)


def test_most_remaining_first(sol):
    _check(sol, ["A", "B", "B", "B"], 1, 5)


@given(tasks=st.lists(st.sampled_from("ABCD"), min_size=1, max_size=20), n=st.integers(0, 4))
def test_matches_simulation(sol, tasks, n):
    _check(sol, tasks, n)


@given(tasks=st.lists(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=1, max_size=40),
       n=st.sampled_from([0, 1, 5, 25, 26, 27, 30, 99, 100, 1000]))
def test_all_letters_long_cooldowns(sol, tasks, n):
    _check(sol, tasks, n)


def test_largest_size(sol):
    rng = random.Random(26)
    tasks = rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ", weights=range(1, 27), k=100_000)
    counts = sorted((tasks.count(c) for c in set(tasks)), reverse=True)
    top = counts[0]
    want = max(len(tasks), (top - 1) * 101 + counts.count(top))
    _check(sol, tasks, 100, want)
    # the longest answer, about 10^8 slots: simulating them one by one is far past the budget
    # on any machine (at n = 100 it was under a second), counting is not
    _check(sol, ["Q"] * 100_000, 1000, 99_999 * 1001 + 1)
