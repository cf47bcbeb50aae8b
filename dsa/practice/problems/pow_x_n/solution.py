"""Pow(x, n): raise a float to an integer power in logarithmic time."""


def my_pow(x: float, n: int) -> float:
    """Return x raised to the integer power n (n may be negative or zero).

    Square-and-multiply: write n in binary, n = sum of 2**k over its set bits, so x**n is the
    product of x**(2**k) over those bits. base runs through x, x**2, x**4, ... by squaring, and is
    multiplied into the result whenever the current lowest bit of n is 1. A negative exponent
    uses 1 / x as the base. Only about log2(n) squarings and as many multiplications are needed.

    Time O(log n), extra space O(1).
    """
    if n < 0:
        x, n = 1.0 / x, -n
    result, base = 1.0, float(x)
    while n > 0:
        if n & 1:
            result *= base
        base *= base
        n >>= 1
    return result
