"""How many primes below n, with the sieve of Eratosthenes."""

from math import isqrt


def count_primes(n: int) -> int:
    """Return the number of primes p with p < n.

    Sieve of Eratosthenes over 0 … n - 1. A composite c < n has a prime factor p <= isqrt(c), so
    crossing out the multiples of every prime p with p·p < n leaves exactly the primes; each
    prime's row starts at p·p because its smaller multiples have a smaller prime factor. Rows are
    crossed out by slice assignment. O(n log log n) time, O(n) bytes.
    """
    if n < 3:
        return 0
    flags = bytearray([1]) * n
    flags[0] = flags[1] = 0
    for p in range(2, isqrt(n - 1) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, n, p)))
    return sum(flags)
