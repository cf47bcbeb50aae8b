"""Number theory: divisibility, remainders and primes, the arithmetic under hashing and crypto.

Read in this order, each module uses the ones before it:

* :mod:`~dsa.number_theory.gcd` — Euclid's algorithm and Bézout's coefficients;
* :mod:`~dsa.number_theory.modular` — exponentiation by squaring and modular inverses;
* :mod:`~dsa.number_theory.sieve` — every prime up to ``n`` at once;
* :mod:`~dsa.number_theory.miller_rabin` — one large number, prime or not, exactly for 64 bits.

Every function takes and returns Python ``int``; the tests check each against the standard
library (:func:`math.gcd`, :func:`pow`) or trial division.

>>> from dsa.number_theory import gcd, is_prime, mod_pow, primes_up_to
>>> gcd(91, 49), mod_pow(2, 64, 1_000_007), primes_up_to(12), is_prime(1_000_003)
(7, 919788, [2, 3, 5, 7, 11], True)
"""

from dsa.number_theory.gcd import extended_gcd, gcd, lcm
from dsa.number_theory.miller_rabin import DETERMINISTIC_BOUND, is_prime, strong_probable_prime
from dsa.number_theory.modular import mod_inverse, mod_pow
from dsa.number_theory.sieve import primes_up_to

__all__ = [
    "DETERMINISTIC_BOUND",
    "extended_gcd",
    "gcd",
    "is_prime",
    "lcm",
    "mod_inverse",
    "mod_pow",
    "primes_up_to",
    "strong_probable_prime",
]
