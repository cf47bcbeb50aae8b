"""Sieve of Eratosthenes: every prime up to ``n`` by crossing out multiples.

Write down ``2..n``. The smallest number not crossed out is prime (nothing smaller divides it);
cross out its multiples and repeat. Two savings make it fast:

* start crossing out the multiples of ``p`` at ``p²``: a smaller multiple ``k·p`` with ``k < p``
  has a prime factor below ``p`` and was crossed out already;
* stop at ``√n``: a composite ``≤ n`` has a prime factor ``≤ √n``, so whatever is left then is
  prime.

Invariant: when the sieve reaches ``p``, every number below ``p²`` that is still standing is
prime.

*Cost.* Prime ``p`` crosses out about ``n/p`` numbers, and the sum of ``1/p`` over primes up to
``x`` grows like ``ln ln x`` (Mertens, 1874), so the total is about ``n ln ln n`` crossings —
for ``n = 10⁹`` that is under ``3n``. Space is one byte per number.

| function | time | extra space |
|---|---|---|
| :func:`primes_up_to` | O(n log log n) crossings | O(n) |

To test one large number instead, use :mod:`dsa.number_theory.miller_rabin`.

>>> primes_up_to(30)
[2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
"""

from __future__ import annotations

from dsa.number_theory.gcd import _require_int

__all__ = ["primes_up_to"]


def _sieve(n: int) -> tuple[bytearray, int]:
    """``flags[i] == 1`` exactly when ``i`` is prime (``0 <= i <= n``), and the crossings made.

    >>> flags, crossings = _sieve(10); list(flags), crossings
    ([0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0], 5)
    """
    flags = bytearray([1]) * (n + 1)
    flags[: min(2, n + 1)] = bytes(min(2, n + 1))
    crossings = 0
    p = 2
    while p * p <= n:
        if flags[p]:
            multiples = range(p * p, n + 1, p)
            flags[p * p :: p] = bytes(len(multiples))  # one slice write crosses them all out
            crossings += len(multiples)
        p += 1
    return flags, crossings


def primes_up_to(n: int) -> list[int]:
    """Every prime ``p`` with ``2 <= p <= n``, in increasing order (none when ``n < 2``).

    >>> primes_up_to(2), primes_up_to(1), len(primes_up_to(10_000))
    ([2], [], 1229)
    >>> primes_up_to(-5)
    []
    """
    _require_int(n=n)
    if n < 2:
        return []
    flags, _ = _sieve(n)
    return [i for i, is_prime in enumerate(flags) if is_prime]
