"""Modular power and inverse against Python's pow, and the number of multiplications."""

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.number_theory import mod_inverse, mod_pow

moduli = st.integers(1, 50) | st.integers(1, 2**70)


@given(base=st.integers(), exponent=st.integers(0, 2**80), modulus=moduli)
def test_mod_pow_matches_pow(base, exponent, modulus):
    assert mod_pow(base, exponent, modulus) == pow(base, exponent, modulus)


@given(a=st.integers(), modulus=moduli)
def test_mod_inverse_matches_pow_or_names_the_shared_factor(a, modulus):
    if math.gcd(a, modulus) == 1:
        x = mod_inverse(a, modulus)
        assert x == pow(a, -1, modulus) and 0 <= x < modulus
        assert mod_pow(a, -3, modulus) == pow(a, -3, modulus)
    else:
        with pytest.raises(ValueError, match=f"{a} has no inverse modulo {modulus}"):
            mod_inverse(a, modulus)


def test_bad_moduli_are_named():
    for modulus in (0, -7):
        with pytest.raises(ValueError, match=f"modulus must be at least 1, got {modulus}"):
            mod_pow(2, 3, modulus)
        with pytest.raises(ValueError, match="modulus must be at least 1"):
            mod_inverse(2, modulus)
    with pytest.raises(TypeError, match="exponent must be an int, got float"):
        mod_pow(2, 0.5, 7)


def test_multiplications_are_at_most_twice_the_exponent_bits(divisions):
    rng = random.Random(5)
    for bits in (1, 8, 64, 256, 1024):
        for exponent in (2**bits - 1, 2 ** (bits - 1), rng.getrandbits(bits) | 1):
            tally, (modulus,) = divisions(rng.getrandbits(64) | 1)
            assert mod_pow(3, exponent, modulus) == pow(3, exponent, int(modulus))
            # two reductions set up (1 % m, base % m); each product is reduced once after
            assert tally.reductions - 2 <= 2 * exponent.bit_length() - 1
        # all ones is the worst case: one squaring and one multiplication per bit but the last
        tally, (modulus,) = divisions(1_000_003)
        mod_pow(3, 2**bits - 1, modulus)
        assert tally.reductions - 2 == 2 * bits - 1


def test_an_inverse_costs_the_divisions_of_euclid(divisions):
    phi = (1 + math.sqrt(5)) / 2
    a, b = 1, 1
    for _ in range(80):  # consecutive Fibonacci numbers: Euclid's slowest case
        a, b = b, a + b
        tally, (counted_a, counted_m) = divisions(a, b)
        assert mod_inverse(counted_a, counted_m) == pow(a, -1, b)
        # one division per Euclid step (Lamé: under log_phi(a) + 2), one final reduction
        assert tally.divisions <= math.log(a, phi) + 3
