"""Tests for kth-in-a-changing-set: the examples, duplicates, a sorted-list oracle on random
query lists, and 100,000 queries at the value limits."""

import bisect
import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

BIG = 10**9


def _oracle(queries):
    held, answers = [], []
    for op, x in queries:
        if op == 0:
            bisect.insort(held, x)
        elif op == 1:
            del held[bisect.bisect_left(held, x)]
        else:
            answers.append(held[x - 1])
    return answers


def check(sol, queries, want=None, shown=None):
    if want is None:
        want = _oracle(queries)
    got = sol.kth_after_changes([q[:] for q in queries])
    expect(got, want, queries=shown or queries)


def test_example_1(sol):
    check(sol, [[0, 5], [0, 1], [0, 5], [2, 2], [2, 3], [1, 5], [2, 2], [0, -7], [2, 1]],
          [5, 5, 5, -7])


def test_example_2(sol):
    check(sol, [[0, 3], [2, 1], [1, 3], [0, 4], [2, 1]], [3, 4])


def test_no_questions_and_one_value(sol):
    check(sol, [[0, 1]], [])
    check(sol, [[0, BIG], [2, 1], [0, -BIG], [2, 2], [2, 1]], [BIG, BIG, -BIG])


def test_copies_come_and_go_one_at_a_time(sol):
    check(sol, [[0, 2], [0, 2], [0, 2], [0, 9], [1, 2], [2, 3], [1, 2], [2, 2], [1, 2], [2, 1]],
          [9, 9, 9])


@st.composite
def query_lists(draw):
    queries, held = [], []
    for _ in range(draw(st.integers(1, 40))):
        op = draw(st.sampled_from([0, 1, 2] if held else [0]))
        if op == 0:
            x = draw(st.integers(-5, 5) | st.integers(-BIG, BIG))
            held.append(x)
        elif op == 1:
            x = draw(st.sampled_from(held))
            held.remove(x)
        else:
            x = draw(st.integers(1, len(held)))
        queries.append([op, x])
    return queries


@given(queries=query_lists())
def test_matches_sorted_list(sol, queries):
    check(sol, queries)


def _big_run(seed, distinct, size):
    """``size`` queries: a rising collection with questions and removals mixed in."""
    rng = random.Random(seed)
    pool = [rng.randint(-BIG, BIG) for _ in range(distinct)] + [-BIG, BIG]
    queries, held = [], []
    while len(queries) < size:
        roll = rng.random()
        if roll < 0.5 or not held:
            x = rng.choice(pool)
            queries.append([0, x])
            held.append(x)
        elif roll < 0.65:
            i = rng.randrange(len(held))
            held[i], held[-1] = held[-1], held[i]
            queries.append([1, held.pop()])
        else:
            queries.append([2, rng.choice((1, len(held), rng.randint(1, len(held))))])
    return queries


# Each query crosses to your code as its own small list, so one test carries the largest size
# and the others stay at 30,000 queries: still far beyond what a quadratic method can do.
def test_largest_size(sol):
    check(sol, _big_run(1, 100_000, 100_000),
          shown="100,000 random queries on 100,000 random values")


def test_many_copies(sol):
    check(sol, _big_run(2, 30, 30_000), shown="30,000 random queries on 32 values, many copies")


def test_all_questions_last(sol):
    # 15,000 insertions, then 15,000 questions: sorting at every question would be quadratic.
    rng = random.Random(3)
    adds = [[0, rng.randint(-BIG, BIG)] for _ in range(15_000)]
    asks = [[2, rng.randint(1, 15_000)] for _ in range(15_000)]
    check(sol, adds + asks, shown="15,000 random insertions, then 15,000 questions")
