"""Euclid's algorithm: the greatest common divisor, and Bézout's coefficients with it.

Any number that divides both ``a`` and ``b`` also divides ``a - q*b`` for every ``q``, so
``gcd(a, b) == gcd(b, a mod b)``. Replacing the pair by ``(b, a mod b)`` keeps the gcd and
shrinks the numbers; when the second one reaches 0, the first is the answer.

Invariant: ``gcd(a, b)`` of the current pair equals the gcd of the original pair.

*How fast.* After two steps the larger number has at least halved (if ``b <= a/2`` then
``a mod b < b <= a/2``; otherwise ``a mod b = a - b < a/2``), so there are at most
``2 log2 min(a, b) + 2`` steps. Lamé (1844) sharpened this: the slowest inputs are consecutive
Fibonacci numbers, where every quotient is 1, and the number of division steps is below
``log_φ(min(a, b)) + 2`` with ``φ = (1 + √5)/2``, about ``1.44 log2 min(a, b)``.

*Extended.* Keeping track of how each remainder is made from ``a`` and ``b`` gives integers
``x, y`` with ``a*x + b*y == gcd(a, b)`` (Bézout's identity). Two rows ``(r, x, y)`` are kept,
each satisfying ``a*x + b*y == r``; the step subtracts ``q`` times the newer row from the older
one, exactly as the plain algorithm does with the remainders alone. This is how a modular
inverse is found (:mod:`dsa.number_theory.modular`).

| function | divisions | extra space |
|---|---|---|
| :func:`gcd`, :func:`lcm` | O(log min(a, b)) | O(1) |
| :func:`extended_gcd` | O(log min(a, b)) | O(1) |

(Each division of ``k``-bit numbers costs O(k²) bit operations, so O(k³) in all — or O(k²)
with a finer count; for machine-sized numbers, treat each as one step.)

>>> gcd(84, 36), lcm(4, 6)
(12, 12)
>>> g, x, y = extended_gcd(240, 46); g, 240 * x + 46 * y == g
(2, True)
"""

from __future__ import annotations

__all__ = ["extended_gcd", "gcd", "lcm"]


def _require_int(**values: object) -> None:
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, got {type(value).__name__}; "
                            "gcd is defined on integers")


def gcd(a: int, b: int) -> int:
    """The greatest common divisor of ``a`` and ``b``, never negative; ``gcd(0, 0) == 0``.

    Agrees with :func:`math.gcd`.

    >>> gcd(12, 18), gcd(-12, 18), gcd(7, 0), gcd(0, 0)
    (6, 6, 7, 0)
    >>> gcd(2.5, 5)
    Traceback (most recent call last):
        ...
    TypeError: a must be an int, got float; gcd is defined on integers
    """
    _require_int(a=a, b=b)
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    """The least common multiple of ``a`` and ``b``, never negative; 0 if either is 0.

    Agrees with :func:`math.lcm`. Dividing before multiplying keeps the intermediate small.

    >>> lcm(4, 6), lcm(-3, 5), lcm(0, 9)
    (12, 15, 0)
    """
    if a == 0 or b == 0:
        _require_int(a=a, b=b)
        return 0
    return abs(a // gcd(a, b) * b)


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """Return ``(g, x, y)`` with ``g = gcd(a, b) >= 0`` and ``a*x + b*y == g``.

    The coefficients are small: ``|x| <= max(1, |b|/g)`` and ``|y| <= max(1, |a|/g)``.

    >>> extended_gcd(240, 46)
    (2, -9, 47)
    >>> extended_gcd(-6, 4)
    (2, 1, 2)
    >>> extended_gcd(0, 0)
    (0, 1, 0)
    """
    _require_int(a=a, b=b)
    # Two rows (r, x, y), each with a*x + b*y == r; the step is Euclid's on the r column.
    old_r, r = a, b
    old_x, x = 1, 0
    old_y, y = 0, 1
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_x, x = x, old_x - q * x
        old_y, y = y, old_y - q * y
    if old_r < 0:  # floor division with negative inputs can leave -g; flip the whole row
        old_r, old_x, old_y = -old_r, -old_x, -old_y
    return old_r, old_x, old_y
