"""Tests for add-then-total-ranges: examples, edges, a naive oracle, the largest sizes."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

BIG = 10**9


def _naive(nums, ops):
    nums, out = list(nums), []
    for a, b, x, c, d in ops:
        nums[a:b + 1] = [v + x for v in nums[a:b + 1]]
        out.append(sum(nums[c:d + 1]))
    return out


def _check(sol, nums, ops, want=None, shown=None):
    if want is None:
        want = _naive(nums, ops)
    got = sol.add_and_total(list(nums), [op[:] for op in ops])
    expect(got, want, **({"nums": nums, "ops": ops} if shown is None else shown))


def test_example_1(sol):
    _check(sol, [1, 2, 3, 4, 5], [[1, 3, 10, 0, 4], [0, 0, -1, 0, 1], [4, 4, 0, 2, 4]],
           [45, 12, 32])


def test_example_2(sol):
    _check(sol, [7], [[0, 0, 3, 0, 0]], [10])


def test_question_outside_the_added_range(sol):
    _check(sol, [0, 0, 0, 0, 0, 0], [[1, 2, 5, 3, 5], [1, 2, 5, 0, 0], [0, 5, -1, 2, 3]],
           [0, 0, 8])


def test_addition_ending_at_the_last_position(sol):
    _check(sol, [1, 1, 1, 1], [[2, 3, 4, 3, 3], [3, 3, -9, 0, 3], [0, 3, 0, 2, 2]],
           [5, 3, 5])


@given(nums=st.lists(st.integers(-BIG, BIG), min_size=1, max_size=25), data=st.data())
def test_matches_naive(sol, nums, data):
    index = st.integers(0, len(nums) - 1)
    op = st.tuples(index, index, st.integers(-BIG, BIG), index, index).map(
        lambda t: [min(t[0], t[1]), max(t[0], t[1]), t[2], min(t[3], t[4]), max(t[3], t[4])])
    ops = data.draw(st.lists(op, min_size=1, max_size=25), label="ops")
    _check(sol, nums, ops)


def test_medium_random(sol):
    rng = random.Random(2_000)
    n = 2_000
    nums = [rng.randint(-BIG, BIG) for _ in range(n)]
    ops = []
    for _ in range(2_000):
        a, b = sorted((rng.randrange(n), rng.randrange(n)))
        c, d = sorted((rng.randrange(n), rng.randrange(n)))
        ops.append([a, b, rng.randint(-BIG, BIG), c, d])
    _check(sol, nums, ops, shown={"nums": "2,000 random values", "ops": "2,000 random ops"})


def test_largest_size_wide_ranges(sol):
    # 10,000 additions over ~all of 100,000 values, each followed by the total of everything:
    # touching every value is ~10⁹ steps. The total grows by x · (b - a + 1) each time.
    rng = random.Random(100_000)
    n = 100_000
    nums = [rng.randint(-BIG, BIG) for _ in range(n)]
    nums[0], nums[-1] = -BIG, BIG
    ops = []
    for k in range(10_000):
        a, b = rng.randrange(0, 100), rng.randrange(n - 100, n)
        x = [BIG, -BIG, rng.randint(-BIG, BIG)][k % 3]
        ops.append([a, b, x, 0, n - 1])
    ops[0][0] = 0
    _check(sol, nums, ops, _wide_totals(nums, ops),
           {"nums": f"{n} random values", "ops": "10,000 wide additions, each totalling all"})


def _wide_totals(nums, ops):
    total, out = sum(nums), []
    for a, b, x, _, _ in ops:
        total += x * (b - a + 1)
        out.append(total)
    return out


def test_largest_size_short_ranges(sol):
    rng = random.Random(99_999)
    n = 100_000
    nums = [rng.randint(-BIG, BIG) for _ in range(n)]
    ops = []
    for _ in range(10_000):
        a = rng.randrange(n)
        b = min(n - 1, a + rng.randrange(100))
        c = max(0, a - rng.randrange(100))
        d = min(n - 1, c + rng.randrange(200))
        ops.append([a, b, rng.randint(-BIG, BIG), c, d])
    ops[-2], ops[-1] = [0, 0, -BIG, n - 1, n - 1], [n - 1, n - 1, BIG, 0, n - 1]
    _check(sol, nums, ops, shown={"nums": f"{n} random values", "ops": "10,000 short ops"})
