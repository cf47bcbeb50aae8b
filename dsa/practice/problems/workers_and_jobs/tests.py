"""Tests for workers-and-jobs: the examples, an exhaustive oracle on small workshops, a chain
that forces an augmenting path through every worker, and workshops of the largest size whose
answer is known by construction."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 1000


def _brute(workers, jobs, can_do):
    """Try every way to give each worker in turn one free job it can do, or none."""
    adj = [[j for w2, j in can_do if w2 == w] for w in range(workers)]

    def best(w, used):
        if w == workers:
            return 0
        result = best(w + 1, used)
        for j in adj[w]:
            if not used >> j & 1:
                result = max(result, 1 + best(w + 1, used | 1 << j))
        return result

    return best(0, 0)


def check(sol, workers, jobs, can_do, want=None, shown=None):
    if want is None:
        want = _brute(workers, jobs, can_do)
    got = sol.most_assignments(workers, jobs, [pair[:] for pair in can_do])
    expect(got, want, workers=workers, jobs=jobs, can_do=shown or can_do)


def test_example_1(sol):
    check(sol, 3, 3, [[0, 0], [0, 1], [1, 0], [2, 1]], 2)


def test_example_2_needs_a_move(sol):
    check(sol, 3, 3, [[0, 0], [0, 1], [1, 1], [1, 2], [2, 0]], 3)


def test_example_3_no_pairs(sol):
    check(sol, 2, 1, [], 0)
    check(sol, 1, 1, [], 0)
    check(sol, 1, 1, [[0, 0]], 1)


def test_a_second_search_must_retry_jobs(sol):
    # Worker 2's search visits jobs 0 and 1 and fails; worker 3 then needs a path through them.
    check(sol, 4, 3, [[0, 0], [1, 0], [1, 1], [2, 0], [3, 1], [3, 2], [0, 2]], 3)


@st.composite
def workshops(draw):
    workers, jobs = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    pairs = draw(st.lists(st.tuples(st.integers(0, workers - 1), st.integers(0, jobs - 1)),
                          unique=True, max_size=workers * jobs))
    return workers, jobs, [list(p) for p in pairs]


@given(case=workshops())
def test_matches_brute_force(sol, case):
    check(sol, *case)


def test_augmenting_path_through_every_worker(sol):
    # Workers 0..998 can do jobs i and i + 1 (job i listed first); worker 999 only job 0.
    # Whoever took job 0 must move, and so on down the whole line: one path of 1,000 workers.
    can_do = [[i, i] for i in range(N - 1)] + [[i, i + 1] for i in range(N - 1)] + [[N - 1, 0]]
    can_do.sort()
    check(sol, N, N, can_do, N, shown="worker i can do jobs i and i + 1; worker 999 only job 0")
    reverse = [[w, N - 1 - j] for w, j in can_do]  # the same line, jobs numbered backwards
    check(sol, N, N, reverse, N, shown="the line above with jobs numbered backwards")


def _planted(seed, stuck):
    """1,000 workers and jobs, 10,000 different pairs. The first 500 workers can only do jobs
    from a set of 500 - stuck jobs, so at most 1000 - stuck jobs are given out; pairs along a
    hidden assignment make exactly that many possible."""
    rng = random.Random(seed)
    order = list(range(N))
    rng.shuffle(order)
    narrow_jobs, other_jobs = order[: 500 - stuck], order[500 - stuck:]
    hidden = [*zip(range(500), narrow_jobs, strict=False),
              *zip(range(500, N), other_jobs, strict=False)]
    pairs = set(hidden)
    while len(pairs) < 10_000:
        w = rng.randrange(N)
        pairs.add((w, rng.choice(narrow_jobs) if w < 500 else rng.randrange(N)))
    pairs = [[w, j] for w, j in sorted(pairs)]
    rng.shuffle(pairs)
    return pairs, N - stuck


def test_largest_size(sol):
    for seed, stuck in ((1, 0), (2, 100), (3, 1)):
        can_do, want = _planted(seed, stuck)
        check(sol, N, N, can_do, want,
              shown=f"1,000 workers, 1,000 jobs, 10,000 pairs (seed {seed}), {want} possible")
