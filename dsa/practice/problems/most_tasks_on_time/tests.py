"""Tests for most-tasks-on-time: examples, deadlines met exactly, an every-subset oracle, and the
largest size with a long run of drops (a list scan for the longest task is quadratic there)."""

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000
TOP = 10**9


def _on_time(subset):
    busy = 0
    for duration, deadline in sorted(subset, key=lambda task: task[1]):
        busy += duration
        if busy > deadline:
            return False
    return True


def _brute(tasks):
    for size in range(len(tasks), 0, -1):
        if any(_on_time(subset) for subset in combinations(tasks, size)):
            return size
    return 0


def check(sol, tasks, want=None, shown=None):
    if want is None:
        want = _brute(tasks)
    expect(sol.most_tasks_on_time([t[:] for t in tasks]), want, tasks=shown or tasks)


def test_example_1_short_tasks_win(sol):
    check(sol, [[4, 4], [1, 5], [1, 5], [1, 5]], 3)


def test_example_2(sol):
    check(sol, [[2, 2], [2, 3], [1, 3]], 2)


def test_example_3_nothing_fits(sol):
    check(sol, [[5, 4]], 0)


def test_finishing_at_the_deadline_counts(sol):
    check(sol, [[3, 3]], 1)
    check(sol, [[1, 1], [2, 3], [3, 6]], 3)


def test_short_task_with_later_deadline_listed_first(sol):
    check(sol, [[1, 10], [6, 6], [5, 6]], 2)
    check(sol, [[1, 10], [2, 2]], 2)


def test_extreme_values(sol):
    check(sol, [[TOP, TOP], [1, TOP]], 1)
    check(sol, [[TOP, TOP]], 1)
    check(sol, [[1, 1], [TOP, TOP]], 1)


@given(tasks=st.lists(st.lists(st.integers(1, 6), min_size=2, max_size=2), max_size=8,
                      min_size=1))
def test_matches_every_subset(sol, tasks):
    check(sol, tasks)


def test_largest_size_many_drops(sol):
    # 50,000 unit tasks due at 1, 2, ..., 50,000 all fit; then 50,000 tasks of length 2 due at
    # 50,001, each of which is added and then dropped again while 50,000 tasks are chosen.
    half = N // 2
    tasks = [[2, half + 1] for _ in range(half)] + [[1, i] for i in range(1, half + 1)]
    check(sol, tasks, half + 0, shown=f"{half} tasks [2, {half + 1}] then [1, i] for i ≤ {half}")


def test_largest_size_extremes(sol):
    # Durations and deadlines span [1, 10**9]: 99,999 tasks of length 10,000 due at 10**9 fit
    # (999,990,000 in all), as does one of length 1; the task of length 10**9 does not.
    tasks = [[10_000, TOP] for _ in range(N - 2)] + [[TOP, TOP], [1, 1]]
    check(sol, tasks, N - 1, shown=f"{N - 2} tasks [10000, 10**9], [10**9, 10**9], [1, 1]")
