"""Tests for factor-many-numbers: the examples, 1 and prime squares, a trial-division oracle on
small numbers, and 100,000 numbers near 10⁶ built from known primes."""

import random
from math import prod

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

TOP = 10**6


def _trial_division(x):
    factors, d = [], 2
    while d * d <= x:
        while x % d == 0:
            factors.append(d)
            x //= d
        d += 1
    return factors + ([x] if x > 1 else [])


def _primes_up_to(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0] = is_prime[1] = 0
    for p in range(2, int(limit**0.5) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
    return [p for p in range(limit + 1) if is_prime[p]]


def check(sol, nums, want=None, shown=None):
    if want is None:
        want = [_trial_division(x) for x in nums]
    got = sol.factorize_all(list(nums))
    expect(got, want, nums=shown or nums)


def test_example_1(sol):
    check(sol, [12, 1, 97, 360], [[2, 2, 3], [], [97], [2, 2, 2, 3, 3, 5]])


def test_example_2_largest_prime_and_square(sol):
    check(sol, [999983, 994009, 2], [[999983], [997, 997], [2]])


def test_small_edges(sol):
    check(sol, [1], [[]])
    check(sol, [1, 1, 2], [[], [], [2]])
    check(sol, [49], [[7, 7]])
    check(sol, [4, 9, 25], [[2, 2], [3, 3], [5, 5]])
    check(sol, [TOP], [[2] * 6 + [5] * 6])


@given(nums=st.lists(st.integers(1, 3000), min_size=1, max_size=50))
def test_matches_trial_division(sol, nums):
    check(sol, nums)


def _built(seed, count):
    """Numbers up to 10**6 made by multiplying random primes, with their factor lists."""
    rng = random.Random(seed)
    primes = _primes_up_to(TOP)
    nums, want = [], []
    big = [p for p in primes if p > 900_000]
    for _ in range(count):
        kind = rng.random()
        if kind < 0.9:  # a large prime: the slow case for trial division
            factors = [rng.choice(big)]
        else:
            factors, x = [], 1
            while True:
                p = rng.choice(primes[:200]) if rng.random() < 0.8 else rng.choice(primes)
                if x * p > TOP:
                    break
                x *= p
                factors.append(p)
        nums.append(prod(factors))
        want.append(sorted(factors))
    return nums, want


def test_largest_size(sol):
    nums, want = _built(19, 100_000)
    nums[0], want[0] = 1, []
    nums[1], want[1] = TOP, [2] * 6 + [5] * 6
    nums[2], want[2] = 994_009, [997, 997]
    check(sol, nums, want, shown="100,000 numbers up to 10**6, most of them primes above 900,000")


def test_largest_is_a_prime_square(sol):
    # With 994,009 = 997² the largest number, a sieve that stops before √V misses 997.
    nums, want = _built(20, 30_000)
    keep = [i for i, x in enumerate(nums) if x < 994_009]
    nums, want = [nums[i] for i in keep] + [994_009], [want[i] for i in keep] + [[997, 997]]
    check(sol, nums, want, shown="about 30,000 numbers below 994,009, then 994,009 = 997²")
