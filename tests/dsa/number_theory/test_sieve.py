"""The sieve against trial division, and its crossings against n ln ln n."""

import math

from hypothesis import given
from hypothesis import strategies as st

from dsa.number_theory import primes_up_to
from dsa.number_theory.sieve import _sieve


def trial_division(n):
    return n >= 2 and all(n % d for d in range(2, math.isqrt(n) + 1))


@given(n=st.integers(-5, 3000))
def test_sieve_matches_trial_division(n):
    assert primes_up_to(n) == [p for p in range(n + 1) if trial_division(p)]


def test_known_prime_counts():
    # pi(10^k), the number of primes up to 10^k
    assert [len(primes_up_to(10**k)) for k in range(1, 7)] == [4, 25, 168, 1229, 9592, 78498]


def test_crossings_grow_like_n_log_log_n():
    # Prime p crosses out (n - p^2)/p numbers; summed over p <= sqrt(n) that is about
    # n (ln ln sqrt(n) + M) with Mertens' constant M = 0.2615, less the small sum of those p.
    counts = {}
    for n in (10**4, 10**5, 10**6, 2 * 10**6, 4 * 10**6):
        _, crossings = _sieve(n)
        assert n - 2 - len(primes_up_to(n)) <= crossings < n * math.log(math.log(n))
        assert abs(crossings / n - (math.log(math.log(math.sqrt(n))) + 0.2615)) < 0.12, n
        counts[n] = crossings
    # doubling n does a little more than double the work, as n log log n says
    assert 2.0 < counts[2 * 10**6] / counts[10**6] < 2.1
    assert 2.0 < counts[4 * 10**6] / counts[2 * 10**6] < 2.1
