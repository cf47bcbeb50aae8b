"""Outer loop stops one short: range(2, isqrt(n)) never sieves with p = isqrt(n), so 25 < 26
stays marked prime."""

from math import isqrt


def count_primes(n: int) -> int:
    if n < 3:
        return 0
    flags = bytearray([1]) * n
    flags[0] = flags[1] = 0
    for p in range(2, isqrt(n)):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, n, p)))
    return sum(flags)
