"""Miller–Rabin primality test: deterministic for every 64-bit number.

Trial division up to ``√n`` is hopeless for ``n ≈ 2⁶⁴`` (four billion divisions). Miller–Rabin
asks instead whether ``n`` behaves like a prime under modular exponentiation.

Write ``n - 1 = d · 2^s`` with ``d`` odd. If ``n`` is prime, the only square roots of 1 modulo
``n`` are ``±1``, and Fermat's little theorem says ``a^(n-1) ≡ 1``. So the sequence

    a^d, a^(2d), a^(4d), …, a^(2^s · d) = a^(n-1)     (each the square of the one before)

either starts at 1, or reaches ``n - 1`` before its end. A base ``a`` for which neither happens
is a *witness*: it proves ``n`` composite. For an odd composite ``n``, at least three quarters of
the bases in ``1..n-1`` are witnesses (Rabin, 1980), so ``t`` random bases miss with
probability at most ``4^-t``.

*Deterministic.* No random bases are needed below a bound: the first twelve primes
``2, 3, 5, …, 37`` as bases give the right answer for every ``n < 3.18·10²³`` (Sorenson and
Webster, 2015), which covers every 64-bit number. Fewer bases are not enough:
``3825123056546413051`` passes all of ``2, 3, 5, …, 23`` and is composite (the tests keep it).
Above the bound, :func:`is_prime` adds ``rounds`` random bases from a seeded generator; the
answer "prime" is then wrong with probability at most ``4^-rounds``, and "composite" is always
right.

| function | cost | extra space |
|---|---|---|
| :func:`strong_probable_prime` | ≤ 2 · log2 n + 1 multiplications mod n | O(1) |
| :func:`is_prime` (n < 3.18·10²³) | ≤ 12 times that | O(1) |

Each multiplication of ``k``-bit numbers costs O(k²) bit operations, O(k³) per base in all.

>>> is_prime(2**61 - 1), is_prime(2**61 + 1), is_prime(561)   # 561 = 3·11·17 fools Fermat
(True, False, False)
"""

from __future__ import annotations

import random

from dsa.number_theory.gcd import _require_int
from dsa.number_theory.modular import mod_pow

__all__ = ["DETERMINISTIC_BOUND", "is_prime", "strong_probable_prime"]

_BASES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)

#: Below this, the twelve prime bases up to 37 decide primality exactly (Sorenson–Webster).
DETERMINISTIC_BOUND = 318_665_857_834_031_151_167_461


def strong_probable_prime(n: int, base: int) -> bool:
    """False when ``base`` proves the odd ``n > 2`` composite; True when ``n`` passes for it.

    A prime always passes; a composite passes for at most a quarter of the bases.

    >>> strong_probable_prime(221, 174), strong_probable_prime(221, 137)   # 221 = 13 · 17
    (True, False)
    >>> strong_probable_prime(10, 3)
    Traceback (most recent call last):
        ...
    ValueError: n must be odd and greater than 2, got 10
    """
    _require_int(n=n, base=base)
    if n <= 2 or n % 2 == 0:
        raise ValueError(f"n must be odd and greater than 2, got {n}")
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    x = mod_pow(base, d, n)
    if x == 1 or x == n - 1 or x == 0:  # 0: base is a multiple of n, which says nothing
        return True
    for _ in range(s - 1):
        x = x * x % n
        if x == n - 1:
            return True
        if x == 1:  # a square root of 1 other than ±1: n is composite
            return False
    return False


def is_prime(n: int, *, rounds: int = 20, seed: int | random.Random = 0) -> bool:
    """Whether ``n`` is prime: exact below :data:`DETERMINISTIC_BOUND` (so for all 64-bit ``n``).

    Larger ``n`` also meet ``rounds`` random bases from ``random.Random(seed)`` (``seed`` may be
    a generator itself), so the same call always gives the same answer: "composite" is then
    certain, "prime" wrong with probability at most ``4**-rounds``.

    >>> [p for p in range(30) if is_prime(p)]
    [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    >>> is_prime(2**127 - 1), is_prime(2**127 + 1)
    (True, False)
    """
    _require_int(n=n, rounds=rounds)
    if n < 2:
        return False
    for p in _BASES:  # small primes and their multiples, which the test below cannot take
        if n % p == 0:
            return n == p
    if n < _BASES[-1] ** 2:  # no factor up to 37, and n < 37²: prime
        return True
    if not all(strong_probable_prime(n, a) for a in _BASES):
        return False
    if n < DETERMINISTIC_BOUND:
        return True
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    return all(strong_probable_prime(n, rng.randrange(2, n - 1)) for _ in range(rounds))
