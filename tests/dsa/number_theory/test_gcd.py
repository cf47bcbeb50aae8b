"""gcd, lcm and extended gcd against the standard library, and Lamé's bound on their steps."""

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.number_theory import extended_gcd, gcd, lcm

integers = st.integers(-10**6, 10**6) | st.integers()
PHI = (1 + math.sqrt(5)) / 2


@given(a=integers, b=integers)
def test_gcd_and_lcm_match_math(a, b):
    assert gcd(a, b) == math.gcd(a, b)
    assert lcm(a, b) == math.lcm(a, b)


@given(a=integers, b=integers)
def test_extended_gcd_satisfies_bezout_with_small_coefficients(a, b):
    g, x, y = extended_gcd(a, b)
    assert g == math.gcd(a, b)
    assert a * x + b * y == g
    if g:
        assert abs(x) <= max(1, abs(b) // g) and abs(y) <= max(1, abs(a) // g)


@pytest.mark.parametrize("function", [gcd, lcm, extended_gcd])
def test_non_integers_are_named(function):
    with pytest.raises(TypeError, match="b must be an int, got float"):
        function(4, 2.0)
    with pytest.raises(TypeError, match="a must be an int, got bool"):
        function(True, 2)


def fibonacci(k):
    a, b = 0, 1
    for _ in range(k):
        a, b = b, a + b
    return a


def test_consecutive_fibonacci_numbers_are_the_slowest_and_meet_lames_bound(divisions):
    for k in range(3, 90):
        big, small = fibonacci(k + 1), fibonacci(k)
        tally, (a, b) = divisions(big, small)
        assert gcd(a, b) == 1
        assert tally.divisions == k - 1  # every quotient is 1: one step per Fibonacci number
        assert tally.divisions <= math.log(small, PHI) + 2
        tally, (a, b) = divisions(big, small)
        extended_gcd(a, b)
        assert tally.divisions == k - 1  # the same remainders, one division per step


def test_random_pairs_stay_within_lames_bound(divisions):
    rng = random.Random(17)
    for bits in (8, 16, 32, 64, 128, 256):
        most = 0
        for _ in range(200):
            a, b = rng.getrandbits(bits) + 1, rng.getrandbits(bits) + 1
            tally, numbers = divisions(a, b)
            gcd(*numbers)
            assert tally.divisions <= math.log(min(a, b), PHI) + 2
            most = max(most, tally.divisions)
        assert most <= 1.45 * bits + 2  # logarithmic: grows with the bits, not the values
