"""Missing a case: halving the exponent forgets the extra factor of x when n is odd."""


def my_pow(x: float, n: int) -> float:
    """Return (x*x)**(n // 2) recursively, dropping the leftover x of odd exponents."""
    if n < 0:
        return my_pow(1.0 / x, -n)
    if n == 0:
        return 1.0
    return my_pow(x * x, n // 2)
