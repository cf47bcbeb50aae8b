"""Miller–Rabin against trial division, on the composites that fool weaker tests, and counted."""

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.number_theory import DETERMINISTIC_BOUND, is_prime, primes_up_to, strong_probable_prime

CARMICHAEL = [561, 1105, 1729, 2465, 2821, 6601, 8911, 41041, 825265, 321197185]
BASE_2_PSEUDOPRIMES = [2047, 3277, 4033, 4681, 8321, 15841, 29341, 42799, 49141, 52633]
# the smallest composites that pass every prime base up to 7, 23 and 37 respectively
PASSES_UP_TO_7 = 3215031751
PASSES_UP_TO_23 = 3825123056546413051
PASSES_UP_TO_37 = 318665857834031151167461
MERSENNE_EXPONENTS = [31, 61, 89, 107, 127, 521]


def trial_division(n):
    return n >= 2 and all(n % d for d in range(2, math.isqrt(n) + 1))


@given(n=st.integers(-10, 200_000) | st.integers(10**11, 10**11 + 10**5))
def test_matches_trial_division(n):
    assert is_prime(n) == trial_division(n)


def test_every_prime_below_fifty_thousand_and_nothing_else():
    assert [n for n in range(50_000) if is_prime(n)] == primes_up_to(50_000)


def test_composites_that_fool_fermat_and_single_bases_are_caught():
    for n in CARMICHAEL:
        assert pow(2, n - 1, n) == 1 and not is_prime(n)  # Fermat's test with base 2 says prime
    for n in BASE_2_PSEUDOPRIMES:
        assert strong_probable_prime(n, 2) and not is_prime(n)


def test_fewer_bases_are_not_enough():
    assert all(strong_probable_prime(PASSES_UP_TO_7, a) for a in (2, 3, 5, 7))
    assert all(strong_probable_prime(PASSES_UP_TO_23, a) for a in (2, 3, 5, 7, 11, 13, 17, 19, 23))
    assert not is_prime(PASSES_UP_TO_7) and not is_prime(PASSES_UP_TO_23)


def test_above_the_bound_random_bases_catch_what_the_twelve_miss():
    n = PASSES_UP_TO_37
    assert n > DETERMINISTIC_BOUND - 1 and n > 2**64
    assert all(strong_probable_prime(n, a) for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37))
    assert not is_prime(n)
    assert not is_prime(n, seed=123) and not is_prime(n, seed=random.Random(5))


def test_mersenne_primes_and_their_neighbours():
    for p in MERSENNE_EXPONENTS:
        assert is_prime(2**p - 1), p
        assert not is_prime(2**p + 1) and not is_prime(2**p - 3 if p == 89 else 2**p)
    assert not is_prime(2**67 - 1)  # Cole's 1903 factorisation: 193707721 × 761838257287
    assert is_prime(2**64 - 59) and not is_prime(2**64 - 57)  # the largest 64-bit prime


def test_semiprimes_of_two_large_primes_are_composite():
    rng = random.Random(7)
    found = []
    while len(found) < 8:  # 31-bit primes, found by trial division (the independent oracle)
        candidate = rng.getrandbits(31) | (1 << 30) | 1
        if trial_division(candidate):
            found.append(candidate)
    for p, q in zip(found[::2], found[1::2], strict=True):
        assert is_prime(p) and is_prime(q) and not is_prime(p * q) and not is_prime(p * p)


def test_a_witness_for_an_even_number_is_refused():
    with pytest.raises(ValueError, match="n must be odd and greater than 2, got 4"):
        strong_probable_prime(4, 3)


def test_multiplications_per_base_are_logarithmic(divisions):
    # Each product mod n is one reduction by n, which the Tallied n counts as it happens.
    rng = random.Random(3)
    worst = {}
    for bits in (16, 32, 64):
        most = 0
        for _ in range(30):
            n = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
            while not trial_division(n) if bits <= 32 else not is_prime(n):
                n += 2
            tally, (counted_n,) = divisions(n)
            assert is_prime(counted_n)
            most = max(most, tally.reductions)
        # A prime meets all 12 bases. With n - 1 = d 2^s, a base costs 2 set-up reductions, at
        # most 2 bitlen(d) - 1 products in mod_pow and s - 1 squarings: under 2 log2 n.
        assert most <= 12 * 2 * bits, (bits, most)
        worst[bits] = most
    assert 1.6 < worst[64] / worst[32] < 2.4 and 1.6 < worst[32] / worst[16] < 2.4
