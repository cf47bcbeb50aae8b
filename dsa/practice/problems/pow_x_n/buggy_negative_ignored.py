"""Forgetting a case: a negative exponent runs no loop, so every negative power returns 1."""


def my_pow(x: float, n: int) -> float:
    """Return x**n by square-and-multiply, but only for n >= 0; negative n gives 1.0."""
    result, base = 1.0, float(x)
    while n > 0:
        if n & 1:
            result *= base
        base *= base
        n >>= 1
    return result
