"""Sieves through n inclusive: counts primes up to and including n instead of below n."""

from math import isqrt


def count_primes(n: int) -> int:
    if n < 2:
        return 0
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for p in range(2, isqrt(n) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return sum(flags)
