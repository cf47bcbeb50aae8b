"""Linear where logarithmic is needed: multiplying x in one factor at a time, |n| times."""


def my_pow(x: float, n: int) -> float:
    """Return x**n by |n| repeated multiplications."""
    result = 1.0
    for _ in range(abs(n)):
        result *= x
    return result if n >= 0 else 1.0 / result
