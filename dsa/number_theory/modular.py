"""Modular arithmetic: fast exponentiation by squaring, and the modular inverse.

Arithmetic *modulo* ``m`` keeps only remainders in ``0..m-1``. Sums and products can be reduced
at every step (``(a*b) mod m == ((a mod m)*(b mod m)) mod m``), so numbers never grow past
``m²`` — the basis of hashing (:mod:`dsa.strings.rabin_karp`), cryptography, and the
primality test in :mod:`dsa.number_theory.miller_rabin`.

*Exponentiation by squaring.* ``b**e`` by ``e - 1`` multiplications is hopeless for a 64-bit
``e``. Write ``e`` in binary instead: ``b**13 = b**8 · b**4 · b**1`` since ``13 = 0b1101``.
Walk the bits from the lowest, squaring ``b`` each step (``b, b², b⁴, b⁸, …``) and multiplying
it into the result when the bit is 1.

Invariant: ``result · base**e == b**e0 (mod m)``, where ``e`` is the part of the exponent not yet
used; it ends with ``e == 0`` and the answer in ``result``. At most ``2 · e.bit_length()``
multiplications, each followed by one reduction mod ``m``.

*Inverse.* ``x`` is an inverse of ``a`` modulo ``m`` when ``a·x ≡ 1 (mod m)``. By Bézout,
``a·x + m·y = gcd(a, m)``; when the gcd is 1, reducing mod ``m`` gives ``a·x ≡ 1``, so
:func:`~dsa.number_theory.gcd.extended_gcd` finds it. When the gcd is not 1 there is none
(every multiple of ``a`` mod ``m`` is a multiple of the gcd). For a prime ``m``, Fermat's little
theorem gives it too: ``a**(m-2) mod m``.

| function | cost | extra space |
|---|---|---|
| :func:`mod_pow` | ≤ 2 · bit_length(e) multiplications mod ``m`` | O(1) |
| :func:`mod_inverse` | O(log m) divisions | O(1) |

Both agree with Python's built-in ``pow(b, e, m)`` and ``pow(a, -1, m)``, for ``m >= 1``.

>>> mod_pow(3, 200, 1000), pow(3, 200, 1000)
(1, 1)
>>> mod_inverse(3, 11), 3 * 4 % 11
(4, 1)
"""

from __future__ import annotations

from dsa.number_theory.gcd import _require_int, extended_gcd

__all__ = ["mod_inverse", "mod_pow"]


def _require_modulus(modulus: int) -> None:
    _require_int(modulus=modulus)
    if modulus < 1:
        raise ValueError(f"modulus must be at least 1, got {modulus}")


def mod_inverse(a: int, modulus: int) -> int:
    """The ``x`` in ``0..modulus-1`` with ``a*x ≡ 1 (mod modulus)``.

    Raises ``ValueError`` when ``gcd(a, modulus) != 1``: then no inverse exists.

    >>> mod_inverse(7, 26), mod_inverse(-3, 10), mod_inverse(5, 1)
    (15, 3, 0)
    >>> mod_inverse(4, 10)
    Traceback (most recent call last):
        ...
    ValueError: 4 has no inverse modulo 10: they share the factor 2
    """
    _require_int(a=a)
    _require_modulus(modulus)
    g, x, _ = extended_gcd(a, modulus)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {modulus}: they share the factor {g}")
    return x % modulus  # 0 when modulus is 1, where 0 == 1 (as pow(a, -1, 1) agrees)


def mod_pow(base: int, exponent: int, modulus: int) -> int:
    """``base**exponent % modulus`` by squaring: at most ``2·exponent.bit_length()`` products.

    A negative ``exponent`` raises the inverse of ``base`` to ``-exponent``, as ``pow`` does.

    >>> mod_pow(2, 10, 1000), mod_pow(5, 0, 7), mod_pow(5, 3, 1)
    (24, 1, 0)
    >>> mod_pow(3, -1, 7), pow(3, -1, 7)
    (5, 5)
    >>> mod_pow(2, 5, 0)
    Traceback (most recent call last):
        ...
    ValueError: modulus must be at least 1, got 0
    """
    _require_int(base=base, exponent=exponent)
    _require_modulus(modulus)
    if exponent < 0:
        base, exponent = mod_inverse(base, modulus), -exponent
    result = 1 % modulus  # 0 when modulus is 1
    base %= modulus
    while exponent:
        if exponent & 1:
            result = result * base % modulus
        exponent >>= 1
        if exponent:  # the last squaring would never be used
            base = base * base % modulus
    return result
