"""Tests for primes-below-n: examples, the ends, a trial-division oracle and the largest n."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _is_prime(m):
    return m > 1 and all(m % d for d in range(2, int(m ** 0.5) + 1))


def _check(sol, n, want=None):
    if want is None:
        want = sum(_is_prime(m) for m in range(n))
    expect(sol.count_primes(n), want, n=n)


def test_example_1(sol):
    _check(sol, 10, 4)


def test_example_2(sol):
    _check(sol, 2, 0)


def test_example_3_prime_not_counted_at_n(sol):
    _check(sol, 12, 5)
    _check(sol, 11, 4)


def test_smallest(sol):
    for n, want in [(0, 0), (1, 0), (3, 1), (4, 2), (5, 2), (6, 3)]:
        _check(sol, n, want)


def test_squares_of_primes_just_below_n(sol):
    # 25, 49, 121, 169 must be crossed out: the loop over p has to reach isqrt(n - 1).
    for n in (26, 27, 50, 122, 170, 290, 362, 530, 842, 962):
        _check(sol, n)


@given(n=st.integers(0, 3000))
def test_matches_trial_division(sol, n):
    _check(sol, n)


def test_known_counts(sol):
    # π(10**k) from the literature.
    for n, want in [(100, 25), (1000, 168), (10_000, 1229), (100_000, 9592),
                    (1_000_000, 78_498)]:
        _check(sol, n, want)


def test_largest_n(sol):
    # π(5,000,000) = 348,513; trial division would need ~10⁹ divisions.
    _check(sol, 5_000_000, 348_513)


def test_largest_n_near_a_prime(sol):
    # 4,999,999 is prime (4,999,963 is the prime before it): it counts only for n = 5,000,000.
    _check(sol, 4_999_999, 348_512)
    _check(sol, 4_999_964, 348_512)
    _check(sol, 4_999_963, 348_511)
